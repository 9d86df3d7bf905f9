package handlers

import (
	"encoding/json"
	"net/http"
)

// writeError always writes a plain-text error.
func writeError(w http.ResponseWriter, msg string) { // want writeError:"bypasses via http.Error"
	http.Error(w, msg, http.StatusInternalServerError) // want `http.Error bypasses AppError`
}

// failHard reaches http.Error through writeError.
func failHard(w http.ResponseWriter) { // want failHard:"bypasses via http.Error"
	writeError(w, "boom") // want `writeError bypasses AppError \(it calls http.Error\); return or write an apperror.AppError`
}

// respondJSON forwards its status to WriteHeader, which is fine by itself.
func respondJSON(w http.ResponseWriter, status int, v any) { // want respondJSON:"forwards param 1 to w.WriteHeader"
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// respondError forwards its status to respondJSON.
func respondError(w http.ResponseWriter, code int, msg string) { // want respondError:"forwards param 1 to w.WriteHeader"
	respondJSON(w, code, map[string]string{"error": msg})
}

// shifted passes a changed status on, so it is not a forwarding helper.
func shifted(w http.ResponseWriter, code int) {
	code += 100
	w.WriteHeader(code)
}

func UseHelpers(w http.ResponseWriter, r *http.Request) { // want UseHelpers:"bypasses via http.Error"
	failHard(w)                                           // want `failHard bypasses AppError \(it calls http.Error\)`
	respondJSON(w, http.StatusOK, "fine")                 //
	respondJSON(w, http.StatusNotFound, "missing")        // want `respondJSON with status 404 bypasses AppError \(it passes the status to w.WriteHeader\); return or write apperror.NotFound\(\)`
	respondError(w, http.StatusBadRequest, "bad request") // want `respondError with status 400 bypasses AppError \(it passes the status to w.WriteHeader\)`
	shifted(w, 404)
}

// allowedWriter is accepted by its author, so its callers are not reported.
func allowedWriter(w http.ResponseWriter) {
	http.Error(w, "legacy", http.StatusGone) //nolint:apperror // the legacy client parses text errors
}

func CallsAllowed(w http.ResponseWriter) {
	allowedWriter(w)
}
