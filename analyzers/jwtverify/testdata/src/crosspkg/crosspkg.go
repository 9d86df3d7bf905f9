package crosspkg

import (
	"crosspkg/internal"
	"keys"

	"github.com/golang-jwt/jwt/v5"
)

func Use(s string) {
	_, _ = jwt.Parse(s, keys.Checking, jwt.WithExpirationRequired())
	_, _ = jwt.Parse(s, keys.Plain, jwt.WithExpirationRequired()) // want `jwt.Parse without jwt.WithValidMethods and the keyfunc does not check t.Method; pass jwt.WithValidMethods\(\[\]string\{"HS256"\}\)`
	_, _ = keys.Parser.Parse(s, keys.Plain)                       // want `keys.Parser.Parse without jwt.WithValidMethods`
	_, _ = keys.Parser.Parse(s, keys.Checking)
	_, _ = jwt.Parse(s, internal.Keyfunc(), jwt.WithExpirationRequired())
}
