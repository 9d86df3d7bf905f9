package main

import (
	"cmp"
	"go/token"
	"os"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/secvet/secvet/analyzers/suite"
	"github.com/secvet/secvet/cmd/secvet/internal/baseline"
	"github.com/secvet/secvet/cmd/secvet/internal/report"
)

// skippedMessage is the error the checker gives an analyzer it did not run
// on an ill-typed package; the package's load errors already explain it.
const skippedMessage = "analysis skipped due to errors in package"

// prerequisitesPrefix begins the error the checker gives an analyzer when
// an analyzer it requires failed.
const prerequisitesPrefix = "failed prerequisites: "

// suppressedPrefix begins the message of the related information that
// marks a finding as suppressed by //nolint; the rest is the directive's
// reason.
const suppressedPrefix = suite.SuppressedPrefix

// results are the findings and failures of one analysis run.
type results struct {
	findings []report.Finding       // deduplicated and sorted, suppressed ones included
	packages []report.PackageResult // per package and analyzer, for JSON
	failures []report.Failure       // analyzers that failed, sorted
}

// needFacts reports whether any of analyzers, or an analyzer they require,
// uses facts, which need every dependency outside the standard library
// loaded from source.
func needFacts(analyzers []*analysis.Analyzer) bool {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func([]*analysis.Analyzer) bool
	visit = func(list []*analysis.Analyzer) bool {
		for _, a := range list {
			if seen[a] {
				continue
			}
			seen[a] = true
			if len(a.FactTypes) > 0 || visit(a.Requires) {
				return true
			}
		}
		return false
	}
	return visit(analyzers)
}

// analyze runs analyzers on the workspace's packages and collects their
// diagnostics as findings with root-relative paths.
func analyze(ws *workspace, analyzers []*analysis.Analyzer, sequential bool) (*results, error) {
	if len(analyzers) == 0 || len(ws.packages) == 0 {
		return &results{}, nil
	}
	graph, err := checker.Analyze(analyzers, ws.packages, &checker.Options{Sequential: sequential})
	if err != nil {
		return nil, err
	}

	roots := slices.Clone(graph.Roots)
	slices.SortFunc(roots, func(a, b *checker.Action) int {
		return cmp.Or(strings.Compare(a.Package.ID, b.Package.ID), strings.Compare(a.Analyzer.Name, b.Analyzer.Name))
	})

	// The load errors of a package are reported already, so the analyzers
	// that could not run because of them add nothing.
	loadFailed := make(map[string]bool) // by package ID
	for _, p := range ws.packages {
		if p.IllTyped || len(p.Errors) > 0 {
			loadFailed[p.ID] = true
		}
	}

	c := &collector{root: ws.root, sources: make(map[string][]byte)}
	res := &results{}
	seen := make(map[findingKey]bool)
	for _, act := range roots {
		pr := report.PackageResult{PackageID: act.Package.ID, Analyzer: act.Analyzer.Name}
		if act.Err != nil {
			pr.Err = act.Err.Error()
			res.packages = append(res.packages, pr)
			if !consequenceOfLoadErrors(pr.Err, act.Package, loadFailed) {
				res.failures = append(res.failures, report.Failure{Package: act.Package.PkgPath, Analyzer: act.Analyzer.Name, Message: pr.Err})
			}
			continue
		}

		for _, d := range act.Diagnostics {
			f := c.finding(act.Package, act.Analyzer.Name, d)
			pr.Findings = append(pr.Findings, f)
			k := keyOf(f)
			if !seen[k] {
				seen[k] = true
				res.findings = append(res.findings, f)
			}
		}
		report.Sort(pr.Findings)
		res.packages = append(res.packages, pr)
	}
	report.Sort(res.findings)
	report.SortFailures(res.failures)
	return res, nil
}

