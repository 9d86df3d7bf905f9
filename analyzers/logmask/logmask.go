package logmask

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/location"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// Config holds the settings of one logmask analyzer.
type Config struct {
	// Funcs lists the team's own logging functions, each as
	// "FULLNAME:STYLE". FULLNAME is a qualified name in a form
	// callee.CheckName accepts, such as "example.com/log.Infow" or
	// "(*example.com/log.Logger).Infow", and STYLE is one of printf, print,
	// kv, msgkv or field (see ParseFunc).
	Funcs []string

	// Maskers lists the full names of functions whose result is a masked
	// form of their argument, in addition to those matched by
	// MaskerPrefixes. Each name has a form callee.CheckName accepts, such as
	// "example.com/sec.Hide" or "(*example.com/sec.Masker).Hide".
	Maskers []string

	// MaskerPrefixes are the name prefixes that make a function or method a
	// masker. A prefix also matches with its first letter in lower case.
	MaskerPrefixes []string

	// Keys lists extra words that make a key, variable or field name
	// sensitive, such as "iban" or "pin", matched against the words of
	// the name (see names.Words).
	Keys []string

	// JSONOutput is set when the service's slog handlers and logrus
	// formatters encode with encoding/json, as slog.JSONHandler and
	// logrus.JSONFormatter do. Struct fields tagged json:"-" and unexported
	// fields then do not count when those loggers log a struct.
	JSONOutput bool

	// Suppress controls //nolint directives.
	Suppress suppress.Config
}

// DefaultConfig returns the configuration of the shared Analyzer: maskers
// are the functions whose names begin with Mask or Redact, and no extra
// logging functions or keys are configured.
func DefaultConfig() Config {
	return Config{MaskerPrefixes: []string{"Mask", "Redact"}}
}

const name = "logmask"

// New builds a logmask analyzer whose flags are bound to its own copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	c.Funcs = append([]string(nil), cfg.Funcs...)
	c.Maskers = append([]string(nil), cfg.Maskers...)
	c.MaskerPrefixes = append([]string(nil), cfg.MaskerPrefixes...)
	c.Keys = append([]string(nil), cfg.Keys...)

	a := &analysis.Analyzer{
		Name:      name,
		Doc:       doc,
		URL:       "https://github.com/secvet/secvet/blob/main/docs/logmask.md#logmask",
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(maskerFact), new(wrapperFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, &c)
		},
	}
	a.Flags.Var((*funcsFlag)(&c.Funcs), "funcs", "comma-separated logging functions of the team, each FULLNAME:STYLE with STYLE printf, print, kv, msgkv or field, e.g. example.com/log.Infow:kv")
	a.Flags.Var((*namesFlag)(&c.Maskers), "maskers", "comma-separated full names of extra masking functions, written "+callee.NameForms+", e.g. example.com/sec.Hide")
	a.Flags.Var((*listFlag)(&c.MaskerPrefixes), "masker-prefixes", "comma-separated name prefixes that make a function a masker")
	a.Flags.Var((*listFlag)(&c.Keys), "keys", "comma-separated extra words that make a key or name sensitive")
	a.Flags.BoolVar(&c.JSONOutput, "json-output", false, "the service's slog handlers and logrus formatters encode with encoding/json, so json:\"-\" fields are not shown")
	a.Flags.BoolVar(&c.Suppress.RequireReason, "nolint-reason", false, "report //nolint:logmask directives that give no reason")
	return a
}

// Analyzer is the logmask analyzer with the default configuration.
var Analyzer = New(DefaultConfig())

// listFlag is a flag.Value holding a comma-separated list of strings.
type listFlag []string

var _ flag.Value = (*listFlag)(nil)

func (l *listFlag) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(*l, ",")
}

func (l *listFlag) Set(s string) error {
	*l = nil
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			*l = append(*l, item)
		}
	}
	return nil
}

// namesFlag is a flag.Value for a comma-separated list of qualified
// function names, each checked by callee.CheckName.
type namesFlag []string

var _ flag.Value = (*namesFlag)(nil)

func (l *namesFlag) String() string { return (*listFlag)(l).String() }

func (l *namesFlag) Set(s string) error {
	var names listFlag
	_ = names.Set(s)
	for _, name := range names {
		if err := callee.CheckName(name); err != nil {
			return fmt.Errorf("entry %w", err)
		}
	}
	*l = namesFlag(names)
	return nil
}

