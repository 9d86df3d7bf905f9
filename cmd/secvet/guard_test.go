package main

import (
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/secvet/secvet/analyzers/suite"
)

// dangerFact marks a function named Danger, so that calls to it from other
// packages can be reported.
type dangerFact struct{}

func (*dangerFact) AFact()         {}
func (*dangerFact) String() string { return "danger" }

// newFakeFacts exports a dangerFact for every function named Danger and
// reports calls to functions that carry one, across packages. It uses the
// inspect analyzer's result, so it also checks that guarded analyzers see
// their prerequisites' results under the original analyzers.
func newFakeFacts(suite.Options) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:      "fakefacts",
		Doc:       "report calls to functions named Danger in other packages",
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(dangerFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			for _, file := range pass.Files {
				for _, decl := range file.Decls {
					if fn, ok := decl.(*ast.FuncDecl); ok && fn.Name.Name == "Danger" {
						pass.ExportObjectFact(pass.TypesInfo.Defs[fn.Name], new(dangerFact))
					}
				}
			}
			insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
			for n := range insp.PreorderSeq((*ast.CallExpr)(nil)) {
				call := n.(*ast.CallExpr)
				fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
				if ok && fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, new(dangerFact)) {
					pass.Reportf(call.Pos(), "call of %s, marked dangerous in its package", fn.FullName())
				}
			}
			return nil, nil
		},
	}
}

// newFakeBrokenPrerequisite panics on every package; newFakeDependent
// requires it.
func newFakeBrokenPrerequisite() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "fakebroken",
		Doc:  "panic on every package",
		Run:  func(*analysis.Pass) (any, error) { panic("prerequisite bug") },
	}
}

func newFakeDependent(suite.Options) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "fakedependent",
		Doc:      "depend on an analyzer that panics",
		Requires: []*analysis.Analyzer{newFakeBrokenPrerequisite()},
		Run:      func(*analysis.Pass) (any, error) { return nil, nil },
	}
}

var factsModule = map[string]string{
	"go.mod":       "module example.com/facts\n\ngo 1.26.8\n",
	"lib/lib.go":   "package lib\n\n// Danger is reported when called from another package.\nfunc Danger() {}\n",
	"app/app.go":   "package app\n\nimport \"example.com/facts/lib\"\n\nfunc Run() { lib.Danger() }\n",
	"other/oth.go": "package other\n\nfunc Safe() {}\n",
}

func TestFactsCrossPackages(t *testing.T) {
	dir := writeModule(t, factsModule)
	r := runSecvet(t, dir, fakeSuite(newFakeFacts), "./app")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}
	want := "app/app.go:5:14: call of example.com/facts/lib.Danger, marked dangerous in its package (fakefacts)\n"
	if r.stdout != want {
		t.Errorf("output:\n%s\nwant:\n%s", r.stdout, want)
	}
}

func TestPanicInPrerequisiteFailsDependent(t *testing.T) {
	dir := writeModule(t, factsModule)
	r := runSecvet(t, dir, fakeSuite(newFakeDependent), "./other")
	if r.code != exitFailure {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFailure, r.stderr)
	}
	if !strings.Contains(r.stderr, "secvet: analyzer fakedependent failed on package example.com/facts/other: failed prerequisites: fakebroken@example.com/facts/other") {
		t.Errorf("stderr does not name the failed prerequisite:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "analyzer fakebroken panicked on package example.com/facts/other: prerequisite bug") {
		t.Errorf("stderr lacks the panic's stack report:\n%s", r.stderr)
	}
}

func TestPanicTextCutsLongValues(t *testing.T) {
	secret := "sk_live_" + strings.Repeat("0123456789", 12)
	got := panicText("unexpected literal " + secret)
	if strings.Contains(got, secret) {
		t.Errorf("panicText printed the whole value: %q", got)
	}
	if !strings.HasPrefix(got, "unexpected literal sk_live_") {
		t.Errorf("panicText(...) = %q, want the start of the value kept", got)
	}
	if !strings.HasSuffix(got, "(67 more characters)") {
		t.Errorf("panicText(...) = %q, want the number of characters left out", got)
	}
}

func TestPanicTextKeepsShortValues(t *testing.T) {
	if got := panicText("fake analyzer bug"); got != "fake analyzer bug" {
		t.Errorf("panicText = %q, want the value unchanged", got)
	}
}

func TestPanicTextShortensQuotedStrings(t *testing.T) {
	for _, tc := range []struct{ value, want string }{
		{`constant "sk_live_0123456789abcdef" overflows`, `constant "sk_l…" overflows`},
		{"raw string `sk_live_0123456789abcdef` here", "raw string `sk_l…` here"},
		{`escaped "a\"b_0123456789" end`, `escaped "a\"b…" end`},
		{`unterminated "sk_live_0123456789abcdef`, `unterminated "sk_l…`},
		{`short "abcd" kept`, `short "abcd" kept`},
	} {
		if got := panicText(tc.value); got != tc.want {
			t.Errorf("panicText(%q) = %q, want %q", tc.value, got, tc.want)
		}
	}
}
