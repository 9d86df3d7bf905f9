// Package payload declares claims whose expiry is never nil.
package payload

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Payload decodes a missing exp as the zero time, which has expired.
type Payload struct {
	ExpiredAt time.Time
}

func (p *Payload) GetExpirationTime() (*jwt.NumericDate, error) { // want GetExpirationTime:"always-expires"
	return &jwt.NumericDate{Time: p.ExpiredAt}, nil
}
