// Package echo is a stub of the parts of github.com/labstack/echo/v4 the
// tests use.
package echo

import "net/http"

type Context interface {
	Request() *http.Request
	JSON(code int, i any) error
	String(code int, s string) error
	NoContent(code int) error
}

type HTTPError struct {
	Code    int
	Message any
}

func (he *HTTPError) Error() string { return "" }

func NewHTTPError(code int, message ...any) *HTTPError { return &HTTPError{Code: code} }
