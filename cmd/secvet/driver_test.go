package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/suite"
)

// fakeSecretValue is the whole secret of the fake module; no output may
// contain it.
const fakeSecretValue = "sk_live_0123456789abcdef"

// fakeModule is a small module whose packages exercise the driver.
var fakeModule = map[string]string{
	"go.mod": "module example.com/fake\n\ngo 1.26.8\n",
	"a/a.go": `package a

import "os"

func unsafeQuery(q string) {}

// Home is read from the environment, as secrets should be.
var Home = os.Getenv("HOME")

func Lookup(name string) {
	unsafeQuery("SELECT " + name)
	token := "` + fakeSecretValue + `"
	_ = token
}
`,
	"a/a_test.go": `package a

import "testing"

func TestLookup(t *testing.T) {
	unsafeQuery("SELECT 1")
}
`,
	"b/b.go": `package b

func unsafeQuery(q string) {}

func Count() {
	unsafeQuery("SELECT count(*) FROM users") //nolint:fakecall // reviewed: constant query
}
`,
	"clean/clean.go": `package clean

// Add returns a + b.
func Add(a, b int) int { return a + b }
`,
	"bad/bad.go": `package bad

func Broken() int { return missing }
`,
	"boom/boom.go": `package boom

func unsafeQuery(q string) {}

func Run() { unsafeQuery("x") }
`,
}

// writeModule writes files into a new temporary directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runResult is the outcome of one in-process secvet run.
type runResult struct {
	stdout, stderr string
	code           int
}

// runSecvet runs the driver in dir with the analyzers that newAnalyzers
// builds.
func runSecvet(t *testing.T, dir string, newAnalyzers func(suite.Options) []*analysis.Analyzer, args ...string) runResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	d := &driver{stdout: &stdout, stderr: &stderr, dir: dir, newAnalyzers: newAnalyzers}
	code := d.run(args)
	return runResult{stdout.String(), stderr.String(), code}
}

func defaultFakes() func(suite.Options) []*analysis.Analyzer {
	return fakeSuite(newFakeCall, newFakeSecret, newFakePanic)
}

func TestExitCodeZeroOnCleanPackage(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "./clean")
	if r.code != exitClean {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitClean, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout = %q, want empty", r.stdout)
	}
}

func TestExitCodeThreeOnFindings(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "./a")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}
}

func TestSuppressedFindingsDoNotCount(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "./b")
	if r.code != exitClean {
		t.Fatalf("exit code = %d, want %d; stdout:\n%s", r.code, exitClean, r.stdout)
	}
	if r.stdout != "" {
		t.Errorf("stdout = %q, want empty: the only finding is suppressed", r.stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := writeModule(t, fakeModule)
	tests := []struct {
		name string
		args []string
		want []string // substrings of the one-line error
	}{
		{"unknown flag", []string{"-nosuchflag", "./a"}, []string{"-nosuchflag", "fakecall, fakesecret, fakepanic"}},
		{"unknown analyzer", []string{"-rawsqlx", "./a"}, []string{"-rawsqlx", "analyzers: fakecall"}},
		{"unknown format", []string{"-format=xml", "./a"}, []string{"-format", "text, json, sarif, github"}},
		{"malformed bool", []string{"-test=maybe", "./a"}, []string{"-test", "true and false"}},
		{"malformed analyzer selection", []string{"-fakecall=maybe", "./a"}, []string{"-fakecall", "true and false"}},
		{"malformed analyzer flag", []string{"-fakecall.max=many", "./a"}, []string{"-fakecall.max", `"many"`}},
		{"negative parallelism", []string{"-p=-1", "./a"}, []string{"-p", "accepted values"}},
		{"json and sarif", []string{"-json", "-format=sarif", "./a"}, []string{"-json", "-format=sarif"}},
		{"both baselines", []string{"-baseline=x", "-write-baseline=y", "./a"}, []string{"-baseline", "-write-baseline"}},
		{"no packages", nil, []string{"no packages"}},
		{"flag after patterns", []string{"./a", "-json"}, []string{"-json", "before the patterns"}},
		{"help for unknown analyzer", []string{"help", "nosuch"}, []string{`"nosuch"`, "fakecall"}},
		{"help with an extra argument", []string{"help", "fakecall", "extra"}, []string{`"extra"`, "fakecall"}},
		{"pattern matching nothing", []string{"./nosuchdir/..."}, []string{"no packages match ./nosuchdir/..."}},
		{"malformed parallelism", []string{"-p=abc", "./a"}, []string{`invalid value "abc" for flag -p: accepted values are 0 or a positive number`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runSecvet(t, dir, defaultFakes(), tt.args...)
			if r.code != exitUsage {
				t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitUsage, r.stderr)
			}
			if n := strings.Count(r.stderr, "\n"); n != 1 {
				t.Errorf("stderr has %d lines, want 1:\n%s", n, r.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr = %q, want it to contain %q", r.stderr, w)
				}
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want empty", r.stdout)
			}
		})
	}
}

