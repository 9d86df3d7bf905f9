package report

import (
	"encoding/json"
	"fmt"
	"io"
)

// PackageResult is the outcome of one analyzer on one package, as the JSON
// output groups it.
type PackageResult struct {
	PackageID string // go/packages ID, such as "p" or "p [p.test]"
	Analyzer  string
	Findings  []Finding
	Err       string // set when the analyzer failed on the package
}

// The JSON types below have the shape that the multichecker and
// unitchecker drivers of golang.org/x/tools print for -json, so that tools
// reading go vet's JSON read secvet's too:
//
//	{"package ID": {"analyzer": [diagnostic, ...] or {"error": "..."}}}

type jsonDiagnostic struct {
	Category       string        `json:"category,omitempty"`
	Posn           string        `json:"posn"`
	End            string        `json:"end"`
	Message        string        `json:"message"`
	SuggestedFixes []jsonFix     `json:"suggested_fixes,omitempty"`
	Related        []jsonRelated `json:"related,omitempty"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

type jsonError struct {
	Err string `json:"error"`
}

// WriteJSON writes results as one JSON object keyed by package ID, then
// analyzer name. Results without findings or error are left out.
func WriteJSON(w io.Writer, results []PackageResult) error {
	tree := make(map[string]map[string]any)
	for _, r := range results {
		var v any
		switch {
		case r.Err != "":
			v = jsonError{r.Err}
		case len(r.Findings) > 0:
			diags := make([]jsonDiagnostic, 0, len(r.Findings))
			for _, f := range r.Findings {
				diags = append(diags, toJSON(f))
			}
			v = diags
		default:
			continue
		}
		if tree[r.PackageID] == nil {
			tree[r.PackageID] = make(map[string]any)
		}
		tree[r.PackageID][r.Analyzer] = v
	}

	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

func toJSON(f Finding) jsonDiagnostic {
	d := jsonDiagnostic{
		Category: f.Category,
		Posn:     posn(f.Path, f.Start),
		End:      posn(f.Path, f.End),
		Message:  f.Message,
	}
	for _, fix := range f.Fixes {
		jf := jsonFix{Message: fix.Message}
		for _, e := range fix.Edits {
			jf.Edits = append(jf.Edits, jsonEdit{Filename: e.File, Start: e.Start, End: e.End, New: e.New})
		}
		d.SuggestedFixes = append(d.SuggestedFixes, jf)
	}
	for _, r := range f.Related {
		d.Related = append(d.Related, jsonRelated{Posn: posn(r.Path, r.Start), End: posn(r.Path, r.End), Message: r.Message})
	}
	return d
}

// posn formats a position as go/token does: "file:line:col", or
// "file:line" without a column.
func posn(path string, p Position) string {
	if p.Column == 0 {
		return fmt.Sprintf("%s:%d", path, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", path, p.Line, p.Column)
}
