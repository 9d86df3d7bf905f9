// Package suppression silences findings with each form of directive.
package suppression

import (
	"crypto/hmac"
	"crypto/sha256"
)

var password = "hunter2" //nolint:hardcodedsecret // a demo account that has no rights

//nolint:hardcodedsecret // the line below is a published test vector
var apiKey = "a1b2c3d4"

var jwtSecret = "s3cr3t" //nolint:secvet // every secvet analyzer

var secretToken = "t0k3n!" //nolint:all // every linter

var privateToken = "t0k3n?" //nolint

var otherLinter = map[string]string{
	"password": "hunter3", //nolint:gosec // want `hardcoded password "hun…" \(7 chars\) in password`
}

// key is reported at its declaration, but a directive on the sink call
// suppresses it too.
var key = []byte("hmac-vector")

func mac() {
	_ = hmac.New(sha256.New, key) //nolint:hardcodedsecret // RFC 4231 test vector
}
