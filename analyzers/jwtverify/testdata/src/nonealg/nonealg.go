package nonealg

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

func AllowNone(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method == jwt.SigningMethodNone {
			return jwt.UnsafeAllowNoneSignatureType, nil // want `jwt.UnsafeAllowNoneSignatureType lets unsigned tokens through; return the real verification key and reject the none method`
		}
		return nil, errors.New("no key")
	}, jwt.WithValidMethods([]string{"none"}), jwt.WithExpirationRequired())
}

func SignNone(claims jwt.MapClaims) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, claims)   // want `jwt.NewWithClaims with jwt.SigningMethodNone makes a token without a signature; sign with a keyed method such as jwt.SigningMethodHS256`
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType) // want `jwt.UnsafeAllowNoneSignatureType lets unsigned tokens through`
}

func NoneMethodValue() jwt.SigningMethod {
	return jwt.SigningMethodNone // want `jwt.SigningMethodNone makes tokens without a signature`
}

func AcceptsNone() jwt.ParserOption {
	return jwt.WithValidMethods([]string{jwt.SigningMethodNone.Alg()}) // want `jwt.SigningMethodNone makes tokens without a signature`
}

func RejectsNone(t *jwt.Token) error { // want RejectsNone:"keyfunc checks-method"
	if t.Method.Alg() == jwt.SigningMethodNone.Alg() {
		return errors.New("unsigned token")
	}
	switch t.Method {
	case jwt.SigningMethodNone:
		return errors.New("unsigned token")
	}
	return nil
}
