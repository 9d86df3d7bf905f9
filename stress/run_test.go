package stress

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/secvet/secvet/analyzers/suite"
)

// finding is one diagnostic of a run. Posn is its position as
// file:line:col after //line directives; RawFile and RawLine ignore them.
type finding struct {
	Posn, Analyzer, Message string
	File                    string // after //line directives
	Line                    int
	RawFile                 string // the file parsed, which for cgo is in the build cache
	RawLine                 int
}

func (f finding) String() string { return fmt.Sprintf("%s: %s (%s)", f.Posn, f.Message, f.Analyzer) }

// runSuite runs a fresh, guarded copy of every analyzer of the suite on
// pkgs and fails the test once per action, of every package analyzed
// including dependencies, that ended in an error or a panic, and for every
// fact that does not gob-encode or is too large. It returns the findings
// of the root packages, sorted.
func runSuite(t *testing.T, pkgs []*packages.Package, opts *checker.Options) []finding {
	t.Helper()
	graph, err := checker.Analyze(guarded(suite.New(suite.Options{})), pkgs, opts)
	if err != nil {
		t.Fatalf("checker.Analyze failed: %v", err)
	}

	for act := range graph.All() {
		if act.Err != nil && !act.Package.IllTyped {
			t.Errorf("analyzer %s failed on package %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
	}
	checkFacts(t, graph)

	var findings []finding
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			raw := act.Package.Fset.PositionFor(d.Pos, false)
			findings = append(findings, finding{
				Posn:     posn.String(),
				Analyzer: act.Analyzer.Name,
				Message:  d.Message,
				File:     posn.Filename,
				Line:     posn.Line,
				RawFile:  raw.Filename,
				RawLine:  raw.Line,
			})
		}
	}
	slices.SortFunc(findings, func(a, b finding) int {
		switch {
		case a.Posn != b.Posn:
			return strings.Compare(a.Posn, b.Posn)
		case a.Analyzer != b.Analyzer:
			return strings.Compare(a.Analyzer, b.Analyzer)
		}
		return strings.Compare(a.Message, b.Message)
	})
	return slices.Compact(findings)
}
