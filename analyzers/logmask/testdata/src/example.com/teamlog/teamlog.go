// Package teamlog is a team's logging wrapper over slog.
package teamlog

import (
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
)

// Infow logs msg with alternating keys and values.
func Infow(msg string, kv ...any) { // want Infow:"logs kv"
	slog.Info(msg, kv...)
}

// Debugf logs a formatted message.
func Debugf(format string, args ...any) { // want Debugf:"logs printf"
	log.Printf(format, args...)
}

// Warnf formats first and logs the result.
func Warnf(format string, args ...any) { // want Warnf:"logs printf"
	msg := fmt.Sprintf(format, args...)
	log.Print(msg)
}

// Stderrf prints a formatted line to standard error.
func Stderrf(format string, args ...any) { // want Stderrf:"logs printf"
	fmt.Fprintf(os.Stderr, format, args...)
}

// Render writes to w, which is no log.
func Render(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, format, args...)
}

// Logger carries fields into every entry.
type Logger struct{ l *slog.Logger }

// With returns a Logger that adds kv to every entry.
func (l *Logger) With(kv ...any) *Logger { // want With:"logs kv"
	return &Logger{l.l.With(kv...)}
}

// Errorw logs through Infow.
func (l *Logger) Errorw(msg string, kv ...any) { // want Errorw:"logs kv"
	Infow(msg, kv...)
}

// Field builds an attribute.
func Field(key string, value any) slog.Attr { // want Field:"logs field"
	return slog.Any(key, value)
}
