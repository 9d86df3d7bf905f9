// Command apperror runs the apperror analyzer on the packages it is given, like go vet.
//
// Usage:
//
//	apperror [-flags] ./...
//
// or through go vet:
//
//	go vet -vettool=$(which apperror) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/secvet/secvet/analyzers/apperror"
)

func main() {
	singlechecker.Main(apperror.Analyzer)
}
