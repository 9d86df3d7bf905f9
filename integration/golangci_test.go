package integration

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// golangciConfig enables only the secvet plugin and turns off every
// golangci-lint filter that would hide findings secvet reports: generated
// file exclusions, exclusion presets, per-linter and per-text limits, and
// one issue per line. runGolangci sets the output format on the command
// line, so the example configuration is read the same way.
const golangciConfig = `version: "2"
run:
  timeout: 10m
  relative-path-mode: wd
linters:
  default: none
  enable:
    - secvet
  settings:
    custom:
      secvet:
        type: module
        description: secvet security analyzers
  exclusions:
    generated: disable
    presets: []
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`

var golangciOnce struct {
	sync.Once
	path      string
	lintCache string // GOLANGCI_LINT_CACHE for this build of the binary
	err       error
}

// golangciBinary builds golangci-lint with the secvet plugin through
// scripts/build-golangci.sh. The wrapper module and the binary are kept in
// the user cache directory. Only the first build resolves and compiles
// golangci-lint's dependencies, and later builds recompile what changed in
// this checkout.
func golangciBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("building golangci-lint takes minutes the first time; skipped with -short")
	}

	root := repoRoot(t)
	golangciOnce.Do(func() {
		cache, err := os.UserCacheDir()
		if err != nil {
			golangciOnce.err = err
			return
		}
		dir := filepath.Join(cache, "secvet-integration", "golangci-lint")
		golangciOnce.path = filepath.Join(dir, "golangci-lint-secvet")

		cmd := exec.Command("bash", filepath.Join(root, "scripts", "build-golangci.sh"),
			"-o", golangciOnce.path, "-w", filepath.Join(dir, "wrapper"))
		if out, err := cmd.CombinedOutput(); err != nil {
			golangciOnce.err = &buildError{"scripts/build-golangci.sh", err, out}
			return
		}
		golangciOnce.lintCache, golangciOnce.err = lintCacheFor(dir, golangciOnce.path)
	})
	if golangciOnce.err != nil {
		t.Fatal(golangciOnce.err)
	}
	return golangciOnce.path
}

// lintCacheFor returns a golangci-lint cache directory under dir that only
// this build of the binary uses, so that results of an older build of the
// plugin are never reused, and removes the caches of older builds.
func lintCacheFor(dir, binary string) (string, error) {
	f, err := os.Open(binary)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	name := fmt.Sprintf("lint-cache-%x", h.Sum(nil)[:8])

	old, _ := filepath.Glob(filepath.Join(dir, "lint-cache-*"))
	for _, path := range old {
		if filepath.Base(path) != name {
			os.RemoveAll(path)
		}
	}
	cache := filepath.Join(dir, name)
	return cache, os.MkdirAll(cache, 0o755)
}

type buildError struct {
	command string
	err     error
	output  []byte
}

func (e *buildError) Error() string {
	return e.command + ": " + e.err.Error() + "\n" + string(e.output)
}

// golangciIssue is the part of an issue in golangci-lint's JSON output
// that the tests compare.
type golangciIssue struct {
	FromLinter string
	Text       string
	Pos        struct {
		Filename string
		Line     int
	}
}

// runGolangci runs the custom golangci-lint on ./... in dir with the given
// configuration file and returns the findings and the exit code.
func runGolangci(t *testing.T, dir, config string) ([]finding, int) {
	t.Helper()
	cmd := exec.Command(golangciBinary(t), "run", "-c", config,
		"--output.json.path=stdout", "--path-mode=abs", "--show-stats=false", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+golangciOnce.lintCache)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		code = exitCode(err)
	}
	// Exit code 1 means issues were found; anything else but 0 is a failure
	// of the run itself.
	if code != 0 && code != 1 {
		t.Fatalf("golangci-lint run -c %s in %s: %v\nstdout:\n%s\nstderr:\n%s", config, dir, err, &stdout, &stderr)
	}

	var report struct{ Issues []golangciIssue }
	// The JSON report is the first line, and a text summary may follow it.
	first, _, _ := bytes.Cut(stdout.Bytes(), []byte("\n"))
	if err := json.Unmarshal(first, &report); err != nil {
		t.Fatalf("parsing golangci-lint's JSON output: %v\nstdout:\n%s\nstderr:\n%s", err, &stdout, &stderr)
	}

	var findings []finding
	for _, issue := range report.Issues {
		// The example configuration keeps golangci-lint's standard linters.
		if issue.FromLinter != "secvet" {
			continue
		}
		// golangci-lint prefixes the message with the analyzer name when a
		// linter bundles several analyzers.
		analyzer, message, ok := strings.Cut(issue.Text, ": ")
		if !ok {
			t.Errorf("issue text %q does not start with an analyzer name", issue.Text)
			continue
		}
		findings = append(findings, finding{
			File:     relativeFile(t, issue.Pos.Filename, dir),
			Line:     issue.Pos.Line,
			Analyzer: analyzer,
			Message:  message,
		})
	}
	return sortFindings(findings), code
}

