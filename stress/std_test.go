package stress

import (
	"os/exec"
	"path/filepath"
	"strings"
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

	// The analyzers skip the standard library unless this variable is set.
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

// TestDriverOnStandardLibraryWithTests runs the secvet binary over the
// standard library with its test files, through the driver's own loader,
// and fails when a package is reported as failed or an analyzer panicked.
func TestDriverOnStandardLibraryWithTests(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzing the standard library takes minutes")
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT failed: %v", err)
	}
	start := time.Now()
	r := runDriver(t, filepath.Join(strings.TrimSpace(string(goroot)), "src"), []string{"SECVET_ANALYZE_STDLIB=1"}, "-test", "std")
	if r.code != 0 && r.code != 3 {
		t.Fatalf("exit code = %d, want 0 or 3; stderr:\n%s", r.code, r.stderr)
	}
	if r.stderr != "" {
		t.Errorf("stderr is not empty:\n%s", r.stderr)
	}
	t.Logf("analyzed std with tests in %v, %d lines of findings", time.Since(start).Round(time.Millisecond), strings.Count(r.stdout, "\n"))
}

// TestDriverOnModuleCacheDependencies runs the secvet binary over every
// package that the reference service builds, its dependencies in the
// module cache included (gorm, a pure-Go SQLite, golang-jwt, x/crypto,
// x/text), and fails when a package is reported as failed or an analyzer
// panicked. Findings in those modules are expected: they run raw SQL.
func TestDriverOnModuleCacheDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzing the reference service's dependencies takes a minute")
	}
	dir := filepath.Join("..", "testdata", "reference")
	if out, err := exec.Command("go", "-C", dir, "mod", "download").CombinedOutput(); err != nil {
		t.Fatalf("go mod download failed: %v\n%s", err, out)
	}
	start := time.Now()
	r := runDriver(t, dir, nil, "-test=false", "all")
	if r.code != 0 && r.code != 3 {
		t.Fatalf("exit code = %d, want 0 or 3; stderr:\n%s", r.code, r.stderr)
	}
	if r.stderr != "" {
		t.Errorf("stderr is not empty:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "gorm.io/gorm@") {
		t.Errorf("no finding in gorm, so its packages were not analyzed:\n%s", r.stdout)
	}
	t.Logf("analyzed the reference service with its dependencies in %v", time.Since(start).Round(time.Millisecond))
}
