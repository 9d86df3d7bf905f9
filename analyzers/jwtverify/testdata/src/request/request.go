package request

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

func keyfunc(t *jwt.Token) (any, error) { return []byte("k"), nil } // want keyfunc:"keyfunc alg=HS256"

var strict = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired()) // want strict:"parser valid-methods exp-required"

func FromRequest(r *http.Request, ex request.Extractor) {
	_, _ = request.ParseFromRequest(r, ex, keyfunc) // want `request.ParseFromRequest without jwt.WithValidMethods and the keyfunc does not check t.Method; pass request.WithParser\(jwt.NewParser\(jwt.WithValidMethods\(\[\]string\{"HS256"\}\)\)\)` `request.ParseFromRequest without jwt.WithExpirationRequired accepts tokens that never expire; pass request.WithParser\(jwt.NewParser\(jwt.WithExpirationRequired\(\)\)\)`
	_, _ = request.ParseFromRequest(r, ex, keyfunc, request.WithParser(strict))
	_, _ = request.ParseFromRequest(r, ex, keyfunc, request.WithClaims(jwt.MapClaims{}), request.WithParser(strict))
}
