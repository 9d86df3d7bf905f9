// Package keys holds keyfuncs and a parser used by package crosspkg.
package keys

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var Parser = jwt.NewParser(jwt.WithExpirationRequired()) // want Parser:"parser exp-required"

func Checking(t *jwt.Token) (any, error) { // want Checking:"keyfunc checks-method alg=HS256"
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected signing method")
	}
	return []byte("k"), nil
}

func Plain(t *jwt.Token) (any, error) { // want Plain:"keyfunc alg=HS256"
	return []byte("k"), nil
}
