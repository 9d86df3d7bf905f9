// Command jwtverify runs the jwtverify analyzer on the packages it is given, like go vet.
//
// Usage:
//
//	jwtverify [-flags] ./...
//
// or through go vet:
//
//	go vet -vettool=$(which jwtverify) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/secvet/secvet/analyzers/jwtverify"
)

func main() {
	singlechecker.Main(jwtverify.Analyzer)
}
