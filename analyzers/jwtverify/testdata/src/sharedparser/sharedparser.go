package sharedparser

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

func keyfunc(t *jwt.Token) (any, error) { return []byte("k"), nil } // want keyfunc:"keyfunc alg=HS256"

// Strict is shared by the package and, through a fact, by others.
var Strict = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired()) // want Strict:"parser valid-methods exp-required"

var loose = jwt.NewParser(jwt.WithLeeway(30)) // want loose:"parser"

var strictOptions = []jwt.ParserOption{jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired()}

func Shared(s string) {
	_, _ = Strict.Parse(s, keyfunc)
	_, _ = loose.Parse(s, keyfunc) // want `loose.Parse without jwt.WithValidMethods and the keyfunc does not check t.Method` `loose.Parse without jwt.WithExpirationRequired`
	_, _ = jwt.NewParser(strictOptions...).Parse(s, keyfunc)
	_, _ = jwt.Parse(s, keyfunc, strictOptions...)
}

func LocalSlice(s string, more []jwt.ParserOption) {
	opts := []jwt.ParserOption{jwt.WithExpirationRequired()}
	_, _ = jwt.Parse(s, keyfunc, opts...) // want `jwt.Parse without jwt.WithValidMethods`

	grown := []jwt.ParserOption{jwt.WithExpirationRequired()}
	grown = append(grown, more...)
	_, _ = jwt.Parse(s, keyfunc, grown...)
}

// Verifier keeps its parser in a field.
type Verifier struct {
	parser *jwt.Parser // want parser:"parser exp-required"
}

func NewVerifier() *Verifier {
	return &Verifier{parser: jwt.NewParser(jwt.WithExpirationRequired())}
}

func (v *Verifier) Verify(s string) error {
	_, err := v.parser.Parse(s, keyfunc) // want `v.parser.Parse without jwt.WithValidMethods`
	return errors.Join(err)
}

// Mixed has a field assigned two parsers; only what both set counts.
type Mixed struct {
	p *jwt.Parser // want p:"parser exp-required"
}

func NewMixed(strict bool) *Mixed {
	if strict {
		return &Mixed{p: jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())}
	}
	return &Mixed{p: jwt.NewParser(jwt.WithExpirationRequired())}
}

func (m *Mixed) Verify(s string) {
	_, _ = m.p.Parse(s, keyfunc) // want `m.p.Parse without jwt.WithValidMethods`
}

func Param(p *jwt.Parser, s string) {
	_, _ = p.Parse(s, keyfunc)
}
