// Package apperror defines AppError, the only error type the API sends to
// clients.
package apperror

import (
	"encoding/json"
	"errors"
	"net/http"
)

// AppError is an error answered to a client as
// {"status": Status, "message": Message}.
type AppError struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
	Err     error  `json:"-"` // the cause, logged but never sent
}

func (e *AppError) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *AppError) Unwrap() error { return e.Err }

// New returns an AppError with the given status and client-facing message.
func New(status int, message string, cause error) *AppError {
	return &AppError{Status: status, Message: message, Err: cause}
}

// Write sends err to the client. An error that is not an AppError is sent
// as a 500 without its text.
func Write(w http.ResponseWriter, err error) {
	var appErr *AppError
	if !errors.As(err, &appErr) {
		appErr = New(http.StatusInternalServerError, "internal error", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(appErr.Status)
	_ = json.NewEncoder(w).Encode(appErr)
}
