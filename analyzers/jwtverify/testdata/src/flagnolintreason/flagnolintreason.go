// Package flagnolintreason is checked with -nolint-reason.
package flagnolintreason

import "github.com/golang-jwt/jwt/v5"

var parser = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired()) // want parser:"parser valid-methods exp-required"

func Peek(s string) {
	_, _, _ = parser.ParseUnverified(s, jwt.MapClaims{}) /* want `//nolint directive suppresses a jwtverify finding without a reason` */ //nolint:jwtverify
	_, _, _ = parser.ParseUnverified(s, jwt.MapClaims{}) //nolint:jwtverify // the gateway verified it already
	//nolint:jwtverify // the gateway verified it already
	_, _, _ = parser.ParseUnverified(s, jwt.MapClaims{})
	_, _, _ = parser.ParseUnverified(s, jwt.MapClaims{}) // want `ParseUnverified does not verify`
}
