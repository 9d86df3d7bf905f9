package integration

import (
	"bytes"
	"os/exec"
	"testing"
)

// findingKey identifies a finding across edits that move lines.
type findingKey struct {
	File, Analyzer, Message string
}

func countByKey(findings []finding) map[findingKey]int {
	counts := make(map[findingKey]int)
	for _, f := range findings {
		counts[findingKey{f.File, f.Analyzer, f.Message}]++
	}
	return counts
}

func TestFixRemovesFixableFindings(t *testing.T) {
	example := exampleDir(t, "vulnerable", false)
	dir := t.TempDir()
	copyDir(t, example, dir)

	// The copy has the same findings, with the same relative paths.
	before := runSecvetOnExample(t, example, "./...")
	var fixable, unfixable []finding
	for _, f := range before {
		if f.Fixable {
			fixable = append(fixable, f)
		} else {
			unfixable = append(unfixable, f)
		}
	}
	if len(fixable) == 0 {
		t.Fatalf("no finding in testdata/vulnerable carries a suggested fix, so secvet -fix is untested; the example should contain a mistake that an analyzer fixes (such as logmask's masking)")
	}

	fix := exec.Command(secvetBinary(t), "-fix", "./...")
	fix.Dir = dir
	var output bytes.Buffer
	fix.Stdout, fix.Stderr = &output, &output
	// secvet exits with 3 when it reported findings, fixed or not.
	if err := fix.Run(); err != nil && exitCode(err) != 3 {
		t.Fatalf("secvet -fix ./...: %v\n%s", err, &output)
	}

	build := exec.Command("go", "build", "./...")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("the fixed module does not build: %v\n%s", err, out)
	}
	vet := exec.Command("go", "vet", "./...")
	vet.Dir = dir
	if out, err := vet.CombinedOutput(); err != nil {
		t.Errorf("go vet fails on the fixed module: %v\n%s", err, out)
	}

	after := runSecvet(t, dir, "./...")

	for _, f := range after {
		if f.Fixable {
			t.Errorf("after secvet -fix, a fixable finding remains: %v", f)
		}
	}

	// Fixes may move lines, so the findings without a fix are matched by
	// file, analyzer and message.
	want, got := countByKey(unfixable), countByKey(after)
	for key, n := range want {
		if got[key] != n {
			t.Errorf("finding without a fix %s: %s: %s appears %d times after -fix, want %d as before", key.File, key.Analyzer, key.Message, got[key], n)
		}
	}
	for key, n := range got {
		if want[key] == 0 {
			t.Errorf("secvet -fix introduced %d new findings %s: %s: %s", n, key.File, key.Analyzer, key.Message)
		}
	}
	t.Logf("%d findings fixed, %d without a fix kept", len(fixable), len(unfixable))
}
