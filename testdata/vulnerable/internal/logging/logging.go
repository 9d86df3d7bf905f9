// Package logging builds the service's structured logger.
package logging

import (
	"io"
	"log/slog"
)

// New returns a JSON logger that writes to w.
func New(w io.Writer) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// Mask hides a sensitive value in a log record, keeping only its length.
func Mask(value string) slog.Value {
	return slog.GroupValue(slog.Int("masked_len", len(value)))
}
