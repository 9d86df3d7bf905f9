// Package config reads the service's settings from the environment and
// fails when a required one is missing.
package config

import (
	"fmt"
	"os"
)

// Config holds the service's settings.
type Config struct {
	Addr        string // listen address, such as ":8080"
	DatabaseURL string // PostgreSQL connection string
	JWTSecret   []byte // HMAC key that signs and verifies bearer tokens
}

// Load reads the settings from the environment. DATABASE_URL and JWT_SECRET
// are required; ADDR defaults to ":8080".
func Load() (Config, error) {
	cfg := Config{Addr: ":8080"}
	if addr, ok := os.LookupEnv("ADDR"); ok && addr != "" {
		cfg.Addr = addr
	}

	dsn, err := require("DATABASE_URL")
	if err != nil {
		return Config{}, err
	}
	cfg.DatabaseURL = dsn

	key, err := require("JWT_SECRET")
	if err != nil {
		return Config{}, err
	}
	if len(key) < 32 {
		return Config{}, fmt.Errorf("JWT_SECRET is too short: need at least 32 bytes, got %d", len(key))
	}
	cfg.JWTSecret = []byte(key)
	return cfg, nil
}

func require(name string) (string, error) {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		return "", fmt.Errorf("environment variable %s is missing", name)
	}
	return v, nil
}
