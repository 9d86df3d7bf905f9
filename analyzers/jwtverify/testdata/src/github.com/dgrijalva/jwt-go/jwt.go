// Package jwt is a stub of the parts of github.com/dgrijalva/jwt-go (the v3
// API) the tests use.
package jwt

type Claims interface{ Valid() error }

type MapClaims map[string]interface{}

func (m MapClaims) Valid() error { return nil }

type SigningMethod interface{ Alg() string }

type Token struct {
	Method SigningMethod
	Header map[string]interface{}
	Claims Claims
	Valid  bool
}

type Keyfunc func(*Token) (interface{}, error)

type Parser struct {
	ValidMethods         []string
	SkipClaimsValidation bool
}

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
