package strflow

import (
	"fmt"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/location"
	"github.com/secvet/secvet/analyzers/internal/ssaonce"
)

// FactVersion is stored in every FuncFact; facts of another version are
// ignored, so a changed summary format never reaches an old reader.
const FactVersion = 1

// FuncFact summarizes how a function builds its string results. It is
// exported for exported functions and methods that return a string, a byte
// slice or a string slice.
type FuncFact struct {
	Version int
	Results []ResultSummary
}

// ResultSummary describes one string result of a function.
type ResultSummary struct {
	Index int // position of the result in the signature
	// Kind is the classification of the result when every parameter in
	// Params is a constant: Dynamic when the function adds a non-constant
	// part of its own, described by Other.
	Kind   Kind
	Other  string
	Params []int // parameters whose content flows into the result, -1 for the receiver
	Op     Op    // how the first of Params joins the result; Direct when passed on unchanged
}

func (*FuncFact) AFact() {}

func (f *FuncFact) String() string {
	var parts []string
	for _, r := range f.Results {
		parts = append(parts, fmt.Sprintf("result %d %s params=%v op=%s%s", r.Index, r.Kind, r.Params, r.Op, otherSuffix(r.Other)))
	}
	return "strflow(" + strings.Join(parts, "; ") + ")"
}

func otherSuffix(other string) string {
	if other == "" {
		return ""
	}
	return " from " + other
}

// result returns the summary of result index, or nil.
func (f *FuncFact) result(index int) *ResultSummary {
	if f == nil || f.Version != FactVersion {
		return nil
	}
	for i := range f.Results {
		if f.Results[i].Index == index {
			return &f.Results[i]
		}
	}
	return nil
}

// Analyzer summarizes the string results of every exported function as a
// FuncFact and returns a *Tracer for the package. Analyzers that trace
// strings list it in Requires and read pass.ResultOf[strflow.Analyzer].
var Analyzer = &analysis.Analyzer{
	Name:       "strflow",
	Doc:        "trace how string values are built (used by other analyzers)",
	URL:        "https://github.com/secvet/secvet/blob/main/analyzers/internal/strflow",
	Requires:   []*analysis.Analyzer{ssaonce.Analyzer},
	FactTypes:  []analysis.Fact{new(FuncFact)},
	ResultType: reflect.TypeFor[*Tracer](),
	Run:        run,
}

func run(pass *analysis.Pass) (any, error) {
	shared := pass.ResultOf[ssaonce.Analyzer].(*ssaonce.Result)

	facts := make(map[*types.Func]*FuncFact)
	for _, of := range pass.AllObjectFacts() {
		fn, ok := of.Object.(*types.Func)
		fact, ok2 := of.Fact.(*FuncFact)
		if ok && ok2 && fact.Version == FactVersion {
			facts[fn] = fact
		}
	}
	tracer := newLazyTracer(func() (*ssa.Package, []*ssa.Function) {
		ssaInfo := shared.SSA()
		return ssaInfo.Pkg, ssaInfo.SrcFuncs
	}, facts)

	// The tables of calls.go model the standard library. Most third-party
	// packages return no string from an exported function, so they have no
	// fact to export, and their SSA form is built only if an analyzer traces.
	if location.Standard(pass) || !exportsStrings(pass.Pkg) {
		return tracer, nil
	}
	for _, fn := range shared.SSA().SrcFuncs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || !obj.Exported() || obj.Pkg() != pass.Pkg {
			continue
		}
		if fact := tracer.Summarize(fn); fact != nil && worthExporting(fact) {
			pass.ExportObjectFact(obj, fact)
		}
	}
	return tracer, nil
}

// exportsStrings reports whether an exported function or method of pkg
// has a result that Summarize describes: a string, a byte slice or a
// string slice.
func exportsStrings(pkg *types.Package) bool {
	returnsString := func(fn *types.Func) bool {
		if !fn.Exported() {
			return false
		}
		results := fn.Signature().Results()
		for i := range results.Len() {
			if t := results.At(i).Type(); isStringLike(t) || isStringSlice(t) {
				return true
			}
		}
		return false
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			if returnsString(obj) {
				return true
			}
		case *types.TypeName:
			// Methods are declared on package-level named types only,
			// whether the type is exported or not.
			named, ok := obj.Type().(*types.Named)
			if !ok || obj.IsAlias() {
				continue
			}
			for m := range named.Methods() {
				if returnsString(m) {
					return true
				}
			}
		}
	}
	return false
}

// worthExporting reports whether the fact records more than the default for a
// function without one, which is a dynamic result of unknown origin.
func worthExporting(f *FuncFact) bool {
	for _, r := range f.Results {
		if r.Kind != Dynamic || len(r.Params) > 0 {
			return true
		}
	}
	return false
}
