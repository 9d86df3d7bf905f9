// Package jwt is a stub of the parts of github.com/golang-jwt/jwt/v4 the
// tests use.
package jwt

type Claims interface{ Valid() error }

type MapClaims map[string]any

func (m MapClaims) Valid() error { return nil }

type SigningMethod interface{ Alg() string }

type SigningMethodHMAC struct{ Name string }

func (m *SigningMethodHMAC) Alg() string { return m.Name }

var SigningMethodHS256 = &SigningMethodHMAC{"HS256"}

type Token struct {
	Method SigningMethod
	Header map[string]any
	Claims Claims
	Valid  bool
}

type Keyfunc func(*Token) (interface{}, error)

type Parser struct {
	ValidMethods         []string
	SkipClaimsValidation bool
}

type ParserOption func(*Parser)

func NewParser(options ...ParserOption) *Parser { return &Parser{} }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

func (p *Parser) ParseUnverified(tokenString string, claims Claims) (*Token, []string, error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func WithValidMethods(methods []string) ParserOption { return nil }
func WithJSONNumber() ParserOption                   { return nil }
