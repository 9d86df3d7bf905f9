package v3

import (
	"net/http"

	jwt "github.com/dgrijalva/jwt-go"
	"github.com/dgrijalva/jwt-go/request"
)

func FromRequest(r *http.Request, ex request.Extractor) {
	_, _ = request.ParseFromRequestWithClaims(r, ex, jwt.MapClaims{}, func(t *jwt.Token) (interface{}, error) { // want `request.ParseFromRequestWithClaims without Parser.ValidMethods and the keyfunc does not check t.Method; pass request.WithParser\(&jwt.Parser\{ValidMethods: \[\]string\{"HS256"\}\}\)`
		return []byte("secret"), nil
	})
	_, _ = request.ParseFromRequest(r, ex, func(t *jwt.Token) (interface{}, error) {
		return []byte("secret"), nil
	}, request.WithParser(&jwt.Parser{ValidMethods: []string{"HS256"}}))
}
