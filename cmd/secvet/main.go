// Command secvet runs secvet's security analyzers on Go packages.
//
// It works standalone, like a multichecker:
//
//	secvet ./...
//	secvet -format=sarif ./... > secvet.sarif
//
// and as a go vet tool, in which case the go command drives it package by
// package through the unitchecker protocol:
//
//	go vet -vettool=$(command -v secvet) ./...
//
// Run secvet -h for the flags, output formats and exit codes.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/secvet/secvet/analyzers/suite"
	"github.com/secvet/secvet/cmd/secvet/internal/baseline"
	"github.com/secvet/secvet/cmd/secvet/internal/report"
)

// Exit codes; printUsage documents them.
const (
	exitClean    = 0
	exitFailure  = 1
	exitUsage    = 2
	exitFindings = 3
)

func main() {
	if invokedByGoCommand(os.Args[1:]) {
		// unitchecker parses the flags of os.Args itself, including the
		// analyzers' -NAME.FLAG flags, and exits.
		analyzers := suite.New(suite.Options{})
		if err := checkVetFlags(os.Args[1:], analyzers); err != nil {
			fmt.Fprintf(os.Stderr, "secvet: %v\n", err)
			os.Exit(exitUsage)
		}
		unitchecker.Main(guardAnalyzers(analyzers, os.Stderr, nil, nil)...)
		return
	}

	d := &driver{stdout: os.Stdout, stderr: os.Stderr, newAnalyzers: suite.New}
	os.Exit(d.run(os.Args[1:]))
}

// invokedByGoCommand reports whether args follow the protocol with which
// go vet runs a -vettool: -V=full or -flags to describe the tool, or a
// single *.cfg file that describes one package.
func invokedByGoCommand(args []string) bool {
	var positional []string
	for _, a := range args {
		switch {
		case a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V=") || strings.HasPrefix(a, "--V="):
			return true
		case !strings.HasPrefix(a, "-"):
			positional = append(positional, a)
		}
	}
	return len(positional) == 1 && strings.HasSuffix(positional[0], ".cfg")
}

// checkVetFlags sets the -NAME.FLAG=VALUE flags among args on analyzers,
// so that go vet, which runs secvet once per package, prints one line for
// a bad value instead of unitchecker's usage text.
func checkVetFlags(args []string, analyzers []*analysis.Analyzer) error {
	for _, arg := range args {
		name, value, ok := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !ok || !strings.HasPrefix(arg, "-") {
			continue
		}
		for _, a := range analyzers {
			flagName, ok := strings.CutPrefix(name, a.Name+".")
			if !ok {
				continue
			}
			if f := a.Flags.Lookup(flagName); f != nil {
				if err := f.Value.Set(value); err != nil {
					return fmt.Errorf("invalid value %q for flag -%s: %v", value, name, err)
				}
			}
		}
	}
	return nil
}

// driver is one standalone run of secvet. Tests build their own with fake
// analyzers and a directory of their own.
type driver struct {
	stdout, stderr io.Writer
	dir            string // directory to load packages from; "" is the working directory

	// newAnalyzers builds a fresh set of analyzers, as suite.New does.
	newAnalyzers func(suite.Options) []*analysis.Analyzer
}

// run runs secvet with the command-line arguments args (without the
// program name) and returns the exit code.
func (d *driver) run(args []string) int {
	// Suppressed findings are always kept, marked, so that SARIF can record
	// them; the other formats drop them.
	var suiteOpts suite.Options
	suiteOpts.Suppress.KeepSuppressed = true
	all := d.newAnalyzers(suiteOpts)

	opts, fs, err := parseFlags(args, all)
	if errors.Is(err, flag.ErrHelp) {
		printUsage(d.stdout, fs, all)
		return exitClean
	}
	if err != nil {
		fmt.Fprintf(d.stderr, "secvet: %v\n", err)
		return exitUsage
	}
	if len(opts.patterns) > 0 && opts.patterns[0] == "help" {
		return help(d.stdout, d.stderr, all, opts.patterns[1:])
	}
	if len(opts.patterns) == 0 {
		fmt.Fprintln(d.stderr, "secvet: no packages given; name them as go build does, such as secvet ./... (secvet -h for help)")
		return exitUsage
	}
	if opts.nolintReason {
		for _, a := range all {
			if f := a.Flags.Lookup("nolint-reason"); f != nil {
				_ = f.Value.Set("true")
			}
		}
	}
	if opts.chdir != "" {
		dir := opts.chdir
		if !filepath.IsAbs(dir) && d.dir != "" {
			dir = filepath.Join(d.dir, dir)
		}
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			fmt.Fprintf(d.stderr, "secvet: invalid value %q for flag -C: not a directory\n", opts.chdir)
			return exitUsage
		}
		d.dir = dir
	}
	if opts.chdir != "" {
		// As with go -C, file names on the command line are relative to
		// the directory that -C names.
		for _, name := range []*string{&opts.root, &opts.baseline, &opts.writeBaseline, &opts.cpuProfile, &opts.memProfile} {
			if *name != "" && !filepath.IsAbs(*name) {
				*name = filepath.Join(d.dir, *name)
			}
		}
	}
	if opts.root != "" {
		abs, err := filepath.Abs(opts.root)
		if err != nil {
			fmt.Fprintf(d.stderr, "secvet: invalid value %q for flag -root: %v\n", opts.root, err)
			return exitUsage
		}
		if info, err := os.Stat(abs); err != nil || !info.IsDir() {
			fmt.Fprintf(d.stderr, "secvet: invalid value %q for flag -root: not a directory\n", opts.root)
			return exitUsage
		}
		opts.root = abs
	}

	stop, err := startCPUProfile(opts.cpuProfile)
	if err != nil {
		fmt.Fprintf(d.stderr, "secvet: %v\n", err)
		return exitFailure
	}
	code := d.analyze(opts)
	if err := stop(); err != nil {
		fmt.Fprintf(d.stderr, "secvet: %v\n", err)
		return exitFailure
	}
	return code
}

