package rawsql

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/ssaonce"
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
	Name  string // the parameter's name
	Raw   bool   // the SQL reaches a function that runs SQL text as written
	Sink  string // the function that finally runs it, for messages
	// Built marks a parameter that the function joins into a query of its
	// own instead of passing it on as the whole query. Raw SQL is then
	// reported inside the function, and callers are checked for injection.
	Built bool
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
	call   ssa.CallInstruction // a call, or a go or defer statement
	fn     *ssa.Function       // enclosing function
	target string              // the called function
	query  ssa.Value
	sink   sink
	via    string     // the function that finally runs the SQL, when target wraps it
	param  *sinkParam // the wrapper's parameter when target is a wrapper
	passOn bool       // the query is built from parameters of fn, whose callers are checked
	built  bool       // with passOn: fn adds SQL text of its own
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
	taken    map[*types.Func]bool // functions used as values or through interfaces

	staticCalls map[*types.Func]int // static calls of each function of this package
}

func newChecker(pass *analysis.Pass, s *settings) *checker {
	ssaInfo := pass.ResultOf[ssaonce.Analyzer].(*ssaonce.Result).SSA()
	return &checker{
		pass:     pass,
		settings: s,
		reporter: suppress.NewReporter(pass, Name, s.suppress),
		tracer:   pass.ResultOf[strflow.Analyzer].(*strflow.Tracer),
		funcs:    allFuncs(ssaInfo),
		wrappers: make(map[*types.Func]map[int]sinkParam),
	}
}

// allFuncs returns the package's source functions and the closures of its
// package-level variable initializers, which buildssa does not list.
func allFuncs(info *buildssa.SSA) []*ssa.Function {
	funcs := append([]*ssa.Function(nil), info.SrcFuncs...)
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		funcs = append(funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	if init := info.Pkg.Func("init"); init != nil {
		add(init)
	}
	return funcs
}

// collect finds every call of a sink or of a wrapper from another package.
func (c *checker) collect() {
	c.staticCalls = make(map[*types.Func]int)
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				if f := call.Common().StaticCallee(); f != nil {
					if obj, ok := f.Object().(*types.Func); ok && obj.Pkg() == c.pass.Pkg {
						c.staticCalls[obj.Origin()]++
					}
				}
				c.addSites(fn, call)
			}
		}
	}
}

func (c *checker) addSites(fn *ssa.Function, call ssa.CallInstruction) {
	target := strflow.CalledFunc(call.Common())
	if target == nil {
		return
	}
	name := callee.Name(target)
	_, args := strflow.CallArgs(call.Common())

	sk, ok := c.settings.sinks[name]
	if !ok {
		sk, ok = c.settings.interfaceSink(target)
	}
	if ok {
		if sk.arg < len(args) {
			c.sites = append(c.sites, &site{call: call, fn: fn, target: name, query: args[sk.arg], sink: sk, via: name})
		}
		return
	}
	if target.Pkg() == c.pass.Pkg {
		return // wrappers of this package are found by propagate
	}
	fact := c.importedSink(target)
	if fact == nil {
		return
	}
	for _, p := range fact.Params {
		if p.Index < len(args) {
			c.sites = append(c.sites, &site{call: call, fn: fn, target: name, query: args[p.Index], sink: sink{arg: p.Index, raw: p.Raw && !p.Built}, via: p.Sink, param: &p})
		}
	}
}

// importedSink returns the sinkFact of this sinkFactVersion of target, a
// function of another package, or nil.
func (c *checker) importedSink(target *types.Func) *sinkFact {
	var fact sinkFact
	if !c.pass.ImportObjectFact(target, &fact) || fact.Version != sinkFactVersion {
		return nil
	}
	return &fact
}

