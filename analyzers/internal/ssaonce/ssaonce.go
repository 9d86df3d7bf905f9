// Package ssaonce gives secvet's analyzers one SSA form per package, built
// on first use.
//
// buildssa builds the SSA form of every package it runs on, before the
// analyzers that require it start. When an analyzer uses facts, the
// checker runs it, and so buildssa, on every dependency, the standard
// library included, although most of those packages import no sink and
// need no SSA at all. Analyzers that require Analyzer instead call
// Result.SSA only after their early returns, and all of them share the
// one program that the first call builds, so their ssa.Values compare
// equal.
package ssaonce

import (
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
)

// Analyzer returns a *Result for each package and builds nothing itself.
var Analyzer = &analysis.Analyzer{
	Name:       "secvetssa",
	Doc:        "build a package's SSA form on first use, for secvet's analyzers",
	URL:        "https://github.com/secvet/secvet/blob/main/analyzers/internal/ssaonce",
	Requires:   []*analysis.Analyzer{ctrlflow.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	Run: func(pass *analysis.Pass) (any, error) {
		return &Result{pass: pass}, nil
	},
}

// Result builds the SSA form of one package on the first call of SSA. It
// is safe for concurrent use by the analyzers of that package.
type Result struct {
	once sync.Once
	pass *analysis.Pass
	ssa  *buildssa.SSA
	err  error
}

// SSA returns the package's SSA form, the same value that buildssa would
// return: the package built in the default mode with ctrlflow's no-return
// information, and its source functions with their closures in source
// order.
func (r *Result) SSA() *buildssa.SSA {
	r.once.Do(func() {
		// buildssa's Run reads only the pass's syntax, types and the
		// ctrlflow result, which Analyzer requires too.
		res, err := buildssa.Analyzer.Run(r.pass)
		if err != nil {
			r.err = err
			return
		}
		r.ssa = res.(*buildssa.SSA)
	})
	if r.err != nil {
		// buildssa.Analyzer.Run never returns an error in x/tools v0.52.0.
		panic(r.err)
	}
	return r.ssa
}
