package config_test

import (
	"crypto/rand"
	"errors"
	"strings"
	"testing"
	"time"

	"example.com/reference/internal/config"
)

// env returns a lookup function over vars, in the form of os.LookupEnv.
func env(vars map[string]string) func(string) (string, bool) {
	return func(name string) (string, bool) {
		value, ok := vars[name]
		return value, ok
	}
}

// randomKey returns a random 52-character value, long enough for
// JWT_SECRET.
func randomKey() string {
	return rand.Text() + rand.Text()
}

func TestLoadWithoutJWTSecretFails(t *testing.T) {
	for name, vars := range map[string]map[string]string{
		"unset": {},
		"empty": {config.JWTSecretEnv: ""},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := config.Load(env(vars))

			if !errors.Is(err, config.ErrMissingJWTSecret) {
				t.Fatalf("Load() error = %v, want ErrMissingJWTSecret", err)
			}
			if !strings.Contains(err.Error(), "JWT_SECRET is not set") {
				t.Errorf("error %q does not name JWT_SECRET", err)
			}
		})
	}
}

func TestLoadRejectsShortJWTSecret(t *testing.T) {
	short := randomKey()[:config.MinJWTSecretLength-1]

	_, err := config.Load(env(map[string]string{config.JWTSecretEnv: short}))

	if err == nil {
		t.Fatal("Load() error = nil, want an error for a 31-byte secret")
	}
	if strings.Contains(err.Error(), short) {
		t.Errorf("error %q contains the secret", err)
	}
}

func TestLoadAppliesDefaults(t *testing.T) {
	key := randomKey()

	cfg, err := config.Load(env(map[string]string{config.JWTSecretEnv: key}))
	if err != nil {
		t.Fatalf("Load() error = %v", err)
	}

	if string(cfg.JWTSecret) != key {
		t.Error("JWTSecret is not the value of JWT_SECRET")
	}
	if cfg.ListenAddr != config.DefaultListenAddr {
		t.Errorf("ListenAddr = %q, want %q", cfg.ListenAddr, config.DefaultListenAddr)
	}
	if cfg.DatabasePath != config.DefaultDatabasePath {
		t.Errorf("DatabasePath = %q, want %q", cfg.DatabasePath, config.DefaultDatabasePath)
	}
	if cfg.JWTIssuer != config.DefaultJWTIssuer {
		t.Errorf("JWTIssuer = %q, want %q", cfg.JWTIssuer, config.DefaultJWTIssuer)
	}
	if cfg.TokenTTL != config.DefaultTokenTTL {
		t.Errorf("TokenTTL = %s, want %s", cfg.TokenTTL, config.DefaultTokenTTL)
	}
}

func TestLoadReadsOverrides(t *testing.T) {
	cfg, err := config.Load(env(map[string]string{
		config.JWTSecretEnv:    randomKey(),
		config.ListenAddrEnv:   "127.0.0.1:9090",
		config.DatabasePathEnv: "/var/lib/reference/notes.db",
		config.JWTIssuerEnv:    "notes.example.com",
		config.TokenTTLEnv:     "1h",
	}))
	if err != nil {
		t.Fatalf("Load() error = %v", err)
	}

	if cfg.ListenAddr != "127.0.0.1:9090" {
		t.Errorf("ListenAddr = %q", cfg.ListenAddr)
	}
	if cfg.DatabasePath != "/var/lib/reference/notes.db" {
		t.Errorf("DatabasePath = %q", cfg.DatabasePath)
	}
	if cfg.JWTIssuer != "notes.example.com" {
		t.Errorf("JWTIssuer = %q", cfg.JWTIssuer)
	}
	if cfg.TokenTTL != time.Hour {
		t.Errorf("TokenTTL = %s, want 1h", cfg.TokenTTL)
	}
}

func TestLoadRejectsInvalidTokenTTL(t *testing.T) {
	for _, raw := range []string{"soon", "0s", "-5m", "25h"} {
		t.Run(raw, func(t *testing.T) {
			_, err := config.Load(env(map[string]string{config.JWTSecretEnv: randomKey(), config.TokenTTLEnv: raw}))

			if err == nil {
				t.Fatalf("Load() error = nil, want an error for TOKEN_TTL=%q", raw)
			}
			if !strings.Contains(err.Error(), config.TokenTTLEnv) {
				t.Errorf("error %q does not name TOKEN_TTL", err)
			}
		})
	}
}
