package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"fmt"
	"go/format"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/secvet/secvet/cmd/secvet/internal/report"
)

// fixOutcome is the result of applyFixes.
type fixOutcome struct {
	remaining []report.Finding // findings whose fix was not applied, or that have none
	applied   int              // findings fixed
	files     int              // files written
	failed    bool             // a file could not be fixed
}

// applyFixes applies the first suggested fix of each finding to the files
// on disk. A fix that overlaps one already accepted is skipped, with a
// note on stderr, so that the files never receive conflicting edits. A
// file whose content no longer has the hash it had when it was parsed is
// left alone: the edits' offsets refer to the parsed content. A fix that
// edits a file outside sources, such as the Go file that cgo generates in
// the build cache, is skipped too, because the edit would not reach the
// user's code.
func applyFixes(findings []report.Finding, parsed map[string][sha256.Size]byte, sources map[string]bool, root string, stderr io.Writer) fixOutcome {
	var out fixOutcome
	accepted := make(map[string][]report.Edit) // by file
	fixedBy := make(map[string][]int)          // file to indexes of findings fixed there
	fixed := make([]bool, len(findings))

	for i, f := range findings {
		if len(f.Fixes) == 0 {
			continue
		}
		fix := f.Fixes[0]
		if file, ok := outsideSources(fix, sources); ok {
			fmt.Fprintf(stderr, "secvet: skipped the fix %q for %s:%d:%d (%s): it edits %s, which is not a source file of the package (cgo generates it); fix the source by hand\n",
				fix.Message, f.File, f.Start.Line, f.Start.Column, f.Analyzer, file)
			continue
		}
		switch conflictOf(fix, accepted) {
		case duplicate:
			fixed[i] = true
		case overlaps:
			fmt.Fprintf(stderr, "secvet: skipped the fix %q for %s:%d:%d (%s): it overlaps another fix; run secvet -fix again to apply it\n",
				fix.Message, f.File, f.Start.Line, f.Start.Column, f.Analyzer)
		default:
			for _, e := range fix.Edits {
				accepted[e.File] = append(accepted[e.File], e)
				fixedBy[e.File] = append(fixedBy[e.File], i)
			}
			fixed[i] = true
		}
	}

	files := make([]string, 0, len(accepted))
	for file := range accepted {
		files = append(files, file)
	}
	slices.Sort(files)
	for _, file := range files {
		if err := writeFixedFile(file, accepted[file], parsed); err != nil {
			fmt.Fprintf(stderr, "secvet: not fixing %s: %v\n", relativePath(file, root), err)
			out.failed = true
			for _, i := range fixedBy[file] {
				fixed[i] = false
			}
			continue
		}
		out.files++
	}

	for i, f := range findings {
		if fixed[i] {
			out.applied++
		} else {
			out.remaining = append(out.remaining, f)
		}
	}
	return out
}

// outsideSources returns the first file that fix edits and that is not in
// sources.
func outsideSources(fix report.Fix, sources map[string]bool) (string, bool) {
	for _, e := range fix.Edits {
		if !sources[e.File] {
			return e.File, true
		}
	}
	return "", false
}

type conflict int

const (
	none conflict = iota
	duplicate
	overlaps
)

// conflictOf reports whether fix repeats edits already accepted (the same
// finding reported in a package and its test variant) or overlaps them.
func conflictOf(fix report.Fix, accepted map[string][]report.Edit) conflict {
	allSame := true
	for _, e := range fix.Edits {
		same := false
		for _, a := range accepted[e.File] {
			if a == e {
				same = true
				break
			}
			if a.Start < e.End && e.Start < a.End || a.Start == e.Start {
				return overlaps
			}
		}
		allSame = allSame && same
	}
	if allSame && len(fix.Edits) > 0 {
		return duplicate
	}
	return none
}

// writeFixedFile applies edits to file after checking that its content is
// still the content that was parsed, and replaces the file atomically.
func writeFixedFile(file string, edits []report.Edit, parsed map[string][sha256.Size]byte) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	want, ok := parsed[file]
	if !ok {
		return fmt.Errorf("secvet did not parse it, so it cannot check that it is unchanged")
	}
	if sha256.Sum256(src) != want {
		return fmt.Errorf("it changed since secvet loaded it; run secvet -fix again")
	}

	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b report.Edit) int { return cmp.Compare(b.Start, a.Start) })
	out := slices.Clone(src)
	for _, e := range edits {
		if e.Start < 0 || e.End < e.Start || e.End > len(out) {
			return fmt.Errorf("edit [%d,%d) is outside the file", e.Start, e.End)
		}
		out = slices.Concat(out[:e.Start], []byte(e.New), out[e.End:])
	}

	// Keep a gofmt-formatted file formatted.
	if formatted, err := format.Source(src); err == nil && bytes.Equal(formatted, src) {
		if f, err := format.Source(out); err == nil {
			out = f
		}
	}
	return replaceFile(file, out)
}

// replaceFile writes data to a temporary file beside name and renames it
// over name, keeping name's permissions, so that a failed write leaves the
// original intact.
func replaceFile(name string, data []byte) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".secvet-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
