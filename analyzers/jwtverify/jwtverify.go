package jwtverify

import (
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/location"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and //nolint directives.
const Name = "jwtverify"

// Config holds the analyzer's settings.
type Config struct {
	// Tests also checks _test.go files, where tokens are often built and
	// parsed without care on purpose.
	Tests bool

	// RequireExpiration reports golang-jwt v5 parses that do not pass
	// jwt.WithExpirationRequired.
	RequireExpiration bool

	// Suppress controls //nolint handling.
	Suppress suppress.Config
}

// DefaultConfig returns the settings the shared Analyzer uses.
func DefaultConfig() Config {
	return Config{RequireExpiration: true}
}

// New returns a fresh analyzer whose flags are bound to a copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://github.com/secvet/secvet/blob/main/docs/jwtverify.md#jwtverify",
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, c) },
		FactTypes: []analysis.Fact{new(keyfuncFact), new(parserFact), new(alwaysExpires)},
	}
	a.Flags.BoolVar(&c.Tests, "tests", c.Tests, "also check _test.go files")
	a.Flags.BoolVar(&c.RequireExpiration, "require-expiration", c.RequireExpiration, "report golang-jwt v5 parses without jwt.WithExpirationRequired")
	a.Flags.BoolVar(&c.Suppress.RequireReason, "nolint-reason", c.Suppress.RequireReason, "report //nolint:jwtverify directives that give no reason")
	return a
}

// Analyzer is built with DefaultConfig.
var Analyzer = New(DefaultConfig())

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	if location.Standard(pass) || !callee.Imports(pass.Pkg, jwtPaths...) {
		return nil, nil
	}

	c := newChecker(pass, cfg)
	c.exportFacts()
	c.checkPackage()
	return nil, nil
}

func isTestFile(pass *analysis.Pass, f *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go")
}
