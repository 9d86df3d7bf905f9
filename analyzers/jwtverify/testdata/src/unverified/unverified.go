package unverified

import (
	"errors"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

var parser = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired()) // want parser:"parser valid-methods exp-required"

func keyfunc(t *jwt.Token) (any, error) { return []byte("k"), nil } // want keyfunc:"keyfunc alg=HS256"

func Claims(r *http.Request) (jwt.MapClaims, error) {
	tokenString := r.Header.Get("Authorization")
	claims := jwt.MapClaims{}
	_, _, err := parser.ParseUnverified(tokenString, claims) // want `parser.ParseUnverified does not verify the signature of tokenString; parse it with jwt.ParseWithClaims and a keyfunc before trusting its claims`
	return claims, err
}

// PeekThenVerify reads the issuer first, then verifies the same string on
// every path.
func PeekThenVerify(tokenString string) (*jwt.Token, error) {
	claims := jwt.MapClaims{}
	if _, _, err := parser.ParseUnverified(tokenString, claims); err != nil {
		return nil, err
	}
	return parser.ParseWithClaims(tokenString, claims, keyfunc)
}

// VerifyOnOneBranch verifies only when a flag is set.
func VerifyOnOneBranch(tokenString string, strict bool) (*jwt.Token, error) {
	tok, _, err := parser.ParseUnverified(tokenString, jwt.MapClaims{}) // want `parser.ParseUnverified does not verify`
	if strict {
		return parser.Parse(tokenString, keyfunc)
	}
	return tok, err
}

// VerifyOtherString verifies a different token.
func VerifyOtherString(a, b string) error {
	if _, _, err := parser.ParseUnverified(a, jwt.MapClaims{}); err != nil { // want `parser.ParseUnverified does not verify the signature of a`
		return err
	}
	_, err := parser.Parse(b, keyfunc)
	return errors.Join(err)
}

// issuer peeks at a claim; its only caller verifies the same string.
func issuer(tokenString string) (string, error) {
	claims := jwt.MapClaims{}
	if _, _, err := parser.ParseUnverified(tokenString, claims); err != nil {
		return "", err
	}
	iss, _ := claims["iss"].(string)
	return iss, nil
}

func VerifyAfterPeek(tokenString string) (*jwt.Token, error) {
	if _, err := issuer(tokenString); err != nil {
		return nil, err
	}
	return parser.Parse(tokenString, keyfunc)
}

// subject peeks too, but one of its callers never verifies.
func subject(tokenString string) string {
	claims := jwt.MapClaims{}
	_, _, _ = parser.ParseUnverified(tokenString, claims) // want `parser.ParseUnverified does not verify the signature of tokenString`
	sub, _ := claims["sub"].(string)
	return sub
}

func VerifiedSubject(tokenString string) (string, error) {
	if _, err := parser.Parse(tokenString, keyfunc); err != nil {
		return "", err
	}
	return subject(tokenString), nil
}

func UnverifiedSubject(tokenString string) string {
	return subject(tokenString)
}

// Audience is exported, so callers elsewhere cannot be seen.
func Audience(tokenString string) jwt.MapClaims {
	claims := jwt.MapClaims{}
	_, _, _ = parser.ParseUnverified(tokenString, claims) // want `parser.ParseUnverified does not verify`
	return claims
}

func VerifyAfterExportedPeek(tokenString string) error {
	_ = Audience(tokenString)
	_, err := parser.Parse(tokenString, keyfunc)
	return err
}
