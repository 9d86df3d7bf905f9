package server_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func TestSignUpCreatesAccount(t *testing.T) {
	env := newTestEnv(t)
	password := newPassword()

	resp := env.do(t, http.MethodPost, "/signup", "", credentials{Email: "  Kim@Example.com ", Password: password})

	if resp.status != http.StatusCreated {
		t.Fatalf("status = %d, want 201; body %s", resp.status, resp.body)
	}
	var created struct {
		ID    uint   `json:"id"`
		Email string `json:"email"`
	}
	decode(t, resp.body, &created)
	if created.ID == 0 {
		t.Error("id = 0, want the new user's ID")
	}
	if created.Email != "kim@example.com" {
		t.Errorf("email = %q, want kim@example.com", created.Email)
	}
	if strings.Contains(resp.body, password) || strings.Contains(resp.body, "$2a$") {
		t.Errorf("response leaks the password or its hash: %s", resp.body)
	}
}

func TestSignUpDuplicateEmailIsConflict(t *testing.T) {
	env := newTestEnv(t)
	env.signUp(t, "kim@example.com", newPassword())

	for _, email := range []string{"kim@example.com", "KIM@example.com"} {
		t.Run(email, func(t *testing.T) {
			resp := env.do(t, http.MethodPost, "/signup", "", credentials{Email: email, Password: newPassword()})

			assertError(t, resp, http.StatusConflict, bodyConflict)
		})
	}
}

func TestSignUpRejectsInvalidInput(t *testing.T) {
	env := newTestEnv(t)
	tests := []struct {
		name string
		body any
	}{
		{"malformed JSON", `{"email":`},
		{"not an object", `["kim@example.com"]`},
		{"unknown field", map[string]string{"email": "kim@example.com", "password": newPassword(), "role": "admin"}},
		{"trailing data", `{"email":"kim@example.com"} {}`},
		{"missing email", credentials{Password: newPassword()}},
		{"email without domain", credentials{Email: "kim", Password: newPassword()}},
		{"email with display name", credentials{Email: "Kim <kim@example.com>", Password: newPassword()}},
		{"email too long", credentials{Email: strings.Repeat("a", 250) + "@example.com", Password: newPassword()}},
		{"missing password", credentials{Email: "kim@example.com"}},
		{"password too short", credentials{Email: "kim@example.com", Password: newPassword()[:7]}},
		{"password over bcrypt limit", credentials{Email: "kim@example.com", Password: strings.Repeat(newPassword(), 3)}},
		{"body too large", credentials{Email: "kim@example.com", Password: strings.Repeat("a", 70<<10)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := env.do(t, http.MethodPost, "/signup", "", tt.body)

			assertError(t, resp, http.StatusBadRequest, bodyBadRequest)
		})
	}
}

func TestLoginIssuesHS256Token(t *testing.T) {
	env := newTestEnv(t)
	password := newPassword()
	userID := env.signUp(t, "kim@example.com", password)

	before := time.Now()
	resp := env.do(t, http.MethodPost, "/login", "", credentials{Email: "Kim@example.com", Password: password})

	if resp.status != http.StatusOK {
		t.Fatalf("status = %d, want 200; body %s", resp.status, resp.body)
	}
	if got := resp.header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("Cache-Control = %q, want no-store", got)
	}
	var issued struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type"`
		ExpiresIn   int64  `json:"expires_in"`
	}
	decode(t, resp.body, &issued)
	if issued.TokenType != "Bearer" {
		t.Errorf("token_type = %q, want Bearer", issued.TokenType)
	}
	if issued.ExpiresIn != int64(testTokenTTL.Seconds()) {
		t.Errorf("expires_in = %d, want %d", issued.ExpiresIn, int64(testTokenTTL.Seconds()))
	}

	var claims jwt.RegisteredClaims
	token, err := jwt.ParseWithClaims(issued.AccessToken, &claims, env.keyfunc,
		jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithExpirationRequired(),
		jwt.WithIssuer(testIssuer),
	)
	if err != nil {
		t.Fatalf("parse issued token: %v", err)
	}
	if alg := token.Header["alg"]; alg != "HS256" {
		t.Errorf("alg = %v, want HS256", alg)
	}
	if want := uintString(userID); claims.Subject != want {
		t.Errorf("sub = %q, want %q", claims.Subject, want)
	}
	wantExpiry := before.Add(testTokenTTL)
	if got := claims.ExpiresAt.Time; got.Before(wantExpiry.Add(-time.Second)) || got.After(wantExpiry.Add(5*time.Second)) {
		t.Errorf("exp = %s, want about %s", got, wantExpiry)
	}

	notes := env.do(t, http.MethodGet, "/notes", issued.AccessToken, nil)
	if notes.status != http.StatusOK {
		t.Errorf("GET /notes with the issued token: status %d, body %s", notes.status, notes.body)
	}
}

func TestLoginWrongPasswordIsUnauthorized(t *testing.T) {
	env := newTestEnv(t)
	password := newPassword()
	env.signUp(t, "kim@example.com", password)
	tests := []struct {
		name  string
		login credentials
	}{
		{"wrong password", credentials{Email: "kim@example.com", Password: password + "x"}},
		{"password of another case", credentials{Email: "kim@example.com", Password: strings.ToLower(password)}},
		{"unknown email", credentials{Email: "lee@example.com", Password: password}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := env.do(t, http.MethodPost, "/login", "", tt.login)

			assertError(t, resp, http.StatusUnauthorized, bodyUnauthorized)
		})
	}
}

func TestLoginRejectsMissingFields(t *testing.T) {
	env := newTestEnv(t)
	for name, body := range map[string]any{
		"missing password": credentials{Email: "kim@example.com"},
		"missing email":    credentials{Password: newPassword()},
		"malformed JSON":   `{`,
	} {
		t.Run(name, func(t *testing.T) {
			resp := env.do(t, http.MethodPost, "/login", "", body)

			assertError(t, resp, http.StatusBadRequest, bodyBadRequest)
		})
	}
}
