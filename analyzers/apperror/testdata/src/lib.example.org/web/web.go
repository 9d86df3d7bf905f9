// Package web stands for a framework from another module.
package web

import "net/http"

func Fail(w http.ResponseWriter) {
	http.Error(w, "internal", http.StatusInternalServerError)
}
