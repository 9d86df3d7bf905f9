package server_test

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"example.com/reference/internal/auth"
	"example.com/reference/internal/masking"
	"example.com/reference/internal/server"
	"example.com/reference/internal/store"
)

// Exact error bodies, as apperror.Write renders them.
const (
	bodyBadRequest   = `{"status":"BAD_REQUEST","message":"요청을 다시 확인해 주세요"}`
	bodyUnauthorized = `{"status":"UNAUTHORIZED","message":"로그인이 필요해요"}`
	bodyNotFound     = `{"status":"RESOURCE_NOT_FOUND","message":"찾으시는 정보가 없어요"}`
	bodyConflict     = `{"status":"RESOURCE_CONFLICT","message":"이미 등록된 정보예요"}`
)

const (
	testIssuer   = "reference-test"
	testTokenTTL = 15 * time.Minute
)

// syncBuffer is a bytes.Buffer that the server's goroutines and the test
// can use at once.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// testEnv is a running server over a real SQLite file.
type testEnv struct {
	url        string
	client     *http.Client
	signingKey []byte
	logs       *syncBuffer
}

// newTestEnv starts the real handler on an httptest server with a fresh
// database in t.TempDir, a random signing key, and a JSON logger wrapped in
// masking.Handler that writes to env.logs.
func newTestEnv(t *testing.T) *testEnv {
	t.Helper()
	return newTestEnvWithLogHandler(t, masking.NewHandler)
}

// newTestEnvWithLogHandler is newTestEnv with wrap applied to the JSON
// handler instead of masking.NewHandler.
func newTestEnvWithLogHandler[H slog.Handler](t *testing.T, wrap func(slog.Handler) H) *testEnv {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "reference.db"))
	if err != nil {
		t.Fatalf("store.Open() error = %v", err)
	}
	passwords, err := auth.NewPasswords()
	if err != nil {
		t.Fatalf("auth.NewPasswords() error = %v", err)
	}
	signingKey := []byte(rand.Text() + rand.Text())
	logs := &syncBuffer{}
	logger := slog.New(wrap(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))

	srv := httptest.NewServer(server.New(server.Deps{
		Store:     db,
		Passwords: passwords,
		Tokens:    auth.NewTokens(signingKey, testIssuer, testTokenTTL),
		Logger:    logger,
	}))
	t.Cleanup(func() {
		srv.Close()
		if err := db.Close(); err != nil {
			t.Errorf("close database: %v", err)
		}
	})
	return &testEnv{url: srv.URL, client: srv.Client(), signingKey: signingKey, logs: logs}
}

// response is a finished HTTP exchange.
type response struct {
	status int
	header http.Header
	body   string
}

// do sends a request. body is sent as is when it is a string, and as JSON
// otherwise; nil sends no body. bearer, when not empty, is sent as
// "Authorization: Bearer <bearer>".
func (e *testEnv) do(t *testing.T, method, path, bearer string, body any) response {
	t.Helper()
	header := http.Header{}
	if bearer != "" {
		header.Set("Authorization", "Bearer "+bearer)
	}
	return e.doWithHeader(t, method, path, header, body)
}

func (e *testEnv) doWithHeader(t *testing.T, method, path string, header http.Header, body any) response {
	t.Helper()
	var reader io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		reader = strings.NewReader(b)
	default:
		payload, err := json.Marshal(b)
		if err != nil {
			t.Fatalf("encode request body: %v", err)
		}
		reader = bytes.NewReader(payload)
	}

	req, err := http.NewRequest(method, e.url+path, reader)
	if err != nil {
		t.Fatalf("build %s %s: %v", method, path, err)
	}
	req.Header = header.Clone()
	if reader != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := e.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	payload, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s %s response: %v", method, path, err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: string(payload)}
}

// credentials is the body of /signup and /login.
type credentials struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

// newPassword returns a fresh random password of 26 characters. Tests never
// write a password into the source.
func newPassword() string {
	return rand.Text()
}

