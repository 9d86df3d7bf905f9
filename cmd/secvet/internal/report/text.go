package report

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// WriteText writes one line per finding,
//
//	file:line:col: message (analyzer)
//
// followed by an indented line per related location. File paths are
// relative to dir when the file is inside it.
func WriteText(w io.Writer, findings []Finding, dir string) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "%s:%d:%d: %s (%s)\n", displayPath(f.Path, f.File, dir), f.Start.Line, f.Start.Column, f.Message, f.Analyzer)
		for _, r := range f.Related {
			fmt.Fprintf(bw, "\t%s:%d:%d: %s\n", displayPath(r.Path, r.File, dir), r.Start.Line, r.Start.Column, r.Message)
		}
	}
	return bw.Flush()
}

// displayPath returns path relative to dir when it is inside dir, and
// fallback otherwise.
func displayPath(path, fallback, dir string) string {
	if dir == "" || path == "" {
		return fallback
	}
	rel, err := filepath.Rel(dir, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fallback
	}
	return rel
}
