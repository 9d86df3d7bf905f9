package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/suite"
)

// The fake analyzers below stand in for the suite in the driver's tests,
// so the tests do not depend on which real analyzers have landed.

// fakeSecretPrefix starts the string literals that fakesecret reports.
const fakeSecretPrefix = "sk_"

// newFakeSecret reports string literals that start with fakeSecretPrefix,
// showing only the first 4 characters and the length, and suggests
// replacing the literal with a call to os.Getenv.
func newFakeSecret(opts suite.Options) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name: "fakesecret",
		Doc:  "report fake hardcoded secrets\n\nThe fakesecret analyzer reports string literals that start with sk_.",
		URL:  "https://example.com/docs/fakesecret.md",
	}
	a.Run = func(pass *analysis.Pass) (any, error) {
		for _, file := range pass.Files {
			ast.Inspect(file, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				value, err := strconv.Unquote(lit.Value)
				if err != nil || !strings.HasPrefix(value, fakeSecretPrefix) {
					return true
				}
				d := analysis.Diagnostic{
					Pos:      lit.Pos(),
					End:      lit.End(),
					Category: "literal",
					Message:  fmt.Sprintf("string literal %s... (%d characters) is a hardcoded secret; read it from the environment", value[:4], len(value)),
					SuggestedFixes: []analysis.SuggestedFix{{
						Message:   "Read the secret from $SECRET",
						TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(`os.Getenv("SECRET")`)}},
					}},
				}
				fakeReport(pass, opts, "fakesecret", file, d)
				return true
			})
		}
		return nil, nil
	}
	return a
}

// newFakeCall reports calls to the function named by its -func flag,
// "unsafeQuery" by default. Its -max flag limits findings per package.
func newFakeCall(opts suite.Options) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:  "fakecall",
		Doc:   "report calls to a named function\n\nThe fakecall analyzer reports every call to the function named by -func.",
		URL:   "https://example.com/docs/fakecall.md",
		Flags: *flag.NewFlagSet("fakecall", flag.ContinueOnError),
	}
	funcName := a.Flags.String("func", "unsafeQuery", "name of the function whose calls are reported")
	maxFindings := a.Flags.Int("max", 100, "maximum number of findings per package")
	a.Run = func(pass *analysis.Pass) (any, error) {
		count := 0
		for _, file := range pass.Files {
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				id, ok := call.Fun.(*ast.Ident)
				if !ok || id.Name != *funcName || count >= *maxFindings {
					return true
				}
				count++
				d := analysis.Diagnostic{
					Pos:      call.Pos(),
					End:      call.End(),
					Category: "call",
					Message:  fmt.Sprintf("call of %s; use the ORM instead", id.Name),
					Related:  []analysis.RelatedInformation{{Pos: id.Pos(), End: id.End(), Message: "function named here"}},
				}
				fakeReport(pass, opts, "fakecall", file, d)
				return true
			})
		}
		return nil, nil
	}
	return a
}

// newFakePanic panics on every package named boom.
func newFakePanic(suite.Options) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "fakepanic",
		Doc:  "panic on packages named boom",
		Run: func(pass *analysis.Pass) (any, error) {
			if pass.Pkg.Name() == "boom" {
				panic("fake analyzer bug")
			}
			return nil, nil
		},
	}
}

// newFakeMutate appends a comment to every file of the package named
// mutate while it is analyzed, as an editor saving the file during a run
// would, and suggests a fix for each file.
func newFakeMutate(suite.Options) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "fakemutate",
		Doc:  "change files of packages named mutate during analysis",
		Run: func(pass *analysis.Pass) (any, error) {
			if pass.Pkg.Name() != "mutate" {
				return nil, nil
			}
			for _, file := range pass.Files {
				name := pass.Fset.File(file.Pos()).Name()
				f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
				if err != nil {
					return nil, err
				}
				_, err = f.WriteString("\n// edited during the run\n")
				f.Close()
				if err != nil {
					return nil, err
				}
				pass.Report(analysis.Diagnostic{
					Pos:     file.Name.Pos(),
					End:     file.Name.End(),
					Message: "package name to rename",
					SuggestedFixes: []analysis.SuggestedFix{{
						Message:   "Rename the package",
						TextEdits: []analysis.TextEdit{{Pos: file.Name.Pos(), End: file.Name.End(), NewText: []byte("renamed")}},
					}},
				})
			}
			return nil, nil
		},
	}
}

// newFakeOverlap reports every string literal starting with
// fakeSecretPrefix with a fix that overlaps fakesecret's fix.
func newFakeOverlap(suite.Options) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "fakeoverlap",
		Doc:  "suggest fixes that overlap fakesecret's",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, file := range pass.Files {
				ast.Inspect(file, func(n ast.Node) bool {
					lit, ok := n.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING || !strings.HasPrefix(lit.Value, `"`+fakeSecretPrefix) {
						return true
					}
					pass.Report(analysis.Diagnostic{
						Pos:     lit.Pos(),
						End:     lit.End(),
						Message: "literal to clear",
						SuggestedFixes: []analysis.SuggestedFix{{
							Message:   "Clear the literal",
							TextEdits: []analysis.TextEdit{{Pos: lit.Pos() + 1, End: lit.End() - 1, NewText: nil}},
						}},
					})
					return true
				})
			}
			return nil, nil
		},
	}
}

// fakeReport reports d unless a "//nolint:NAME // reason" comment on its
// line suppresses it, imitating the suppress package: with KeepSuppressed
// the finding is reported with a related information that carries the
// reason.
func fakeReport(pass *analysis.Pass, opts suite.Options, name string, file *ast.File, d analysis.Diagnostic) {
	line := pass.Fset.Position(d.Pos).Line
	for _, group := range file.Comments {
		for _, c := range group.List {
			if pass.Fset.Position(c.Pos()).Line != line || !strings.HasPrefix(c.Text, "//nolint:"+name) {
				continue
			}
			if !opts.Suppress.KeepSuppressed {
				return
			}
			msg := suppressedPrefix
			if _, reason, ok := strings.Cut(c.Text[2:], "//"); ok {
				msg += ": " + strings.TrimSpace(reason)
			}
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: c.Pos(), End: c.End(), Message: msg})
		}
	}
	pass.Report(d)
}

// fakeSuite returns a constructor for a suite made of the given fake
// analyzer constructors.
func fakeSuite(constructors ...func(suite.Options) *analysis.Analyzer) func(suite.Options) []*analysis.Analyzer {
	return func(opts suite.Options) []*analysis.Analyzer {
		var list []*analysis.Analyzer
		for _, c := range constructors {
			list = append(list, c(opts))
		}
		return list
	}
}
