// Package envfallback gives secret environment variables literal defaults.
package envfallback

import (
	"cmp"
	"os"
)

type Config struct {
	JWTSecret string
	Port      string
}

func ifEmpty() string {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "change-me" // want `hardcoded fallback "chan…" \(9 chars\) for JWT_SECRET; fail when the variable is missing instead of using a default`
	}
	return secret
}

func ifLenZero() string {
	v := os.Getenv("DB_PASSWORD")
	if len(v) == 0 {
		v = "postgres" // want `hardcoded fallback "post…" \(8 chars\) for DB_PASSWORD`
	}
	return v
}

func lookup() string {
	key, ok := os.LookupEnv("STRIPE_API_KEY")
	if !ok {
		key = "test-key" // want `hardcoded fallback "test…" \(8 chars\) for STRIPE_API_KEY`
	}
	return key
}

func field() Config {
	var cfg Config
	cfg.JWTSecret = os.Getenv("SIGNING")
	if "" == cfg.JWTSecret {
		cfg.JWTSecret = "xxx" // want `hardcoded fallback "x…" \(3 chars\) for JWTSecret`
	}
	return cfg
}

func withCmpOr() string {
	return cmp.Or(os.Getenv("API_TOKEN"), "dev-token") // want `hardcoded fallback "dev-…" \(9 chars\) for API_TOKEN`
}

// getenv returns the variable name or fallback when it is unset.
func getenv(name, fallback string) string { // want getenv:`getenv\(name=0, default=1\)`
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return fallback
}

// secretOr calls getenv, so it is a helper too.
func secretOr(fallback, name string) string { // want secretOr:`getenv\(name=1, default=0\)`
	return getenv(name, fallback)
}

var (
	sessionSecret = getenv("SESSION_SECRET", "s3ss10n")       // want `hardcoded fallback "s3s…" \(7 chars\) for SESSION_SECRET`
	adminPassword = getenv("ADMIN", "admin")                  // want `hardcoded fallback "ad…" \(5 chars\) for adminPassword`
	webhookKey    = secretOr("whk-default", "WEBHOOK_SECRET") // want `hardcoded fallback "whk-…" \(11 chars\) for WEBHOOK_SECRET`
)

// Defaults of variables that are not secrets, and secrets without one.
func clean() Config {
	cfg := Config{Port: getenv("PORT", "8080")}
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = ":8080"
	}
	token := os.Getenv("API_TOKEN")
	if token == "" {
		panic("API_TOKEN is missing")
	}
	_ = getenv("JWT_SECRET", "")
	_ = cmp.Or(os.Getenv("REGION"), "eu-west-1")
	return cfg
}
