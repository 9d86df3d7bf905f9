// Package logrus is a stub of github.com/sirupsen/logrus with what the tests use.
package logrus

type Fields map[string]any

type Entry struct{}

func (e *Entry) WithField(key string, value any) *Entry { return e }
func (e *Entry) WithFields(fields Fields) *Entry        { return e }
func (e *Entry) Info(args ...any)                       {}
func (e *Entry) Infof(format string, args ...any)       {}

type Logger struct{}

func New() *Logger                                       { return &Logger{} }
func (l *Logger) WithField(key string, value any) *Entry { return &Entry{} }
func (l *Logger) WithFields(fields Fields) *Entry        { return &Entry{} }
func (l *Logger) Warnf(format string, args ...any)       {}

func WithField(key string, value any) *Entry { return &Entry{} }
func WithFields(fields Fields) *Entry        { return &Entry{} }
func Info(args ...any)                       {}
func Printf(format string, args ...any)      {}