// funcsFlag is the -funcs flag: a listFlag whose entries ParseFunc accepts.
type funcsFlag []string

var _ flag.Value = (*funcsFlag)(nil)

func (l *funcsFlag) String() string { return (*listFlag)(l).String() }

func (l *funcsFlag) Set(s string) error {
	var entries listFlag
	_ = entries.Set(s)
	for _, spec := range entries {
		_, _, err := ParseFunc(spec)
		var nameErr *callee.NameError
		if errors.As(err, &nameErr) {
			return fmt.Errorf("in entry %q, %v", spec, nameErr)
		}
		if err != nil {
			return fmt.Errorf("entry %q is not FULLNAME:STYLE; accepted values are entries such as example.com/log.Infow:kv, with STYLE printf, print, kv, msgkv or field", spec)
		}
	}
	*l = funcsFlag(entries)
	return nil
}

// sinkPackages are the packages whose import makes a package worth
// inspecting when no team function is configured.
var sinkPackages = []string{
	"log", "fmt", "go.uber.org/zap", "github.com/rs/zerolog", "github.com/sirupsen/logrus",
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	// Flags are checked when they are set, so these checks catch a Config
	// built in Go.
	extra, err := parseFuncs(cfg.Funcs)
	if err != nil {
		return nil, err
	}
	for _, name := range cfg.Maskers {
		if err := callee.CheckName(name); err != nil {
			return nil, fmt.Errorf("invalid logmask Maskers: entry %v", err)
		}
	}
	if location.Standard(pass) {
		return nil, nil // its loggers are in the sink tables
	}
	c := newChecker(pass, cfg, extra)
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c.indexDefinitions(ins)

	// Facts are computed for every package, because a package that logs
	// nothing itself may define a masker or a wrapper that others use.
	decls := c.funcDecls()
	c.findMaskers(decls)
	c.findWrappers(decls)

	// Wrappers live in packages that import a sink package, so a package
	// that imports none of them, directly or not, logs through none.
	if len(extra) == 0 && !callee.Imports(pass.Pkg, sinkPackages...) {
		return nil, nil
	}

	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}
	ins.WithStack(filter, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			c.checkCall(n, stack)
		case *ast.CompositeLit:
			c.checkFieldsLiteral(n, stack)
		}
		return true
	})
	return nil, nil
}

// parseFuncs parses the -funcs entries into a table of sinks.
func parseFuncs(specs []string) (callee.Table[sink], error) {
	table := make(callee.Table[sink])
	for _, spec := range specs {
		full, style, err := ParseFunc(spec)
		if err != nil {
			return nil, err
		}
		table[full] = sink{Style: style, First: -1}
	}
	return table, nil
}

// ParseFunc parses one -logmask.funcs entry of the form FULLNAME:STYLE.
// When FULLNAME is malformed, the error wraps callee.CheckName's
// *callee.NameError. The style selects the parameters that are logged,
// counted from the function's signature when it is called:
//
//	printf  the last non-variadic parameter is a format, the variadic
//	        parameter holds its operands
//	print   the variadic parameter holds values printed in turn
//	kv      the variadic parameter holds alternating keys and values
//	field   the first string parameter is a key and the next one its value
//	msgkv   the variadic parameter holds optional leading values that are not
//	        strings and are not checked (a context or a request that carries
//	        the logger), a message, then alternating keys and values, as in
//	        log.Info(ctx, "msg", "user", name)
func ParseFunc(spec string) (fullName string, s Style, err error) {
	i := strings.LastIndexByte(spec, ':')
	if i <= 0 || i == len(spec)-1 {
		return "", 0, fmt.Errorf("invalid -funcs entry %q: want FULLNAME:STYLE, e.g. example.com/log.Infow:kv", spec)
	}
	fullName, styleName := spec[:i], spec[i+1:]
	if err := callee.CheckName(fullName); err != nil {
		return "", 0, fmt.Errorf("invalid -funcs entry %q: %w", spec, err)
	}
	switch styleName {
	case "printf":
		s = stylePrintf
	case "print":
		s = stylePrint
	case "kv":
		s = styleKV
	case "field":
		s = styleField
	case "msgkv":
		s = styleMsgKV
	default:
		return "", 0, fmt.Errorf("invalid style %q in -funcs entry %q: want printf, print, kv, msgkv or field", styleName, spec)
	}
	return fullName, s, nil
}
