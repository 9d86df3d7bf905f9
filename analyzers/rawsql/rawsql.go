package rawsql

import (
	"flag"
	"fmt"
	"go/types"
	"path"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/strflow"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and //nolint directives.
const Name = "rawsql"

// Modes of Config.Mode.
const (
	// ModeAll reports SQL injection and raw SQL.
	ModeAll = "all"
	// ModeInjection reports SQL injection only.
	ModeInjection = "injection"
)

// Categories of the findings; they become SARIF rule ids.
const (
	CategoryInjection = "sql-injection"
	CategoryRaw       = "raw-sql"
)

const docURL = "https://github.com/secvet/secvet/blob/main/docs/rawsql.md"

// Config holds the analyzer's settings.
type Config struct {
	// Mode is ModeAll (injection and raw SQL) or ModeInjection.
	Mode string

	// AllowPkgs lists import paths of packages exempt from raw-SQL findings,
	// such as migrations. An entry matches a package path exactly, as a
	// path.Match glob, or as a prefix followed by "/". Injection is still
	// reported there.
	AllowPkgs []string

	// Sinks lists further functions whose argument is an SQL query, each as
	// "NAME:ARG" or "NAME:ARG:raw", where NAME is a qualified name such as
	// "example.com/db.(*Conn).Run" or "(*example.com/db.Conn).Run", ARG the index of the query among the
	// parameters (the receiver not counted), and ":raw" marks a function
	// that runs SQL text as written.
	Sinks []string

	// Sanitizers lists further functions, by qualified name, whose result
	// is safe to put into SQL text whatever their argument, such as
	// identifier-quoting helpers. github.com/lib/pq's QuoteIdentifier and
	// QuoteLiteral and pgx's Identifier.Sanitize are always included.
	Sanitizers []string

	// Suppress controls //nolint handling.
	Suppress suppress.Config
}

// DefaultConfig returns the settings the shared Analyzer uses.
func DefaultConfig() Config {
	return Config{Mode: ModeAll}
}

// New returns a fresh analyzer whose flags are bound to a copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	cfg.AllowPkgs = append([]string(nil), cfg.AllowPkgs...)
	cfg.Sinks = append([]string(nil), cfg.Sinks...)
	cfg.Sanitizers = append([]string(nil), cfg.Sanitizers...)
	c := &cfg
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       docURL + "#rawsql",
		Requires:  []*analysis.Analyzer{inspect.Analyzer, buildssa.Analyzer, strflow.Analyzer},
		FactTypes: []analysis.Fact{new(sinkFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, c) },
	}
	a.Flags.StringVar(&c.Mode, "mode", c.Mode, `findings to report: "all" (SQL injection and raw SQL) or "injection"`)
	a.Flags.Var((*list)(&c.AllowPkgs), "allow-pkgs", "comma-separated import paths, globs or path prefixes of packages where raw SQL is allowed, such as migrations")
	a.Flags.Var((*list)(&c.Sinks), "sinks", `comma-separated further SQL sinks as NAME:ARG or NAME:ARG:raw, such as "example.com/db.(*Conn).Run:0:raw"`)
	a.Flags.Var((*list)(&c.Sanitizers), "sanitizers", `comma-separated qualified names of further functions whose result is safe in SQL text, such as "example.com/db.QuoteIdent"`)
	a.Flags.BoolVar(&c.Suppress.RequireReason, "nolint-reason", c.Suppress.RequireReason, "report //nolint:rawsql directives that give no reason")
	return a
}

// Analyzer is built with DefaultConfig.
var Analyzer = New(DefaultConfig())

// list is a flag.Value for a comma-separated list.
type list []string

var _ flag.Value = (*list)(nil)

func (l *list) String() string { return strings.Join(*l, ",") }

func (l *list) Set(s string) error {
	*l = nil
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// settings is a validated Config.
type settings struct {
	raw        bool
	allowPkgs  []string
	sinks      map[string]sink
	sanitizers map[string]bool
	paths      []string // packages a sink belongs to
	suppress   suppress.Config
}

func (cfg *Config) settings() (*settings, error) {
	s := &settings{allowPkgs: cfg.AllowPkgs, suppress: cfg.Suppress, sinks: builtinSinks(), sanitizers: builtinSanitizers()}
	for _, name := range cfg.Sanitizers {
		s.sanitizers[fullName(name)] = true
	}
	switch cfg.Mode {
	case ModeAll, "":
		s.raw = true
	case ModeInjection:
	default:
		return nil, fmt.Errorf("invalid -rawsql.mode %q: want %q or %q", cfg.Mode, ModeAll, ModeInjection)
	}
	for _, p := range cfg.AllowPkgs {
		if _, err := path.Match(p, ""); err != nil {
			return nil, fmt.Errorf("invalid -rawsql.allow-pkgs pattern %q: %v", p, err)
		}
	}
	extra, err := parseSinks(cfg.Sinks)
	if err != nil {
		return nil, err
	}
	s.paths = append(s.paths, sinkPackages...)
	for name, sk := range extra {
		s.sinks[name] = sk
		s.paths = append(s.paths, sinkPackagePath(name))
	}
	return s, nil
}

// allowed reports whether raw SQL is allowed in the package at pkgPath.
func (s *settings) allowed(pkgPath string) bool {
	for _, p := range s.allowPkgs {
		if pkgPath == p || strings.HasPrefix(pkgPath, strings.TrimSuffix(p, "/")+"/") {
			return true
		}
		if ok, _ := path.Match(p, pkgPath); ok {
			return true
		}
	}
	return false
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	s, err := cfg.settings()
	if err != nil {
		return nil, err
	}
	if !callee.Imports(pass.Pkg, s.paths...) && !hasSinkFacts(pass) {
		return nil, nil
	}

	c := newChecker(pass, s)
	c.collect()
	c.propagate()
	c.report()
	c.exportFacts()
	return nil, nil
}

// hasSinkFacts reports whether a dependency exports a function that runs
// its argument as SQL, which makes calls of it sinks here too.
func hasSinkFacts(pass *analysis.Pass) bool {
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*sinkFact); ok {
			if fn, ok := f.Object.(*types.Func); ok && fn.Pkg() != pass.Pkg {
				return true
			}
		}
	}
	return false
}
