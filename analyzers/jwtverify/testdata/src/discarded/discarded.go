package discarded

import (
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

var parser = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired()) // want parser:"parser valid-methods exp-required"

func keyfunc(t *jwt.Token) (any, error) { return []byte("k"), nil } // want keyfunc:"keyfunc alg=HS256"

func TokenUsed(s string) string {
	tok, _ := parser.Parse(s, keyfunc) // want `parser.Parse error is discarded but tok is used; check the error before trusting the token`
	return fmt.Sprint(tok.Claims)
}

func ClaimsUsed(s string) string {
	var claims jwt.RegisteredClaims
	parser.ParseWithClaims(s, &claims, keyfunc) // want `parser.ParseWithClaims error is discarded but claims is used`
	return claims.Subject
}

func ClaimsUsedAfterBlank(s string) string {
	claims := &jwt.RegisteredClaims{}
	_, _ = parser.ParseWithClaims(s, claims, keyfunc) // want `parser.ParseWithClaims error is discarded but claims is used`
	return claims.Subject
}

func ValidChecked(s string) (jwt.Claims, error) {
	tok, _ := parser.Parse(s, keyfunc)
	if tok == nil || !tok.Valid {
		return nil, errors.New("invalid token")
	}
	return tok.Claims, nil
}

func ErrorChecked(s string) (string, error) {
	var claims jwt.RegisteredClaims
	if _, err := parser.ParseWithClaims(s, &claims, keyfunc); err != nil {
		return "", err
	}
	return claims.Subject, nil
}

func NothingUsed(s string) {
	_, _ = parser.Parse(s, keyfunc)
}

func TokenOnlyBlanked(s string) {
	tok, _ := parser.Parse(s, keyfunc)
	_ = tok
}

func TokenBlankedThenUsed(s string) string {
	tok, _ := parser.Parse(s, keyfunc) // want `parser.Parse error is discarded but tok is used`
	_ = tok
	return fmt.Sprint(tok.Header)
}
