// Package respond contains response helpers used by other packages.
package respond

import "net/http"

func Fail(w http.ResponseWriter) { // want Fail:"bypasses via w.WriteHeader"
	w.WriteHeader(http.StatusInternalServerError) // want `w.WriteHeader with status 500 bypasses AppError; return or write an AppError`
}

func Status(w http.ResponseWriter, code int) { // want Status:"forwards param 1 to w.WriteHeader"
	w.WriteHeader(code)
}

type Responder struct{}

func (Responder) NotFound(w http.ResponseWriter, r *http.Request) { // want NotFound:"bypasses via http.NotFound"
	http.NotFound(w, r) // want `http.NotFound bypasses AppError`
}
