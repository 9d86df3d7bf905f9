package stress

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// corpusEnv is the environment of go commands run on the corpus: no
// network, no workspace and no GOFLAGS from the caller.
func corpusEnv() []string {
	return append(os.Environ(), "GOFLAGS=", "GOWORK=off", "GOPROXY=off", "GOTOOLCHAIN=local")
}

// cgoAvailable reports whether the go command builds cgo packages here.
func cgoAvailable(t *testing.T) bool {
	out, err := exec.Command("go", "env", "CGO_ENABLED", "CC").Output()
	if err != nil {
		t.Fatalf("go env failed: %v", err)
	}
	fields := strings.Fields(string(out))
	if len(fields) < 2 || fields[0] != "1" {
		return false
	}
	_, err = exec.LookPath(fields[1])
	return err == nil
}

// writeCorpus writes the stress corpus to a temporary directory, builds its
// vendor directory and returns the directory.
func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	cgo := cgoAvailable(t)
	if !cgo {
		t.Log("cgo is disabled or no C compiler is installed; the corpus has no cgo package")
	}
	if err := Write(dir, Options{Cgo: cgo}); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command("go", "mod", "vendor")
	cmd.Dir = dir
	cmd.Env = corpusEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go mod vendor failed: %v\n%s", err, out)
	}
	return dir
}

// loadCorpus loads every package of the corpus with its tests, with syntax
// for every dependency as facts require.
func loadCorpus(t *testing.T, dir string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Dir:   dir,
		Env:   corpusEnv(),
		Tests: true,
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatalf("loading the corpus failed: %v", err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("package %s did not load: %v", p.PkgPath, e)
		}
	})
	return pkgs
}

// markerPattern matches the marker comments of Write's files.
var markerPattern = regexp.MustCompile(`// (finding|gap): ([a-z, ]+)$`)

// markedLine is one analyzer expected (finding) or known to stay silent
// (gap) on a line.
type markedLine struct {
	File     string // slash-separated, relative to the corpus
	Line     int
	Analyzer string
}

func (m markedLine) String() string { return fmt.Sprintf("%s:%d (%s)", m.File, m.Line, m.Analyzer) }

// readMarkers returns the lines of the corpus's own files that carry a
// finding marker and those that carry a gap marker.
func readMarkers(t *testing.T, dir string) (findings, gaps map[markedLine]bool) {
	t.Helper()
	findings = make(map[markedLine]bool)
	gaps = make(map[markedLine]bool)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "vendor" || d.Name() == "stubs") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<30)
		for line := 1; sc.Scan(); line++ {
			m := markerPattern.FindStringSubmatch(sc.Text())
			if m == nil {
				continue
			}
			for _, name := range strings.Split(m[2], ",") {
				key := markedLine{filepath.ToSlash(rel), line, strings.TrimSpace(name)}
				if m[1] == "finding" {
					findings[key] = true
				} else {
					gaps[key] = true
				}
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return findings, gaps
}

// TestSuiteOnStressCorpus runs the suite over the generated corpus and
// requires no analyzer failure, a finding on every line marked with one,
// and no finding anywhere else.
func TestSuiteOnStressCorpus(t *testing.T) {
	start := time.Now()
	dir := writeCorpus(t)
	pkgs := loadCorpus(t, dir)
	t.Logf("wrote and loaded %d packages in %v", len(pkgs), time.Since(start).Round(time.Millisecond))

	start = time.Now()
	findings := runSuite(t, pkgs, &checker.Options{SanityCheck: true})
	t.Logf("analyzed in %v, %d findings", time.Since(start).Round(time.Millisecond), len(findings))

	if testing.Verbose() {
		for _, f := range findings {
			t.Logf("%s", strings.TrimPrefix(f.String(), dir+string(filepath.Separator)))
		}
	}

	expected, gaps := readMarkers(t, dir)
	got := make(map[markedLine]bool)
	for _, f := range findings {
		// Markers sit on the lines of the files as written, which
		// //line directives renumber. Files that cgo generates are
		// parsed from the build cache and mapped back by //line.
		file, line := f.RawFile, f.RawLine
		if !strings.HasPrefix(file, dir+string(filepath.Separator)) {
			file, line = f.File, f.Line
		}
		rel, err := filepath.Rel(dir, file)
		if err != nil {
			rel = file
		}
		key := markedLine{filepath.ToSlash(rel), line, f.Analyzer}
		got[key] = true
		switch {
		case gaps[key]:
			t.Errorf("%s: a known gap is now reported; change its marker to finding: %s", key, f.Message)
		case !expected[key]:
			t.Errorf("%s: unexpected finding: %s", key, f.Message)
		}
	}
	var missing []string
	for key := range expected {
		if !got[key] {
			missing = append(missing, key.String())
		}
	}
	slices.Sort(missing)
	for _, m := range missing {
		t.Errorf("%s: expected finding not reported", m)
	}

	secret := HugeSecret()
	for _, f := range findings {
		if strings.Contains(f.Message, secret[:5]) || len(f.Message) > 1000 {
			t.Errorf("%s: message shows more than 4 characters of the secret or is %d bytes long", f.Posn, len(f.Message))
		}
	}
}
