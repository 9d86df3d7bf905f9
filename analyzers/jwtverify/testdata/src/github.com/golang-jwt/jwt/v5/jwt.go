// Package jwt is a stub of the parts of github.com/golang-jwt/jwt/v5 the
// tests use.
package jwt

import "time"

type Claims interface {
	GetExpirationTime() (*NumericDate, error)
}

type NumericDate struct{ time.Time }

func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

type MapClaims map[string]any

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }

type RegisteredClaims struct {
	Subject   string
	ExpiresAt *NumericDate
}

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return c.ExpiresAt, nil }

type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error
	Sign(signingString string, key any) ([]byte, error)
	Alg() string
}

type SigningMethodHMAC struct{ Name string }

func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }
func (m *SigningMethodHMAC) Alg() string                                            { return m.Name }

type SigningMethodRSA struct{ Name string }

func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }
func (m *SigningMethodRSA) Alg() string                                            { return m.Name }

type signingMethodNone struct{}

func (m *signingMethodNone) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *signingMethodNone) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }
func (m *signingMethodNone) Alg() string                                            { return "none" }

type unsafeNoneMagicConstant string

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

var (
	SigningMethodHS256 = &SigningMethodHMAC{"HS256"}
	SigningMethodRS256 = &SigningMethodRSA{"RS256"}
	SigningMethodNone  = &signingMethodNone{}
)

type Token struct {
	Raw    string
	Method SigningMethod
	Header map[string]any
	Claims Claims
	Valid  bool
}

func New(method SigningMethod, opts ...TokenOption) *Token { return &Token{Method: method} }

func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	return &Token{Method: method, Claims: claims}
}

func (t *Token) SignedString(key any) (string, error) { return "", nil }

type TokenOption func(*Token)

type Keyfunc func(*Token) (any, error)

type Parser struct {
	validMethods []string
	expRequired  bool
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

func WithValidMethods(methods []string) ParserOption     { return nil }
func WithExpirationRequired() ParserOption               { return nil }
func WithoutClaimsValidation() ParserOption              { return nil }
func WithLeeway(leeway time.Duration) ParserOption       { return nil }
func WithIssuer(iss string) ParserOption                 { return nil }
func WithAudience(aud ...string) ParserOption            { return nil }
func GetSigningMethod(alg string) (method SigningMethod) { return nil }
