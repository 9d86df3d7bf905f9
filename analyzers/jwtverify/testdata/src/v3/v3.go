package v3

import jwt "github.com/dgrijalva/jwt-go"

func keyfunc(t *jwt.Token) (interface{}, error) { return []byte("k"), nil } // want keyfunc:"keyfunc alg=HS256"

func Parse(s string) {
	_, _ = jwt.Parse(s, keyfunc) // want `jwt.Parse without Parser.ValidMethods and the keyfunc does not check t.Method; parse with &jwt.Parser\{ValidMethods: \[\]string\{"HS256"\}\}`
	_, _ = (&jwt.Parser{ValidMethods: []string{"HS256"}}).Parse(s, keyfunc)
	_, _ = (&jwt.Parser{}).ParseWithClaims(s, jwt.MapClaims{}, keyfunc) // want `parser.ParseWithClaims without Parser.ValidMethods`
}

func Mutated(s string) {
	p := &jwt.Parser{}
	p.ValidMethods = []string{"HS256"}
	_, _ = p.Parse(s, keyfunc)
}
