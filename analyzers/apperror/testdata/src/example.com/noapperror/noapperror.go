// Package noapperror cannot see any AppError package, so messages name the
// type only.
package noapperror

import "net/http"

func Handle(w http.ResponseWriter) { // want Handle:"bypasses via http.Error"
	http.Error(w, "no", http.StatusUnauthorized) // want `http.Error bypasses AppError; return or write an AppError$`
}
