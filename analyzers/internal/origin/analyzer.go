package origin

import (
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/location"
	"github.com/secvet/secvet/analyzers/internal/ssaonce"
)

// Analyzer builds the package's SSA form with debug information, exports
// a Summary fact for each exported function whose results carry data, and
// returns a *Result. Its SSA form is the one that ssaonce shares with
// rawsql and strflow, so analyzers that use Result.Trace read their
// values from ssaonce.
var Analyzer = &analysis.Analyzer{
	Name:       "secvetorigin",
	Doc:        "trace where SSA values come from, for secvet's analyzers",
	URL:        "https://github.com/secvet/secvet/blob/main/analyzers/internal/origin",
	Run:        run,
	Requires:   []*analysis.Analyzer{ssaonce.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Summary)},
}

func run(pass *analysis.Pass) (any, error) {
	r := &Result{
		pass:      pass,
		memo:      make(map[ssa.Value][]Path),
		active:    make(map[ssa.Value]bool),
		summaries: make(map[*ssa.Function]*fnSummary),
		closures:  make(map[*ssa.Function][]*ssa.MakeClosure),
	}
	if len(pass.Files) == 0 || location.Standard(pass) {
		return r, nil
	}

	// The shared SSA form is built in debug mode, so DebugRef
	// instructions keep the names of locals.
	// TODO: every non-Go-tree dependency gets SSA form for its summaries,
	// and the singlechecker keeps all of them alive: on casdoor's module
	// graph the process passed 8 GB. Summarizing only packages that can
	// reach a sink, or go vet's one-process-per-package mode, avoids it.
	info := pass.ResultOf[ssaonce.Analyzer].(*ssaonce.Result).SSA()
	r.Pkg = info.Pkg
	r.SrcFuncs = info.SrcFuncs
	r.indexClosures()

	r.exportSummaries()

	// The driver keeps every package's result until the run ends. Traces of
	// a module-cache or vendored dependency are never asked for again, so
	// drop them; a later Trace call rebuilds what it needs.
	if location.Dependency(pass) {
		clear(r.memo)
		clear(r.summaries)
	}
	return r, nil
}

// indexClosures records where each function literal becomes a closure.
func (r *Result) indexClosures() {
	for _, fn := range r.SrcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if mc, ok := instr.(*ssa.MakeClosure); ok {
					if f, ok := mc.Fn.(*ssa.Function); ok {
						r.closures[f] = append(r.closures[f], mc)
					}
				}
			}
		}
	}
}

// exportSummaries exports a Summary for every exported function or method
// whose results may carry data to a caller in another package.
func (r *Result) exportSummaries() {
	for _, fn := range r.SrcFuncs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || !obj.Exported() || !carriesData(fn.Signature.Results()) {
			continue
		}
		results := r.summarize(fn)
		useful := false
		exported := make([][]Path, len(results))
		for i, paths := range results {
			for _, p := range paths {
				if p.Source.Kind == Unknown || p.Source.Kind == Const || p.Source.Kind == Computed {
					continue
				}
				useful = true
			}
			exported[i] = clearPositions(paths)
		}
		if useful {
			r.pass.ExportObjectFact(obj, &Summary{Version: FactVersion, Results: exported})
		}
	}
}

func clearPositions(paths []Path) []Path {
	out := make([]Path, len(paths))
	for i, p := range paths {
		p.Source.Pos = 0
		through := make([]Step, len(p.Through))
		for j, s := range p.Through {
			s.Pos = 0
			through[j] = s
		}
		p.Through = through
		out[i] = p
	}
	return out
}

// carriesData reports whether a result tuple has a string, byte slice,
// byte array or interface element, the types a secret travels in.
func carriesData(results *types.Tuple) bool {
	for v := range results.Variables() {
		if isDataType(v.Type()) {
			return true
		}
	}
	return false
}

func isDataType(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return isByte(u.Elem())
	case *types.Array:
		return isByte(u.Elem())
	case *types.Interface:
		return true
	}
	return false
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Byte || b.Kind() == types.Uint8)
}
