// Package keyvalues logs with slog, whose variadic arguments alternate
// keys and values.
package keyvalues

import (
	"context"
	"log/slog"
)

func login(ctx context.Context, logger *slog.Logger, user string) {
	slog.Info("login", "password", "hunter2x")                       // want `hardcoded password "hunt…" \(8 chars\) in password`
	slog.Info("login", "user", user, "api_key", "a1b2c3d4e5f6")      // want `hardcoded API key "a1b2…" \(12 chars\) in api_key`
	logger.With("token", "r3fr3sh!").InfoContext(ctx, "refreshed")   // want `hardcoded token "r3fr…" \(8 chars\) in token`
	slog.Log(ctx, slog.LevelInfo, "login", "secret", "s3cr3t-value") // want `hardcoded secret "s3cr…" \(12 chars\) in secret`

	// A value that names a sensitive thing is not a key.
	slog.Info("login", "field", "password", "user", user)
	slog.Info("password reset requested", "user", user)
	slog.Info("login", "password")
}
