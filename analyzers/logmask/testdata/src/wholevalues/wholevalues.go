package wholevalues

import (
	"fmt"
	"log"
	"log/slog"
	"time"

	"go.uber.org/zap"
)

type LoginRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

type Profile struct {
	Name    string
	Account *Account
}

type Account struct {
	ID     int
	Tokens []string `json:"tokens"`
}

// Config's secret is left out of JSON encodings.
type Config struct {
	Addr   string
	DBPass string `json:"-"`
}

// Safe decides how it is printed.
type Safe struct{ Password string }

func (s Safe) String() string { return "Safe{***}" }

// Attrs decides how slog renders it.
type Attrs struct{ Token string }

func (a Attrs) LogValue() slog.Value { return slog.StringValue("***") }

// Status has no sensitive text field: its booleans and times describe one.
type Status struct {
	HasPassword       bool
	PasswordChangedAt time.Time
	Password          int
}

// Wrapped only borrows String from its embedded time.Time. fmt would call
// it, but the method was not written to hide Token and JSON handlers ignore
// it, so only methods a type declares itself count.
type Wrapped struct {
	time.Time
	Token string
}

// Encoded decides how encoding/json renders it, which counts for JSON sinks.
type Encoded struct{ Secret string }

func (e Encoded) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

func borrowed(w Wrapped, e Encoded, z *zap.Logger) {
	log.Printf("%v", w)                // want `w is logged whole by log.Printf, exposing field Token`
	z.Info("encoded", zap.Any("e", e)) // MarshalJSON decides
	slog.Info("encoded", "e", e)       // want `e is logged whole by slog.Info, exposing field Secret`
}

func wholes(req LoginRequest, p *Profile, cfg Config, s Safe, a Attrs, st Status, user, pw string, z *zap.Logger) {
	slog.Info("login", "body", req)             // want `req is logged whole by slog.Info, exposing field Password; log selected fields or give the type a LogValue or String method that masks it`
	log.Printf("login %+v", &req)               // want `req is logged whole by log.Printf, exposing field Password`
	slog.Info("profile", "profile", p)          // want `p is logged whole by slog.Info, exposing field Account.Tokens`
	fmt.Printf("%v\n", cfg)                     // want `cfg is logged whole by fmt.Printf, exposing field DBPass`
	z.Info("config", zap.Any("config", cfg))    // JSON leaves DBPass out
	z.Info("login", zap.Any("body", req))       // want `req is logged whole by zap.Any, exposing field Password`
	slog.Info("safe", "s", s, "a", a, "st", st) // the types decide, or hold no text secret
	log.Printf("%T", req)

	m := map[string]any{"user": user, "password": pw}
	slog.Info("body", "body", m)                                         // want `map with key "password" is logged unmasked by slog.Info`
	log.Printf("%v", map[string]string{"token": pw})                     // want `map with key "token" is logged unmasked by log.Printf`
	log.Printf("%v", map[string]any{"user": user, "has_password": true}) // descriptive key
	log.Printf("%v", map[string]any{"password": "***"})                  // constant value
}
