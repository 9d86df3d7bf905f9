package masking_test

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"example.com/reference/internal/masking"
)

// randomText returns a fresh random string. Tests build every credential at
// run time so that no credential-shaped literal sits in the source.
func randomText() string {
	return rand.Text()
}

// jwtShaped returns a string with the shape of a signed JWT.
func jwtShaped() string {
	encode := base64.RawURLEncoding.EncodeToString
	return encode([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." +
		encode([]byte(`{"sub":"1"}`)) + "." +
		encode([]byte(randomText()))
}

// basicCredentials returns an Authorization header value for Basic auth.
func basicCredentials() string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte("user:"+randomText()))
}

func TestMaskValueHidesContentAndLength(t *testing.T) {
	for _, value := range []string{"a", randomText(), "한글" + randomText()} {
		if got := masking.MaskValue(value); got != masking.Mask {
			t.Errorf("MaskValue(%d-byte value) = %q, want %q", len(value), got, masking.Mask)
		}
	}
	if got := masking.MaskValue(""); got != "" {
		t.Errorf("MaskValue(\"\") = %q, want empty", got)
	}
}

func TestIsSensitiveKey(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"password", true},
		{"Password", true},
		{"userPassword", true},
		{"new_password", true},
		{"passwd", true},
		{"Authorization", true},
		{"Cookie", true},
		{"Set-Cookie", true},
		{"X-Auth-Token", true},
		{"access_token", true},
		{"refreshToken", true},
		{"JWTSecret", true},
		{"client-secret", true},
		{"X-Api-Key", true},
		{"apiKey", true},
		{"private_key", true},
		{"session_id", true},
		{"password_hash", true},

		{"", false},
		{"email", false},
		{"key", false},
		{"sort_key", false},
		{"tokenizer", false},
		{"token_ttl", false},
		{"token_type", false},
		{"password_length", false},
		{"expires_at", false},
		{"jwt_secret_env", false},
		{"user_id", false},
		{"path", false},
	}
	for _, tt := range tests {
		if got := masking.IsSensitiveKey(tt.key); got != tt.want {
			t.Errorf("IsSensitiveKey(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestLooksLikeCredential(t *testing.T) {
	tests := []struct {
		value string
		want  bool
	}{
		{"Bearer " + jwtShaped(), true},
		{"bearer " + randomText(), true},
		{basicCredentials(), true},
		{jwtShaped(), true},
		{strings.TrimRightFunc(jwtShaped(), func(r rune) bool { return r != '.' }), true},

		{"", false},
		{"hello", false},
		{"Bearer", false},
		{"eyJ only one segment", false},
		{"example.com.kr", false},
		{"eyJ.has spaces.x", false},
	}
	for _, tt := range tests {
		if got := masking.LooksLikeCredential(tt.value); got != tt.want {
			t.Errorf("LooksLikeCredential(%q) = %v, want %v", tt.value, got, tt.want)
		}
	}
}

func TestMaskMapMasksSensitiveKeysAtAnyDepth(t *testing.T) {
	plaintext := randomText()
	input := map[string]any{
		"email":    "kim@example.com",
		"password": plaintext,
		"empty":    "",
		"token":    "",
		"nested": map[string]any{
			"client_secret": len(plaintext),
			"title":         "groceries",
			"deeper":        map[string]string{"Cookie": "sid=" + randomText(), "lang": "ko"},
		},
		"forwarded": "Bearer " + jwtShaped(),
	}
	want := map[string]any{
		"email":    "kim@example.com",
		"password": masking.Mask,
		"empty":    "",
		"token":    "",
		"nested": map[string]any{
			"client_secret": masking.Mask,
			"title":         "groceries",
			"deeper":        map[string]any{"Cookie": masking.Mask, "lang": "ko"},
		},
		"forwarded": masking.Mask,
	}

	got := masking.MaskMap(input)

	if !reflect.DeepEqual(got, want) {
		t.Errorf("MaskMap() = %#v, want %#v", got, want)
	}
	if input["password"] != plaintext {
		t.Error("MaskMap changed its input map")
	}
}

func TestMaskMapAcceptsHeaderAndValues(t *testing.T) {
	header := http.Header{
		"Authorization": {"Bearer " + jwtShaped()},
		"Accept":        {"application/json"},
		"X-Forwarded":   {basicCredentials(), "plain"},
	}
	gotHeader := masking.MaskMap(header)
	wantHeader := map[string]any{
		"Authorization": masking.Mask,
		"Accept":        []string{"application/json"},
		"X-Forwarded":   []string{masking.Mask, "plain"},
	}
	if !reflect.DeepEqual(gotHeader, wantHeader) {
		t.Errorf("MaskMap(header) = %#v, want %#v", gotHeader, wantHeader)
	}

	query := url.Values{"password": {randomText()}, "page": {"2"}, "token": {}}
	gotQuery := masking.MaskMap(query)
	wantQuery := map[string]any{
		"password": masking.Mask,
		"page":     []string{"2"},
		"token":    "",
	}
	if !reflect.DeepEqual(gotQuery, wantQuery) {
		t.Errorf("MaskMap(query) = %#v, want %#v", gotQuery, wantQuery)
	}
}

func TestMaskMapKeepsNil(t *testing.T) {
	if got := masking.MaskMap[string](nil); got != nil {
		t.Errorf("MaskMap(nil) = %#v, want nil", got)
	}
}
