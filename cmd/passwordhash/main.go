// Command passwordhash runs the passwordhash analyzer on the packages it is
// given, like go vet.
//
// Usage:
//
//	passwordhash [-hashers=NAMES] [-min-cost=N] [-nolint-reason] ./...
//
// or through go vet:
//
//	go vet -vettool=$(which passwordhash) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/secvet/secvet/analyzers/passwordhash"
)

func main() {
	singlechecker.Main(passwordhash.Analyzer)
}