// propagate finds the functions of this package that build the query of
// a sink from their parameters, until no new one appears, and adds their
// calls as sites.
func (c *checker) propagate() {
	for round := 0; round < 16; round++ {
		added := false
		for _, st := range c.sites {
			if st.passOn {
				continue
			}
			fnObj, params, built := c.queryParams(st)
			if fnObj == nil {
				continue
			}
			st.passOn, st.built = true, built
			known := c.wrappers[fnObj]
			if known == nil {
				known = make(map[int]sinkParam)
				c.wrappers[fnObj] = known
			}
			for _, p := range params {
				if _, seen := known[p.Index]; !seen {
					p.Raw, p.Sink, p.Built = st.sink.raw, st.via, built
					known[p.Index] = p
					added = true
				}
			}
		}
		if !added {
			return
		}
		c.addWrapperSites()
	}
}

// queryParams reports whether the query of st is built from parameters of
// the declared function that contains it and constants only. A parameter
// passed on unchanged makes any function a wrapper. A query with SQL text
// of its own makes only an unexported function one, because its every
// caller is in this package. An unexported function is a wrapper only when it has a
// static caller and is not used as a value.
func (c *checker) queryParams(st *site) (fn *types.Func, params []sinkParam, built bool) {
	if st.fn.Parent() != nil || st.fn.Object() == nil {
		return nil, nil, false
	}
	obj := st.fn.Object().(*types.Func).Origin()
	q := queryValue(st.query)
	if q == nil {
		return nil, nil, false
	}
	res := c.sanitized(c.tracer.Trace(q))
	if res.Kind != strflow.Dynamic {
		return nil, nil, false
	}
	for _, src := range res.Sources {
		if src.Kind != strflow.Param || src.Index < 0 {
			return nil, nil, false
		}
		if src.Op != strflow.Direct {
			built = true
		}
		params = append(params, sinkParam{Index: src.Index, Name: src.Name})
	}
	if built && obj.Exported() {
		return nil, nil, false
	}
	if !obj.Exported() && (c.isTaken(obj) || c.staticCalls[obj] == 0) {
		// With no caller to check, or callers that cannot all be seen,
		// the finding stays here.
		return nil, nil, false
	}
	return obj, params, built
}

// isTaken reports whether fn may be called other than by a static call of
// this package: it is used as a function value or method value, or it is
// a method of a type converted to an interface.
func (c *checker) isTaken(fn *types.Func) bool {
	if c.taken == nil {
		c.taken = make(map[*types.Func]bool)
		ifaceTypes := make(map[types.Type]bool)
		for _, f := range c.funcs {
			for _, b := range f.Blocks {
				for _, instr := range b.Instrs {
					c.recordTaken(instr, ifaceTypes)
				}
			}
		}
		for _, f := range c.funcs {
			obj, _ := f.Object().(*types.Func)
			if obj == nil {
				continue
			}
			if recv := obj.Type().(*types.Signature).Recv(); recv != nil && ifaceTypes[derefNamed(recv.Type())] {
				c.taken[obj.Origin()] = true
			}
		}
	}
	return c.taken[fn]
}

func (c *checker) recordTaken(instr ssa.Instruction, ifaceTypes map[types.Type]bool) {
	if _, ok := instr.(*ssa.DebugRef); ok {
		// Debug-mode SSA records every mention of a function's name; a
		// mention is not a use as a value.
		return
	}
	if mi, ok := instr.(*ssa.MakeInterface); ok {
		ifaceTypes[derefNamed(mi.X.Type())] = true
	}
	var callValue ssa.Value
	if call, ok := instr.(ssa.CallInstruction); ok {
		callValue = call.Common().Value
	}
	var ops [8]*ssa.Value
	for _, op := range instr.Operands(ops[:0]) {
		if *op == nil || *op == callValue {
			continue
		}
		// A method value is a MakeClosure whose Fn operand is the
		// method's bound wrapper, which has the method as its Object.
		f, ok := (*op).(*ssa.Function)
		if !ok {
			continue
		}
		if obj, ok := f.Object().(*types.Func); ok {
			c.taken[obj.Origin()] = true
		}
	}
}

