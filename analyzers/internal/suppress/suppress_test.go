package suppress_test

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// newProbe returns an analyzer named "probe" that reports every call of a
// function named finding, and accepts a directive on the line of a
// preceding call of a function named built as well.
func newProbe(cfg suppress.Config) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "probe",
		Doc:  "report calls of finding",
		Run: func(pass *analysis.Pass) (any, error) {
			r := suppress.NewReporter(pass, "probe", cfg)
			for _, f := range pass.Files {
				var built ast.Node
				ast.Inspect(f, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok {
						return true
					}
					id, ok := call.Fun.(*ast.Ident)
					if !ok {
						return true
					}
					switch id.Name {
					case "built":
						built = call
					case "finding":
						d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: "finding"}
						if built != nil {
							r.Report(d, built.Pos())
							built = nil
						} else {
							r.Report(d)
						}
					}
					return true
				})
			}
			return nil, nil
		},
	}
}

func TestDirectivesSuppressFindings(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), newProbe(suppress.Config{}), "directives")
}

func TestMissingReasonIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), newProbe(suppress.Config{RequireReason: true}), "reasons")
}

func TestKeptSuppressionCarriesReason(t *testing.T) {
	var related []string
	probe := newProbe(suppress.Config{KeepSuppressed: true})
	run := probe.Run
	probe.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			for _, r := range d.Related {
				related = append(related, r.Message)
			}
			report(d)
		}
		return run(pass)
	}
	analysistest.Run(t, analysistest.TestData(), probe, "kept")
	want := []string{suppress.SuppressedPrefix + ": fixture", suppress.SuppressedPrefix}
	if len(related) != len(want) {
		t.Fatalf("related messages = %q, want %q", related, want)
	}
	for i := range want {
		if related[i] != want[i] {
			t.Errorf("related[%d] = %q, want %q", i, related[i], want[i])
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		text   string
		names  []string
		reason string
		ok     bool
	}{
		{"//nolint", nil, "", true},
		{"// nolint:rawsql", []string{"rawsql"}, "", true},
		{"//nolint:rawsql,HardcodedSecret // test fixture", []string{"rawsql", "hardcodedsecret"}, "test fixture", true},
		{"//nolint:secvet//tight", []string{"secvet"}, "tight", true},
		{"//nolint // why", nil, "why", true},
		{"//nolint:", nil, "", false},
		{"//nolint:rawsql,", nil, "", false},
		{"//nolintrawsql", nil, "", false},
		{"//nolint: raw sql", nil, "", false},
		{"// a comment about nolint", nil, "", false},
		{"/* nolint:rawsql */", nil, "", false},
	}
	for _, tt := range tests {
		names, reason, ok := suppress.Parse(tt.text)
		if ok != tt.ok {
			t.Errorf("Parse(%q) ok = %v, want %v", tt.text, ok, tt.ok)
			continue
		}
		if reason != tt.reason {
			t.Errorf("Parse(%q) reason = %q, want %q", tt.text, reason, tt.reason)
		}
		if len(names) != len(tt.names) {
			t.Errorf("Parse(%q) names = %q, want %q", tt.text, names, tt.names)
			continue
		}
		for i := range names {
			if names[i] != tt.names[i] {
				t.Errorf("Parse(%q) names = %q, want %q", tt.text, names, tt.names)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, seed := range []string{"//nolint", "//nolint:a,b // c", "// nolint:secvet//x", "//nolint:,", "//nolint:a b"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		names, reason, ok := suppress.Parse(text)
		if !ok {
			if names != nil || reason != "" {
				t.Fatalf("Parse(%q) rejected the comment but returned %q, %q", text, names, reason)
			}
			return
		}
		for _, n := range names {
			if n == "" {
				t.Fatalf("Parse(%q) returned an empty name", text)
			}
		}
	})
}
