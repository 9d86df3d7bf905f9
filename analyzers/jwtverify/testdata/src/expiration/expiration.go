package expiration

import "github.com/golang-jwt/jwt/v5"

func keyfunc(t *jwt.Token) (any, error) { // want keyfunc:"keyfunc checks-method alg=HS256"
	if t.Method != jwt.SigningMethodHS256 {
		return nil, nil
	}
	return []byte("k"), nil
}

func Parse(s string, extra []jwt.ParserOption) {
	_, _ = jwt.Parse(s, keyfunc)                                                       // want `jwt.Parse without jwt.WithExpirationRequired accepts tokens that never expire; pass jwt.WithExpirationRequired\(\)`
	_, _ = jwt.ParseWithClaims(s, &jwt.RegisteredClaims{}, keyfunc, jwt.WithLeeway(5)) // want `jwt.ParseWithClaims without jwt.WithExpirationRequired`
	_, _ = jwt.Parse(s, keyfunc, jwt.WithExpirationRequired())
	_, _ = jwt.Parse(s, keyfunc, jwt.WithoutClaimsValidation())
	_, _ = jwt.Parse(s, keyfunc, extra...)
	p := jwt.NewParser(jwt.WithIssuer("auth"))
	_, _ = p.Parse(s, keyfunc) // want `p.Parse without jwt.WithExpirationRequired`
}
