package api

import (
	"net/http"

	"example.com/flagpkg/errs"
)

func Handle(w http.ResponseWriter, r *http.Request) { // want Handle:"bypasses via http.NotFound"
	http.NotFound(w, r)                     // want `http.NotFound bypasses AppError; return or write errs.NotFound\(\)`
	http.Error(w, "x", http.StatusConflict) // want `http.Error bypasses AppError; return or write an error from package errs`
	errs.Write(w, errs.NotFound())
}