func TestHelpFlagDocumentsExitCodes(t *testing.T) {
	r := runSecvet(t, t.TempDir(), defaultFakes(), "-h")
	if r.code != exitClean {
		t.Fatalf("exit code = %d, want 0", r.code)
	}
	for _, want := range []string{
		"Exit status:",
		"0  no findings",
		"1  analysis failed",
		"2  usage error",
		"3  findings reported",
		"-format format",
		"-baseline file",
		"-write-baseline file",
		"-fix",
		"Analyzers: fakecall, fakesecret, fakepanic",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("secvet -h output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "-fakecall.max") {
		t.Errorf("secvet -h lists analyzer flags; they belong to secvet help NAME:\n%s", r.stdout)
	}
}

func TestHelpListsAnalyzers(t *testing.T) {
	r := runSecvet(t, t.TempDir(), defaultFakes(), "help")
	if r.code != exitClean {
		t.Fatalf("exit code = %d, want 0; stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"fakecall    report calls to a named function", "fakesecret  report fake hardcoded secrets"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("secvet help output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestHelpNamePrintsDocAndFlags(t *testing.T) {
	r := runSecvet(t, t.TempDir(), defaultFakes(), "help", "fakecall")
	if r.code != exitClean {
		t.Fatalf("exit code = %d, want 0; stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{
		"fakecall: report calls to a named function",
		"reports every call to the function named by -func",
		"https://example.com/docs/fakecall.md",
		"-fakecall.func string",
		"-fakecall.max int",
		"(default unsafeQuery)",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("secvet help fakecall output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestHelpNamePrintsDocsPage(t *testing.T) {
	for _, a := range suite.Analyzers() {
		page, err := os.ReadFile(filepath.Join("..", "..", "docs", a.Name+".md"))
		if err != nil {
			t.Errorf("docs/%s.md: %v", a.Name, err)
			continue
		}
		r := runSecvet(t, t.TempDir(), suite.New, "help", a.Name)
		if r.code != exitClean {
			t.Fatalf("secvet help %s: exit code = %d, want 0; stderr:\n%s", a.Name, r.code, r.stderr)
		}
		if !strings.HasPrefix(r.stdout, strings.TrimSpace(string(page))) {
			t.Errorf("secvet help %s does not start with docs/%s.md; got:\n%.300s", a.Name, a.Name, r.stdout)
		}
		if !strings.Contains(r.stdout, "-"+a.Name+".nolint-reason") {
			t.Errorf("secvet help %s does not list the analyzer's flags", a.Name)
		}
	}
}

func TestTextFormat(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "./a")
	want := "a/a.go:11:2: call of unsafeQuery; use the ORM instead (fakecall)\n" +
		"\ta/a.go:11:2: function named here\n" +
		"a/a.go:12:11: string literal sk_l... (24 characters) is a hardcoded secret; read it from the environment (fakesecret)\n" +
		"a/a_test.go:6:2: call of unsafeQuery; use the ORM instead (fakecall)\n" +
		"\ta/a_test.go:6:2: function named here\n"
	if r.stdout != want {
		t.Errorf("text output:\n%s\nwant:\n%s", r.stdout, want)
	}
}

func TestChdirFlagRunsInDirectory(t *testing.T) {
	dir := writeModule(t, fakeModule)
	parent := filepath.Dir(dir)
	r := runSecvet(t, parent, defaultFakes(), "-C", filepath.Base(dir), "-test=false", "./a")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "a/a.go:11:2: ") {
		t.Errorf("text output:\n%s\nwant paths relative to the -C directory, starting with a/a.go:11:2", r.stdout)
	}
}

func TestChdirFlagRejectsMissingDirectory(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "-C", "nowhere", "./...")
	if r.code != exitUsage {
		t.Fatalf("exit code = %d, want %d", r.code, exitUsage)
	}
	if !strings.Contains(r.stderr, `flag -C`) {
		t.Errorf("stderr = %q, want it to name flag -C", r.stderr)
	}
}

func TestLineDirectiveWithoutFileKeepsRealFile(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/linedir\n\ngo 1.26\n",
		"l/l.go": "package l\n\nfunc Token() string {\n//line :40\n\treturn \"" + fakeSecretValue + "\"\n}\n",
	})
	r := runSecvet(t, dir, defaultFakes(), "-fakecall=false", "./l")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "l/l.go:5:") {
		t.Errorf("text output = %q, want the finding at l/l.go:5, the file's own position", r.stdout)
	}
}

func TestTestFlagFalseSkipsTestFiles(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "-test=false", "./a")
	if strings.Contains(r.stdout, "a_test.go") {
		t.Errorf("-test=false reported a test file:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "a/a.go:11:2") {
		t.Errorf("-test=false lost the finding in a.go:\n%s", r.stdout)
	}
}

func TestAnalyzerSelection(t *testing.T) {
	dir := writeModule(t, fakeModule)

	only := runSecvet(t, dir, defaultFakes(), "-fakesecret", "./a")
	if strings.Contains(only.stdout, "(fakecall)") || !strings.Contains(only.stdout, "(fakesecret)") {
		t.Errorf("-fakesecret should run only fakesecret:\n%s", only.stdout)
	}

	except := runSecvet(t, dir, defaultFakes(), "-fakesecret=false", "./a")
	if strings.Contains(except.stdout, "(fakesecret)") || !strings.Contains(except.stdout, "(fakecall)") {
		t.Errorf("-fakesecret=false should run every analyzer but fakesecret:\n%s", except.stdout)
	}
}

func TestAnalyzerFlagIsApplied(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "-fakecall.func=Getenv", "-fakesecret=false", "./a")
	if r.code != exitClean {
		t.Errorf("exit code = %d, want 0 (os.Getenv is a selector call, not a call of an identifier named Getenv); stdout:\n%s", r.code, r.stdout)
	}
	r = runSecvet(t, dir, defaultFakes(), "-fakecall.max=0", "-fakesecret=false", "./a")
	if r.code != exitClean {
		t.Errorf("-fakecall.max=0: exit code = %d, want 0; stdout:\n%s", r.code, r.stdout)
	}
}

