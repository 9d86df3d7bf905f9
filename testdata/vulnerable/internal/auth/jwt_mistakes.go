// Package auth verifies bearer tokens for internal callers. It contains
// the token-handling mistakes the end-to-end test expects.
package auth

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func signingKey() ([]byte, error) {
	key := os.Getenv("JWT_KEY")
	if key == "" {
		return nil, errors.New("JWT_KEY is not set")
	}
	return []byte(key), nil
}

// keyfunc returns the HMAC key without checking the token's method.
func keyfunc(*jwt.Token) (any, error) {
	return signingKey()
}

// Subject trusts the claims of a token it never verified.
func Subject(tokenString string) (string, error) {
	var claims jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(tokenString, &claims); err != nil { // finding: jwtverify
		return "", err
	}
	return claims.Subject, nil
}

// Verify accepts any algorithm and tokens without exp.
func Verify(tokenString string) (*jwt.Token, error) {
	return jwt.Parse(tokenString, keyfunc) // finding: jwtverify
}

// Issuer drops the parse error and reads the claims anyway.
func Issuer(tokenString string) string {
	var claims jwt.RegisteredClaims
	_, _ = jwt.ParseWithClaims(tokenString, &claims, keyfunc, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired()) // finding: jwtverify
	return claims.Issuer
}

// DebugToken makes an unsigned token for local testing.
func DebugToken(subject string) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.RegisteredClaims{Subject: subject}) // finding: jwtverify
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType)                               // finding: jwtverify
}
