// Package gin is a stub of the parts of github.com/gin-gonic/gin the tests use.
package gin

import "net/http"

type H map[string]any

type ResponseWriter interface {
	http.ResponseWriter
	Status() int
}

type Context struct {
	Writer  ResponseWriter
	Request *http.Request
}

func (c *Context) JSON(code int, obj any)                        {}
func (c *Context) String(code int, format string, values ...any) {}
func (c *Context) AbortWithStatus(code int)                      {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)     {}
func (c *Context) AbortWithError(code int, err error) *Error     { return nil }
func (c *Context) Status(code int)                               {}
func (c *Context) Error(err error) *Error                        { return nil }

type Error struct{ Err error }