func TestJSONFormatHasMulticheckerShape(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "-json", "./a")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}

	var tree map[string]map[string][]struct {
		Posn           string `json:"posn"`
		End            string `json:"end"`
		Message        string `json:"message"`
		Category       string `json:"category"`
		SuggestedFixes []struct {
			Message string `json:"message"`
			Edits   []struct {
				Filename string `json:"filename"`
				Start    int    `json:"start"`
				End      int    `json:"end"`
				New      string `json:"new"`
			} `json:"edits"`
		} `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
		t.Fatalf("output is not multichecker's JSON shape: %v\n%s", err, r.stdout)
	}
	secrets := tree["example.com/fake/a"]["fakesecret"]
	if len(secrets) != 1 {
		t.Fatalf(`tree["example.com/fake/a"]["fakesecret"] has %d diagnostics, want 1:\n%s`, len(secrets), r.stdout)
	}
	d := secrets[0]
	wantPosn := filepath.Join(dir, "a", "a.go") + ":12:11"
	if d.Posn != wantPosn {
		t.Errorf("posn = %q, want %q", d.Posn, wantPosn)
	}
	if d.Category != "literal" {
		t.Errorf("category = %q, want literal", d.Category)
	}
	if len(d.SuggestedFixes) != 1 || len(d.SuggestedFixes[0].Edits) != 1 || d.SuggestedFixes[0].Edits[0].New != `os.Getenv("SECRET")` {
		t.Errorf("suggested_fixes = %+v, want one edit to os.Getenv", d.SuggestedFixes)
	}

	// The test variant shares a.go, so it lists its diagnostics too, as
	// go vet -json does.
	if calls := tree["example.com/fake/a [example.com/fake/a.test]"]["fakecall"]; len(calls) != 2 {
		t.Errorf("test variant has %d fakecall diagnostics, want 2:\n%s", len(calls), r.stdout)
	}
}

func TestJSONFormatOfCleanPackageIsEmptyObject(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "-format=json", "./clean")
	if r.stdout != "{}\n" || r.code != exitClean {
		t.Errorf("got stdout %q and exit code %d, want \"{}\\n\" and 0", r.stdout, r.code)
	}
}

func TestGitHubFormat(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "-format=github", "-test=false", "./a")
	want := "::error file=a/a.go,line=11,col=2,endLine=11,endColumn=31,title=secvet/fakecall::call of unsafeQuery; use the ORM instead\n" +
		"::error file=a/a.go,line=12,col=11,endLine=12,endColumn=37,title=secvet/fakesecret::string literal sk_l... (24 characters) is a hardcoded secret; read it from the environment\n"
	if r.stdout != want {
		t.Errorf("github output:\n%s\nwant:\n%s", r.stdout, want)
	}
}

func TestSARIFFormat(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "-format=sarif", "./a", "./b")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}

	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID      string `json:"id"`
						HelpURI string `json:"helpUri"`
						Help    struct {
							Text string `json:"text"`
						} `json:"help"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
			} `json:"invocations"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				RelatedLocations []struct {
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
				} `json:"relatedLocations"`
				Suppressions []struct {
					Kind          string `json:"kind"`
					Justification string `json:"justification"`
				} `json:"suppressions"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatalf("SARIF output is not JSON: %v\n%s", err, r.stdout)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q with %d runs, want 2.1.0 with 1", log.Version, len(log.Runs))
	}
	run := log.Runs[0]

	var ruleIDs []string
	for _, rule := range run.Tool.Driver.Rules {
		ruleIDs = append(ruleIDs, rule.ID)
	}
	if got, want := strings.Join(ruleIDs, " "), "fakecall/call fakesecret/literal"; got != want {
		t.Errorf("rule ids = %q, want %q", got, want)
	}
	if rule := run.Tool.Driver.Rules[0]; rule.HelpURI != "https://example.com/docs/fakecall.md" || !strings.Contains(rule.Help.Text, "reports every call") {
		t.Errorf("rule fakecall/call has helpUri %q and help %q, want the analyzer's URL and Doc", rule.HelpURI, rule.Help.Text)
	}
	if !run.Invocations[0].ExecutionSuccessful {
		t.Error("executionSuccessful = false, want true")
	}

	var suppressed int
	for _, res := range run.Results {
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result with ruleId %s has ruleIndex %d, which is rule %s", res.RuleID, res.RuleIndex, run.Tool.Driver.Rules[res.RuleIndex].ID)
		}
		loc := res.Locations[0].PhysicalLocation
		if strings.HasPrefix(loc.ArtifactLocation.URI, "/") || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("location %+v is not relative to %%SRCROOT%%", loc.ArtifactLocation)
		}
		for _, rel := range res.RelatedLocations {
			if strings.HasPrefix(rel.Message.Text, suppressedPrefix) {
				t.Errorf("related location %q should have been turned into a suppression", rel.Message.Text)
			}
		}
		if len(res.Suppressions) > 0 {
			suppressed++
			if loc.ArtifactLocation.URI != "b/b.go" {
				t.Errorf("suppressed result in %s, want b/b.go", loc.ArtifactLocation.URI)
			}
			s := res.Suppressions[0]
			if s.Kind != "inSource" || s.Justification != "reviewed: constant query" {
				t.Errorf("suppression = %+v, want inSource with the directive's reason", s)
			}
		}
	}
	if suppressed != 1 {
		t.Errorf("%d suppressed results, want 1", suppressed)
	}
	if len(run.Results) != 4 {
		t.Errorf("%d results, want 4 (3 in a, 1 suppressed in b)", len(run.Results))
	}
}

