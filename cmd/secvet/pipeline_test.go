package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/secvet/secvet/analyzers/suite"
)

// chainModule returns a module of n packages p0 … p(n-1) in which each
// package calls the Danger function of the one before it. The package
// broken, if not empty, has a type error.
func chainModule(n int, broken string) map[string]string {
	files := map[string]string{"go.mod": "module example.com/chain\n\ngo 1.26\n"}
	for i := range n {
		name := fmt.Sprintf("p%d", i)
		body := "package " + name + "\n\n"
		if i > 0 {
			body += fmt.Sprintf("import \"example.com/chain/p%d\"\n\nfunc Run() { p%d.Danger() }\n\n", i-1, i-1)
		}
		body += "func Danger() {}\n"
		if name == broken {
			body += "\nvar bad int = \"text\"\n"
		}
		files[name+"/"+name+".go"] = body
	}
	return files
}

// analyzeWithBound loads ./... of dir with at most maxLoaded packages
// loaded but not released, analyzes it with the fakefacts analyzer as the
// driver does, and fails the test if that does not end within a minute.
func analyzeWithBound(t *testing.T, dir string, maxLoaded int) (*results, []string) {
	t.Helper()
	parse := func(fset *token.FileSet, name string, src []byte) (*ast.File, error) {
		return parser.ParseFile(fset, name, src, parser.ParseComments)
	}
	initial, analyzed, pl, err := loadMixed(&packages.Config{Dir: dir}, parse, []string{"./..."}, maxLoaded)
	if err != nil {
		t.Fatal(err)
	}
	ws := &workspace{packages: slices.Clone(analyzed), initial: initial, pipeline: pl, root: dir}
	rel := newReleaser()
	rel.onRelease = pl.free
	analyzers := guardAnalyzers([]*analysis.Analyzer{newFakeFacts(suite.Options{})}, nil, rel, pl)
	rel.arm(analyzers, ws.packages)

	type outcome struct {
		res *results
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		res, err := analyze(ws, analyzers, false)
		done <- outcome{res, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			t.Fatal(o.err)
		}
		var failed []string
		for _, f := range ws.failures() {
			failed = append(failed, f.Package)
		}
		return o.res, failed
	case <-time.After(time.Minute):
		t.Fatalf("the analysis with at most %d loaded packages did not end within a minute", maxLoaded)
		return nil, nil
	}
}

func TestPipelineWithOneSlotAnalyzesEveryPackage(t *testing.T) {
	dir := writeModule(t, chainModule(12, ""))
	res, failed := analyzeWithBound(t, dir, 1)
	if len(failed) > 0 || len(res.failures) > 0 {
		t.Errorf("failures: load %v, analysis %v", failed, res.failures)
	}
	if len(res.findings) != 11 {
		t.Errorf("%d findings, want one call of Danger in each of p1 to p11:\n%v", len(res.findings), res.findings)
	}
}

func TestPipelineWithOneSlotPassesBrokenPackage(t *testing.T) {
	dir := writeModule(t, chainModule(12, "p5"))
	res, failed := analyzeWithBound(t, dir, 1)
	if !slices.Contains(failed, "example.com/chain/p5") {
		t.Errorf("load failures = %v, want p5's type error", failed)
	}
	// p6 to p11 import p5, so the checker skips them; p1 to p4 are
	// analyzed.
	var files []string
	for _, f := range res.findings {
		files = append(files, f.File)
	}
	if got := strings.Join(files, " "); got != "p1/p1.go p2/p2.go p3/p3.go p4/p4.go" {
		t.Errorf("findings in %s, want p1 to p4", got)
	}
}

func TestSequentialRunEndsOnLargeModule(t *testing.T) {
	// More packages than the bound allows loaded at once.
	dir := writeModule(t, chainModule(defaultMaxLoaded()+8, ""))
	done := make(chan runResult, 1)
	go func() { done <- runSecvet(t, dir, fakeSuite(newFakeFacts), "-p=1", "./...") }()
	select {
	case r := <-done:
		if r.code != exitFindings {
			t.Errorf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
		}
	case <-time.After(time.Minute):
		t.Fatal("secvet -p=1 did not end within a minute")
	}
}

func TestRunWithManyTestBinariesEnds(t *testing.T) {
	// Each package with tests adds a test main, which the checker never
	// analyzes; more of them than the bound must not hold the loader up.
	files := chainModule(defaultMaxLoaded()+8, "")
	for i := range defaultMaxLoaded() + 8 {
		name := fmt.Sprintf("p%d", i)
		files[name+"/"+name+"_test.go"] = "package " + name + "\n\nimport \"testing\"\n\nfunc TestDanger(t *testing.T) { Danger() }\n"
	}
	dir := writeModule(t, files)
	done := make(chan runResult, 1)
	go func() { done <- runSecvet(t, dir, fakeSuite(newFakeFacts), "./...") }()
	select {
	case r := <-done:
		if r.code != exitFindings {
			t.Errorf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
		}
	case <-time.After(time.Minute):
		t.Fatal("secvet on a module with many test binaries did not end within a minute")
	}
}
