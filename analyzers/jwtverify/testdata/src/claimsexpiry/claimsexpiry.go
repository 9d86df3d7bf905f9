package claimsexpiry

import (
	"time"

	"claimsexpiry/payload"

	"github.com/golang-jwt/jwt/v5"
)

var parser = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"})) // want parser:"parser valid-methods"

func keyfunc(t *jwt.Token) (any, error) { return []byte("k"), nil } // want keyfunc:"keyfunc alg=HS256"

type local struct {
	Exp time.Time
}

func (l local) GetExpirationTime() (*jwt.NumericDate, error) { // want GetExpirationTime:"always-expires"
	return jwt.NewNumericDate(l.Exp), nil
}

// maybe returns nil without an exp, like RegisteredClaims.
type maybe struct {
	Exp *time.Time
}

func (m maybe) GetExpirationTime() (*jwt.NumericDate, error) {
	if m.Exp == nil {
		return nil, nil
	}
	return jwt.NewNumericDate(*m.Exp), nil
}

func Parse(s string) {
	_, _ = parser.ParseWithClaims(s, &payload.Payload{}, keyfunc)
	_, _ = parser.ParseWithClaims(s, &local{}, keyfunc)
	_, _ = parser.ParseWithClaims(s, &maybe{}, keyfunc)                // want `parser.ParseWithClaims without jwt.WithExpirationRequired`
	_, _ = parser.ParseWithClaims(s, &jwt.RegisteredClaims{}, keyfunc) // want `parser.ParseWithClaims without jwt.WithExpirationRequired`
}
