package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/secvet/secvet/analyzers/suite"
)

// secvetBinary is the secvet command built once by TestMain for the
// end-to-end tests.
var secvetBinary string

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	dir, err := os.MkdirTemp("", "secvet-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)

	secvetBinary = filepath.Join(dir, "secvet")
	build := exec.Command("go", "build", "-o", secvetBinary, ".")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building secvet failed: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// vulnerableDir and referenceDir are the bundled example modules.
var (
	vulnerableDir = filepath.Join("..", "..", "testdata", "vulnerable")
	referenceDir  = filepath.Join("..", "..", "testdata", "reference")
)

// execSecvet runs the secvet binary in dir.
func execSecvet(t *testing.T, dir string, args ...string) runResult {
	t.Helper()
	cmd := exec.Command(secvetBinary, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if exitErr := (*exec.ExitError)(nil); errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatalf("running secvet failed: %v", err)
	}
	return runResult{stdout.String(), stderr.String(), code}
}

// vulnerableRuns caches runs of secvet on the vulnerable example by their
// arguments, because each run analyzes the example's dependencies from
// source and several tests need the same output.
var vulnerableRuns = struct {
	sync.Mutex
	byArgs map[string]runResult
}{byArgs: make(map[string]runResult)}

// runOnVulnerable runs secvet with args on the vulnerable example, or
// returns the result of an earlier run with the same args.
func runOnVulnerable(t *testing.T, args ...string) runResult {
	t.Helper()
	key := strings.Join(args, "\x00")
	vulnerableRuns.Lock()
	defer vulnerableRuns.Unlock()
	if r, ok := vulnerableRuns.byArgs[key]; ok {
		return r
	}
	r := execSecvet(t, vulnerableDir, args...)
	vulnerableRuns.byArgs[key] = r
	return r
}

// expectedFinding is one (file, line, analyzer) that a marker comment
// expects.
type expectedFinding struct {
	file     string // slash-separated, relative to the module root
	line     int
	analyzer string
}

func (f expectedFinding) String() string {
	return fmt.Sprintf("%s:%d: %s", f.file, f.line, f.analyzer)
}

// markerPattern matches a "// finding: a, b" marker at the end of a
// comment.
var markerPattern = regexp.MustCompile(`//\s*finding:\s*([A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*)\s*$`)

// moduleFile is a parsed Go file of an example module.
type moduleFile struct {
	rel  string // slash-separated, relative to the module root
	fset *token.FileSet
	file *ast.File
}

// parseModule parses every Go file under dir.
func parseModule(t *testing.T, dir string) []moduleFile {
	t.Helper()
	var files []moduleFile
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "vendor" || d.Name() == "testdata") && path != dir {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		files = append(files, moduleFile{filepath.ToSlash(rel), fset, f})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// markers returns the findings that marker comments in files expect,
// sorted. It fails the test for a comment that mentions "finding:" but is
// not a marker, so that a mistyped marker is not silently ignored.
func markers(t *testing.T, files []moduleFile) []expectedFinding {
	t.Helper()
	var found []expectedFinding
	for _, mf := range files {
		for _, group := range mf.file.Comments {
			for _, c := range group.List {
				line := mf.fset.Position(c.Pos()).Line
				m := markerPattern.FindStringSubmatch(c.Text)
				if m == nil {
					if strings.Contains(c.Text, "finding:") {
						t.Errorf("%s:%d: invalid marker %q: write // finding: name[, name] at the end of the line", mf.rel, line, c.Text)
					}
					continue
				}
				for _, name := range strings.Split(m[1], ",") {
					found = append(found, expectedFinding{mf.rel, line, strings.TrimSpace(name)})
				}
			}
		}
	}
	slices.SortFunc(found, compareExpected)
	return slices.Compact(found)
}

func compareExpected(a, b expectedFinding) int {
	return strings.Compare(a.String(), b.String())
}

// jsonFindings parses secvet's -json output into (file, line, analyzer)
// triples relative to dir, and the errors it reports.
func jsonFindings(t *testing.T, output, dir string) (found []expectedFinding, failures []string) {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(output), &tree); err != nil {
		t.Fatalf("secvet -json output is not JSON: %v\n%s", err, output)
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	for pkg, byAnalyzer := range tree {
		for analyzer, raw := range byAnalyzer {
			var diags []struct {
				Posn string `json:"posn"`
			}
			if err := json.Unmarshal(raw, &diags); err != nil {
				failures = append(failures, fmt.Sprintf("%s on %s: %s", analyzer, pkg, raw))
				continue
			}
			for _, d := range diags {
				file, line := splitPosn(t, d.Posn)
				rel, err := filepath.Rel(absDir, file)
				if err != nil {
					t.Fatal(err)
				}
				found = append(found, expectedFinding{filepath.ToSlash(rel), line, analyzer})
			}
		}
	}
	slices.SortFunc(found, compareExpected)
	return slices.Compact(found), failures
}

// splitPosn splits "file:line:col" into file and line.
func splitPosn(t *testing.T, posn string) (string, int) {
	t.Helper()
	rest, _, ok := cutLast(posn, ":")
	if !ok {
		t.Fatalf("invalid posn %q: want file:line:col", posn)
	}
	file, lineText, ok := cutLast(rest, ":")
	line, err := strconv.Atoi(lineText)
	if !ok || err != nil {
		t.Fatalf("invalid posn %q: want file:line:col", posn)
	}
	return file, line
}

func cutLast(s, sep string) (before, after string, found bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// inSuite splits expected findings into those of analyzers in the suite
// and the rest.
func inSuite(expected []expectedFinding) (kept, ignored []expectedFinding) {
	names := suite.Names()
	for _, e := range expected {
		if slices.Contains(names, e.analyzer) {
			kept = append(kept, e)
		} else {
			ignored = append(ignored, e)
		}
	}
	return kept, ignored
}

// difference returns the elements of a that are not in b; both are sorted.
func difference(a, b []expectedFinding) []expectedFinding {
	var out []expectedFinding
	for _, x := range a {
		if _, ok := slices.BinarySearchFunc(b, x, compareExpected); !ok {
			out = append(out, x)
		}
	}
	return out
}

func formatList(list []expectedFinding) string {
	var b strings.Builder
	for _, f := range list {
		fmt.Fprintf(&b, "\t%s\n", f)
	}
	return b.String()
}

func TestVulnerableExampleFindings(t *testing.T) {
	expected, ignored := inSuite(markers(t, parseModule(t, vulnerableDir)))
	if len(ignored) > 0 {
		t.Logf("markers of analyzers not in the suite %v, not checked:\n%s", suite.Names(), formatList(ignored))
	}

	r := runOnVulnerable(t, "-format=json", "./...")
	wantCode := exitClean
	if len(expected) > 0 {
		wantCode = exitFindings
	}
	if r.code != wantCode {
		t.Errorf("exit code = %d, want %d; stderr:\n%s", r.code, wantCode, r.stderr)
	}

	got, failures := jsonFindings(t, r.stdout, vulnerableDir)
	for _, f := range failures {
		t.Errorf("analysis failed: %s", f)
	}
	missing := difference(expected, got)
	unexpected := difference(got, expected)
	if len(missing) > 0 {
		t.Errorf("%d marked findings were not reported (marker without diagnostic):\n%s", len(missing), formatList(missing))
	}
	if len(unexpected) > 0 {
		t.Errorf("%d findings have no marker (diagnostic without marker, or marker on another line):\n%s", len(unexpected), formatList(unexpected))
	}
}

func TestReferenceExampleHasNoFindings(t *testing.T) {
	if _, err := os.Stat(filepath.Join(referenceDir, "go.mod")); errors.Is(err, fs.ErrNotExist) {
		t.Skip("testdata/reference does not exist yet")
	}
	r := execSecvet(t, referenceDir, "./...")
	if r.code != exitClean {
		t.Errorf("exit code = %d, want 0\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("findings in the reference service:\n%s", r.stdout)
	}
}

// envName matches environment variable names, which messages may quote.
var envName = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)

// markedSecrets returns the string literals on lines marked
// "finding: hardcodedsecret", which are the example's secrets.
func markedSecrets(t *testing.T, files []moduleFile) []string {
	var secrets []string
	for _, mf := range files {
		lines := make(map[int]bool)
		for _, m := range markers(t, []moduleFile{mf}) {
			if m.analyzer == "hardcodedsecret" {
				lines[m.line] = true
			}
		}
		ast.Inspect(mf.file, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || !lines[mf.fset.Position(lit.Pos()).Line] {
				return true
			}
			value, err := strconv.Unquote(lit.Value)
			if err == nil && len(value) > 4 && !envName.MatchString(value) {
				secrets = append(secrets, value)
			}
			return true
		})
	}
	return secrets
}

func TestVulnerableExampleOutputsHideSecrets(t *testing.T) {
	secrets := markedSecrets(t, parseModule(t, vulnerableDir))
	if len(secrets) == 0 {
		t.Skip("no string literal on a line marked finding: hardcodedsecret yet")
	}

	outputs := make(map[string]string)
	for _, format := range []string{"text", "json", "sarif", "github"} {
		r := runOnVulnerable(t, "-format="+format, "./...")
		outputs["-format="+format] = r.stdout + r.stderr
	}
	baselineFile := filepath.Join(t.TempDir(), "baseline.json")
	r := execSecvet(t, vulnerableDir, "-write-baseline="+baselineFile, "./...")
	data, err := os.ReadFile(baselineFile)
	if err != nil {
		t.Fatalf("-write-baseline wrote no file: %v; stderr:\n%s", err, r.stderr)
	}
	outputs["-write-baseline"] = string(data) + r.stdout + r.stderr

	for name, out := range outputs {
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s output contains the whole secret %.4s... (%d characters)", name, s, len(s))
			}
		}
	}
}

