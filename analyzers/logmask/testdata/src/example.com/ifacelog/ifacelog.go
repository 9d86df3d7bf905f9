// Package ifacelog declares a logging interface whose implementations
// logmask cannot see, so it is configured with -funcs.
package ifacelog

type Logger interface {
	Infow(msg string, kv ...any)
	Errorf(format string, args ...any)
}

// Info logs args: an optional context or request, a message, then keys
// and values. It parses args at run time, so no fact describes it.
func Info(args ...any) {}

// Attr builds a key-value attribute for a Logger.
func Attr(key string, value any) any { return nil }
