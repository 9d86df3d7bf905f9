package internal

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// Keyfunc returns a keyfunc that checks the method through a helper.
func Keyfunc() jwt.Keyfunc { // want Keyfunc:"keyfunc checks-method"
	return func(t *jwt.Token) (any, error) {
		if err := checkMethod(t); err != nil {
			return nil, err
		}
		return []byte("k"), nil
	}
}

func checkMethod(t *jwt.Token) error { // want checkMethod:"keyfunc checks-method"
	if t.Method.Alg() != "HS256" {
		return errors.New("bad alg")
	}
	return nil
}
