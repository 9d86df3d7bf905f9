package stress

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce   sync.Once
	secvetPath  string
	secvetError error
)

// secvetBinary builds cmd/secvet once per test run and returns its path.
func secvetBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "secvet-stress-")
		if err != nil {
			secvetError = err
			return
		}
		secvetPath = filepath.Join(dir, "secvet")
		out, err := exec.Command("go", "build", "-o", secvetPath, "github.com/secvet/secvet/cmd/secvet").CombinedOutput()
		if err != nil {
			secvetError = errors.New("building secvet failed: " + err.Error() + "\n" + string(out))
		}
	})
	if secvetError != nil {
		t.Fatal(secvetError)
	}
	return secvetPath
}

// driverRun is the outcome of one run of the secvet binary.
type driverRun struct {
	stdout, stderr string
	code           int
}

// runDriver runs the secvet binary in dir with args and the extra
// environment variables env.
func runDriver(t *testing.T, dir string, env []string, args ...string) driverRun {
	t.Helper()
	cmd := exec.Command(secvetBinary(t), args...)
	cmd.Dir = dir
	cmd.Env = append(corpusEnv(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatalf("running secvet failed: %v", err)
	}
	return driverRun{stdout.String(), stderr.String(), code}
}

// TestDriverOnCorpusIsDeterministic runs the secvet binary over the stress
// corpus in each output format with one and two threads and with
// GOMAXPROCS=1, and requires byte-identical output, exit code 3 (findings)
// and no analyzer failure. It also requires that no output, and no
// baseline file, contains the huge secret.
func TestDriverOnCorpusIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs secvet over the stress corpus 10 times")
	}
	dir := writeCorpus(t)
	secret := HugeSecret()[:5]

	type variant struct {
		name string
		env  []string
		args []string
	}
	sequential := variant{"-p=1", nil, []string{"-p=1"}}
	parallel := variant{"-p=2", nil, []string{"-p=2"}}
	oneProc := variant{"GOMAXPROCS=1 -p=0", []string{"GOMAXPROCS=1"}, []string{"-p=0"}}
	runs := map[string][]variant{
		"text":  {sequential, parallel, oneProc},
		"json":  {sequential, parallel},
		"sarif": {sequential, parallel, oneProc},
	}
	for _, format := range []string{"text", "json", "sarif"} {
		var first driverRun
		for i, v := range runs[format] {
			start := time.Now()
			args := append([]string{"-format=" + format}, v.args...)
			r := runDriver(t, dir, v.env, append(args, "./...")...)
			t.Logf("-format=%s %s: %v", format, v.name, time.Since(start).Round(time.Millisecond))

			if r.code != 3 {
				t.Errorf("-format=%s %s: exit code = %d, want 3; stderr:\n%s", format, v.name, r.code, r.stderr)
			}
			if strings.Contains(r.stderr, "failed") || strings.Contains(r.stderr, "panicked") {
				t.Errorf("-format=%s %s: stderr reports a failure:\n%s", format, v.name, r.stderr)
			}
			if strings.Contains(r.stdout, secret) || strings.Contains(r.stderr, secret) {
				t.Errorf("-format=%s %s: output contains more than 4 characters of the secret", format, v.name)
			}
			if i == 0 {
				first = r
				continue
			}
			if r.stdout != first.stdout {
				t.Errorf("-format=%s: output of %s differs from -p=1:\n%s", format, v.name, firstDifference(first.stdout, r.stdout))
			}
		}
	}

	baselineFile := filepath.Join(t.TempDir(), "baseline.json")
	r := runDriver(t, dir, nil, "-write-baseline="+baselineFile, "./...")
	if r.code != 0 {
		t.Errorf("-write-baseline: exit code = %d, want 0; stderr:\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(baselineFile)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte(secret)) {
		t.Errorf("the baseline contains more than 4 characters of the secret")
	}
	r = runDriver(t, dir, nil, "-baseline="+baselineFile, "./...")
	if r.code != 0 || r.stdout != "" {
		t.Errorf("-baseline with the baseline just written: exit code = %d, want 0, stdout:\n%s", r.code, r.stdout)
	}
}

// firstDifference returns the first line where a and b differ, with its
// number.
func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "line " + strconv.Itoa(i+1) + ":\n" + x + "\nthen:\n" + y
		}
	}
	return "(no line differs)"
}

// TestDriverReportsSyntaxAndTypeErrors runs secvet on a module with a
// package that does not parse, one that does not type-check and one with
// a finding. It requires exit code 1, each broken package named on stderr,
// and the good package's finding on stdout.
func TestDriverReportsSyntaxAndTypeErrors(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":                 "module example.com/broken\n\ngo 1.26\n",
		"syntaxerr/syntaxerr.go": "package syntaxerr\n\nfunc Broken( {\n",
		"typeerr/typeerr.go":     "package typeerr\n\nfunc Broken() int { return undefinedName }\n",
		"good/good.go": `package good

import "database/sql"

func Find(db *sql.DB, name string) {
	db.Query("SELECT * FROM users WHERE name = '" + name + "'")
}
`,
	}
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	for _, format := range []string{"text", "json", "sarif"} {
		r := runDriver(t, dir, nil, "-format="+format, "./...")
		if r.code != 1 {
			t.Errorf("-format=%s: exit code = %d, want 1; stderr:\n%s", format, r.code, r.stderr)
		}
		for _, want := range []string{
			`secvet: cannot analyze package example.com/broken/syntaxerr: syntaxerr/syntaxerr.go:3:\d+: `,
			`secvet: cannot analyze package example.com/broken/typeerr: typeerr/typeerr.go:3:\d+: undefined: undefinedName`,
		} {
			if !regexp.MustCompile(want).MatchString(r.stderr) {
				t.Errorf("-format=%s: stderr does not match %q:\n%s", format, want, r.stderr)
			}
		}
		if !strings.Contains(r.stdout, "good/good.go") || !strings.Contains(r.stdout, `parameter \"name\"`) && !strings.Contains(r.stdout, `parameter "name"`) {
			t.Errorf("-format=%s: the good package's finding is missing:\n%s", format, r.stdout)
		}
	}
}
