// Package ssaonce gives secvet's analyzers one SSA form per package, built
// on first use.
//
// buildssa builds the SSA form of every package it runs on, before the
// analyzers that require it start. When an analyzer uses facts, the
// checker runs it, and so buildssa, on every dependency, the standard
// library included, although most of those packages need no SSA at all.
// Analyzers that require Analyzer instead call Result.SSA only after
// their early returns, and all of them share the one program that the
// first call builds, so their ssa.Values compare equal.
package ssaonce

import (
	"go/ast"
	"go/types"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/ssa"
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
}

// SSA returns the package's SSA form: the package built in debug mode
// (ssa.GlobalDebug, so DebugRef instructions keep the names of locals,
// which origin reports) with ctrlflow's no-return information, and its
// declared functions with their closures in source order, as buildssa
// lists them. Code that walks referrers or operands must skip DebugRef
// instructions, which are not uses.
func (r *Result) SSA() *buildssa.SSA {
	r.once.Do(func() { r.ssa = build(r.pass) })
	return r.ssa
}

func build(pass *analysis.Pass) *buildssa.SSA {
	cfgs := pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs)
	prog := ssa.NewProgram(pass.Fset, ssa.GlobalDebug)
	prog.SetNoReturn(cfgs.NoReturn)
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()
	return &buildssa.SSA{Pkg: pkg, SrcFuncs: sourceFuncs(pass, pkg)}
}

// sourceFuncs lists the package's declared functions and methods with
// their function literals, in source order.
func sourceFuncs(pass *analysis.Pass, pkg *ssa.Package) []*ssa.Function {
	var funcs []*ssa.Function
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		funcs = append(funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if fn := pkg.Prog.FuncValue(obj); fn != nil {
				add(fn)
			}
		}
	}
	return funcs
}
