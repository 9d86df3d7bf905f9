package stress

import (
	"testing"
	"time"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestSuiteOnStandardLibrary runs every analyzer of the suite over the
// standard library's code and fails for each package on which an analyzer
// returned an error or panicked.
func TestSuiteOnStandardLibrary(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzing the standard library takes minutes")
	}

	// The analyzers skip the standard library unless told otherwise.
	t.Setenv("SECVET_ANALYZE_STDLIB", "1")

	start := time.Now()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule}
	pkgs, err := packages.Load(cfg, "std")
	if err != nil {
		t.Fatalf("loading std failed: %v", err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("package %s did not load: %v", p.PkgPath, e)
		}
	})
	t.Logf("loaded %d packages in %v", len(pkgs), time.Since(start).Round(time.Millisecond))

	start = time.Now()
	findings := runSuite(t, pkgs, &checker.Options{SanityCheck: true})
	t.Logf("analyzed in %v, %d findings", time.Since(start).Round(time.Millisecond), len(findings))
}
