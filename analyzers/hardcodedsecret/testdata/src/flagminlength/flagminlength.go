// Package flagminlength has secrets shorter and longer than -min-length 8.
package flagminlength

import "os"

var (
	pin      = "1234"
	password = "hunter2"
	apiKey   = "a1b2c3d4e5" // want `hardcoded API key "a1b2…" \(10 chars\) in apiKey`
)

// Environment fallbacks are reported whatever their length.
func fallback() string {
	v := os.Getenv("JWT_SECRET")
	if v == "" {
		v = "x" // want `hardcoded fallback "…" \(1 chars\) for JWT_SECRET`
	}
	return v
}