// consequenceOfLoadErrors reports whether msg, an analyzer's failure on
// pkg, only says that it or an analyzer it requires did not run because pkg
// or a dependency has load errors, which go/packages marks as IllTyped.
func consequenceOfLoadErrors(msg string, pkg *packages.Package, loadFailed map[string]bool) bool {
	return loadFailed[pkg.ID] && (msg == skippedMessage || strings.HasPrefix(msg, prerequisitesPrefix))
}

// findingKey identifies a finding reported in several packages, such as a
// package and its test variant, which share files.
type findingKey struct {
	analyzer, category, message, file string
	start, end                        report.Position
}

func keyOf(f report.Finding) findingKey {
	return findingKey{f.Analyzer, f.Category, f.Message, f.File, f.Start, f.End}
}

// collector converts diagnostics to findings, reading each file with a
// finding once to compute UTF-16 columns and fingerprints.
type collector struct {
	root    string
	sources map[string][]byte // nil value: file unreadable
}

func (c *collector) source(path string) []byte {
	src, ok := c.sources[path]
	if !ok {
		src, _ = os.ReadFile(path)
		c.sources[path] = src
	}
	return src
}

func (c *collector) finding(pkg *packages.Package, analyzer string, d analysis.Diagnostic) report.Finding {
	fset := pkg.Fset
	start := filePosition(fset, d.Pos)
	end := start
	if d.End.IsValid() {
		end = filePosition(fset, d.End)
	}
	src := c.source(start.Filename)

	f := report.Finding{
		Analyzer:    analyzer,
		Category:    d.Category,
		Message:     d.Message,
		Path:        start.Filename,
		File:        relativePath(start.Filename, c.root),
		Start:       position(start, src),
		End:         position(end, src),
		Fingerprint: baseline.Fingerprint(src, start.Line, end.Line),
	}

	for _, r := range d.Related {
		if reason, ok := strings.CutPrefix(r.Message, suppressedPrefix); ok {
			f.Suppressed = true
			f.SuppressionReason = strings.TrimSpace(strings.TrimPrefix(reason, ":"))
			continue
		}
		rs := filePosition(fset, r.Pos)
		re := rs
		if r.End.IsValid() {
			re = filePosition(fset, r.End)
		}
		rsrc := c.source(rs.Filename)
		f.Related = append(f.Related, report.Related{
			Path:    rs.Filename,
			File:    relativePath(rs.Filename, c.root),
			Start:   position(rs, rsrc),
			End:     position(re, rsrc),
			Message: r.Message,
		})
	}

	for _, sf := range d.SuggestedFixes {
		fix := report.Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			// Edits address the file on disk, so they use unadjusted
			// positions that ignore //line directives.
			ps := fset.PositionFor(e.Pos, false)
			pe := ps
			if e.End.IsValid() {
				pe = fset.PositionFor(e.End, false)
			}
			fix.Edits = append(fix.Edits, report.Edit{File: ps.Filename, Start: ps.Offset, End: pe.Offset, New: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

// position converts p to a report position, counting its column also in
// UTF-16 code units when the file's source is at hand.
// filePosition returns the position of pos as //line directives adjust it,
// or the position in the file itself when a directive names no file, as
// "//line :7" does.
func filePosition(fset *token.FileSet, pos token.Pos) token.Position {
	p := fset.Position(pos)
	if p.Filename == "" {
		p = fset.PositionFor(pos, false)
	}
	return p
}

func position(p token.Position, src []byte) report.Position {
	rp := report.Position{Line: p.Line, Column: p.Column, UTF16Column: p.Column}
	lineStart := p.Offset - (p.Column - 1)
	if p.Column < 1 || lineStart < 0 || p.Offset > len(src) {
		return rp
	}
	units := 0
	for b := src[lineStart:p.Offset]; len(b) > 0; {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if r == utf8.RuneError && size == 1 {
			units++
			continue
		}
		units += utf16.RuneLen(r)
	}
	rp.UTF16Column = units + 1
	return rp
}
