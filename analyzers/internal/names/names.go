// Package names classifies identifiers and keys by whether they name a
// secret, a password or other sensitive data.
//
// A name is split into lower-case words at camelCase humps, underscores,
// hyphens, dots and spaces, and matched word by word, so "userPassword" and
// "user_password" name a password while "LabelGroupWriteView" names nothing.
package names

import (
	"strings"
	"unicode"
)

// Kind is the kind of sensitive data a name stands for.
type Kind uint8

const (
	None       Kind = iota
	Password        // password, passwd, pwd, passphrase
	Secret          // secret, client secret, signing key, credential
	Token           // token, bearer, refresh token, jwt
	APIKey          // api key, access key
	PrivateKey      // private key
	Auth            // authorization header, cookie, session id
	Personal        // credit card number, cvv, social security number
)

var kindNames = [...]string{"none", "password", "secret", "token", "api key", "secret key", "auth", "personal data"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// IsCredential reports whether a literal value of this kind is a hardcoded
// credential: passwords, secrets, tokens and keys, but not cookies, sessions
// or personal data.
func (k Kind) IsCredential() bool {
	return k >= Password && k <= PrivateKey
}

// Words splits name into lower-case words at case changes, digits-to-letter
// boundaries and the separators _ - . / and space. Runs of capitals stay one
// word until the last capital that begins a lower-case word, so "JWTSecret"
// gives "jwt", "secret".
func Words(name string) []string {
	var words []string
	runes := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(runes[start:end])))
		}
		start = -1
	}
	for i, r := range runes {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := runes[i-1]
		switch {
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(runes) && unicode.IsLower(runes[i+1]):
			flush(i)
			start = i
		}
	}
	flush(len(runes))
	return words
}

// Classify returns the kind of sensitive data name stands for, or None.
// The full rule set lives in classify.go.
func Classify(name string) Kind {
	return classify(Words(name))
}