func TestSARIFColumnsCountUTF16Units(t *testing.T) {
	files := map[string]string{
		"go.mod": "module example.com/fake\n\ngo 1.26.8\n",
		"u/u.go": "package u\n\nfunc unsafeQuery(q string) {}\n\nvar _ = func() int { /* é𝄞 */ unsafeQuery(\"x\"); return 0 }\n",
	}
	dir := writeModule(t, files)
	r := runSecvet(t, dir, defaultFakes(), "-format=sarif", "./u")
	// The call starts at byte column 35: "é" is 2 bytes and 1 UTF-16
	// unit, "𝄞" is 4 bytes and 2 units, so the SARIF column is 32.
	if !strings.Contains(r.stdout, `"startColumn": 32`) {
		t.Errorf("SARIF output lacks startColumn 32:\n%s", r.stdout)
	}
	text := runSecvet(t, dir, defaultFakes(), "./u")
	if !strings.Contains(text.stdout, "u/u.go:5:35:") {
		t.Errorf("text output should keep the byte column 35:\n%s", text.stdout)
	}
}

func TestLoadErrorNamesPackageAndKeepsOthers(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "./bad", "./a")
	if r.code != exitFailure {
		t.Fatalf("exit code = %d, want %d (a package did not type-check); stderr:\n%s", r.code, exitFailure, r.stderr)
	}
	if !regexp.MustCompile(`secvet: cannot analyze package example.com/fake/bad: bad/bad.go:3:\d+: undefined: missing`).MatchString(r.stderr) {
		t.Errorf("stderr does not name the package and its error:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "a/a.go:11:2") {
		t.Errorf("the package that loaded was not analyzed; stdout:\n%s", r.stdout)
	}
	if strings.Contains(strings.ToLower(r.stdout+r.stderr), "no findings") {
		t.Errorf("output claims no findings for code that did not load")
	}
}

