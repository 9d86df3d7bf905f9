// Package flagminstatus is checked with -min-status 500.
package flagminstatus

import "net/http"

func Handle(w http.ResponseWriter) { // want Handle:"bypasses via w.WriteHeader"
	w.WriteHeader(http.StatusNotFound)
	w.WriteHeader(http.StatusServiceUnavailable) // want `w.WriteHeader with status 503 bypasses AppError`
	http.Error(w, "client", http.StatusBadRequest)
}
