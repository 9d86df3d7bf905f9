// Package envhelpers provides a getenv helper to other packages.
package envhelpers

import "os"

// Get returns the environment variable key, or def when it is empty.
func Get(key, def string) string { // want Get:`getenv\(name=0, default=1\)`
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// Must returns the environment variable key and panics when it is empty.
func Must(key string) string {
	v := os.Getenv(key)
	if v == "" {
		panic(key + " is missing")
	}
	return v
}
