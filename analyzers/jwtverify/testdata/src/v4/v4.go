package v4

import "github.com/golang-jwt/jwt/v4"

func keyfunc(t *jwt.Token) (interface{}, error) { return []byte("k"), nil } // want keyfunc:"keyfunc alg=HS256"

func Parse(s string) {
	_, _ = jwt.Parse(s, keyfunc) // want `jwt.Parse without jwt.WithValidMethods and the keyfunc does not check t.Method; pass jwt.WithValidMethods\(\[\]string\{"HS256"\}\)`
	_, _ = jwt.Parse(s, keyfunc, jwt.WithValidMethods([]string{"HS256"}))
	_, _ = jwt.NewParser(jwt.WithJSONNumber()).Parse(s, keyfunc) // want `jwt.NewParser\(...\).Parse without jwt.WithValidMethods`
	_, _ = (&jwt.Parser{ValidMethods: []string{"HS256"}}).Parse(s, keyfunc)
	p := &jwt.Parser{ValidMethods: []string{"HS256"}}
	_, _ = p.Parse(s, keyfunc)
}
