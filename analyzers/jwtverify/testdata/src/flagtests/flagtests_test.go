package flagtests

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestPeek(t *testing.T) {
	_, _, _ = jwt.NewParser().ParseUnverified("a.b.c", jwt.MapClaims{}) // want `ParseUnverified does not verify`
}
