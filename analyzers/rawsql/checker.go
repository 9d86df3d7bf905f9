package rawsql

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/strflow"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// sinkFact marks a function that runs one of its parameters as SQL
// without changing it, such as a repository's exec helper. Calls of it are
// sinks in every package.
type sinkFact struct {
	Version int
	Params  []sinkParam
}

// sinkParam is one parameter of a function with a sinkFact.
type sinkParam struct {
	Index int    // position among the parameters, the receiver not counted
	Raw   bool   // the SQL reaches a function that runs SQL text as written
	Sink  string // the function that finally runs it, for messages
}

const sinkFactVersion = 1

func (*sinkFact) AFact() {}

func (f *sinkFact) String() string {
	s := "rawsql-sink("
	for i, p := range f.Params {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("param %d to %s", p.Index, p.Sink)
		if p.Raw {
			s += " raw"
		}
	}
	return s + ")"
}

// site is one call whose argument is an SQL query.
type site struct {
	call   *ssa.Call
	fn     *ssa.Function // enclosing function
	target string        // the called function
	query  ssa.Value
	sink   sink
	via    string // the function that finally runs the SQL, when target wraps it
	passOn bool   // the query is a parameter of fn passed on unchanged
}

type checker struct {
	pass     *analysis.Pass
	settings *settings
	reporter *suppress.Reporter
	tracer   *strflow.Tracer
	funcs    []*ssa.Function
	calls    map[token.Pos]*ast.CallExpr // by Lparen

	// wrappers are the functions of this package that pass a parameter on
	// to a sink unchanged, by parameter index.
	wrappers map[*types.Func]map[int]sinkParam
	sites    []*site
}

func newChecker(pass *analysis.Pass, s *settings) *checker {
	ssaInfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	return &checker{
		pass:     pass,
		settings: s,
		reporter: suppress.NewReporter(pass, Name, s.suppress),
		tracer:   pass.ResultOf[strflow.Analyzer].(*strflow.Tracer),
		funcs:    ssaInfo.SrcFuncs,
		wrappers: make(map[*types.Func]map[int]sinkParam),
	}
}

// collect finds every call of a sink or of a wrapper from another package.
func (c *checker) collect() {
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				c.addSites(fn, call)
			}
		}
	}
}

func (c *checker) addSites(fn *ssa.Function, call *ssa.Call) {
	target := strflow.CalledFunc(call.Common())
	if target == nil {
		return
	}
	name := callee.Name(target)
	_, args := strflow.CallArgs(call.Common())

	if sk, ok := c.settings.sinks[name]; ok {
		if sk.arg < len(args) {
			c.sites = append(c.sites, &site{call: call, fn: fn, target: name, query: args[sk.arg], sink: sk, via: name})
		}
		return
	}
	if target.Pkg() == c.pass.Pkg {
		return // wrappers of this package are found by propagate
	}
	var fact sinkFact
	if !c.pass.ImportObjectFact(target, &fact) || fact.Version != sinkFactVersion {
		return
	}
	for _, p := range fact.Params {
		if p.Index < len(args) {
			c.sites = append(c.sites, &site{call: call, fn: fn, target: name, query: args[p.Index], sink: sink{arg: p.Index, raw: p.Raw}, via: p.Sink})
		}
	}
}

// propagate finds the functions of this package that pass a parameter on
// to a sink unchanged, until no new one appears, and adds their calls as
// sites.
func (c *checker) propagate() {
	for round := 0; round < 16; round++ {
		added := false
		for _, st := range c.sites {
			if st.passOn {
				continue
			}
			fnObj, index, ok := c.passedOnParam(st)
			if !ok {
				continue
			}
			st.passOn = true
			params := c.wrappers[fnObj]
			if params == nil {
				params = make(map[int]sinkParam)
				c.wrappers[fnObj] = params
			}
			if _, seen := params[index]; !seen {
				params[index] = sinkParam{Index: index, Raw: st.sink.raw, Sink: st.via}
				added = true
			}
		}
		if !added {
			return
		}
		c.addWrapperSites()
	}
}

// passedOnParam reports whether the query of st is a parameter of a
// declared function, passed to the sink unchanged.
func (c *checker) passedOnParam(st *site) (*types.Func, int, bool) {
	fn := st.fn
	if fn.Parent() != nil || fn.Object() == nil {
		return nil, 0, false
	}
	q := queryValue(st.query)
	if q == nil {
		return nil, 0, false
	}
	res := c.tracer.Trace(q)
	if res.Kind != strflow.Dynamic || len(res.Sources) != 1 {
		return nil, 0, false
	}
	src := res.Sources[0]
	if src.Kind != strflow.Param || src.Op != strflow.Direct || src.Index < 0 {
		return nil, 0, false
	}
	obj := fn.Object().(*types.Func)
	return obj.Origin(), src.Index, true
}

