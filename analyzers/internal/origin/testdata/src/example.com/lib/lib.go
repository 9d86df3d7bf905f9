// Package lib has helpers whose summaries cross into other packages.
package lib

import (
	"crypto/sha256"
	"strings"
)

// Same returns s unchanged.
func Same(s string) string { return s }

// Trimmed returns s without surrounding spaces.
func Trimmed(s string) string { return strings.TrimSpace(s) }

// Digest returns the SHA-256 sum of s.
func Digest(s string) []byte {
	sum := sha256.Sum256([]byte(s))
	return sum[:]
}

// User is a stored account.
type User struct {
	ID       int    `db:"id"`
	Password string `db:"password"`
}

// Secret returns the stored password of u.
func (u *User) Secret() string { return u.Password }
