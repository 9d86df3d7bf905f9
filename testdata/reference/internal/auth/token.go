package auth

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Tokens issues and verifies HS256 access tokens. The subject claim is the
// user's ID in decimal.
type Tokens struct {
	signingKey []byte
	issuer     string
	ttl        time.Duration
	now        func() time.Time
}

// NewTokens returns Tokens that sign with signingKey, set and require the
// issuer, and make tokens valid for ttl.
func NewTokens(signingKey []byte, issuer string, ttl time.Duration) *Tokens {
	return &Tokens{signingKey: signingKey, issuer: issuer, ttl: ttl, now: time.Now}
}

// TTL returns how long an issued token is valid.
func (t *Tokens) TTL() time.Duration {
	return t.ttl
}

// Issue returns a signed token for userID and the time it expires.
func (t *Tokens) Issue(userID uint) (string, time.Time, error) {
	now := t.now()
	expiresAt := now.Add(t.ttl)
	claims := jwt.RegisteredClaims{
		Issuer:    t.issuer,
		Subject:   strconv.FormatUint(uint64(userID), 10),
		IssuedAt:  jwt.NewNumericDate(now),
		NotBefore: jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(expiresAt),
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(t.signingKey)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("sign token: %w", err)
	}
	return signed, expiresAt, nil
}

// ErrInvalidSubject is returned by Verify for a token whose subject is not a
// positive user ID.
var ErrInvalidSubject = errors.New("token subject is not a user ID")

// Verify checks the token's signature, algorithm, issuer and expiry, and
// returns the user ID in its subject. Only HS256 is accepted, and a token
// without an "exp" claim is rejected.
func (t *Tokens) Verify(signed string) (uint, error) {
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(signed, &claims, t.key,
		jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithExpirationRequired(),
		jwt.WithIssuer(t.issuer),
		jwt.WithTimeFunc(t.now),
	)
	if err != nil {
		return 0, err
	}

	userID, err := strconv.ParseUint(claims.Subject, 10, 0)
	if err != nil || userID == 0 {
		return 0, ErrInvalidSubject
	}
	return uint(userID), nil
}

// key is the jwt.Keyfunc. It checks the algorithm itself as well, so the
// key is never handed out for a token that names another method, even if
// the parser options change.
func (t *Tokens) key(token *jwt.Token) (any, error) {
	if token.Method != jwt.SigningMethodHS256 {
		return nil, fmt.Errorf("unexpected signing method %v", token.Header["alg"])
	}
	return t.signingKey, nil
}