// signUp creates an account and returns its ID.
func (e *testEnv) signUp(t *testing.T, email, password string) uint {
	t.Helper()
	resp := e.do(t, http.MethodPost, "/signup", "", credentials{Email: email, Password: password})
	if resp.status != http.StatusCreated {
		t.Fatalf("sign up %s: status %d, body %s", email, resp.status, resp.body)
	}
	var created struct {
		ID uint `json:"id"`
	}
	decode(t, resp.body, &created)
	return created.ID
}

// login returns the access token for an account.
func (e *testEnv) login(t *testing.T, email, password string) string {
	t.Helper()
	resp := e.do(t, http.MethodPost, "/login", "", credentials{Email: email, Password: password})
	if resp.status != http.StatusOK {
		t.Fatalf("log in %s: status %d, body %s", email, resp.status, resp.body)
	}
	var issued struct {
		AccessToken string `json:"access_token"`
	}
	decode(t, resp.body, &issued)
	return issued.AccessToken
}

// newUser signs up a user with a random password and returns the user's ID
// and access token.
func (e *testEnv) newUser(t *testing.T, email string) (uint, string) {
	t.Helper()
	password := newPassword()
	id := e.signUp(t, email, password)
	return id, e.login(t, email, password)
}

// createNote creates a note and returns its ID.
func (e *testEnv) createNote(t *testing.T, bearer, title string) uint {
	t.Helper()
	resp := e.do(t, http.MethodPost, "/notes", bearer, map[string]string{"title": title, "body": "body of " + title})
	if resp.status != http.StatusCreated {
		t.Fatalf("create note %q: status %d, body %s", title, resp.status, resp.body)
	}
	var created struct {
		ID uint `json:"id"`
	}
	decode(t, resp.body, &created)
	return created.ID
}

func decode(t *testing.T, body string, dst any) {
	t.Helper()
	if err := json.Unmarshal([]byte(body), dst); err != nil {
		t.Fatalf("decode %s: %v", body, err)
	}
}

// validClaims returns the claims the server issues for userID, valid now.
func validClaims(userID uint) jwt.RegisteredClaims {
	now := time.Now()
	return jwt.RegisteredClaims{
		Issuer:    testIssuer,
		Subject:   strconv.FormatUint(uint64(userID), 10),
		IssuedAt:  jwt.NewNumericDate(now),
		NotBefore: jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(testTokenTTL)),
	}
}

// sign returns claims signed with method and key.
func sign(t *testing.T, method jwt.SigningMethod, key []byte, claims jwt.Claims) string {
	t.Helper()
	signed, err := jwt.NewWithClaims(method, claims).SignedString(key)
	if err != nil {
		t.Fatalf("sign %s token: %v", method.Alg(), err)
	}
	return signed
}

// unsigned returns claims as an "alg":"none" token with an empty signature,
// built by hand as an attacker would.
func unsigned(t *testing.T, claims jwt.Claims) string {
	t.Helper()
	payload, err := json.Marshal(claims)
	if err != nil {
		t.Fatalf("encode claims: %v", err)
	}
	encode := base64.RawURLEncoding.EncodeToString
	return encode([]byte(`{"alg":"none","typ":"JWT"}`)) + "." + encode(payload) + "."
}

func assertError(t *testing.T, resp response, wantStatus int, wantBody string) {
	t.Helper()
	if resp.status != wantStatus {
		t.Errorf("status = %d, want %d", resp.status, wantStatus)
	}
	if resp.body != wantBody {
		t.Errorf("body = %s, want %s", resp.body, wantBody)
	}
	if got := resp.header.Get("Content-Type"); got != "application/json; charset=utf-8" {
		t.Errorf("Content-Type = %q, want application/json; charset=utf-8", got)
	}
}

func uintString(n uint) string {
	return strconv.FormatUint(uint64(n), 10)
}

// keyfunc returns the server's signing key for HS256 tokens only.
func (e *testEnv) keyfunc(token *jwt.Token) (any, error) {
	if token.Method != jwt.SigningMethodHS256 {
		return nil, fmt.Errorf("unexpected signing method %v", token.Header["alg"])
	}
	return e.signingKey, nil
}