func TestLoadErrorBesideCleanPackageStillFails(t *testing.T) {
	dir := writeModule(t, fakeModule)
	for _, format := range []string{"text", "json", "sarif", "github"} {
		r := runSecvet(t, dir, defaultFakes(), "-format="+format, "./bad", "./clean")
		if r.code != exitFailure {
			t.Errorf("-format=%s: exit code = %d, want %d; stderr:\n%s", format, r.code, exitFailure, r.stderr)
		}
		if !strings.Contains(r.stderr, "example.com/fake/bad") {
			t.Errorf("-format=%s: stderr does not name the package:\n%s", format, r.stderr)
		}
		if format == "sarif" && !strings.Contains(r.stdout, `"executionSuccessful": false`) {
			t.Errorf("SARIF does not mark the invocation unsuccessful:\n%s", r.stdout)
		}
	}
}

func TestLoadErrorWithoutAnalyzersFails(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, fakeSuite(), "./bad")
	if r.code != exitFailure {
		t.Errorf("exit code = %d, want %d; stderr:\n%s", r.code, exitFailure, r.stderr)
	}
}

func TestAnalyzerPanicFailsOnlyItsPackage(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "./boom", "./a")
	if r.code != exitFailure {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFailure, r.stderr)
	}
	if !strings.Contains(r.stderr, "secvet: analyzer fakepanic failed on package example.com/fake/boom: analyzer panicked: fake analyzer bug") {
		t.Errorf("stderr does not report the panic as the package's failure:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "boom/boom.go:5:14: call of unsafeQuery") {
		t.Errorf("other analyzers on the panicking package were not reported:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "a/a.go:11:2") {
		t.Errorf("other packages were not analyzed:\n%s", r.stdout)
	}
}

func TestOutputIsDeterministic(t *testing.T) {
	dir := writeModule(t, fakeModule)
	for _, format := range []string{"text", "json", "sarif", "github"} {
		first := runSecvet(t, dir, defaultFakes(), "-format="+format, "-p=1", "./a", "./b", "./boom")
		for _, p := range []string{"-p=1", "-p=2", "-p=8"} {
			for range 3 {
				again := runSecvet(t, dir, defaultFakes(), "-format="+format, p, "./a", "./b", "./boom")
				if again.stdout != first.stdout {
					t.Fatalf("-format=%s %s: output differs between runs:\n%s\nthen:\n%s", format, p, first.stdout, again.stdout)
				}
			}
		}
	}
}

func TestNoOutputContainsTheSecret(t *testing.T) {
	dir := writeModule(t, fakeModule)
	for _, format := range []string{"text", "json", "sarif", "github"} {
		r := runSecvet(t, dir, defaultFakes(), "-format="+format, "./...")
		if strings.Contains(r.stdout+r.stderr, fakeSecretValue) {
			t.Errorf("-format=%s output contains the whole secret", format)
		}
	}
	baselineFile := filepath.Join(t.TempDir(), "baseline.json")
	runSecvet(t, dir, defaultFakes(), "-write-baseline="+baselineFile, "./a")
	data, err := os.ReadFile(baselineFile)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte(fakeSecretValue)) {
		t.Errorf("baseline contains the whole secret:\n%s", data)
	}
}

