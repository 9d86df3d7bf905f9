package slogmessage

import (
	"context"
	"fmt"
	"log/slog"
)

// The message of a slog call is printed as text, like a print argument.
func messages(ctx context.Context, l *slog.Logger, token, user string) {
	slog.Info("token " + token)                         // want `token is logged unmasked by slog.Info`
	slog.Info(fmt.Sprintf("token=%v", token))           // want `token is logged unmasked by slog.Info`
	slog.Error(fmt.Sprintf("bad token %s", token))      // want `token is logged unmasked by slog.Error`
	slog.WarnContext(ctx, "token "+token, "user", user) // want `token is logged unmasked by slog.WarnContext`
	slog.Log(ctx, slog.LevelDebug, token)               // want `token is logged unmasked by slog.Log`
	l.Debug(fmt.Sprint("token ", token), "user", user)  // want `token is logged unmasked by slog.Logger.Debug`
	l.InfoContext(ctx, fmt.Sprintf("login %s", token))  // want `token is logged unmasked by slog.Logger.InfoContext`
	msg := fmt.Sprintf("token=%v", token)
	slog.Info(msg) // want `token is logged unmasked by slog.Info`
}

// Messages built from constants or other values are clean.
func cleanMessages(ctx context.Context, l *slog.Logger, user string, args []any) {
	slog.Info("token refreshed", "user", user)
	slog.Info("login " + user)
	slog.Info(fmt.Sprintf("login %s", user))
	l.ErrorContext(ctx, "token rejected")
	slog.Info("token checked", args...)
}
