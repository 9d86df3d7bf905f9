// Package zap is a stub of go.uber.org/zap with what the tests use.
package zap

import (
	"fmt"

	"go.uber.org/zap/zapcore"
)

type Field = zapcore.Field

func String(key, val string) Field                         { return Field{} }
func Strings(key string, val []string) Field               { return Field{} }
func ByteString(key string, val []byte) Field              { return Field{} }
func Int(key string, val int) Field                        { return Field{} }
func Bool(key string, val bool) Field                      { return Field{} }
func Any(key string, val any) Field                        { return Field{} }
func Reflect(key string, val any) Field                    { return Field{} }
func Stringer(key string, val fmt.Stringer) Field          { return Field{} }
func Object(key string, val zapcore.ObjectMarshaler) Field { return Field{} }
func Error(err error) Field                                { return Field{} }

type Logger struct{}

func NewNop() *Logger                               { return &Logger{} }
func (l *Logger) Info(msg string, fields ...Field)  {}
func (l *Logger) Error(msg string, fields ...Field) {}
func (l *Logger) With(fields ...Field) *Logger      { return l }
func (l *Logger) Sugar() *SugaredLogger             { return &SugaredLogger{} }

type SugaredLogger struct{}

func (s *SugaredLogger) Info(args ...any)                        {}
func (s *SugaredLogger) Infof(template string, args ...any)      {}
func (s *SugaredLogger) Infow(msg string, keysAndValues ...any)  {}
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...any) {}
func (s *SugaredLogger) With(args ...any) *SugaredLogger         { return s }