func TestBaselineReportsOnlyNewFindings(t *testing.T) {
	dir := writeModule(t, fakeModule)
	baselineFile := filepath.Join(t.TempDir(), "baseline.json")

	w := runSecvet(t, dir, defaultFakes(), "-write-baseline="+baselineFile, "./a")
	if w.code != exitClean {
		t.Fatalf("-write-baseline: exit code = %d, want 0; stderr:\n%s", w.code, w.stderr)
	}
	if w.stdout != "" {
		t.Errorf("-write-baseline printed findings:\n%s", w.stdout)
	}
	data, err := os.ReadFile(baselineFile)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte(`unsafeQuery("SELECT "`)) {
		t.Errorf("baseline contains source text:\n%s", data)
	}

	same := runSecvet(t, dir, defaultFakes(), "-baseline="+baselineFile, "./a")
	if same.code != exitClean || same.stdout != "" {
		t.Fatalf("unchanged code: exit code %d with output %q, want 0 and none", same.code, same.stdout)
	}

	// Lines added above the findings move them but keep them matched; a
	// second call is new.
	path := filepath.Join(dir, "a", "a.go")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	shifted := strings.Replace(string(src), "func Lookup(name string) {\n", "// Lookup runs a query.\n//\n// It is unsafe.\nfunc Lookup(name string) {\n\tunsafeQuery(\"DELETE FROM \" + name)\n", 1)
	if err := os.WriteFile(path, []byte(shifted), 0o644); err != nil {
		t.Fatal(err)
	}
	changed := runSecvet(t, dir, defaultFakes(), "-baseline="+baselineFile, "./a")
	if changed.code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", changed.code, exitFindings, changed.stderr)
	}
	want := "a/a.go:14:2: call of unsafeQuery; use the ORM instead (fakecall)\n\ta/a.go:14:2: function named here\n"
	if changed.stdout != want {
		t.Errorf("baseline output:\n%s\nwant only the new finding:\n%s", changed.stdout, want)
	}
}

