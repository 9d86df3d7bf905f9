// Package errs calls its error type Error; -pkg names it. // want package:"error package named by -pkg"
package errs

import "net/http"

type Error struct{ Code, Message string }

func NotFound() *Error { return &Error{Code: "RESOURCE_NOT_FOUND"} }

func Write(w http.ResponseWriter, e *Error) {
	http.Error(w, e.Message, http.StatusNotFound)
}
