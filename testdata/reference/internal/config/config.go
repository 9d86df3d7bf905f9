// Package config reads the service's settings from the environment.
//
// JWT_SECRET has no default: the service refuses to start without it.
// Every other setting has a default that is safe to publish.
package config

import (
	"errors"
	"fmt"
	"time"
)

// Names of the environment variables the service reads.
const (
	JWTSecretEnv    = "JWT_SECRET"
	JWTIssuerEnv    = "JWT_ISSUER"
	ListenAddrEnv   = "LISTEN_ADDR"
	DatabasePathEnv = "DATABASE_PATH"
	TokenTTLEnv     = "TOKEN_TTL"
)

// Defaults of the settings that are not secret.
const (
	DefaultListenAddr   = "127.0.0.1:8080"
	DefaultDatabasePath = "reference.db"
	DefaultJWTIssuer    = "example.com/reference"
	DefaultTokenTTL     = 15 * time.Minute
)

// MinJWTSecretLength is the shortest JWT_SECRET accepted, in bytes. HS256
// keys shorter than the 32-byte hash output weaken the signature (RFC 7518,
// section 3.2).
const MinJWTSecretLength = 32

// MaxTokenTTL is the longest TOKEN_TTL accepted. There is no refresh token,
// so this caps how long a stolen token stays usable.
const MaxTokenTTL = 24 * time.Hour

// ErrMissingJWTSecret is returned by Load when JWT_SECRET is unset or empty.
var ErrMissingJWTSecret = errors.New(JWTSecretEnv + " is not set: set it to a random value of at least 32 bytes, for example the output of `openssl rand -hex 32`")

// Config is the service's configuration.
type Config struct {
	// ListenAddr is the TCP address the HTTP server listens on.
	ListenAddr string
	// DatabasePath is the SQLite database file, created when missing.
	DatabasePath string
	// JWTSecret is the HS256 signing key. It is never logged.
	JWTSecret []byte
	// JWTIssuer is the "iss" claim put into tokens and required back.
	JWTIssuer string
	// TokenTTL is how long an access token is valid after login.
	TokenTTL time.Duration
}

// Load reads the configuration through lookupEnv, which has the signature
// of os.LookupEnv. It returns ErrMissingJWTSecret when JWT_SECRET is unset
// or empty, and an error naming the variable for any invalid value.
func Load(lookupEnv func(string) (string, bool)) (Config, error) {
	secret, ok := lookupEnv(JWTSecretEnv)
	if !ok || secret == "" {
		return Config{}, ErrMissingJWTSecret
	}
	if len(secret) < MinJWTSecretLength {
		return Config{}, fmt.Errorf("%s is %d bytes long: use at least %d random bytes", JWTSecretEnv, len(secret), MinJWTSecretLength)
	}

	cfg := Config{
		ListenAddr:   valueOr(lookupEnv, ListenAddrEnv, DefaultListenAddr),
		DatabasePath: valueOr(lookupEnv, DatabasePathEnv, DefaultDatabasePath),
		JWTSecret:    []byte(secret),
		JWTIssuer:    valueOr(lookupEnv, JWTIssuerEnv, DefaultJWTIssuer),
		TokenTTL:     DefaultTokenTTL,
	}

	if raw, ok := lookupEnv(TokenTTLEnv); ok && raw != "" {
		ttl, err := time.ParseDuration(raw)
		if err != nil {
			return Config{}, fmt.Errorf("%s=%q is not a duration: use a value such as 15m or 1h", TokenTTLEnv, raw)
		}
		if ttl <= 0 || ttl > MaxTokenTTL {
			return Config{}, fmt.Errorf("%s=%q is out of range: use a duration above 0 and at most %s", TokenTTLEnv, raw, MaxTokenTTL)
		}
		cfg.TokenTTL = ttl
	}
	return cfg, nil
}

// valueOr returns the value of the environment variable name, or def when it
// is unset or empty.
func valueOr(lookupEnv func(string) (string, bool), name, def string) string {
	if value, ok := lookupEnv(name); ok && value != "" {
		return value
	}
	return def
}