// analyze loads and analyzes the packages and reports the findings.
func (d *driver) analyze(opts *options) int {
	var base *baseline.File
	if opts.baseline != "" {
		b, err := baseline.Read(opts.baseline)
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) {
			fmt.Fprintf(d.stderr, "secvet: cannot read baseline %s: %v\n", opts.baseline, pathErr.Err)
			return exitFailure
		}
		if err != nil {
			fmt.Fprintf(d.stderr, "secvet: %v\n", err)
			return exitFailure
		}
		base = b
	}

	prevProcs := runtime.GOMAXPROCS(opts.parallel)
	defer runtime.GOMAXPROCS(prevProcs)

	ws, err := loadPackages(d.dir, opts.patterns, opts.tests, needFacts(opts.analyzers), opts.root)
	if err != nil {
		fmt.Fprintf(d.stderr, "secvet: %v\n", err)
		if opts.format == "sarif" {
			// Code scanning needs a log that records the failed run, not
			// an empty file.
			failed := []report.Failure{{Message: err.Error()}}
			if werr := d.write(opts.format, nil, &results{}, nil, failed, opts.analyzers, opts.root); werr != nil {
				fmt.Fprintf(d.stderr, "secvet: writing the report failed: %v\n", werr)
			}
		}
		return exitFailure
	}
	if reason, ok := matchedNothing(ws, opts.patterns); ok {
		ws.failures() // waits for the loader
		fmt.Fprintf(d.stderr, "secvet: no packages match %s%s; name them as go build does, such as secvet ./...\n", strings.Join(opts.patterns, " "), reason)
		return exitUsage
	}

	stackLog := &lockedWriter{w: d.stderr}
	rel := newReleaser()
	if ws.pipeline != nil {
		rel.onRelease = ws.pipeline.free
		if opts.parallel == 1 {
			// The sequential checker runs one analyzer on every package
			// before the next, so no package is released before the last
			// analyzer starts. A bounded loader would wait for slots that
			// only the end of the run frees.
			ws.pipeline.unbind()
		}
	}
	analyzers := guardAnalyzers(opts.analyzers, stackLog, rel, ws.pipeline)

	rel.arm(analyzers, ws.packages)
	if ws.pipeline != nil {
		ws.pipeline.exempt(rel.counts)
	}
	res, err := analyze(ws, analyzers, opts.parallel == 1)
	if err != nil {
		ws.failures() // waits for the loader
		fmt.Fprintf(d.stderr, "secvet: %v\n", err)
		return exitFailure
	}
	if opts.memProfile != "" {
		if err := writeHeapProfile(opts.memProfile); err != nil {
			fmt.Fprintf(d.stderr, "secvet: %v\n", err)
			return exitFailure
		}
	}
	failures := append(ws.failures(), res.failures...)
	report.SortFailures(failures)

	// Decide which findings to report.
	reported := make(map[findingKey]bool)
	var findings []report.Finding // what the output format shows
	var active []report.Finding   // unsuppressed findings not in the baseline
	unsuppressed := make([]report.Finding, 0, len(res.findings))
	for _, f := range res.findings {
		if !f.Suppressed {
			unsuppressed = append(unsuppressed, f)
		}
	}
	active = unsuppressed
	if base != nil {
		active = base.Filter(unsuppressed)
	}

	code := exitClean
	if opts.fix {
		outcome := applyFixes(active, ws.parsed, ws.sources(), ws.root, d.stderr)
		if outcome.applied > 0 {
			fmt.Fprintf(d.stderr, "secvet: fixed %d %s in %d %s\n", outcome.applied, plural(outcome.applied, "finding", "findings"), outcome.files, plural(outcome.files, "file", "files"))
		}
		if outcome.failed {
			code = exitFailure
		}
		active = outcome.remaining
	}

	for _, f := range active {
		reported[keyOf(f)] = true
	}
	findings = active
	if opts.format == "sarif" {
		// SARIF also records suppressed findings, marked as such.
		findings = nil
		for _, f := range res.findings {
			if f.Suppressed || reported[keyOf(f)] {
				findings = append(findings, f)
			}
		}
	}

	d.printFailures(failures)
	if len(failures) > 0 {
		code = exitFailure
	}

	if opts.writeBaseline != "" {
		if err := baseline.Write(opts.writeBaseline, active); err != nil {
			fmt.Fprintf(d.stderr, "secvet: writing the baseline failed: %v\n", err)
			return exitFailure
		}
		fmt.Fprintf(d.stderr, "secvet: wrote %d findings to the baseline %s\n", len(active), opts.writeBaseline)
		if code == exitFailure {
			fmt.Fprintln(d.stderr, "secvet: the baseline lacks the findings of the packages that could not be analyzed")
		}
		return code
	}

	if err := d.write(opts.format, findings, res, reported, failures, opts.analyzers, ws.root); err != nil {
		fmt.Fprintf(d.stderr, "secvet: writing the report failed: %v\n", err)
		return exitFailure
	}
	if code == exitFailure {
		n := countPackages(failures)
		fmt.Fprintf(d.stderr, "secvet: analysis failed for %d %s; findings cover only the packages that were analyzed\n", n, plural(n, "package", "packages"))
		return exitFailure
	}
	if len(active) > 0 {
		return exitFindings
	}
	return code
}

