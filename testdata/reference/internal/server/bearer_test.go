package server_test

import (
	"crypto/rand"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// protectedRoutes are the routes behind the bearer middleware.
var protectedRoutes = []struct{ method, path string }{
	{http.MethodGet, "/notes"},
	{http.MethodPost, "/notes"},
	{http.MethodGet, "/notes/1"},
	{http.MethodDelete, "/notes/1"},
}

func TestProtectedRoutesRequireBearerToken(t *testing.T) {
	env := newTestEnv(t)
	_, bearer := env.newUser(t, "kim@example.com")
	headers := map[string]string{
		"no header":          "",
		"empty bearer":       "Bearer ",
		"basic scheme":       "Basic " + rand.Text(),
		"token without type": bearer,
		"other scheme":       "Token " + bearer,
	}

	for _, route := range protectedRoutes {
		for name, value := range headers {
			t.Run(route.method+" "+route.path+"/"+name, func(t *testing.T) {
				header := http.Header{}
				if value != "" {
					header.Set("Authorization", value)
				}

				resp := env.doWithHeader(t, route.method, route.path, header, `{"title":"t"}`)

				assertError(t, resp, http.StatusUnauthorized, bodyUnauthorized)
				if got := resp.header.Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer") {
					t.Errorf("WWW-Authenticate = %q, want a Bearer challenge", got)
				}
			})
		}
	}
}

func TestBearerSchemeIsCaseInsensitive(t *testing.T) {
	env := newTestEnv(t)
	_, bearer := env.newUser(t, "kim@example.com")

	resp := env.doWithHeader(t, http.MethodGet, "/notes", http.Header{"Authorization": {"bearer " + bearer}}, nil)

	if resp.status != http.StatusOK {
		t.Errorf("status = %d, want 200; body %s", resp.status, resp.body)
	}
}

func TestBearerRejectsInvalidTokens(t *testing.T) {
	env := newTestEnv(t)
	userID, _ := env.newUser(t, "kim@example.com")
	otherKey := []byte(rand.Text() + rand.Text())
	now := time.Now()

	expired := validClaims(userID)
	expired.IssuedAt = jwt.NewNumericDate(now.Add(-2 * time.Hour))
	expired.NotBefore = expired.IssuedAt
	expired.ExpiresAt = jwt.NewNumericDate(now.Add(-time.Hour))

	withoutExpiry := validClaims(userID)
	withoutExpiry.ExpiresAt = nil

	otherIssuer := validClaims(userID)
	otherIssuer.Issuer = "someone-else"

	withoutIssuer := validClaims(userID)
	withoutIssuer.Issuer = ""

	notYetValid := validClaims(userID)
	notYetValid.NotBefore = jwt.NewNumericDate(now.Add(time.Hour))

	textSubject := validClaims(userID)
	textSubject.Subject = "kim@example.com"

	zeroSubject := validClaims(userID)
	zeroSubject.Subject = "0"

	valid := sign(t, jwt.SigningMethodHS256, env.signingKey, validClaims(userID))
	parts := strings.Split(valid, ".")
	otherPayload := strings.Split(sign(t, jwt.SigningMethodHS256, env.signingKey, validClaims(userID+1)), ".")[1]

	tests := []struct {
		name   string
		bearer string
	}{
		{"expired", sign(t, jwt.SigningMethodHS256, env.signingKey, expired)},
		{"HS384 with the right key", sign(t, jwt.SigningMethodHS384, env.signingKey, validClaims(userID))},
		{"HS512 with the right key", sign(t, jwt.SigningMethodHS512, env.signingKey, validClaims(userID))},
		{"alg none", unsigned(t, validClaims(userID))},
		{"alg none with the valid signature", strings.TrimSuffix(unsigned(t, validClaims(userID)), ".") + "." + parts[2]},
		{"signed with another key", sign(t, jwt.SigningMethodHS256, otherKey, validClaims(userID))},
		{"payload swapped after signing", parts[0] + "." + otherPayload + "." + parts[2]},
		{"signature removed", parts[0] + "." + parts[1] + "."},
		{"without exp", sign(t, jwt.SigningMethodHS256, env.signingKey, withoutExpiry)},
		{"other issuer", sign(t, jwt.SigningMethodHS256, env.signingKey, otherIssuer)},
		{"without issuer", sign(t, jwt.SigningMethodHS256, env.signingKey, withoutIssuer)},
		{"not valid yet", sign(t, jwt.SigningMethodHS256, env.signingKey, notYetValid)},
		{"subject not a user ID", sign(t, jwt.SigningMethodHS256, env.signingKey, textSubject)},
		{"subject zero", sign(t, jwt.SigningMethodHS256, env.signingKey, zeroSubject)},
		{"not a JWT", rand.Text()},
		{"two segments", parts[0] + "." + parts[1]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := env.do(t, http.MethodGet, "/notes", tt.bearer, nil)

			assertError(t, resp, http.StatusUnauthorized, bodyUnauthorized)
			if got := resp.header.Get("WWW-Authenticate"); !strings.Contains(got, `error="invalid_token"`) {
				t.Errorf("WWW-Authenticate = %q, want error=\"invalid_token\"", got)
			}
		})
	}

	// The same helpers build a token the server accepts, so each rejection
	// above comes from the one claim or header that the case changes.
	if resp := env.do(t, http.MethodGet, "/notes", valid, nil); resp.status != http.StatusOK {
		t.Errorf("control token: status %d, want 200; body %s", resp.status, resp.body)
	}
}
