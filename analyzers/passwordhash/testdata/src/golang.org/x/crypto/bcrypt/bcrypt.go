// Package bcrypt is a stub of golang.org/x/crypto/bcrypt for tests.
package bcrypt

import "errors"

const (
	MinCost     int = 4
	MaxCost     int = 31
	DefaultCost int = 10
)

var ErrMismatchedHashAndPassword = errors.New("mismatch")

// GenerateFromPassword pretends to hash password; the stub hides the input
// behind an opaque step as the real package does.
func GenerateFromPassword(password []byte, cost int) ([]byte, error) {
	out := make([]byte, 60)
	return out, nil
}

func CompareHashAndPassword(hashedPassword, password []byte) error { return nil }

func Cost(hashedPassword []byte) (int, error) { return DefaultCost, nil }
