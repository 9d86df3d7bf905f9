// Command noop is the baseline for secvet's benchmarks: a multichecker
// with one analyzer that requires buildssa and reports nothing. It costs
// what every SSA-based driver pays for loading, type-checking and building
// SSA, and nothing more.
//
//	go run ./bench/noop ./...
//	go vet -vettool=$(command -v noop) ./...
//
// Like any multichecker it also works as a go vet -vettool.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
)

var analyzer = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "build SSA and report nothing",
	Requires: []*analysis.Analyzer{buildssa.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { multichecker.Main(analyzer) }
