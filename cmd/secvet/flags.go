package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Output formats accepted by -format.
var formats = []string{"text", "json", "sarif", "github"}

// options are the driver's settings, filled by parseFlags.
type options struct {
	chdir         string // -C: directory to run in, relative to the working directory
	format        string
	tests         bool
	fix           bool
	baseline      string
	writeBaseline string
	root          string
	parallel      int
	nolintReason  bool
	cpuProfile    string               // -cpuprofile: file to write a CPU profile to
	memProfile    string               // -memprofile: file to write a heap profile to
	analyzers     []*analysis.Analyzer // the selected analyzers
	patterns      []string
}

// usageError is a mistake on the command line; the driver prints it on one
// line and exits with exitUsage.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// formatValue is the -format flag; it accepts only the names in formats.
type formatValue struct{ s *string }

func (v formatValue) String() string {
	if v.s == nil {
		return ""
	}
	return *v.s
}

func (v formatValue) Set(s string) error {
	if !slices.Contains(formats, s) {
		return fmt.Errorf("accepted values are %s", strings.Join(formats, ", "))
	}
	*v.s = s
	return nil
}

// parallelValue is the -p flag, which accepts 0 or a positive number.
type parallelValue struct{ n *int }

func (v parallelValue) String() string {
	if v.n == nil {
		return "0"
	}
	return strconv.Itoa(*v.n)
}

func (v parallelValue) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return errors.New("accepted values are 0 or a positive number")
	}
	*v.n = n
	return nil
}

// selection records whether an analyzer's -NAME flag was given, and as
// true or false, as multichecker's -NAME flags do.
type selection int

const (
	unset selection = iota
	selected
	deselected
)

func (s *selection) IsBoolFlag() bool { return true }

func (s *selection) String() string {
	if s != nil && *s == deselected {
		return "false"
	}
	return "true"
}

func (s *selection) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return errors.New("accepted values are true and false")
	}
	*s = deselected
	if b {
		*s = selected
	}
	return nil
}

// parseFlags parses args against the driver's flags and the flags of
// analyzers. It returns flag.ErrHelp when -h or -help was given.
func parseFlags(args []string, analyzers []*analysis.Analyzer) (*options, *flag.FlagSet, error) {
	opts := &options{format: "text", tests: true}
	fs := flag.NewFlagSet("secvet", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}

	var jsonFlag bool
	fs.StringVar(&opts.chdir, "C", "", "change to `directory` before loading packages; file names in other flags and output paths are relative to it")
	fs.Var(formatValue{&opts.format}, "format", "output `format`: "+strings.Join(formats, ", "))
	fs.BoolVar(&jsonFlag, "json", false, "same as -format=json: multichecker's JSON shape")
	fs.BoolVar(&opts.tests, "test", true, "also analyze the packages' test files")
	fs.BoolVar(&opts.fix, "fix", false, "apply the first suggested fix of each finding, then report the findings left")
	fs.StringVar(&opts.baseline, "baseline", "", "report only findings that the baseline `file` does not record")
	fs.StringVar(&opts.writeBaseline, "write-baseline", "", "record the current findings in the baseline `file` and report none")
	fs.StringVar(&opts.root, "root", "", "`directory` that output paths are relative to (default: the go.work file's directory, or the main module's root)")
	fs.Var(parallelValue{&opts.parallel}, "p", "analyze with at most `n` threads; 1 analyzes one package at a time, 0 uses every CPU")
	fs.BoolVar(&opts.nolintReason, "nolint-reason", false, "report //nolint directives that give no reason, for every analyzer")
	fs.StringVar(&opts.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `file`")
	fs.StringVar(&opts.memProfile, "memprofile", "", "write a heap profile to `file` after the analysis")

	// Each analyzer gets -NAME to select it and -NAME.FLAG for its flags.
	chosen := make(map[*analysis.Analyzer]*selection)
	for _, a := range analyzers {
		s := new(selection)
		chosen[a] = s
		fs.Var(s, a.Name, fmt.Sprintf("run the %s analyzer (with -%s=false, run every analyzer but it)", a.Name, a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}

	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, fs, err
		}
		return nil, fs, flagError(err, analyzers)
	}

	switch {
	case jsonFlag && opts.format != "text" && opts.format != "json":
		return nil, fs, usagef("-json conflicts with -format=%s; give only one of them", opts.format)
	case jsonFlag:
		opts.format = "json"
	}
	if opts.baseline != "" && opts.writeBaseline != "" {
		return nil, fs, usagef("-baseline and -write-baseline cannot be used together; write the baseline in a separate run")
	}
	if opts.parallel == 0 {
		opts.parallel = runtime.GOMAXPROCS(0)
	}

	opts.patterns = fs.Args()
	for _, p := range opts.patterns {
		if strings.HasPrefix(p, "-") {
			return nil, fs, usagef("flag %s after the package patterns: give flags before the patterns, as in secvet %s ./...", p, p)
		}
	}

	opts.analyzers = selectAnalyzers(analyzers, chosen)
	return opts, fs, nil
}

// selectAnalyzers returns the analyzers named by -NAME flags; without any,
// every analyzer except those turned off with -NAME=false.
func selectAnalyzers(all []*analysis.Analyzer, chosen map[*analysis.Analyzer]*selection) []*analysis.Analyzer {
	var anySelected bool
	for _, s := range chosen {
		anySelected = anySelected || *s == selected
	}
	var keep []*analysis.Analyzer
	for _, a := range all {
		switch {
		case anySelected && *chosen[a] == selected:
			keep = append(keep, a)
		case !anySelected && *chosen[a] != deselected:
			keep = append(keep, a)
		}
	}
	return keep
}

// flagError rewrites an error of package flag as a one-line usage error
// that names the flag and the accepted values.
func flagError(err error, analyzers []*analysis.Analyzer) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return usagef("unknown flag %s: it is neither a secvet flag nor an analyzer (analyzers: %s); run secvet -h for the flags", name, analyzerList(analyzers))
	}
	if m := invalidBool.FindStringSubmatch(msg); m != nil {
		// The flag package's wording for boolean flags, made like the others.
		return usagef("invalid value %s for flag -%s: accepted values are true and false", m[1], m[2])
	}
	if strings.HasPrefix(msg, "bad flag syntax") {
		return usagef("%s; write flags as -name or -name=value", msg)
	}
	return usagef("%s", msg)
}

// invalidBool matches the flag package's error for a bad boolean value.
var invalidBool = regexp.MustCompile(`^invalid boolean value (".*") for -(\S+): `)

func analyzerList(analyzers []*analysis.Analyzer) string {
	if len(analyzers) == 0 {
		return "none built in"
	}
	names := make([]string, len(analyzers))
	for i, a := range analyzers {
		names[i] = a.Name
	}
	return strings.Join(names, ", ")
}
