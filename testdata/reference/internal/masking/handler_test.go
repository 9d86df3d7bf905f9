package masking_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"example.com/reference/internal/masking"
)

// newLogger returns a logger that writes masked JSON lines to the returned
// buffer.
func newLogger() (*slog.Logger, *bytes.Buffer) {
	var buf bytes.Buffer
	return slog.New(masking.NewHandler(slog.NewJSONHandler(&buf, nil))), &buf
}

// decodeLine decodes the single JSON log line in buf.
func decodeLine(t *testing.T, buf *bytes.Buffer) map[string]any {
	t.Helper()
	var line map[string]any
	if err := json.Unmarshal(buf.Bytes(), &line); err != nil {
		t.Fatalf("decode log line %q: %v", buf.String(), err)
	}
	return line
}

// userCredentials is a value whose LogValue leaks a credential, as a
// careless LogValuer might.
type userCredentials struct {
	email, password string
}

func (c userCredentials) LogValue() slog.Value {
	return slog.GroupValue(slog.String("email", c.email), slog.String("password", c.password)) //nolint:logmask // unmasked on purpose: the test checks that the handler masks it
}

func TestHandlerMasksForgottenAttributes(t *testing.T) {
	logger, buf := newLogger()
	plaintext := randomText()
	bearer := jwtShaped()

	forgotten := []any{
		slog.String("email", "kim@example.com"),
		slog.String("password", plaintext),             //nolint:logmask // unmasked on purpose: the test checks that the handler masks it
		slog.String("Authorization", "Bearer "+bearer), //nolint:logmask // unmasked on purpose: the test checks that the handler masks it
		slog.String("note", bearer),                    //nolint:logmask // unmasked on purpose: the test checks that the handler masks it
		slog.Int("access_token", 42),                   //nolint:logmask // unmasked on purpose: the test checks that the handler masks it
		slog.Duration("token_ttl", 0),
	}
	logger.Info("sign-up", forgotten...) //nolint:logmask // unmasked on purpose: the test checks that the handler masks it

	out := buf.String()
	if strings.Contains(out, plaintext) || strings.Contains(out, bearer) {
		t.Fatalf("log line contains a credential: %s", out)
	}
	line := decodeLine(t, buf)
	for key, want := range map[string]any{
		"email":         "kim@example.com",
		"password":      masking.Mask,
		"Authorization": masking.Mask,
		"note":          masking.Mask,
		"access_token":  masking.Mask,
		"token_ttl":     float64(0),
	} {
		if line[key] != want {
			t.Errorf("%s = %#v, want %#v", key, line[key], want)
		}
	}
}

func TestHandlerMasksGroupsAndLogValuers(t *testing.T) {
	logger, buf := newLogger()
	plaintext := randomText()

	forgotten := []any{
		slog.Group("request", slog.String("path", "/login"), slog.String("password", plaintext)), //nolint:logmask // unmasked on purpose: the test checks that the handler masks it
		slog.Any("user", userCredentials{email: "kim@example.com", password: plaintext}),         //nolint:logmask // unmasked on purpose: the test checks that the handler masks it
		slog.Group("session", slog.String("id", randomText())),                                   //nolint:logmask // unmasked on purpose: the test checks that the handler masks it
	}
	logger.Info("login", forgotten...) //nolint:logmask // unmasked on purpose: the test checks that the handler masks it

	if strings.Contains(buf.String(), plaintext) {
		t.Fatalf("log line contains the password: %s", buf.String())
	}
	line := decodeLine(t, buf)
	request, _ := line["request"].(map[string]any)
	if request["path"] != "/login" || request["password"] != masking.Mask {
		t.Errorf("request = %#v, want path kept and password masked", request)
	}
	user, _ := line["user"].(map[string]any)
	if user["email"] != "kim@example.com" || user["password"] != masking.Mask {
		t.Errorf("user = %#v, want email kept and password masked", user)
	}
	if line["session"] != masking.Mask {
		t.Errorf("session = %#v, want the whole group masked", line["session"])
	}
}

func TestHandlerMasksMapValues(t *testing.T) {
	logger, buf := newLogger()
	cookie := randomText()
	header := http.Header{"Cookie": {"sid=" + cookie}, "Accept": {"application/json"}}

	secretFields := map[string]string{"secret": cookie}
	logger.Info("request", slog.Any("headers", header), slog.Any("fields", secretFields)) //nolint:logmask // unmasked on purpose: the test checks that the handler masks it

	if strings.Contains(buf.String(), cookie) {
		t.Fatalf("log line contains the cookie: %s", buf.String())
	}
	line := decodeLine(t, buf)
	headers, _ := line["headers"].(map[string]any)
	if headers["Cookie"] != masking.Mask {
		t.Errorf("headers.Cookie = %#v, want %q", headers["Cookie"], masking.Mask)
	}
	fields, _ := line["fields"].(map[string]any)
	if fields["secret"] != masking.Mask {
		t.Errorf("fields.secret = %#v, want %q", fields["secret"], masking.Mask)
	}
}

func TestHandlerMasksWithAttrsAndKeepsGroups(t *testing.T) {
	logger, buf := newLogger()
	plaintext := randomText()

	logger.With(slog.String("api_key", plaintext)).WithGroup("req").Info("call", slog.String("method", "GET")) //nolint:logmask // unmasked on purpose: the test checks that the handler masks it

	if strings.Contains(buf.String(), plaintext) {
		t.Fatalf("log line contains the key: %s", buf.String())
	}
	line := decodeLine(t, buf)
	if line["api_key"] != masking.Mask {
		t.Errorf("api_key = %#v, want %q", line["api_key"], masking.Mask)
	}
	req, _ := line["req"].(map[string]any)
	if req["method"] != "GET" {
		t.Errorf("req.method = %#v, want GET", req["method"])
	}
}

func TestHandlerRespectsLevel(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(masking.NewHandler(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn})))

	logger.Info("dropped")

	if buf.Len() != 0 {
		t.Errorf("info record written at warn level: %s", buf.String())
	}
}
