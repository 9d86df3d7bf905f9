// Package bench measures secvet's analyzers on generated service corpora.
//
//	go test ./bench -run TestCorpus        # findings count on 20 packages
//	go test ./bench -run XXX -bench 'Corpus20$' -benchtime 3x # time per analyzer
//
// The corpus is generated and tidied once per size under the user cache
// directory; `go mod tidy` needs the Go module proxy or a filled module
// cache.
package bench

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/packages"

	"github.com/secvet/secvet/analyzers/suite"
	"github.com/secvet/secvet/bench/corpus"
)

// corpusVersion names the generator's output format; bump it when the
// templates change so that cached corpora are written anew.
const corpusVersion = 1

var corpora sync.Map // size -> *loaded

type loaded struct {
	once sync.Once
	pkgs []*packages.Package
	err  error
}

// loadCorpus generates (once per machine) and loads (once per process) the
// corpus of n packages.
func loadCorpus(tb testing.TB, n int) []*packages.Package {
	tb.Helper()
	v, _ := corpora.LoadOrStore(n, new(loaded))
	l := v.(*loaded)
	l.once.Do(func() {
		dir, err := corpusDir(n)
		if err != nil {
			l.err = err
			return
		}
		cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: false}
		l.pkgs, l.err = packages.Load(cfg, "./...")
		if l.err == nil && packages.PrintErrors(l.pkgs) > 0 {
			l.err = fmt.Errorf("corpus of %d packages in %s does not load", n, dir)
		}
	})
	if l.err != nil {
		tb.Fatal(l.err)
	}
	return l.pkgs
}

func corpusDir(n int) (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "secvet-bench", fmt.Sprintf("v%d-n%d", corpusVersion, n))
	if _, err := os.Stat(filepath.Join(dir, "go.sum")); err == nil {
		return dir, nil
	}
	tmp := dir + ".tmp"
	os.RemoveAll(tmp)
	if err := corpus.Generate(tmp, n); err != nil {
		return "", err
	}
	tidy := exec.Command("go", "mod", "tidy")
	tidy.Dir = tmp
	if out, err := tidy.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go mod tidy in %s failed: %v\n%s", tmp, err, out)
	}
	os.RemoveAll(dir)
	return dir, os.Rename(tmp, dir)
}

// countFindings runs analyzers on pkgs and returns the number of findings
// of each analyzer in the corpus's own packages.
func countFindings(tb testing.TB, analyzers []*analysis.Analyzer, pkgs []*packages.Package) map[string]int {
	tb.Helper()
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	counts := make(map[string]int)
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			tb.Fatalf("%s failed on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
		counts[act.Analyzer.Name] += len(act.Diagnostics)
	}
	return counts
}

func TestCorpusFindingsMatchMistakes(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and loads a 20-package module")
	}
	const n = 20
	counts := countFindings(t, suite.Analyzers(), loadCorpus(t, n))

	names := make(map[string]bool)
	for _, a := range suite.Analyzers() {
		names[a.Name] = true
	}
	for _, name := range corpus.Analyzers {
		if !names[name] {
			t.Errorf("corpus has mistakes for %s, which the suite does not bundle", name)
			continue
		}
		if got, want := counts[name], corpus.Mistakes(n); got != want {
			t.Errorf("%s reported %d findings on the %d-package corpus, want %d", name, got, n, want)
		}
	}
	for name, got := range counts {
		if !contains(corpus.Analyzers, name) && got > 0 {
			t.Errorf("%s reported %d findings on a corpus with no mistakes for it", name, got)
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// noop builds SSA and nothing else: the cost of the driver that every
// analyzer pays.
var noop = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "build SSA and report nothing",
	Requires: []*analysis.Analyzer{buildssa.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

func benchmarkAnalyzers(b *testing.B, n int) {
	pkgs := loadCorpus(b, n)
	run := func(name string, analyzers []*analysis.Analyzer) {
		b.Run(name, func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				if _, err := checker.Analyze(analyzers, pkgs, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n)/1e6, "ms/pkg")
			// CPU time stays meaningful when the machine is loaded and
			// wall time is not.
			b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N)/float64(n)/1e6, "cpu-ms/pkg")
		})
	}
	run("noop", []*analysis.Analyzer{noop})
	for _, a := range suite.Analyzers() {
		run(a.Name, []*analysis.Analyzer{a})
	}
	run("suite", suite.Analyzers())
}

// cpuTime returns the user and system CPU time of the process so far,
// garbage collection included.
func cpuTime() time.Duration {
	var usage syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &usage); err != nil {
		return 0
	}
	return time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
}

func BenchmarkCorpus20(b *testing.B)  { benchmarkAnalyzers(b, 20) }
func BenchmarkCorpus200(b *testing.B) { benchmarkAnalyzers(b, 200) }
