package handlers

import (
	"encoding/json"
	"net/http"

	"example.com/apperror"
)

func GetUser(w http.ResponseWriter, r *http.Request) { // want GetUser:"bypasses via http.Error"
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest) // want `http.Error bypasses AppError; return or write apperror.BadRequest\(\)`
		return
	}
	if r.Method != http.MethodGet {
		http.Error(w, "method", http.StatusMethodNotAllowed) // want `http.Error bypasses AppError; return or write an apperror.AppError`
		return
	}
	http.NotFound(w, r) // want `http.NotFound bypasses AppError; return or write apperror.NotFound\(\)`
}

func Dynamic(w http.ResponseWriter, r *http.Request, code int) { // want Dynamic:"bypasses via http.Error"
	http.Error(w, "text", code) // want `http.Error bypasses AppError; return or write an apperror.AppError`
}

func Statuses(w http.ResponseWriter, resp *http.Response) { // want Statuses:"bypasses via w.WriteHeader"
	w.WriteHeader(http.StatusNotFound) // want `w.WriteHeader with status 404 bypasses AppError; return or write apperror.NotFound\(\)`
	w.WriteHeader(503)                 // want `w.WriteHeader with status 503 bypasses AppError`
	w.WriteHeader(resp.StatusCode)
	w.WriteHeader(http.StatusNoContent)
	w.WriteHeader(http.StatusFound)
}

func Routes(mux *http.ServeMux) { // want Routes:"bypasses via http.NotFoundHandler"
	mux.Handle("/missing", http.NotFoundHandler()) // want `http.NotFoundHandler bypasses AppError`
	mux.HandleFunc("/gone", http.NotFound)         // want `http.NotFound bypasses AppError`
	mux.HandleFunc("/inline", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot) // want `w.WriteHeader with status 418 bypasses AppError`
	})
}

var fallbackHandler = http.NotFoundHandler() // want `http.NotFoundHandler bypasses AppError`

func Good(w http.ResponseWriter, r *http.Request) {
	apperror.Write(w, apperror.NotFound())
	w.WriteHeader(http.StatusOK)
	_ = json.NewEncoder(w).Encode(map[string]string{"ok": "yes"})
}
