package hardcodedsecret

import (
	"testing"

	"github.com/secvet/secvet/analyzers/internal/names"
)

func TestPreviewShowsAtMostHalf(t *testing.T) {
	tests := []struct {
		secret string
		want   string
	}{
		{"", `"…" (0 chars)`},
		{"a", `"…" (1 chars)`},
		{"abcd", `"ab…" (4 chars)`},
		{"hunter2", `"hun…" (7 chars)`},
		{"sk_live_0123456789abcdefghijklmn", `"sk_l…" (32 chars)`}, //nolint:hardcodedsecret // made-up key for the preview format
		{"пароль-ключ", `"паро…" (11 chars)`},
	}
	for _, tt := range tests {
		if got := preview(tt.secret); got != tt.want {
			t.Errorf("preview(%q) = %s, want %s", tt.secret, got, tt.want)
		}
	}
}

func TestNotASecretNamesTheReason(t *testing.T) {
	tests := []struct {
		value string
		name  string
		want  string
	}{
		{"<your-key>", "apiKey", "placeholder"},
		{"${API_KEY}", "apiKey", "placeholder"},
		{"***", "password", "placeholder"},
		{"API_KEY", "apiKey", "environment variable name"},
		{"X-Api-Key", "apiKeyHeader", "header name"},
		{"Bearer %s", "token", "format template"},
		{"/run/secrets/db", "dbPassword", "path, route or URL"},
		{"Group Write View", "secret", "label or prose"},
		{"required", "password", "keyword"},
		{"db_password", "dbPassword", "its own name"},
		{"hunter2", "password", ""},
		{"super-secret-key", "jwtSecret", ""},
		{"wJalrXUtnFEMI/K7MDENG/bPxRfiCY", "awsSecret", ""},
	}
	for _, tt := range tests {
		if got := notASecret(tt.value, names.Words(tt.name)); got != tt.want {
			t.Errorf("notASecret(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}
