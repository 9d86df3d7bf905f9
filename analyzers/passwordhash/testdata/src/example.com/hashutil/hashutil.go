// Package hashutil holds password helpers that other packages call.
package hashutil

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

// Bcrypt returns a bcrypt hash of password.
func Bcrypt(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	return string(h), err
}

// SHA returns a hex SHA-256 digest of password.
func SHA(password string) string {
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:]) // want `password from parameter password is hashed with sha256.Sum256, a fast digest, and returned`
}

// Normalize trims and lower-cases s.
func Normalize(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

// Request is a sign-up request.
type Request struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}
