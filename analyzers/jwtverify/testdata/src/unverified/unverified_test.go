package unverified

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestReadsClaims(t *testing.T) {
	_, _, _ = jwt.NewParser().ParseUnverified("a.b.c", jwt.MapClaims{})
}

func TestIssuer(t *testing.T) {
	_, _ = issuer("a.b.c")
}
