package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/docs"
)

const usageHeader = `secvet checks Go packages against a web API team's security rules: JWT
bearer auth, no raw SQL, no hardcoded secrets, bcrypt-only password storage,
masked sensitive values in logs and one AppError type for error responses.

Usage:
  secvet [flags] packages...   analyze packages, such as ./...
  secvet help                  list the analyzers
  secvet help NAME             show an analyzer's documentation and flags
  go vet -vettool=$(command -v secvet) [analyzer flags] packages...

Flags:
`

const usageFooter = `
Analyzer selection and settings:
  -NAME             run only the analyzers given this way
  -NAME=false       run every analyzer except NAME
  -NAME.FLAG=VALUE  set a flag of analyzer NAME; see secvet help NAME

Formats:
  text    file:line:col: message (analyzer), paths relative to the working directory
  json    {"package":{"analyzer":[{"posn":"file:line:col","message":...}]}}, the
          shape of go vet -json; analyzer failures appear as {"error":"..."}
  sarif   SARIF 2.1.0, one rule per analyzer category (id "analyzer/category"),
          paths relative to the root, //nolint-suppressed findings kept as
          suppressions with their reason
  github  GitHub Actions ::error annotations, paths relative to the root
Findings go to standard output; errors and notes go to standard error.

Baseline:
  -write-baseline=FILE records the current findings; a later -baseline=FILE
  reports only findings it does not record. A finding is matched by analyzer,
  file, message and a hash of its source line(s), not by line number. The file
  stores no source text.

Exit status:
  0  no findings
  1  analysis failed: a package did not load or type-check, an analyzer
     failed or panicked, a baseline could not be read or written, or a fix
     could not be written; findings in the packages that were analyzed are
     still reported, and 1 wins over 3
  2  usage error: unknown flag or analyzer, invalid flag value, no packages
  3  findings reported; suppressed and baselined findings do not count, and
     -write-baseline reports none, so it exits 0 once the baseline is written
`

// driverFlag reports whether f is one of the driver's own flags rather
// than an analyzer's -NAME or -NAME.FLAG.
func driverFlag(f *flag.Flag, analyzers []*analysis.Analyzer) bool {
	for _, a := range analyzers {
		if f.Name == a.Name || strings.HasPrefix(f.Name, a.Name+".") {
			return false
		}
	}
	return true
}

// printUsage writes the -h text: the driver's flags, formats and exit codes.
func printUsage(w io.Writer, fs *flag.FlagSet, analyzers []*analysis.Analyzer) {
	fmt.Fprint(w, usageHeader)
	fs.VisitAll(func(f *flag.Flag) {
		if !driverFlag(f, analyzers) {
			return
		}
		printFlag(w, "-"+f.Name, f)
	})
	fmt.Fprint(w, usageFooter)
	fmt.Fprintf(w, "\nAnalyzers: %s\n", analyzerList(analyzers))
}

// printFlag writes one flag's name, argument and usage in the layout of
// flag.PrintDefaults.
func printFlag(w io.Writer, name string, f *flag.Flag) {
	arg, usage := flag.UnquoteUsage(f)
	line := "  " + name
	if arg != "" {
		line += " " + arg
	}
	fmt.Fprintf(w, "%s\n    \t%s", line, strings.ReplaceAll(usage, "\n", "\n    \t"))
	if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
		fmt.Fprintf(w, " (default %s)", f.DefValue)
	}
	fmt.Fprintln(w)
}

// help implements "secvet help" and "secvet help NAME...". It returns the
// exit code.
func help(stdout, stderr io.Writer, analyzers []*analysis.Analyzer, names []string) int {
	if len(names) == 0 {
		fmt.Fprintln(stdout, "secvet's analyzers:")
		fmt.Fprintln(stdout)
		width := 0
		for _, a := range analyzers {
			width = max(width, len(a.Name))
		}
		for _, a := range analyzers {
			fmt.Fprintf(stdout, "  %-*s  %s\n", width, a.Name, docTitle(a.Doc))
		}
		if len(analyzers) == 0 {
			fmt.Fprintln(stdout, "  (none built in)")
		}
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, "Run secvet help NAME for an analyzer's documentation and flags, secvet -h for the driver's flags.")
		return exitClean
	}

	byName := make(map[string]*analysis.Analyzer)
	for _, a := range analyzers {
		byName[a.Name] = a
	}
	for _, name := range names {
		if byName[name] == nil {
			fmt.Fprintf(stderr, "secvet: unknown analyzer %q (analyzers: %s)\n", name, analyzerList(analyzers))
			return exitUsage
		}
	}
	for i, name := range names {
		a := byName[name]
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		if page, ok := docs.Page(a.Name); ok {
			fmt.Fprint(stdout, strings.TrimSpace(page)+"\n")
		} else {
			fmt.Fprintf(stdout, "%s: %s\n", a.Name, strings.TrimSpace(a.Doc))
		}
		if a.URL != "" {
			fmt.Fprintf(stdout, "\nDocumentation: %s\n", a.URL)
		}
		var hasFlags bool
		a.Flags.VisitAll(func(f *flag.Flag) {
			if !hasFlags {
				fmt.Fprintln(stdout, "\nFlags:")
				hasFlags = true
			}
			printFlag(stdout, "-"+a.Name+"."+f.Name, f)
		})
	}
	return exitClean
}

// docTitle returns the first line of an analyzer's Doc.
func docTitle(doc string) string {
	title, _, _ := strings.Cut(strings.TrimSpace(doc), "\n")
	return title
}
