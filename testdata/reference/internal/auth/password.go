// Package auth hashes passwords with bcrypt, issues and verifies HS256
// access tokens, and provides the bearer-token middleware.
package auth

import (
	"crypto/rand"
	"errors"
	"fmt"

	"golang.org/x/crypto/bcrypt"
)

// PasswordCost is the bcrypt cost of new hashes.
const PasswordCost = bcrypt.DefaultCost

// MinPasswordLength and MaxPasswordLength bound a password in bytes. bcrypt
// reads at most 72 bytes, and GenerateFromPassword rejects longer input.
const (
	MinPasswordLength = 8
	MaxPasswordLength = 72
)

// ErrPasswordMismatch is returned by Passwords.Compare for a wrong password.
var ErrPasswordMismatch = errors.New("password does not match")

// Passwords hashes and checks passwords.
type Passwords struct {
	// decoyHash is compared against when a login names no user, so that an
	// unknown email takes as long as a wrong password.
	decoyHash []byte
}

// NewPasswords returns a Passwords with a decoy hash of a random password.
func NewPasswords() (*Passwords, error) {
	decoyHash, err := bcrypt.GenerateFromPassword([]byte(rand.Text()), PasswordCost)
	if err != nil {
		return nil, fmt.Errorf("hash decoy password: %w", err)
	}
	return &Passwords{decoyHash: decoyHash}, nil
}

// Hash returns the bcrypt hash of password.
func (p *Passwords) Hash(password string) (string, error) {
	hash, err := bcrypt.GenerateFromPassword([]byte(password), PasswordCost)
	if err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	return string(hash), nil
}

// Compare returns nil when password matches hash, ErrPasswordMismatch when
// it does not, and another error for a malformed hash.
func (p *Passwords) Compare(hash, password string) error {
	err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(password))
	if errors.Is(err, bcrypt.ErrMismatchedHashAndPassword) {
		return ErrPasswordMismatch
	}
	if err != nil {
		return fmt.Errorf("compare password: %w", err)
	}
	return nil
}

// CompareDecoy spends the time of one Compare and always returns
// ErrPasswordMismatch. Call it when the login's user does not exist.
func (p *Passwords) CompareDecoy(password string) error {
	// The decoy's plaintext was random and discarded, so this never matches.
	_ = bcrypt.CompareHashAndPassword(p.decoyHash, []byte(password))
	return ErrPasswordMismatch
}
