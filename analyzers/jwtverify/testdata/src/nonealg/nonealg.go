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
	}, jwt.WithValidMethods([]string{"none"}), jwt.WithExpirationRequired()) // want `jwt.WithValidMethods lists the none method, which lets unsigned tokens through; list only the keyed methods the service signs with`
}

func NoneInMethodVariable(s string, key []byte) (*jwt.Token, error) {
	methods := []string{"none", "HS256"}
	return jwt.Parse(s, func(*jwt.Token) (any, error) { return key, nil }, jwt.WithValidMethods(methods), jwt.WithExpirationRequired()) // want `jwt.WithValidMethods lists the none method`
}

func KeyedMethodsOnly(s string, key []byte) (*jwt.Token, error) {
	methods := []string{"HS256", "HS384"}
	return jwt.Parse(s, func(*jwt.Token) (any, error) { return key, nil }, jwt.WithValidMethods(methods), jwt.WithExpirationRequired())
}

// A list extended at run time is not followed.
func MethodsAppended(s string, key []byte, extra string) (*jwt.Token, error) {
	methods := []string{"none"}
	methods = append(methods, extra)
	return jwt.Parse(s, func(*jwt.Token) (any, error) { return key, nil }, jwt.WithValidMethods(methods), jwt.WithExpirationRequired())
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
