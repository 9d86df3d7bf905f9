// Package render is a stub of the parts of github.com/go-chi/render the
// tests use.
package render

import "net/http"

func Status(r *http.Request, status int)                 {}
func JSON(w http.ResponseWriter, r *http.Request, v any) {}
