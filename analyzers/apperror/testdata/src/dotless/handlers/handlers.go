// Package handlers belongs to a module whose path has no dot ("module
// dotless"), which many services use. Its import path looks like a
// standard library path, but it is analyzed as any other package.
package handlers

import "net/http"

func Missing(w http.ResponseWriter, r *http.Request) { // want Missing:"bypasses via http.Error"
	http.Error(w, "not found", http.StatusNotFound) // want `http.Error bypasses AppError`
}
