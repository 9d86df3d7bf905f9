package handlers

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// The handlers in this file write errors without AppError, so clients get
// text/plain bodies or JSON of another shape.

// DeleteUser removes an account.
func (h *Handler) DeleteUser(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id: "+err.Error(), http.StatusBadRequest) // finding: apperror
		return
	}
	if id == 0 {
		w.WriteHeader(http.StatusNotFound) // finding: apperror
		return
	}
	if r.Header.Get("X-Confirm") == "" {
		writeJSON(w, http.StatusPreconditionFailed, map[string]string{"error": "missing confirmation"}) // finding: apperror
		return
	}
	if _, err := h.users.UserByEmail(r.Context(), r.URL.Query().Get("email")); err != nil {
		failText(w, err) // finding: apperror
		return
	}
	writeJSON(w, http.StatusOK, map[string]uint64{"deleted": id})
}

// writeJSON writes v with the given status; fine by itself, but callers
// pass it error statuses.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// failText sends the raw error text to the client.
func failText(w http.ResponseWriter, err error) {
	http.Error(w, err.Error(), http.StatusInternalServerError) // finding: apperror
}

// LegacyRoutes keeps old paths returning 404 in plain text.
func LegacyRoutes(mux *http.ServeMux) {
	mux.Handle("/v0/", http.NotFoundHandler()) // finding: apperror
}
