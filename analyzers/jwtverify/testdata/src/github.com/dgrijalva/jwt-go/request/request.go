// Package request is a stub of the parts of
// github.com/dgrijalva/jwt-go/request the tests use.
package request

import (
	"net/http"

	jwt "github.com/dgrijalva/jwt-go"
)

type Extractor interface {
	ExtractToken(*http.Request) (string, error)
}

type ParseFromRequestOption func(*fromRequestParser)

type fromRequestParser struct{}

func ParseFromRequest(req *http.Request, extractor Extractor, keyFunc jwt.Keyfunc, options ...ParseFromRequestOption) (*jwt.Token, error) {
	return nil, nil
}

func ParseFromRequestWithClaims(req *http.Request, extractor Extractor, claims jwt.Claims, keyFunc jwt.Keyfunc) (*jwt.Token, error) {
	return nil, nil
}

func WithParser(parser *jwt.Parser) ParseFromRequestOption { return nil }
