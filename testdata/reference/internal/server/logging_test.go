package server_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestRequestLogMasksCredentials(t *testing.T) {
	checkRequestLogMasksCredentials(t, newTestEnv(t))
}

// TestRequestLogMasksWithoutMaskingHandler checks the request log's own
// masking: the logger here writes records as they come.
func TestRequestLogMasksWithoutMaskingHandler(t *testing.T) {
	checkRequestLogMasksCredentials(t, newTestEnvWithLogHandler(t, func(h slog.Handler) slog.Handler { return h }))
}

func checkRequestLogMasksCredentials(t *testing.T, env *testEnv) {
	t.Helper()
	password := newPassword()
	env.signUp(t, "kim@example.com", password)
	bearer := env.login(t, "kim@example.com", password)
	env.do(t, http.MethodPost, "/login", "", credentials{Email: "kim@example.com", Password: password + "x"})
	env.createNote(t, bearer, "groceries")
	// A careless client puts credentials into the query string as well.
	query := url.Values{"password": {password}, "token": {bearer}, "page": {"2"}}
	env.do(t, http.MethodGet, "/notes?"+query.Encode(), bearer, nil)
	env.do(t, http.MethodGet, "/notes", bearer+"x", nil)

	logs := env.logs.String()

	if strings.Contains(logs, password) {
		t.Errorf("logs contain the password:\n%s", logs)
	}
	if strings.Contains(logs, bearer) {
		t.Errorf("logs contain the access token:\n%s", logs)
	}
	var notesRequest map[string]any
	requests := 0
	for line := range strings.Lines(logs) {
		var record map[string]any
		if err := json.Unmarshal([]byte(line), &record); err != nil {
			t.Fatalf("log line is not JSON: %q: %v", line, err)
		}
		if record["msg"] != "request" {
			continue
		}
		requests++
		if q, _ := record["query"].(map[string]any); q["page"] != nil {
			notesRequest = record
		}
	}
	if requests != 6 {
		t.Errorf("logged %d request lines, want 6:\n%s", requests, logs)
	}
	if notesRequest == nil {
		t.Fatalf("no request line for GET /notes?page=2:\n%s", logs)
	}

	headers, _ := notesRequest["headers"].(map[string]any)
	if headers["Authorization"] != "****" {
		t.Errorf("headers.Authorization = %#v, want \"****\"", headers["Authorization"])
	}
	loggedQuery, _ := notesRequest["query"].(map[string]any)
	for _, key := range []string{"password", "token"} {
		if loggedQuery[key] != "****" {
			t.Errorf("query.%s = %#v, want \"****\"", key, loggedQuery[key])
		}
	}
	if page, _ := loggedQuery["page"].([]any); len(page) != 1 || page[0] != "2" {
		t.Errorf("query.page = %#v, want [\"2\"] unmasked", loggedQuery["page"])
	}
}
