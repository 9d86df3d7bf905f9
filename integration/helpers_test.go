package integration

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// repoRoot is the root of the secvet checkout, one level above this module.
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

var secvetOnce struct {
	sync.Once
	path string
	err  error
}

// secvetBinary builds cmd/secvet once per test run and returns its path.
func secvetBinary(t testing.TB) string {
	t.Helper()
	root := repoRoot(t)
	secvetOnce.Do(func() {
		dir, err := os.MkdirTemp("", "secvet-integration-")
		if err != nil {
			secvetOnce.err = err
			return
		}
		// The directory lives as long as the test binary, because several
		// tests share the build. NOTE: it is left behind in the temporary
		// directory when the test binary exits.
		secvetOnce.path = filepath.Join(dir, "secvet")
		cmd := exec.Command("go", "build", "-o", secvetOnce.path, "./cmd/secvet")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			secvetOnce.err = fmt.Errorf("go build ./cmd/secvet: %v\n%s", err, out)
		}
	})
	if secvetOnce.err != nil {
		t.Fatal(secvetOnce.err)
	}
	return secvetOnce.path
}

// exampleDir returns the path of testdata/<name> in the checkout, skipping
// the test when skipMissing is set and the directory does not exist.
func exampleDir(t testing.TB, name string, skipMissing bool) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "testdata", name)
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		if skipMissing && errors.Is(err, fs.ErrNotExist) {
			t.Skipf("%s has no go.mod yet", dir)
		}
		t.Fatalf("example module %s: %v", name, err)
	}
	return dir
}

// finding is one diagnostic, with the file relative to the analysed module.
type finding struct {
	File     string
	Line     int
	Analyzer string
	Message  string
	Fixable  bool // the diagnostic carries at least one suggested fix
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d: %s: %s", f.File, f.Line, f.Analyzer, f.Message)
}

// position returns the finding without its message and fix, for
// comparisons with tools that reword messages or drop fixes.
func (f finding) position() finding {
	f.Message = ""
	f.Fixable = false
	return f
}

// checkerJSON is the -json output of the x/tools analysis drivers
// (multichecker and unitchecker behind go vet): package path, then analyzer
// name, then diagnostics.
type checkerJSON map[string]map[string]json.RawMessage

type checkerDiagnostic struct {
	Posn           string            `json:"posn"`
	Message        string            `json:"message"`
	SuggestedFixes []json.RawMessage `json:"suggested_fixes"`
}

// parseCheckerJSON reads the -json output of secvet or of go vet, which is
// a stream of JSON objects that go vet separates with "# package" lines.
// moduleDir makes the file names relative.
func parseCheckerJSON(t testing.TB, output []byte, moduleDir string) []finding {
	t.Helper()

	var cleaned bytes.Buffer
	for line := range bytes.Lines(output) {
		if !bytes.HasPrefix(line, []byte("#")) {
			cleaned.Write(line)
		}
	}

	var findings []finding
	dec := json.NewDecoder(&cleaned)
	for {
		var tree checkerJSON
		err := dec.Decode(&tree)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("parsing the checker's JSON output: %v\n%s", err, output)
		}

		for pkg, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var diags []checkerDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					// An analyzer that failed reports {"error": "..."}.
					t.Fatalf("package %s, analyzer %s: not a list of diagnostics: %s", pkg, analyzer, raw)
				}
				for _, d := range diags {
					file, line := splitPosn(t, d.Posn, moduleDir)
					findings = append(findings, finding{
						File:     file,
						Line:     line,
						Analyzer: analyzer,
						Message:  d.Message,
						Fixable:  len(d.SuggestedFixes) > 0,
					})
				}
			}
		}
	}
	return sortFindings(findings)
}

