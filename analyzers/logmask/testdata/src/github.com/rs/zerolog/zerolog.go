// Package zerolog is a stub of github.com/rs/zerolog with what the tests use.
package zerolog

import "fmt"

type LogObjectMarshaler interface {
	MarshalZerologObject(e *Event)
}

type Logger struct{}

func (l *Logger) Info() *Event                   { return &Event{} }
func (l *Logger) Error() *Event                  { return &Event{} }
func (l Logger) With() Context                   { return Context{} }
func (l *Logger) Printf(format string, v ...any) {}

type Context struct{}

func (c Context) Str(key, val string) Context { return c }
func (c Context) Logger() Logger              { return Logger{} }

type Event struct{}

func (e *Event) Str(key, val string) *Event                       { return e }
func (e *Event) Strs(key string, vals []string) *Event            { return e }
func (e *Event) Bytes(key string, val []byte) *Event              { return e }
func (e *Event) Int(key string, i int) *Event                     { return e }
func (e *Event) Bool(key string, b bool) *Event                   { return e }
func (e *Event) Stringer(key string, val fmt.Stringer) *Event     { return e }
func (e *Event) Interface(key string, i any) *Event               { return e }
func (e *Event) Any(key string, i any) *Event                     { return e }
func (e *Event) Object(key string, obj LogObjectMarshaler) *Event { return e }
func (e *Event) Dict(key string, dict *Event) *Event              { return e }
func (e *Event) Fields(fields any) *Event                         { return e }
func (e *Event) Msg(msg string)                                   {}
func (e *Event) Msgf(format string, v ...any)                     {}
func (e *Event) Send()                                            {}

func Dict() *Event { return &Event{} }
