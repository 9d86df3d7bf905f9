package config

import (
	"crypto/hmac"
	"crypto/sha256"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Mistakes for hardcodedsecret: secrets written into the source instead of
// read from the environment. Every value here is made up.

// envOr returns the environment variable name, or fallback when it is
// unset. Its callers below give secrets a default that ships with the
// binary.
func envOr(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

// Mail holds the SMTP relay settings.
type Mail struct {
	Host     string
	User     string
	Password string
}

var (
	sessionSecret = envOr("SESSION_SECRET", "dev-session-secret") // finding: hardcodedsecret
	metricsAddr   = envOr("METRICS_ADDR", ":9090")
)

// replicaDSN points reports at the read replica, password included.
const replicaDSN = "postgres://report:r3p0rt-Pw@replica.internal:5432/app?sslmode=require" // finding: hardcodedsecret

// releaseBot lets the release job comment on pull requests. Its name says
// nothing, but the value has the shape of a GitHub token.
const releaseBot = "ghp_Q3vN8kR2tY7wX5pL9mB4cD6fG1hJ0sA3eT7q" // finding: hardcodedsecret

// LoadMail reads the SMTP settings, falling back to the staging relay.
func LoadMail() Mail {
	m := Mail{
		Host:     envOr("SMTP_HOST", "smtp.staging.internal"),
		User:     "notifications",
		Password: "Sm7p!relay", // finding: hardcodedsecret
	}
	if p := os.Getenv("SMTP_PASSWORD"); p != "" {
		m.Password = p
	}
	return m
}

// AdminToken signs a long-lived token for the operations dashboard.
func AdminToken() (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": "ops",
		"exp": time.Now().Add(24 * time.Hour).Unix(),
	})
	return t.SignedString([]byte("ops-dashboard-key")) // finding: hardcodedsecret
}

// SignWebhook signs an outgoing webhook body.
func SignWebhook(body []byte) []byte {
	mac := hmac.New(sha256.New, []byte("whsec-4d1f9a")) // finding: hardcodedsecret
	mac.Write(body)
	return mac.Sum(nil)
}

// UpstreamRequest builds a request to the partner API.
func UpstreamRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("partner", "p4rtner-pw") // finding: hardcodedsecret
	return req, nil
}

// APIKey reads the payments API key, with a fallback for local runs.
func APIKey() string {
	key := os.Getenv("PAYMENTS_API_KEY")
	if key == "" {
		key = "change-me" // finding: hardcodedsecret
	}
	return key
}

// Values that look like secrets by name but are not.
const (
	passwordField   = "password"
	tokenHeader     = "Authorization"
	apiKeyEnv       = "PAYMENTS_API_KEY"
	resetPasswordTo = "/account/password/reset"
)
