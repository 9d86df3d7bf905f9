// Package names classifies identifiers and keys by whether they name a
// secret, a password or other sensitive data.
//
// A name is split into lower-case words at camelCase humps, acronym ends,
// letter-digit boundaries, underscores, hyphens, dots and spaces, and matched
// word by word, so "userPassword", "USER_PASSWORD" and "user-password" name a
// password while "LabelGroupWriteView" names nothing.
//
// The sensitive word must be the head of the name: the last word, or followed
// only by qualifiers such as "value", "bytes", "prod" or a digit. A name whose
// sensitive word is followed by a noun such as "Name", "ID", "Path", "Header"
// or "Hash" describes the secret instead of holding it ("passwordHash",
// "tokenType"), and so does one that starts with "has", "is" or "max"
// ("hasPassword", "maxTokens").
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

var kindNames = [...]string{"none", "password", "secret", "token", "api key", "private key", "auth", "personal data"}

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

// Words splits name into lower-case words at case changes, letter-digit
// boundaries and every rune that is neither a letter nor a digit. Runs of
// capitals stay one word until the last capital that begins a lower-case
// word, so "JWTSecret" gives "jwt", "secret"; a plural "s" after a run of
// capitals stays with it, so "userIDs" gives "user", "ids".
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
		case unicode.IsDigit(r) != unicode.IsDigit(prev):
			flush(i)
			start = i
		case isUpper(r) && !isUpper(prev):
			flush(i)
			start = i
		case isUpper(r) && isUpper(prev) && i+1 < len(runes) && unicode.IsLower(runes[i+1]) && !pluralEnd(runes, i+1):
			flush(i)
			start = i
		}
	}
	flush(len(runes))
	return words
}

// isUpper reports whether r is an upper-case letter with a lower-case
// form. Letters such as 'ϓ' are upper-case but stay the same in a
// lower-cased word, so they cannot start a word: splitting a word that
// Words returned would otherwise give more words.
func isUpper(r rune) bool {
	return unicode.IsUpper(r) && unicode.ToLower(r) != r
}

// pluralEnd reports whether runes[i] is a lone "s" that ends a word, as in
// "IDs" or "URLs".
func pluralEnd(runes []rune, i int) bool {
	return runes[i] == 's' && (i+1 == len(runes) || !unicode.IsLower(runes[i+1]))
}

// Classify returns the kind of sensitive data name holds, or None when it
// names nothing sensitive or describes a secret instead of holding it.
func Classify(name string) Kind {
	m := match(Words(name))
	if m.vetoed {
		return None
	}
	return m.kind
}

// Mentions returns the kind of sensitive data that name mentions, whether or
// not it holds it: Mentions("passwordHash") is Password while Classify of it
// is None.
func Mentions(name string) Kind {
	return match(Words(name)).kind
}

// IsDescriptive reports whether name mentions sensitive data but describes it
// instead of holding it, like "passwordField", "tokenType", "apiKeyEnv",
// "has_password" or "expires_in_token_ttl". Such names hold labels, lengths
// or flags that need no masking.
func IsDescriptive(name string) bool {
	m := match(Words(name))
	return m.kind != None && m.vetoed
}

// IsPasswordName reports whether name holds a plaintext password: it is true
// for "password", "userPassword" and "DB_PASS", and false for
// "PasswordHash", "HashedPassword", "PasswordChangedAt" and "PasswordPolicy".
func IsPasswordName(name string) bool {
	return Classify(name) == Password
}

// IsCredentialName reports whether name holds a password, secret, token or
// key.
func IsCredentialName(name string) bool {
	return Classify(name).IsCredential()
}