func TestBinaryOutputIsDeterministic(t *testing.T) {
	// Each run analyzes the example's dependencies from source, so this
	// compares one format; TestOutputIsDeterministic covers every format
	// on a small module.
	first := runOnVulnerable(t, "-format=sarif", "./...")
	again := runOnVulnerable(t, "-format=sarif", "-p=1", "./...")
	if first.stdout != again.stdout {
		t.Errorf("SARIF output with -p=1 differs from the default -p:\n%s\nthen:\n%s", first.stdout, again.stdout)
	}
}

func TestBinaryUsageErrorExitsTwo(t *testing.T) {
	r := execSecvet(t, t.TempDir(), "-format=xml", "./...")
	if r.code != exitUsage {
		t.Errorf("exit code = %d, want %d; stderr:\n%s", r.code, exitUsage, r.stderr)
	}
}

func TestGoVetRunsSecvetAsVettool(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":         "module example.com/fake\n\ngo 1.26.8\n",
		"clean/clean.go": "package clean\n\n// Add returns a + b.\nfunc Add(a, b int) int { return a + b }\n",
	})
	cmd := exec.Command("go", "vet", "-vettool="+secvetBinary, "./...")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet -vettool=secvet failed on a clean module: %v\n%s", err, out)
	}
}

// vetPosition matches a go vet diagnostic line, "file:line:col: message".
var vetPosition = regexp.MustCompile(`(?m)^(?:\./)?([^\s:#][^:]*\.go):(\d+):\d+: `)

