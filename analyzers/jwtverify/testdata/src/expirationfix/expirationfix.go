package expirationfix

import (
	jwt5 "github.com/golang-jwt/jwt/v5"
)

func keyfunc(t *jwt5.Token) (any, error) { // want keyfunc:"keyfunc checks-method alg=HS256"
	if t.Method != jwt5.SigningMethodHS256 {
		return nil, nil
	}
	return []byte("k"), nil
}

func Parse(s string, opts []jwt5.ParserOption) {
	_, _ = jwt5.Parse(s, keyfunc) // want `jwt.Parse without jwt.WithExpirationRequired`
	_, _ = jwt5.ParseWithClaims(  // want `jwt.ParseWithClaims without jwt.WithExpirationRequired`
		s,
		&jwt5.RegisteredClaims{},
		keyfunc,
		jwt5.WithLeeway(5),
	)
	_, _ = jwt5.NewParser().Parse(s, keyfunc) // want `jwt5.NewParser\(...\).Parse without jwt.WithExpirationRequired`
}
