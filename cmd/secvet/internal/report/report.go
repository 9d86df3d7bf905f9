// Package report writes secvet's findings as text, JSON, SARIF or GitHub
// workflow annotations.
//
// Writers never print source text: a finding carries its analyzer's
// message, positions and suggested edits, and the analyzers keep secrets
// out of messages and edits.
package report

import (
	"cmp"
	"slices"
)

// Position is a location in a source file. Line and Column are 1-based;
// Column counts bytes, as go/token does, and UTF16Column counts UTF-16 code
// units, as SARIF does by default.
type Position struct {
	Line        int
	Column      int
	UTF16Column int
}

// Related is a secondary location of a finding.
type Related struct {
	Path    string // absolute file path
	File    string // relative to the root when inside it, else absolute; slash-separated
	Start   Position
	End     Position
	Message string
}

// Edit replaces the bytes [Start, End) of File with New.
type Edit struct {
	File  string // absolute path
	Start int
	End   int
	New   string
}

// Fix is a suggested fix: edits to apply together or not at all.
type Fix struct {
	Message string
	Edits   []Edit
}

// Finding is one diagnostic of one analyzer, reported once even when the
// file belongs to several packages (a package and its test variant).
type Finding struct {
	Analyzer string
	Category string
	Message  string

	Path  string // absolute file path
	File  string // relative to the root when inside it, else absolute; slash-separated
	Start Position
	End   Position

	Related []Related
	Fixes   []Fix

	// Suppressed is set when a //nolint directive covers the finding;
	// SuppressionReason is the directive's reason, possibly empty.
	Suppressed        bool
	SuppressionReason string

	// Fingerprint identifies the finding's source code independently of
	// its line number; see the baseline package.
	Fingerprint string
}

// Failure is a package that could not be analyzed, in whole or by one
// analyzer.
type Failure struct {
	Package  string // import path
	Analyzer string // empty when the package did not load or type-check
	Message  string
}

// AnalyzerInfo describes an analyzer for SARIF rules.
type AnalyzerInfo struct {
	Name string
	Doc  string
	URL  string
}

// Sort orders findings by file, position, analyzer and message so that
// every writer's output is deterministic.
func Sort(findings []Finding) {
	slices.SortStableFunc(findings, compareFindings)
}

func compareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Start.Line, b.Start.Line),
		cmp.Compare(a.Start.Column, b.Start.Column),
		cmp.Compare(a.Analyzer, b.Analyzer),
		cmp.Compare(a.Category, b.Category),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.End.Line, b.End.Line),
		cmp.Compare(a.End.Column, b.End.Column),
	)
}

// SortFailures orders failures by package, analyzer and message.
func SortFailures(failures []Failure) {
	slices.SortStableFunc(failures, func(a, b Failure) int {
		return cmp.Or(
			cmp.Compare(a.Package, b.Package),
			cmp.Compare(a.Analyzer, b.Analyzer),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// RuleID returns the SARIF rule id of a finding: "analyzer/category", or
// the analyzer's name when the diagnostic has no category.
func RuleID(analyzer, category string) string {
	if category == "" {
		return analyzer
	}
	return analyzer + "/" + category
}