func writeGolangciConfig(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), ".golangci.yml")
	if err := os.WriteFile(path, []byte(golangciConfig), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestGolangciMatchesSecvet(t *testing.T) {
	golangciBinary(t)
	config := writeGolangciConfig(t)

	for _, example := range []struct {
		name        string
		skipMissing bool
	}{
		{"vulnerable", false},
		{"reference", true},
	} {
		t.Run(example.name, func(t *testing.T) {
			dir := exampleDir(t, example.name, example.skipMissing)

			want := positions(runSecvetOnExample(t, dir, "./..."))
			if example.name == "vulnerable" && len(want) == 0 {
				t.Fatalf("secvet reported no findings in %s, so comparing it with golangci-lint would prove nothing", dir)
			}
			found, _ := runGolangci(t, dir, config)
			got := positions(found)

			if !slices.Equal(want, got) {
				t.Errorf("golangci-lint with the secvet plugin and secvet disagree (want is secvet):\n%s", diffFindings(want, got))
			}
		})
	}
}

func TestGolangciHonoursNolintSecvet(t *testing.T) {
	golangciBinary(t)
	config := writeGolangciConfig(t)
	example := exampleDir(t, "vulnerable", false)
	dir := t.TempDir()
	copyDir(t, example, dir)

	// The copy has the same findings, with the same relative paths.
	before := positions(runSecvetOnExample(t, example, "./..."))
	if len(before) == 0 {
		t.Fatalf("secvet reported no findings in testdata/vulnerable")
	}

	// Mark the line of one finding with //nolint:secvet, keeping the
	// example's "// finding:" marker as the directive's reason.
	target := before[0]
	for _, f := range before {
		if lineText(t, filepath.Join(dir, f.File), f.Line, "// finding:") {
			target = f
			break
		}
	}
	path := filepath.Join(dir, target.File)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	line := lines[target.Line-1]
	if strings.Contains(line, " // finding:") {
		line = strings.Replace(line, " // finding:", " //nolint:secvet // finding:", 1)
	} else {
		line += " //nolint:secvet // suppressed by the integration test"
	}
	lines[target.Line-1] = line
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}

	found, _ := runGolangci(t, dir, config)
	after := positions(found)

	var want []finding
	for _, f := range before {
		if f.File != target.File || f.Line != target.Line {
			want = append(want, f)
		}
	}
	if !slices.Equal(want, after) {
		t.Errorf("after adding //nolint:secvet to %s:%d, want every other finding and none on that line:\n%s",
			target.File, target.Line, diffFindings(want, after))
	}
}

func TestGolangciAcceptsExampleConfig(t *testing.T) {
	golangciBinary(t)
	dir := exampleDir(t, "vulnerable", false)
	config := filepath.Join(repoRoot(t), ".golangci.example.yml")

	// The plugin rejects unknown keys, so a run that gets as far as
	// reporting issues proves every setting in the example exists.
	found, code := runGolangci(t, dir, config)
	if code != 1 {
		t.Errorf("golangci-lint with .golangci.example.yml exited with %d, want 1 (issues found)", code)
	}
	if len(found) == 0 {
		t.Errorf("golangci-lint with .golangci.example.yml reported nothing in %s", dir)
	}
}

// lineText reports whether line n of the file contains substr.
func lineText(t *testing.T, path string, n int, substr string) bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	return n >= 1 && n <= len(lines) && strings.Contains(lines[n-1], substr)
}
