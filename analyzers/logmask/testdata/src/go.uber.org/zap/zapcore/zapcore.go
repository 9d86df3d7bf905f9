// Package zapcore is a stub of go.uber.org/zap/zapcore with what the tests use.
package zapcore

type ObjectEncoder interface {
	AddString(key, value string)
}

type ObjectMarshaler interface {
	MarshalLogObject(ObjectEncoder) error
}

type Field struct {
	Key       string
	String    string
	Interface any
}
