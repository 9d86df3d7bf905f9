package main

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/secvet/secvet/analyzers/suite"
)

// loadFactsModule loads ./app of factsModule as the driver does for
// analyzers with facts.
func loadFactsModule(t *testing.T) *workspace {
	t.Helper()
	ws, err := loadPackages(writeModule(t, factsModule), []string{"./app"}, true, true, "")
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func TestReleaserEmptiesEveryPackage(t *testing.T) {
	ws := loadFactsModule(t)
	rel := newReleaser()
	rel.onRelease = ws.pipeline.free
	analyzers := guardAnalyzers([]*analysis.Analyzer{newFakeFacts(suite.Options{})}, nil, rel, ws.pipeline)
	rel.arm(analyzers, ws.packages)

	res, err := analyze(ws, analyzers, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.failures) > 0 {
		t.Fatalf("failures: %v", res.failures)
	}
	if len(res.findings) != 1 {
		t.Errorf("findings = %v, want the one call of lib.Danger", res.findings)
	}
	if len(rel.pending) > 0 {
		t.Errorf("%d packages still have actions pending after the run", len(rel.pending))
	}
	packages.Visit(ws.packages, nil, func(p *packages.Package) {
		for _, f := range p.Syntax {
			if f != nil {
				t.Errorf("package %s keeps its syntax after every action on it has run", p.ID)
				break
			}
		}
		if p.TypesInfo != nil && p.TypesInfo.Uses != nil {
			t.Errorf("package %s keeps its type information after every action on it has run", p.ID)
		}
	})
}

func TestReleaserFailsActionItDidNotCount(t *testing.T) {
	ws := loadFactsModule(t)
	rel := newReleaser()
	counted := newFakeFacts(suite.Options{})
	uncounted := newFakeCall(suite.Options{})
	analyzers := guardAnalyzers([]*analysis.Analyzer{counted, uncounted}, nil, rel, ws.pipeline)

	// Counting only the first analyzer releases each package before the
	// second runs on it; the second must fail instead of seeing no syntax.
	rel.arm(analyzers[:1], ws.packages)
	ws.pipeline.unbind() // as the driver does for the sequential checker
	res, err := analyze(ws, analyzers, true)
	if err != nil {
		t.Fatal(err)
	}
	var failed bool
	for _, f := range res.failures {
		if f.Analyzer == uncounted.Name && strings.Contains(f.Message, "was released before analyzer "+uncounted.Name+" ran") {
			failed = true
		}
	}
	if !failed {
		t.Errorf("failures = %v, want %s to fail on a released package", res.failures, uncounted.Name)
	}
}
