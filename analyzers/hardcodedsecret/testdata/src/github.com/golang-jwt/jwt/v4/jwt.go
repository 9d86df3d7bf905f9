// Package jwt is a stub of github.com/golang-jwt/jwt with the signatures
// the analyzer matches.
package jwt

type Claims interface{}

type MapClaims map[string]interface{}

type SigningMethod interface{ Alg() string }

type signingMethodHMAC struct{}

func (signingMethodHMAC) Alg() string { return "HS256" }

var SigningMethodHS256 SigningMethod = signingMethodHMAC{}

type Token struct {
	Method SigningMethod
	Claims Claims
	Valid  bool
}

type Keyfunc func(*Token) (interface{}, error)

type ParserOption func(*Parser)

type Parser struct{}

func New(method SigningMethod) *Token { return &Token{Method: method} }

func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{Method: method, Claims: claims}
}

func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func NewParser(options ...ParserOption) *Parser { return &Parser{} }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
