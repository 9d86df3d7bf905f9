// Command hardcodedsecret runs the hardcodedsecret analyzer alone, as a
// standalone command or as a vet tool:
//
//	hardcodedsecret ./...
//	go vet -vettool=$(which hardcodedsecret) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/secvet/secvet/analyzers/hardcodedsecret"
)

func main() { singlechecker.Main(hardcodedsecret.Analyzer) }
