// Package categories has one finding of each category, in this order:
// sensitive-name, key-material, env-fallback, credential-shape.
package categories

import (
	"crypto/hmac"
	"crypto/sha256"
	"os"
)

var dbPassword = "hunter2" // want `hardcoded password`

var mac = hmac.New(sha256.New, []byte("k3y")) // want `hardcoded key`

func secret() string {
	s := os.Getenv("JWT_SECRET")
	if s == "" {
		s = "dev" // want `hardcoded fallback`
	}
	return s
}

// A credential shape under a sensitive name is reported once, as a shape.
var apiKey = "AKIAQZ7R4MBN2XK5TW3J" // want `hardcoded AWS access key ID`

// Route names and keys are not secrets.
var routes = map[string]string{
	"public_tokens.route": "/api/public-tokens",
	"password_reset":      "/account/password/reset",
}
