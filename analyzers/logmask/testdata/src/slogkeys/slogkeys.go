package slogkeys

import (
	"context"
	"log/slog"
	"time"
)

func login(ctx context.Context, l *slog.Logger, user, pw, key string, changed time.Time, ttl time.Duration) {
	slog.Info("login", "user", user, "password", pw)                          // want `value of "password" is logged unmasked by slog.Info; mask it before logging or leave it out`
	slog.InfoContext(ctx, "login", "secret", key)                             // want `value of "secret" is logged unmasked by slog.InfoContext`
	slog.Log(ctx, slog.LevelWarn, "login", "token", key)                      // want `value of "token" is logged unmasked by slog.Log`
	l.Error("login", "user", user, "api_key", key)                            // want `value of "api_key" is logged unmasked by slog.Logger.Error`
	l.With("authorization", key).Info("request")                              // want `value of "authorization" is logged unmasked by slog.Logger.With`
	slog.With("cookie", key).Info("request")                                  // want `value of "cookie" is logged unmasked by slog.With`
	slog.Info("card", "credit_card", key)                                     // want `value of "credit_card" is logged unmasked by slog.Info`
	slog.Info("ssn", "ssn", key)                                              // want `value of "ssn" is logged unmasked by slog.Info`
	slog.Info("key", "private_key", key)                                      // want `value of "private_key" is logged unmasked by slog.Info`
	slog.Info("group", slog.Group("auth", "user", user, "password", pw))      // want `value of "password" is logged unmasked by slog.Group`
	l.LogAttrs(ctx, slog.LevelInfo, "attrs", slog.String("token", key))       // want `value of "token" is logged unmasked by slog.String`
	slog.Info("attrs", slog.Any("session_id", key))                           // want `value of "session_id" is logged unmasked by slog.Any`
	slog.Info("attrs", slog.Attr{Key: "token", Value: slog.StringValue(key)}) // want `value of "token" is logged unmasked by slog.Attr`
	slog.Info("attrs", slog.Attr{"password", slog.AnyValue(pw)})              // want `value of "password" is logged unmasked by slog.Attr`
	slog.Info("attrs", slog.Attr{Key: "user", Value: slog.StringValue(user)})
}

// Descriptive keys, non-text values and constants are not secrets.
func descriptive(user, tokenType string, changed time.Time, ttl time.Duration, n int) {
	slog.Info("state", "has_password", true, "password_changed_at", changed)
	slog.Info("token", "token_type", tokenType, "expires_in", 3600)
	slog.Info("token", "token", ttl, "password", n, "secret", false)
	slog.Info("token", "token", changed)
	slog.Info("login", "password", "", "token", "[redacted]")
	slog.Info("login", "user", user)
}

type settings struct{ AuthMode, TokenType, PasswordHash string }

// A value whose own name describes the secret is no secret either.
func describedValues(s settings, tokenType string) {
	slog.Info("config", "auth", s.AuthMode, "token", s.TokenType, "password", s.PasswordHash)
	slog.Info("token", "token", tokenType)
}

// A value with an ordinary key is still reported when it is itself a
// sensitive variable.
func namedValue(user struct{ Name, Password string }) {
	slog.Info("login", "user", user.Name, "pw", user.Password) // want `value of "pw" is logged unmasked by slog.Info`
	slog.Info("login", "user", user.Password)                  // want `user.Password is logged unmasked by slog.Info`
}
