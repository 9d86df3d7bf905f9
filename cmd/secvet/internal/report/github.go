package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteGitHub writes one GitHub Actions workflow command per finding,
//
//	::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=secvet/analyzer::message
//
// which the Actions runner shows as an annotation on the pull request.
// File paths are relative to the root, which should be the repository's
// checkout directory.
func WriteGitHub(w io.Writer, findings []Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "::error file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			escapeProperty(f.File), f.Start.Line, f.Start.Column, f.End.Line, f.End.Column,
			escapeProperty("secvet/"+f.Analyzer), escapeData(f.Message))
	}
	return bw.Flush()
}

// escapeData escapes a workflow command's message as the Actions runner
// expects.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value, which also
// must not contain the separators ':' and ','.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
