package strflow

import (
	"fmt"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
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
	Requires:   []*analysis.Analyzer{buildssa.Analyzer},
	FactTypes:  []analysis.Fact{new(FuncFact)},
	ResultType: reflect.TypeFor[*Tracer](),
	Run:        run,
}

func run(pass *analysis.Pass) (any, error) {
	ssaInfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)

	facts := make(map[*types.Func]*FuncFact)
	for _, of := range pass.AllObjectFacts() {
		fn, ok := of.Object.(*types.Func)
		fact, ok2 := of.Fact.(*FuncFact)
		if ok && ok2 && fact.Version == FactVersion {
			facts[fn] = fact
		}
	}
	tracer := NewTracer(ssaInfo.Pkg, ssaInfo.SrcFuncs, facts)

	for _, fn := range ssaInfo.SrcFuncs {
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

// worthExporting reports whether the fact says more than the default for a
// function without one, which is a dynamic result of unknown origin.
func worthExporting(f *FuncFact) bool {
	for _, r := range f.Results {
		if r.Kind != Dynamic || len(r.Params) > 0 {
			return true
		}
	}
	return false
}