// write writes the report in format to stdout.
func (d *driver) write(format string, findings []report.Finding, res *results, reported map[findingKey]bool, failures []report.Failure, analyzers []*analysis.Analyzer, root string) error {
	switch format {
	case "json":
		// The JSON output lists findings per package like go vet -json,
		// so a finding in a file shared with the test variant appears in
		// both packages.
		var packages []report.PackageResult
		for _, pr := range res.packages {
			var kept []report.Finding
			for _, f := range pr.Findings {
				if reported[keyOf(f)] {
					kept = append(kept, f)
				}
			}
			pr.Findings = kept
			packages = append(packages, pr)
		}
		return report.WriteJSON(d.stdout, packages)
	case "sarif":
		infos := make([]report.AnalyzerInfo, len(analyzers))
		for i, a := range analyzers {
			infos[i] = report.AnalyzerInfo{Name: a.Name, Doc: a.Doc, URL: a.URL}
		}
		return report.WriteSARIF(d.stdout, findings, failures, infos)
	case "github":
		return report.WriteGitHub(d.stdout, findings)
	default:
		dir := d.dir
		if abs, err := filepath.Abs(dir); err == nil {
			dir = abs
		}
		return report.WriteText(d.stdout, findings, dir)
	}
}

// printFailures writes one line per failure to stderr, naming the package
// and, for an analyzer's failure, the analyzer.
func (d *driver) printFailures(failures []report.Failure) {
	for _, f := range failures {
		if f.Analyzer == "" {
			fmt.Fprintf(d.stderr, "secvet: cannot analyze package %s: %s\n", f.Package, f.Message)
		} else {
			fmt.Fprintf(d.stderr, "secvet: analyzer %s failed on package %s: %s\n", f.Analyzer, f.Package, f.Message)
		}
	}
}

func countPackages(failures []report.Failure) int {
	seen := make(map[string]bool)
	for _, f := range failures {
		seen[f.Package] = true
	}
	return len(seen)
}

// matchedNothing reports whether the patterns matched no package: the
// workspace is empty, or holds only the stand-ins that go list makes for a
// pattern it could not expand. The reason is the first such error, if any.
func matchedNothing(ws *workspace, patterns []string) (reason string, ok bool) {
	for _, p := range ws.packages {
		if !slices.Contains(patterns, p.ID) || len(p.GoFiles)+len(p.CompiledGoFiles)+len(p.OtherFiles) > 0 {
			return "", false
		}
		if reason == "" && len(p.Errors) > 0 {
			reason = " (" + p.Errors[0].Msg + ")"
		}
	}
	return reason, true
}

// plural returns one when n is 1 and many otherwise.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// lockedWriter serializes writes from concurrent analyzer goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