// addWrapperSites adds the calls of this package's wrappers as sites.
func (c *checker) addWrapperSites() {
	known := make(map[*ssa.Call]map[int]bool)
	for _, st := range c.sites {
		if known[st.call] == nil {
			known[st.call] = make(map[int]bool)
		}
		known[st.call][st.sink.arg] = true
	}
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				target := strflow.CalledFunc(call.Common())
				if target == nil {
					continue
				}
				params := c.wrappers[target.Origin()]
				_, args := strflow.CallArgs(call.Common())
				for index, p := range params {
					if index >= len(args) || known[call][index] {
						continue
					}
					c.sites = append(c.sites, &site{call: call, fn: fn, target: callee.Name(target), query: args[index], sink: sink{arg: index, raw: p.Raw}, via: p.Sink})
				}
			}
		}
	}
}

// exportFacts records the exported wrappers for other packages.
func (c *checker) exportFacts() {
	for fn, params := range c.wrappers {
		if !fn.Exported() || fn.Pkg() != c.pass.Pkg {
			continue
		}
		fact := &sinkFact{Version: sinkFactVersion}
		for i := 0; i < 64; i++ {
			if p, ok := params[i]; ok {
				fact.Params = append(fact.Params, p)
			}
		}
		c.pass.ExportObjectFact(fn, fact)
	}
}

// report checks every site that is not a wrapper passing its parameter on.
func (c *checker) report() {
	for _, st := range c.sites {
		if st.passOn {
			continue
		}
		c.check(st)
	}
}

func (c *checker) check(st *site) {
	for _, q := range queryValues(st.query) {
		res := c.tracer.Trace(q)
		switch {
		case res.Kind == strflow.Dynamic:
			if res.OnlyUnresolved() {
				continue // the tracer gave up: stay silent
			}
			c.reportInjection(st, res)
			return
		case st.sink.raw && c.settings.raw:
			if c.rawExempt(st) {
				return
			}
			c.reportRaw(st, res)
			return
		}
	}
}

// rawExempt reports whether raw SQL is allowed at st: in generated files
// and in packages listed in AllowPkgs.
func (c *checker) rawExempt(st *site) bool {
	if c.settings.allowed(c.pass.Pkg.Path()) {
		return true
	}
	if f := c.fileOf(st.call.Pos()); f != nil && ast.IsGenerated(f) {
		return true
	}
	return false
}

func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// queryValue returns the string value under the interface conversions of
// a query argument, or nil when the argument is not a string (a gorm
// condition struct or map, or an interface value of unknown content).
func queryValue(v ssa.Value) ssa.Value {
	for {
		switch w := v.(type) {
		case *ssa.MakeInterface:
			v = w.X
			continue
		case *ssa.ChangeType:
			v = w.X
			continue
		}
		break
	}
	if b, ok := v.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
		return v
	}
	return nil
}

// queryValues returns the string values of a query argument: the argument
// itself, or the string elements of a variadic slice literal such as the
// arguments of gorm's Distinct.
func queryValues(v ssa.Value) []ssa.Value {
	if q := queryValue(v); q != nil {
		return []ssa.Value{q}
	}
	slice, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := slice.X.(*ssa.Alloc)
	if !ok || alloc.Referrers() == nil {
		return nil
	}
	var out []ssa.Value
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok || ia.Referrers() == nil {
			continue
		}
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				if q := queryValue(st.Val); q != nil {
					out = append(out, q)
				}
			}
		}
	}
	return out
}

// callExpr returns the syntax of an SSA call, or nil.
func (c *checker) callExpr(call *ssa.Call) *ast.CallExpr {
	if c.calls == nil {
		c.calls = make(map[token.Pos]*ast.CallExpr)
		ins := c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
			ce := cur.Node().(*ast.CallExpr)
			c.calls[ce.Lparen] = ce
		}
	}
	return c.calls[call.Pos()]
}

// argRange returns the range of the query argument of st, or of the whole
// call when the argument is not found in the syntax.
func (c *checker) argRange(st *site) (token.Pos, token.Pos) {
	ce := c.callExpr(st.call)
	if ce == nil {
		return st.call.Pos(), st.call.Pos()
	}
	index := st.sink.arg
	if sel, ok := ce.Fun.(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			index++ // the receiver is the first argument of a method expression
		}
	}
	if index < len(ce.Args) && !(ce.Ellipsis.IsValid() && index == len(ce.Args)-1) {
		return ce.Args[index].Pos(), ce.Args[index].End()
	}
	return ce.Pos(), ce.End()
}
