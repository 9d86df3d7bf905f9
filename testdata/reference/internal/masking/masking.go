// Package masking hides credentials before they reach a log.
//
// MaskValue and MaskMap mask values that the caller knows are sensitive,
// such as request headers. Handler wraps any slog.Handler and masks the
// attributes of every record, so a credential logged by mistake under a key
// like "password" or "token" is still hidden.
package masking

import (
	"strings"
	"unicode"
)

// Mask is the text that replaces a sensitive value.
const Mask = "****"

// MaskValue returns Mask for a non-empty value and "" for an empty one.
// The log still shows whether a value was sent, but not its length or any
// of its characters.
func MaskValue(value string) string {
	if value == "" {
		return ""
	}
	return Mask
}

// MaskMap returns a copy of m in which the value of every sensitive key
// (see IsSensitiveKey) is replaced by Mask. Values that are themselves maps
// with string keys are masked the same way, at any depth. It accepts
// http.Header and url.Values as well as plain maps.
func MaskMap[V any](m map[string]V) map[string]any {
	if m == nil {
		return nil
	}
	masked := make(map[string]any, len(m))
	for key, value := range m {
		if IsSensitiveKey(key) {
			masked[key] = maskAny(value)
			continue
		}
		masked[key] = maskNested(value)
	}
	return masked
}

// maskAny masks a value of any type: "" and nil stay empty so that a log
// can tell a missing credential from a present one.
func maskAny(value any) string {
	switch v := value.(type) {
	case nil:
		return ""
	case string:
		return MaskValue(v)
	case []string:
		if len(v) == 0 {
			return ""
		}
		return Mask
	default:
		return Mask
	}
}

// maskNested masks the maps inside a value of a key that is not sensitive,
// and masks a string that has the shape of a credential.
func maskNested(value any) any {
	switch v := value.(type) {
	case map[string]any:
		return MaskMap(v)
	case map[string]string:
		return MaskMap(v)
	case map[string][]string:
		return MaskMap(v)
	case string:
		if LooksLikeCredential(v) {
			return Mask
		}
		return v
	case []string:
		masked := make([]string, len(v))
		for i, s := range v {
			masked[i] = s
			if LooksLikeCredential(s) {
				masked[i] = Mask
			}
		}
		return masked
	default:
		return value
	}
}

// sensitiveWords are the words that make a key sensitive wherever they
// appear in it: "userPassword", "X-Auth-Token" and "set-cookie" all match.
var sensitiveWords = map[string]bool{
	"password":      true,
	"passwd":        true,
	"pwd":           true,
	"passphrase":    true,
	"secret":        true,
	"token":         true,
	"jwt":           true,
	"bearer":        true,
	"auth":          true,
	"authorization": true,
	"cookie":        true,
	"session":       true,
	"credential":    true,
	"credentials":   true,
	"apikey":        true,
	"otp":           true,
}

// keyQualifiers are the words that make a following "key" sensitive, as in
// "api_key" or "privateKey". A bare "key" is not sensitive.
var keyQualifiers = map[string]bool{
	"api":     true,
	"access":  true,
	"private": true,
	"secret":  true,
	"signing": true,
}

// descriptiveSuffixes end keys that describe a credential without holding
// it, such as "token_ttl" or "password_length".
var descriptiveSuffixes = map[string]bool{
	"ttl":     true,
	"type":    true,
	"length":  true,
	"len":     true,
	"count":   true,
	"expiry":  true,
	"expires": true,
	"at":      true,
	"env":     true,
	"name":    true,
	"url":     true,
}

// IsSensitiveKey reports whether a log or map key names a credential. The
// key is split into lower-case words at camelCase humps and at the
// separators _ - . and space, and the words are matched one by one, so
// "accessToken" is sensitive while "tokenizer" is not.
func IsSensitiveKey(key string) bool {
	words := splitWords(key)
	if len(words) == 0 || descriptiveSuffixes[words[len(words)-1]] {
		return false
	}
	for i, word := range words {
		if sensitiveWords[word] {
			return true
		}
		if word == "key" && i > 0 && keyQualifiers[words[i-1]] {
			return true
		}
	}
	return false
}

// LooksLikeCredential reports whether value has the shape of a credential
// whatever key it is logged under: an Authorization header value
// ("Bearer ...", "Basic ...") or a JWT (three base64url segments, the first
// starting with "eyJ", which is how {" encodes).
func LooksLikeCredential(value string) bool {
	lower := strings.ToLower(value)
	if strings.HasPrefix(lower, "bearer ") || strings.HasPrefix(lower, "basic ") {
		return true
	}
	if !strings.HasPrefix(value, "eyJ") || strings.Count(value, ".") != 2 {
		return false
	}
	for _, r := range value {
		if r != '.' && r != '-' && r != '_' && !isASCIIAlnum(r) {
			return false
		}
	}
	return true
}

func isASCIIAlnum(r rune) bool {
	return r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// splitWords splits key into lower-case words at separators, at a lower-case
// letter followed by an upper-case one, and before the last capital of an
// acronym that starts a new word ("JWTSecret" gives "jwt", "secret").
func splitWords(key string) []string {
	var words []string
	runes := []rune(key)
	start := 0
	flush := func(end int) {
		if end > start {
			words = append(words, strings.ToLower(string(runes[start:end])))
		}
	}
	for i, r := range runes {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush(i)
			start = i + 1
		case i > start && unicode.IsUpper(r) && unicode.IsLower(runes[i-1]):
			flush(i)
			start = i
		case i > start && unicode.IsUpper(r) && unicode.IsUpper(runes[i-1]) &&
			i+1 < len(runes) && unicode.IsLower(runes[i+1]):
			flush(i)
			start = i
		}
	}
	flush(len(runes))
	return words
}