func derefNamed(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return n.Origin()
	}
	return t
}

// fromQueryBuilder reports whether every non-constant part of res is the
// output of a query-builder library.
func (c *checker) fromQueryBuilder(res strflow.Result) bool {
	if res.Kind != strflow.Dynamic {
		return false
	}
	for _, src := range res.Sources {
		if src.Kind != strflow.CallResult || !c.settings.builders[src.Name] {
			return false
		}
	}
	return true
}

// sanitized returns res without the parts that passed through a
// sanitizer, such as pq.QuoteIdentifier, and without query-builder output.
func (c *checker) sanitized(res strflow.Result) strflow.Result {
	if res.Kind != strflow.Dynamic {
		return res
	}
	var kept []strflow.Source
	for _, src := range res.Sources {
		if c.isSanitized(src) {
			continue
		}
		kept = append(kept, src)
	}
	if len(kept) == 0 {
		res.Kind = strflow.SafeDynamic
	}
	res.Sources = kept
	return res
}

func (c *checker) isSanitized(src strflow.Source) bool {
	if src.Kind == strflow.CallResult && (c.settings.sanitizers[src.Name] || c.settings.builders[src.Name]) {
		return true
	}
	for _, f := range src.Funcs {
		if c.settings.sanitizers[f] {
			return true
		}
	}
	return false
}

// addWrapperSites adds the calls of this package's wrappers as sites.
func (c *checker) addWrapperSites() {
	known := make(map[ssa.CallInstruction]map[int]bool)
	for _, st := range c.sites {
		if known[st.call] == nil {
			known[st.call] = make(map[int]bool)
		}
		known[st.call][st.sink.arg] = true
	}
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
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
					p := p
					c.sites = append(c.sites, &site{call: call, fn: fn, target: callee.Name(target), query: args[index], sink: sink{arg: index, raw: p.Raw && !p.Built}, via: p.Sink, param: &p})
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

// report checks every site. The callers of a site whose query comes from
// its function's parameters are checked instead, except for raw SQL text
// the function adds itself.
func (c *checker) report() {
	for _, st := range c.sites {
		switch {
		case !st.passOn:
			c.check(st)
		case st.built && st.sink.raw && c.settings.raw && !c.rawExempt(st):
			c.reportRaw(st, strflow.Result{})
		}
	}
}

func (c *checker) check(st *site) {
	for _, q := range queryValues(st.query) {
		res := c.tracer.Trace(q)
		if c.fromQueryBuilder(res) {
			continue
		}
		res = c.sanitized(res)
		if res.Kind == strflow.Dynamic && c.tracer.Guarded(q, st.call.Block()) {
			res = strflow.Result{Kind: strflow.Constant} // an allow-list check holds at the sink
		}
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

// rawExempt reports whether raw SQL is allowed at st: in generated files,
// in _test.go files, which set up fixtures with SQL, and in packages listed
// in AllowPkgs.
func (c *checker) rawExempt(st *site) bool {
	if c.settings.allowed(c.pass.Pkg.Path()) {
		return true
	}
	f := c.fileOf(st.call.Common().Pos())
	if f == nil {
		return false
	}
	if ast.IsGenerated(f) {
		return true
	}
	return strings.HasSuffix(c.pass.Fset.File(f.FileStart).Name(), "_test.go")
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
func (c *checker) callExpr(call ssa.CallInstruction) *ast.CallExpr {
	if c.calls == nil {
		c.calls = make(map[token.Pos]*ast.CallExpr)
		ins := c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
			ce := cur.Node().(*ast.CallExpr)
			c.calls[ce.Lparen] = ce
		}
	}
	return c.calls[call.Common().Pos()]
}

// argRange returns the range of the query argument of st, or of the whole
// call when the argument is not found in the syntax.
func (c *checker) argRange(st *site) (token.Pos, token.Pos) {
	ce := c.callExpr(st.call)
	if ce == nil {
		return st.call.Common().Pos(), st.call.Common().Pos()
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