// splitPosn splits "file:line:col" and makes the file relative to dir.
func splitPosn(t testing.TB, posn, dir string) (string, int) {
	t.Helper()
	rest, _, ok := cutLastColon(posn) // the column
	if !ok {
		t.Fatalf("position %q has no line and column", posn)
	}
	file, lineText, ok := cutLastColon(rest)
	if !ok {
		t.Fatalf("position %q has no line", posn)
	}
	line, err := strconv.Atoi(lineText)
	if err != nil {
		t.Fatalf("position %q: invalid line: %v", posn, err)
	}
	return relativeFile(t, file, dir), line
}

func cutLastColon(s string) (before, after string, ok bool) {
	i := strings.LastIndex(s, ":")
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// relativeFile returns file relative to dir, with forward slashes. Files
// outside dir (such as the module cache) keep their path.
func relativeFile(t testing.TB, file, dir string) string {
	t.Helper()
	if !filepath.IsAbs(file) {
		file = filepath.Join(dir, file)
	}
	// Resolve symbolic links in both, because the temporary directory may
	// be reached through one (/tmp on macOS).
	if resolved, err := filepath.EvalSymlinks(file); err == nil {
		file = resolved
	}
	if resolved, err := filepath.EvalSymlinks(dir); err == nil {
		dir = resolved
	}
	rel, err := filepath.Rel(dir, file)
	if err != nil || strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(file)
	}
	return filepath.ToSlash(rel)
}

func sortFindings(findings []finding) []finding {
	slices.SortFunc(findings, func(a, b finding) int {
		return strings.Compare(a.String(), b.String())
	})
	return slices.Compact(findings)
}

func positions(findings []finding) []finding {
	var out []finding
	for _, f := range findings {
		out = append(out, f.position())
	}
	return sortFindings(out)
}

// diffFindings lists the findings only in want and only in got, one a line.
func diffFindings(want, got []finding) string {
	var b strings.Builder
	for _, f := range want {
		if !slices.Contains(got, f) {
			fmt.Fprintf(&b, "  missing: %v\n", f)
		}
	}
	for _, f := range got {
		if !slices.Contains(want, f) {
			fmt.Fprintf(&b, "  extra:   %v\n", f)
		}
	}
	return b.String()
}

// exampleRuns caches the findings of secvet runs on the checkout's example
// modules, which no test modifies, because several tests compare against
// the same run and each takes seconds to minutes.
var exampleRuns struct {
	sync.Mutex
	findings map[string][]finding // key: directory and arguments
}

// runSecvetOnExample is runSecvet for a directory that no test modifies,
// such as exampleDir's result. It runs secvet once per directory and
// arguments and returns a copy of the cached findings after that.
func runSecvetOnExample(t testing.TB, dir string, args ...string) []finding {
	t.Helper()
	key := strings.Join(append([]string{dir}, args...), "\x00")

	exampleRuns.Lock()
	defer exampleRuns.Unlock()
	if found, ok := exampleRuns.findings[key]; ok {
		return slices.Clone(found)
	}
	found := runSecvet(t, dir, args...)
	if exampleRuns.findings == nil {
		exampleRuns.findings = make(map[string][]finding)
	}
	exampleRuns.findings[key] = found
	return slices.Clone(found)
}

// runSecvet runs the secvet binary in dir with -json and the given
// arguments and returns its findings. secvet exits with 3 when it reports
// findings, which is not an error here.
func runSecvet(t testing.TB, dir string, args ...string) []finding {
	t.Helper()
	cmd := exec.Command(secvetBinary(t), append([]string{"-json"}, args...)...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil && exitCode(err) != 3 {
		t.Fatalf("secvet %s in %s: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), dir, err, &stdout, &stderr)
	}
	return parseCheckerJSON(t, stdout.Bytes(), dir)
}

func exitCode(err error) int {
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		return exitErr.ExitCode()
	}
	return -1
}

// copyDir copies the regular files of src into dst, creating dst.
func copyDir(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatalf("copying %s to %s: %v", src, dst, err)
	}
}

// requireCI fails the test when CI is set and skips it otherwise, for tools
// that a developer may not have installed but CI must.
func requireCI(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s (CI=true, so this is an error; .ci/run installs it)", msg)
	}
	t.Skip(msg)
}
