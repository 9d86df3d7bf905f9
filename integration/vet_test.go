package integration

import (
	"bytes"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/secvet/secvet/analyzers/suite"
)

// runGoVet runs `go vet -vettool=<secvet> -json` in dir with the given
// arguments and returns its findings.
func runGoVet(t testing.TB, dir string, args ...string) []finding {
	t.Helper()
	vetArgs := append([]string{"vet", "-vettool=" + secvetBinary(t), "-json"}, args...)
	cmd := exec.Command("go", vetArgs...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// With -json, go vet exits with 0 when the only problems are findings.
	if err := cmd.Run(); err != nil {
		t.Fatalf("go %s in %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(vetArgs, " "), dir, err, &stdout, &stderr)
	}
	// go vet writes the vet tool's JSON, after "# package" lines, to stderr.
	return parseCheckerJSON(t, append(stdout.Bytes(), stderr.Bytes()...), dir)
}

// factAnalyzers returns the names of the suite's analyzers that export
// facts, the ones whose findings depend on other packages.
func factAnalyzers() []string {
	var names []string
	for _, a := range suite.New(suite.Options{}) {
		if len(a.FactTypes) > 0 {
			names = append(names, a.Name)
		}
	}
	return names
}

func countAnalyzer(findings []finding, analyzer string) int {
	n := 0
	for _, f := range findings {
		if f.Analyzer == analyzer {
			n++
		}
	}
	return n
}

func TestGoVetMatchesSecvet(t *testing.T) {
	dir := exampleDir(t, "vulnerable", false)

	want := runSecvetOnExample(t, dir, "./...")
	if len(want) == 0 {
		t.Fatalf("secvet reported no findings in %s, so comparing it with go vet would prove nothing", dir)
	}
	got := runGoVet(t, dir, "./...")

	if !slices.Equal(want, got) {
		t.Errorf("go vet -vettool=secvet and secvet disagree (want is secvet):\n%s", diffFindings(want, got))
	}

	// Findings that rely on facts from other packages only appear when the
	// driver passes facts between packages, which go vet does through
	// files and secvet in memory. The comparison above covers them only if
	// some analyzer that exports facts reports something.
	facts := factAnalyzers()
	if len(facts) == 0 {
		t.Logf("no analyzer of the suite exports facts yet, so no finding depends on another package")
		return
	}
	factFindings := 0
	for _, name := range facts {
		n := countAnalyzer(want, name)
		t.Logf("analyzer %s exports facts and reports %d findings", name, n)
		factFindings += n
	}
	if factFindings == 0 {
		t.Errorf("no analyzer that exports facts (%s) reports anything in %s, so passing facts through go vet is untested",
			strings.Join(facts, ", "), dir)
	}
}

func TestGoVetPassesAnalyzerFlag(t *testing.T) {
	const analyzer, flagName, value = "rawsql", "mode", "injection"

	var found bool
	for _, a := range suite.New(suite.Options{}) {
		if a.Name == analyzer && a.Flags.Lookup(flagName) != nil {
			found = true
		}
	}
	if !found {
		t.Skipf("the suite has no analyzer %s with a flag %s yet", analyzer, flagName)
	}

	dir := exampleDir(t, "vulnerable", false)
	flagArg := "-" + analyzer + "." + flagName + "=" + value

	before := runSecvetOnExample(t, dir, "./...")
	want := runSecvetOnExample(t, dir, flagArg, "./...")
	got := runGoVet(t, dir, flagArg, "./...")

	if !slices.Equal(want, got) {
		t.Errorf("with %s, go vet and secvet disagree (want is secvet):\n%s", flagArg, diffFindings(want, got))
	}

	// In injection mode rawsql reports only SQL built from variable data,
	// so the raw-SQL findings on constant queries must disappear.
	if n, m := countAnalyzer(before, analyzer), countAnalyzer(want, analyzer); m >= n {
		t.Errorf("%s left %d %s findings of %d; the flag did not reach the analyzer or the example has no constant raw SQL", flagArg, m, analyzer, n)
	}
}
