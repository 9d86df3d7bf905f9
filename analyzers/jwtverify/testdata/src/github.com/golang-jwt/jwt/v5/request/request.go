// Package request is a stub of the parts of
// github.com/golang-jwt/jwt/v5/request the tests use.
package request

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

type Extractor interface {
	ExtractToken(*http.Request) (string, error)
}

type ParseFromRequestOption func(*fromRequestParser)

type fromRequestParser struct{}

func ParseFromRequest(req *http.Request, extractor Extractor, keyFunc jwt.Keyfunc, options ...ParseFromRequestOption) (*jwt.Token, error) {
	return nil, nil
}

func WithClaims(claims jwt.Claims) ParseFromRequestOption { return nil }

func WithParser(parser *jwt.Parser) ParseFromRequestOption { return nil }
