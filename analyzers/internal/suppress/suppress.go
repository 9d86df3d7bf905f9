// Package suppress applies //nolint directives to the findings of secvet's
// analyzers.
//
// A directive has the golangci-lint form
//
//	//nolint:rawsql,hardcodedsecret // the reason
//
// and names analyzers, "secvet" for all of them, or nothing ("//nolint") for
// every linter. It suppresses a finding on its own line, and a directive that
// is alone on its line also suppresses findings on the line below it.
// Analyzers may name further lines where a directive counts, such as the line
// that built an SQL query.
package suppress

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// SuiteName is the directive name that suppresses every secvet analyzer.
const SuiteName = "secvet"

// SuppressedPrefix begins the message of the related information that marks
// a finding as suppressed when Config.KeepSuppressed is set. The rest of the
// message is the directive's reason.
const SuppressedPrefix = "suppressed by //nolint"

// Config controls how directives are applied. The zero value drops
// suppressed findings and accepts directives without a reason.
type Config struct {
	// RequireReason reports each directive that suppresses a finding but
	// gives no reason after a second "//".
	RequireReason bool

	// KeepSuppressed reports suppressed findings anyway, each with a
	// related information whose message starts with SuppressedPrefix. Report
	// writers such as SARIF use it to record suppressions.
	KeepSuppressed bool
}

// Directive is one parsed //nolint comment.
type Directive struct {
	Pos    token.Pos
	End    token.Pos
	Names  []string // empty when the directive applies to every linter
	Reason string
}

// Applies reports whether the directive suppresses findings of analyzer.
func (d *Directive) Applies(analyzer string) bool {
	if len(d.Names) == 0 {
		return true
	}
	for _, n := range d.Names {
		if n == analyzer || n == SuiteName || n == "all" {
			return true
		}
	}
	return false
}

// Parse parses the text of one comment, including its leading "//", as a
// nolint directive. It returns false for any other comment.
func Parse(text string) (names []string, reason string, ok bool) {
	body, found := strings.CutPrefix(text, "//")
	if !found {
		return nil, "", false
	}
	body = strings.TrimLeft(body, " \t")
	rest, found := strings.CutPrefix(body, "nolint")
	if !found {
		return nil, "", false
	}

	// The reason follows a second "//" and may contain anything.
	list := rest
	if i := strings.Index(rest, "//"); i >= 0 {
		list, reason = rest[:i], strings.TrimSpace(rest[i+2:])
	}
	list = strings.TrimRight(list, " \t")
	if list == "" {
		return nil, reason, true
	}
	list, found = strings.CutPrefix(list, ":")
	if !found {
		// "//nolintfoo" or "//nolint reason" without a colon is not a
		// directive that golangci-lint recognises either.
		return nil, "", false
	}
	for _, n := range strings.Split(list, ",") {
		n = strings.TrimSpace(n)
		if n == "" || strings.ContainsAny(n, " \t") {
			return nil, "", false
		}
		names = append(names, strings.ToLower(n))
	}
	return names, reason, true
}

// Reporter reports the diagnostics of one analyzer in one package, dropping
// or marking those that a directive suppresses.
type Reporter struct {
	pass     *analysis.Pass
	analyzer string
	config   Config
	byLine   map[lineKey][]*Directive // filled on first use
	blamed   map[*Directive]bool      // directives already reported for a missing reason
}

type lineKey struct {
	file string
	line int
}

// NewReporter returns a Reporter for the analyzer named analyzer.
func NewReporter(pass *analysis.Pass, analyzer string, config Config) *Reporter {
	return &Reporter{pass: pass, analyzer: analyzer, config: config}
}

// Report reports d unless a directive on its line, on the line above it, or
// on the line of one of the positions in also suppresses it.
func (r *Reporter) Report(d analysis.Diagnostic, also ...token.Pos) {
	dir := r.find(d.Pos, also)
	if dir == nil {
		r.pass.Report(d)
		return
	}
	if r.config.RequireReason && dir.Reason == "" && !r.blamed[dir] {
		if r.blamed == nil {
			r.blamed = make(map[*Directive]bool)
		}
		r.blamed[dir] = true
		r.pass.Report(analysis.Diagnostic{
			Pos:      dir.Pos,
			End:      dir.End,
			Category: "nolint-reason",
			Message:  fmt.Sprintf("//nolint directive suppresses a %s finding without a reason; add one after a second //, as in //nolint:%s // why it is safe", r.analyzer, r.analyzer),
		})
	}
	if r.config.KeepSuppressed {
		msg := SuppressedPrefix
		if dir.Reason != "" {
			msg += ": " + dir.Reason
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: dir.Pos, End: dir.End, Message: msg})
		r.pass.Report(d)
	}
}

// Suppressed returns the directive that suppresses a finding of the
// reporter's analyzer at pos, or nil.
func (r *Reporter) Suppressed(pos token.Pos) *Directive {
	return r.find(pos, nil)
}

func (r *Reporter) find(pos token.Pos, also []token.Pos) *Directive {
	if r.byLine == nil {
		r.index()
	}
	for _, p := range append([]token.Pos{pos}, also...) {
		if !p.IsValid() {
			continue
		}
		position := r.pass.Fset.PositionFor(p, false)
		for _, line := range []int{position.Line, position.Line - 1} {
			for _, dir := range r.byLine[lineKey{position.Filename, line}] {
				if line == position.Line-1 && !r.aloneOnLine(dir) {
					continue
				}
				if dir.Applies(r.analyzer) {
					return dir
				}
			}
		}
	}
	return nil
}

// index collects the directives of every file of the package by line.
func (r *Reporter) index() {
	r.byLine = make(map[lineKey][]*Directive)
	for _, f := range r.pass.Files {
		for _, group := range f.Comments {
			for _, c := range group.List {
				if !strings.Contains(c.Text, "nolint") {
					continue
				}
				names, reason, ok := Parse(c.Text)
				if !ok {
					continue
				}
				position := r.pass.Fset.PositionFor(c.Pos(), false)
				key := lineKey{position.Filename, position.Line}
				r.byLine[key] = append(r.byLine[key], &Directive{Pos: c.Pos(), End: c.End(), Names: names, Reason: reason})
			}
		}
	}
}

// aloneOnLine reports whether only blanks precede the directive on its line.
func (r *Reporter) aloneOnLine(dir *Directive) bool {
	tf := r.pass.Fset.File(dir.Pos)
	if tf == nil {
		return false
	}
	position := r.pass.Fset.PositionFor(dir.Pos, false)
	src, err := r.pass.ReadFile(position.Filename)
	if err != nil {
		// Without the source, count a directive in column 1 as alone.
		return position.Column == 1
	}
	offset := tf.Offset(dir.Pos)
	start := offset - (position.Column - 1)
	if start < 0 || offset > len(src) {
		return false
	}
	return strings.TrimSpace(string(src[start:offset])) == ""
}

// IsGenerated reports whether file is marked as generated code.
func IsGenerated(file *ast.File) bool {
	return ast.IsGenerated(file)
}
