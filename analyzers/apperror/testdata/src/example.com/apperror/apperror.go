// Package apperror declares the AppError type; it may write responses any way. // want package:"declares AppError"
package apperror

import (
	"encoding/json"
	"net/http"
)

type AppError struct {
	Status  string `json:"status"`
	Message string `json:"message"`
	code    int
}

func (e *AppError) Error() string { return e.Message }

func NotFound() *AppError {
	return &AppError{Status: "RESOURCE_NOT_FOUND", Message: "not found", code: 404}
}

func BadRequest(msg string) *AppError {
	return &AppError{Status: "BAD_REQUEST", Message: msg, code: 400}
}

// Write is the one place that writes error responses.
func Write(w http.ResponseWriter, e *AppError) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.code)
	_ = json.NewEncoder(w).Encode(e)
}

func fallback(w http.ResponseWriter) {
	http.Error(w, "internal", http.StatusInternalServerError)
	w.WriteHeader(500)
}
