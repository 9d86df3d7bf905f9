package apperror

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/location"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and //nolint directives.
const Name = "apperror"

// Config holds the analyzer's settings.
type Config struct {
	// Packages lists import paths of further packages whose error type
	// replaces AppError, for teams that call it something else. Inside them
	// every way of writing an error is allowed. Packages that declare a type
	// named AppError are recognised without being listed.
	Packages []string

	// MinStatus is the lowest constant HTTP status code that counts as an
	// error response.
	MinStatus int

	// Suppress controls //nolint handling.
	Suppress suppress.Config
}

// DefaultConfig returns the settings the shared Analyzer uses.
func DefaultConfig() Config {
	return Config{MinStatus: 400}
}

// New returns a fresh analyzer whose flags are bound to a copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	cfg.Packages = append([]string(nil), cfg.Packages...)
	c := &cfg
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://github.com/secvet/secvet/blob/main/docs/apperror.md#apperror",
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, c) },
		FactTypes: []analysis.Fact{new(appErrorPackage), new(bypassHelper)},
	}
	a.Flags.Var((*pathList)(&c.Packages), "pkg", "comma-separated import paths of packages whose error type stands for AppError (packages declaring a type AppError are found without it)")
	a.Flags.Var(&statusFlag{&c.MinStatus}, "min-status", "lowest constant HTTP status code reported as an error response")
	a.Flags.BoolVar(&c.Suppress.RequireReason, "nolint-reason", c.Suppress.RequireReason, "report //nolint:apperror directives that give no reason")
	return a
}

// Analyzer is built with DefaultConfig.
var Analyzer = New(DefaultConfig())

// pathList is a flag.Value for a comma-separated list of import paths.
type pathList []string

var _ flag.Value = (*pathList)(nil)

func (l *pathList) String() string { return strings.Join(*l, ",") }

func (l *pathList) Set(s string) error {
	*l = nil
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// statusFlag is the -min-status flag, which accepts only HTTP status codes.
type statusFlag struct{ n *int }

var _ flag.Getter = (*statusFlag)(nil)

func (f *statusFlag) String() string {
	if f == nil || f.n == nil {
		return "0"
	}
	return strconv.Itoa(*f.n)
}

func (f *statusFlag) Get() any {
	if f == nil || f.n == nil {
		return 0
	}
	return *f.n
}

func (f *statusFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || checkStatus(n) != nil {
		return errStatus
	}
	*f.n = n
	return nil
}

var errStatus = errors.New("accepted values are HTTP status codes from 100 to 599")

func checkStatus(n int) error {
	if n < 100 || n > 599 {
		return errStatus
	}
	return nil
}

// validate checks a Config built in Go. Flags are checked when they are set.
func (cfg *Config) validate() error {
	if err := checkStatus(cfg.MinStatus); err != nil {
		return fmt.Errorf("invalid apperror MinStatus %d: %v", cfg.MinStatus, err)
	}
	return nil
}

// sinkPackages are the packages whose functions write an HTTP status.
var sinkPackages = []string{"net/http", ginPath, echoPath, renderPath}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}

	// Inside the AppError package every way of writing a response is allowed.
	if typeName, ok := declaresAppError(pass.Pkg, cfg); ok {
		pass.ExportPackageFact(&appErrorPackage{Version: factVersion, TypeName: typeName})
		return nil, nil
	}
	if !importsSink(pass) || location.Standard(pass) {
		return nil, nil
	}

	c := &checker{
		pass:     pass,
		cfg:      cfg,
		reporter: suppress.NewReporter(pass, Name, cfg.Suppress),
		target:   findAppErrorPackage(pass, cfg),
		writer:   responseWriterType(pass.Pkg),
		funcs:    make(map[*types.Func]*funcInfo),
	}
	c.collect()
	c.propagate()
	c.report()
	c.exportFacts()
	return nil, nil
}

// importsSink reports whether the package can reach a function that writes
// a status: a sink package or a helper from another package with a fact.
func importsSink(pass *analysis.Pass) bool {
	return callee.Imports(pass.Pkg, sinkPackages...)
}

// isTestFile reports whether f is a _test.go file. Test servers respond with
// http.Error freely, so the analyzer skips them.
func isTestFile(pass *analysis.Pass, f *ast.File) bool {
	return strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go")
}