func TestBaselineThatCannotBeReadFails(t *testing.T) {
	dir := writeModule(t, fakeModule)
	bad := filepath.Join(t.TempDir(), "baseline.json")
	if err := os.WriteFile(bad, []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{bad, filepath.Join(t.TempDir(), "missing.json")} {
		r := runSecvet(t, dir, defaultFakes(), "-baseline="+file, "./a")
		if r.code != exitFailure {
			t.Errorf("-baseline=%s: exit code = %d, want %d", file, r.code, exitFailure)
		}
		if !strings.Contains(r.stderr, "baseline "+file) {
			t.Errorf("-baseline=%s: stderr does not name the baseline:\n%s", file, r.stderr)
		}
	}
}

func TestFixAppliesSuggestedFixes(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "-fix", "-fakecall=false", "./a")
	if r.code != exitClean {
		t.Fatalf("exit code = %d, want 0 (every finding fixed); stdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "a", "a.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), `token := os.Getenv("SECRET")`) || strings.Contains(string(got), fakeSecretValue) {
		t.Errorf("a.go after -fix:\n%s", got)
	}
	if !strings.Contains(r.stderr, "fixed 1 finding in 1 file") {
		t.Errorf("stderr = %q, want a summary of the fixes", r.stderr)
	}
}

func TestFixLeavesCgoGeneratedFilesAlone(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("cgo needs gcc")
	}
	t.Setenv("CGO_ENABLED", "1")
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/cgofix\n\ngo 1.26\n",
		"c/c.go": `package c

import "C"

import "os"

var Home = os.Getenv("HOME")

func Token() string {
	token := "` + fakeSecretValue + `"
	return token
}
`,
	})
	r := runSecvet(t, dir, defaultFakes(), "-fix", "-fakecall=false", "./c")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d: the finding stays; stderr:\n%s", r.code, exitFindings, r.stderr)
	}
	if !strings.Contains(r.stderr, "not a source file of the package") {
		t.Errorf("stderr = %q, want a note that the fix was skipped", r.stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "c", "c.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), fakeSecretValue) {
		t.Errorf("c.go changed although its fix was skipped:\n%s", got)
	}
}

func TestFixSkipsOverlappingFixes(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, fakeSuite(newFakeSecret, newFakeOverlap), "-fix", "./a")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d (the skipped fix leaves a finding); stderr:\n%s", r.code, exitFindings, r.stderr)
	}
	if !strings.Contains(r.stderr, "overlaps another fix") {
		t.Errorf("stderr does not mention the skipped fix:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout, "(fakesecret)") {
		t.Errorf("the finding whose fix was skipped is not reported:\n%s", r.stdout)
	}
	got, err := os.ReadFile(filepath.Join(dir, "a", "a.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), `token := ""`) {
		t.Errorf("the first fix was not applied:\n%s", got)
	}
}

func TestFixRefusesFileChangedSinceLoad(t *testing.T) {
	files := map[string]string{
		"go.mod":           "module example.com/fake\n\ngo 1.26.8\n",
		"mutate/mutate.go": "package mutate\n",
	}
	dir := writeModule(t, files)
	r := runSecvet(t, dir, fakeSuite(newFakeMutate), "-fix", "./mutate")
	if r.code != exitFailure {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFailure, r.stderr)
	}
	if !strings.Contains(r.stderr, "not fixing mutate/mutate.go: it changed since secvet loaded it") {
		t.Errorf("stderr does not explain the refusal:\n%s", r.stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "mutate", "mutate.go"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "package mutate\n\n// edited during the run\n"; string(got) != want {
		t.Errorf("mutate.go = %q, want the concurrent edit kept and no fix applied: %q", got, want)
	}
}

func TestVetToolProtocolIsRecognized(t *testing.T) {
	tests := []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"-fakecall.max=3", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-json", "./..."}, false},
		{[]string{"a.cfg", "./..."}, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := invokedByGoCommand(tt.args); got != tt.want {
			t.Errorf("invokedByGoCommand(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}