func TestGoVetReportsTheMarkedLines(t *testing.T) {
	if testing.Short() {
		t.Skip("go vet analyzes every dependency of the example; skipped with -short")
	}
	expected, _ := inSuite(markers(t, parseModule(t, vulnerableDir)))

	cmd := exec.Command("go", "vet", "-vettool="+secvetBinary, "./...")
	cmd.Dir = vulnerableDir
	out, err := cmd.CombinedOutput()
	if len(expected) == 0 {
		if err != nil {
			t.Fatalf("go vet failed without expected findings: %v\n%s", err, out)
		}
		return
	}
	if err == nil {
		t.Fatalf("go vet succeeded, want it to report %d findings:\n%s", len(expected), out)
	}

	// go vet's text output has no analyzer names, so compare lines.
	want := make(map[string]bool)
	for _, e := range expected {
		want[fmt.Sprintf("%s:%d", e.file, e.line)] = true
	}
	got := make(map[string]bool)
	for _, m := range vetPosition.FindAllStringSubmatch(string(out), -1) {
		got[filepath.ToSlash(m[1])+":"+m[2]] = true
	}
	for line := range want {
		if !got[line] {
			t.Errorf("go vet did not report the marked line %s", line)
		}
	}
	for line := range got {
		if !want[line] {
			t.Errorf("go vet reported the unmarked line %s", line)
		}
	}
	if t.Failed() {
		t.Logf("go vet output:\n%s", out)
	}
}
