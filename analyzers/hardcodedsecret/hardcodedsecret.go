package hardcodedsecret

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/secvet/secvet/analyzers/internal/location"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and //nolint directives.
const Name = "hardcodedsecret"

// Categories of the findings; each becomes a SARIF rule id.
const (
	CategorySensitiveName   = "sensitive-name"
	CategoryKeyMaterial     = "key-material"
	CategoryEnvFallback     = "env-fallback"
	CategoryCredentialShape = "credential-shape"
)

// Config holds the analyzer's settings.
type Config struct {
	// Tests applies every rule to _test.go files too. Without it test files
	// are checked only for credential-shaped values, since fixtures name
	// fake passwords freely but a live token in a test leaks like any other.
	Tests bool

	// MinLength is the shortest value, in characters, that a sensitive name
	// is reported for. Key material, environment fallbacks and credential
	// shapes are reported whatever their length.
	MinLength int

	// Suppress controls //nolint handling.
	Suppress suppress.Config
}

// DefaultConfig returns the settings the shared Analyzer uses.
func DefaultConfig() Config {
	return Config{MinLength: 1}
}

// New returns a fresh analyzer whose flags are bound to a copy of cfg.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	t := newTables()
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://github.com/secvet/secvet/blob/main/docs/hardcodedsecret.md#hardcodedsecret",
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, c, t) },
		FactTypes: []analysis.Fact{new(getenvFact)},
	}
	a.Flags.BoolVar(&c.Tests, "tests", c.Tests, "apply every rule to _test.go files, not only the credential-shape rule")
	a.Flags.Var(&lengthFlag{&c.MinLength}, "min-length", "shortest value, in characters, reported for a sensitive name")
	a.Flags.BoolVar(&c.Suppress.RequireReason, "nolint-reason", c.Suppress.RequireReason, "report //nolint:hardcodedsecret directives that give no reason")
	return a
}

// Analyzer is built with DefaultConfig.
var Analyzer = New(DefaultConfig())

// lengthFlag is the -min-length flag, which accepts only positive numbers.
type lengthFlag struct{ n *int }

var _ flag.Getter = (*lengthFlag)(nil)

func (f *lengthFlag) String() string {
	if f == nil || f.n == nil {
		return "0"
	}
	return strconv.Itoa(*f.n)
}

func (f *lengthFlag) Get() any {
	if f == nil || f.n == nil {
		return 0
	}
	return *f.n
}

func (f *lengthFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return errLength
	}
	*f.n = n
	return nil
}

var errLength = errors.New("accepted values are 1 or more characters")

// validate checks a Config built in Go. Flags are checked when they are set.
func (cfg *Config) validate() error {
	if cfg.MinLength < 1 {
		return fmt.Errorf("invalid hardcodedsecret MinLength %d: %v", cfg.MinLength, errLength)
	}
	return nil
}

// finding is one hardcoded secret, kept until every rule has run so that a
// literal matched by several rules is reported once, by the most specific.
type finding struct {
	lit      ast.Expr // the literal, or the []byte conversion of it
	category string
	message  string
	also     []token.Pos // further lines where a //nolint directive counts
}

// priority orders the rules from the most specific message to the least.
var priority = map[string]int{
	CategoryCredentialShape: 4,
	CategoryKeyMaterial:     3,
	CategoryEnvFallback:     2,
	CategorySensitiveName:   1,
}

// checker holds the state of one run over one package.
type checker struct {
	pass     *analysis.Pass
	cfg      *Config
	tables   *tables
	inspect  *inspector.Inspector
	findings map[token.Pos]finding
	testFile map[*token.File]bool
	testPkg  bool // the package only supports tests, like internal/testutil
	inits    map[types.Object]ast.Expr
}

func run(pass *analysis.Pass, cfg *Config, t *tables) (any, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if location.Standard(pass) {
		return nil, nil
	}
	c := &checker{
		pass:     pass,
		cfg:      cfg,
		tables:   t,
		inspect:  pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		findings: make(map[token.Pos]finding),
		testFile: make(map[*token.File]bool),
		testPkg:  isTestSupport(pass.Pkg),
	}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		c.testFile[tf] = strings.HasSuffix(tf.Name(), "_test.go")
	}

	c.exportGetenvFacts()
	c.checkCredentialShapes()
	c.checkSensitiveNames()
	c.checkKeyMaterial()
	c.checkEnvFallbacks()
	c.report()
	return nil, nil
}

// skipFile reports whether the rules other than credential-shape skip the
// file containing pos: test files and test-support packages unless -tests
// is set.
func (c *checker) skipFile(pos token.Pos) bool {
	return (c.testPkg || c.testFile[c.pass.Fset.File(pos)]) && !c.cfg.Tests
}

// testSupportDirs are import path elements of packages that only tests
// import: fixtures with fake accounts live there.
var testSupportDirs = map[string]bool{
	"testutil": true, "testutils": true, "testhelper": true, "testhelpers": true,
	"testing": true, "testdata": true, "testenv": true, "testfixtures": true,
	"fixtures": true, "mock": true, "mocks": true, "fake": true, "fakes": true,
}

// isTestSupport reports whether pkg is a test-support package: one with a
// path element such as "testutil" or "mocks", or whose name ends in "test"
// like httptest.
func isTestSupport(pkg *types.Package) bool {
	for _, elem := range strings.Split(pkg.Path(), "/") {
		if testSupportDirs[elem] {
			return true
		}
	}
	name := pkg.Name()
	switch name {
	case "latest", "contest", "attest", "protest":
		return false
	}
	return len(name) > len("test") && strings.HasSuffix(name, "test")
}

// add records a finding unless a more specific one exists for the literal.
func (c *checker) add(f finding) {
	pos := f.lit.Pos()
	if old, ok := c.findings[pos]; ok && priority[old.category] >= priority[f.category] {
		return
	}
	c.findings[pos] = f
}

// report sends the findings through the suppression reporter in source
// order.
func (c *checker) report() {
	positions := make([]token.Pos, 0, len(c.findings))
	for pos := range c.findings {
		positions = append(positions, pos)
	}
	sort.Slice(positions, func(i, j int) bool { return positions[i] < positions[j] })
	reporter := suppress.NewReporter(c.pass, Name, c.cfg.Suppress)
	for _, pos := range positions {
		f := c.findings[pos]
		reporter.Report(analysis.Diagnostic{
			Pos:      f.lit.Pos(),
			End:      f.lit.End(),
			Category: f.category,
			Message:  f.message,
		}, f.also...)
	}
}

// newFinding builds every finding of the analyzer. The message names the
// kind of secret (what: "password", "key", "GitHub token"), where it is
// used (where) and what to do instead (advice). The secret itself appears
// only as a preview.
func newFinding(lit ast.Expr, category, what, secret, where, advice string, also ...token.Pos) finding {
	msg := fmt.Sprintf("hardcoded %s %s", what, preview(secret))
	if where != "" {
		msg += " " + where
	}
	return finding{lit: lit, category: category, message: msg + "; " + advice, also: also}
}

// preview shows at most the first 4 characters of secret, and never more
// than half of it, followed by its length, as in "sk_l…" (32 chars).
func preview(secret string) string {
	n := utf8.RuneCountInString(secret)
	shown := min(4, n/2)
	prefix := string([]rune(secret)[:shown])
	return fmt.Sprintf("%q (%d chars)", prefix+"…", n)
}
