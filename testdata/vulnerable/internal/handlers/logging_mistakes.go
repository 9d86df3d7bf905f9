package handlers

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"

	"example.com/vulnerable/internal/apperror"
	"example.com/vulnerable/internal/logging"
)

// passwordReset is the body of a password reset request.
type passwordReset struct {
	Email       string `json:"email"`
	ResetToken  string `json:"reset_token"`
	NewPassword string `json:"new_password"`
}

// ResetPassword logs the reset request while debugging it, and leaks the
// token, the new password and the caller's credentials in doing so.
func (h *Handler) ResetPassword(w http.ResponseWriter, r *http.Request) {
	var req passwordReset
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		apperror.Write(w, apperror.New(http.StatusBadRequest, "invalid request body", err))
		return
	}

	h.log.Info("password reset requested", "email", req.Email, "reset_token", req.ResetToken) // finding: logmask
	log.Printf("reset body: %+v", req)                                                        // finding: logmask
	log.Printf("new password for %s: %s", req.Email, req.NewPassword)                         // finding: logmask

	auth := r.Header.Get("Authorization")
	h.log.Debug("reset caller", "authorization", auth) // finding: logmask
	fmt.Fprintf(os.Stderr, "reset request: %v\n", r)   // finding: logmask
	for name, values := range r.Header {
		h.log.Debug("reset header", "name", name, "values", values) // finding: logmask
	}

	// Masked values, descriptive keys and flags are fine.
	h.log.Info("reset caller", "authorization", logging.Mask(auth))
	h.log.Info("reset state", "has_password", req.NewPassword != "", "token_type", "reset")
	log.Printf("reset from %s with agent %s", r.RemoteAddr, r.Header.Get("User-Agent"))

	w.WriteHeader(http.StatusAccepted)
}
