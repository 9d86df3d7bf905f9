// Package envfallbackcross calls a getenv helper of another package.
package envfallbackcross

import "envhelpers"

var (
	jwtSecret = envhelpers.Get("JWT_SECRET", "local-dev-secret") // want `hardcoded fallback "loca…" \(16 chars\) for JWT_SECRET`
	port      = envhelpers.Get("PORT", "8080")
	apiKey    = envhelpers.Must("API_KEY")
)
