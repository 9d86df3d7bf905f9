package passwordhash

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/location"
	"github.com/secvet/secvet/analyzers/internal/origin"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// Config holds the settings of one passwordhash analyzer.
type Config struct {
	// Hashers lists the full names of extra functions whose result is an
	// accepted password hash, each in a form callee.CheckName accepts, such
	// as "example.com/auth.HashPassword" or
	// "(*example.com/auth.Hasher).Hash". bcrypt.GenerateFromPassword,
	// argon2.IDKey, argon2.Key and scrypt.Key are always accepted.
	Hashers []string

	// MinCost is the lowest constant bcrypt cost that is not reported.
	MinCost int

	// Suppress controls //nolint directives.
	Suppress suppress.Config
}

// DefaultConfig returns the configuration of the shared Analyzer: no extra
// hashers, and bcrypt costs below bcrypt.DefaultCost (10) reported.
func DefaultConfig() Config {
	return Config{MinCost: 10}
}

const name = "passwordhash"

// New builds a passwordhash analyzer whose flags are bound to its own copy
// of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	c.Hashers = append([]string(nil), cfg.Hashers...)

	a := &analysis.Analyzer{
		Name:      name,
		Doc:       doc,
		URL:       "https://github.com/secvet/secvet/blob/main/docs/passwordhash.md#passwordhash",
		Requires:  []*analysis.Analyzer{origin.Analyzer},
		FactTypes: []analysis.Fact{new(storesModelFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, &c)
		},
	}
	a.Flags.Var((*namesFlag)(&c.Hashers), "hashers", "comma-separated full names of extra functions that return an accepted password hash, written "+callee.NameForms+", e.g. example.com/auth.HashPassword")
	a.Flags.Var(&costFlag{&c.MinCost}, "min-cost", "lowest constant bcrypt cost that is not reported")
	a.Flags.BoolVar(&c.Suppress.RequireReason, "nolint-reason", false, "report //nolint:passwordhash directives that give no reason")
	return a
}

// Analyzer is the passwordhash analyzer with the default configuration.
var Analyzer = New(DefaultConfig())

// namesFlag is a flag.Value for a comma-separated list of qualified
// function names, each checked by callee.CheckName.
type namesFlag []string

var _ flag.Value = (*namesFlag)(nil)

func (l *namesFlag) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(*l, ",")
}

func (l *namesFlag) Set(s string) error {
	var names namesFlag
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		if err := callee.CheckName(item); err != nil {
			return fmt.Errorf("entry %w", err)
		}
		names = append(names, item)
	}
	*l = names
	return nil
}

// costFlag is the -min-cost flag, which accepts only bcrypt costs.
type costFlag struct{ n *int }

var _ flag.Getter = (*costFlag)(nil)

func (f *costFlag) String() string {
	if f == nil || f.n == nil {
		return "0"
	}
	return strconv.Itoa(*f.n)
}

func (f *costFlag) Get() any {
	if f == nil || f.n == nil {
		return 0
	}
	return *f.n
}

func (f *costFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || checkCost(n) != nil {
		return errCost
	}
	*f.n = n
	return nil
}

var errCost = errors.New("accepted values are bcrypt costs from 4 to 31")

func checkCost(n int) error {
	if n < 4 || n > 31 {
		return errCost
	}
	return nil
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	// Flags are checked when they are set, so this catches a Config built in Go.
	if err := checkCost(cfg.MinCost); err != nil {
		return nil, fmt.Errorf("invalid passwordhash MinCost %d: %v", cfg.MinCost, err)
	}
	for _, h := range cfg.Hashers {
		if err := callee.CheckName(h); err != nil {
			return nil, fmt.Errorf("invalid passwordhash Hashers: entry %v", err)
		}
	}
	result := pass.ResultOf[origin.Analyzer].(*origin.Result)
	if result.Pkg == nil {
		return nil, nil
	}
	c := newChecker(pass, cfg, result)
	c.findStorers()

	// The driver runs the analyzer on every dependency for its facts, and
	// keeps each package's result until the end. Checking modules from the
	// module cache or a vendor directory, which are never reported, would
	// only fill memory with traces.
	if location.Dependency(pass) {
		return nil, nil
	}
	for _, fn := range result.SrcFuncs {
		c.checkFunc(fn)
	}
	return nil, nil
}
