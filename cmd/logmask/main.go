// Command logmask runs the logmask analyzer alone, as go vet does:
//
//	logmask [-funcs=...] [-maskers=...] ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/secvet/secvet/analyzers/logmask"
)

func main() { singlechecker.Main(logmask.Analyzer) }
