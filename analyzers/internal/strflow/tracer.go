package strflow

import (
	"go/token"
	"go/types"
	"math"
	"strconv"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

const (
	// maxDepth bounds the nesting of one trace, counted in values followed.
	maxDepth = 128
	// maxSteps bounds the values visited by one call of Trace, so a
	// function with many nested loops cannot make a query slow.
	maxSteps = 20000
)

// Tracer classifies string values of one package's SSA form. It is safe for
// concurrent use; queries are serialised.
type Tracer struct {
	mu sync.Mutex

	pkg   *ssa.Package
	funcs []*ssa.Function // every function of the package, with init and closures
	facts map[*types.Func]*FuncFact

	// loadPackage, when set, returns pkg and its source functions on the first
	// call of an exported method, so that a package nobody traces is
	// never built.
	loadPackage func() (*ssa.Package, []*ssa.Function)
	loadOnce    sync.Once

	memo        map[memoKey]flow
	active      map[memoKey]int // values being traced, by their position on the stack
	cycleHits   int             // times a trace met a value, field or function it was already tracing
	valueHits   int             // the cycleHits that met a value in active
	lowestHit   int             // lowest stack position that a value cycle met in the current trace
	steps       int
	summaries   map[*ssa.Function]*FuncFact
	ownParts    map[*ssa.Function]map[int]flow // non-parameter parts of summarized results
	summarizing map[*ssa.Function]bool
	globals     map[*ssa.Global]*globalUse // filled on first use
	fields      map[*types.Var]*globalUse  // unexported fields of this package, filled on first use
	fieldMemo   map[fieldKey]flow
	fieldActive map[fieldKey]bool
}

type fieldKey struct {
	field *types.Var
	mode  uint8
}

// memoKey names one question about a value: its string content, the
// content of its elements (slices, arrays, maps) or the content written to
// it (builders).
type memoKey struct {
	v    ssa.Value
	mode uint8
}

const (
	modeValue uint8 = iota
	modeElements
	modeBuilder
	modeKeys
)

type globalUse struct {
	stores  []ssa.Value
	escaped bool // its address is used other than by loads and stores
}

// NewTracer returns a tracer for pkg. funcs are the package's source
// functions (buildssa.SSA.SrcFuncs); facts are the summaries of functions
// of other packages, usually gathered from analysis facts.
func NewTracer(pkg *ssa.Package, funcs []*ssa.Function, facts map[*types.Func]*FuncFact) *Tracer {
	t := newTracer(facts)
	t.setPackage(pkg, funcs)
	return t
}

// newLazyTracer returns a tracer that calls load for its package on the
// first call of an exported method.
func newLazyTracer(load func() (*ssa.Package, []*ssa.Function), facts map[*types.Func]*FuncFact) *Tracer {
	t := newTracer(facts)
	t.loadPackage = load
	return t
}

func newTracer(facts map[*types.Func]*FuncFact) *Tracer {
	return &Tracer{
		facts:       facts,
		memo:        make(map[memoKey]flow),
		active:      make(map[memoKey]int),
		lowestHit:   math.MaxInt,
		summaries:   make(map[*ssa.Function]*FuncFact),
		ownParts:    make(map[*ssa.Function]map[int]flow),
		summarizing: make(map[*ssa.Function]bool),
		fieldMemo:   make(map[fieldKey]flow),
		fieldActive: make(map[fieldKey]bool),
	}
}

func (t *Tracer) setPackage(pkg *ssa.Package, funcs []*ssa.Function) {
	t.pkg = pkg
	t.funcs = append(t.funcs, funcs...)
	if init := pkg.Func("init"); init != nil {
		var add func(fn *ssa.Function)
		add = func(fn *ssa.Function) {
			t.funcs = append(t.funcs, fn)
			for _, anon := range fn.AnonFuncs {
				add(anon)
			}
		}
		add(init)
	}
}

// ready loads the package of a lazy tracer.
func (t *Tracer) ready() {
	t.loadOnce.Do(func() {
		if t.loadPackage != nil {
			t.setPackage(t.loadPackage())
		}
	})
}

// Trace classifies the string, byte slice or string-slice value v. For a
// slice of strings the result describes its elements.
func (t *Tracer) Trace(v ssa.Value) Result {
	t.ready()
	t.mu.Lock()
	defer t.mu.Unlock()

	t.steps = 0
	return t.trace(v, 0).result()
}

// Summarize returns the summary of fn's string results, or nil when fn has
// no string result or no body.
func (t *Tracer) Summarize(fn *ssa.Function) *FuncFact {
	t.ready()
	t.mu.Lock()
	defer t.mu.Unlock()

	t.steps = 0
	return t.summarize(fn, 0)
}

// FuncFactOf returns the summary of a function of this package or the
// imported fact of a function of another package, or nil.
func (t *Tracer) FuncFactOf(fn *types.Func) *FuncFact {
	t.ready()
	fn = fn.Origin()
	if s := t.pkg.Prog.FuncValue(fn); s != nil && s.Pkg == t.pkg {
		return t.Summarize(s)
	}
	return t.facts[fn]
}

// memoized runs compute for k unless its result is known, k is already
// being traced (a cycle through a phi or a recursive call, which adds
// nothing new), or the limits are reached.
func (t *Tracer) memoized(k memoKey, depth int, compute func() flow) flow {
	if f, ok := t.memo[k]; ok {
		return f
	}
	if pos, ok := t.active[k]; ok {
		t.cycleHits++
		t.valueHits++
		t.lowestHit = min(t.lowestHit, pos)
		return constantFlow
	}
	if depth > maxDepth || t.steps > maxSteps {
		return sourceFlow(Source{Kind: Unresolved, Pos: k.v.Pos()})
	}
	t.steps++

	pos := len(t.active)
	t.active[k] = pos
	hits, valueHits, outerLowest := t.cycleHits, t.valueHits, t.lowestHit
	t.lowestHit = math.MaxInt
	f := compute()
	delete(t.active, k)

	// A value whose trace was cut short by a cycle may lack parts that the
	// cycle's head adds, so only complete results are kept. The result is
	// complete when every cycle it met returned to k itself or to a value
	// traced inside it, because merging is a union: one pass over the
	// cycle's other edges adds everything.
	onlyInner := t.cycleHits-hits == t.valueHits-valueHits && t.lowestHit >= pos
	if onlyInner {
		t.memo[k] = f
		t.lowestHit = outerLowest
	} else {
		t.lowestHit = min(outerLowest, t.lowestHit)
	}
	return f
}

func (t *Tracer) trace(v ssa.Value, depth int) flow {
	if _, ok := v.(*ssa.Const); ok {
		return constantFlow
	}
	typ := v.Type()
	if isNumeric(typ) {
		return t.numeric(v, depth)
	}
	switch u := typ.Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
		return t.elements(v, depth)
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); ok {
			return t.elements(v, depth)
		}
	}
	return t.memoized(memoKey{v, modeValue}, depth, func() flow { return t.value(v, depth+1) })
}

// numeric classifies a number or boolean: safe, unless it is a byte or rune
// taken from a string, which carries the string's content.
func (t *Tracer) numeric(v ssa.Value, depth int) flow {
	switch v := v.(type) {
	case *ssa.Index:
		if isStringLike(v.X.Type()) {
			return t.trace(v.X, depth+1)
		}
	case *ssa.Extract:
		if next, ok := v.Tuple.(*ssa.Next); ok && next.IsString {
			if r, ok := next.Iter.(*ssa.Range); ok {
				return t.trace(r.X, depth+1)
			}
		}
	case *ssa.Phi:
		return t.memoized(memoKey{v, modeValue}, depth, func() flow {
			f := constantFlow
			for _, e := range v.Edges {
				f = merge(f, t.numeric(e, depth+1))
			}
			return f
		})
	case *ssa.Const:
		return constantFlow
	}
	return safeFlow
}

// value classifies a string value that is not a constant.
func (t *Tracer) value(v ssa.Value, depth int) flow {
	switch v := v.(type) {
	case *ssa.Parameter:
		return sourceFlow(paramSource(v))
	case *ssa.FreeVar:
		if b := t.binding(v); b != nil {
			return t.trace(b, depth)
		}
		return sourceFlow(Source{Kind: Captured, Name: v.Name()})
	case *ssa.Phi:
		f := constantFlow
		for i, e := range v.Edges {
			ef := t.trace(e, depth)
			if ef.kind() == Dynamic && t.guardedOnEdge(e, v.Block().Preds[i], v.Block(), depth) {
				continue
			}
			f = merge(f, ef)
		}
		return f
	case *ssa.BinOp:
		if v.Op != token.ADD {
			return sourceFlow(Source{Kind: Other, Name: "value of type " + v.Type().String()})
		}
		// a + b + c nests to the left, so the links of one chain share a
		// depth: a query concatenated over many lines is followed to its
		// first part. The step limit still bounds the work.
		var x flow
		if inner, ok := v.X.(*ssa.BinOp); ok && inner.Op == token.ADD {
			x = t.memoized(memoKey{inner, modeValue}, depth, func() flow { return t.value(inner, depth) })
		} else {
			x = t.operand(v.X, v, depth)
		}
		return joined(merge(x, t.operand(v.Y, v, depth)), Concat, "", v.Pos())
	case *ssa.Call:
		return t.call(v.Common(), 0, v.Pos(), depth)
	case *ssa.Extract:
		return t.extract(v, depth)
	case *ssa.MakeInterface:
		return t.trace(v.X, depth)
	case *ssa.ChangeType:
		return t.trace(v.X, depth)
	case *ssa.ChangeInterface:
		return t.trace(v.X, depth)
	case *ssa.TypeAssert:
		return t.trace(v.X, depth)
	case *ssa.Convert:
		if isNumeric(v.X.Type()) {
			// string(r) of a byte or rune taken from a string carries
			// that string's content.
			return t.numeric(v.X, depth)
		}
		return t.trace(v.X, depth)
	case *ssa.Slice:
		return t.trace(v.X, depth)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return t.load(v.X, modeValue, depth)
		}
	case *ssa.Field:
		return t.field(v.X.Type(), v.Field, modeValue, depth)
	case *ssa.Index:
		return t.elements(v.X, depth)
	case *ssa.Lookup:
		return t.elements(v.X, depth)
	}
	return sourceFlow(Source{Kind: Other, Name: "value of type " + v.Type().String()})
}

// operand traces x as used by instr: constant when a condition limits it
// there.
func (t *Tracer) operand(x ssa.Value, instr ssa.Instruction, depth int) flow {
	f := t.trace(x, depth)
	if f.kind() == Dynamic && t.guardedAt(x, instr.Block(), depth) {
		return constantFlow
	}
	return f
}

func (t *Tracer) extract(v *ssa.Extract, depth int) flow {
	switch tuple := v.Tuple.(type) {
	case *ssa.Call:
		return t.call(tuple.Common(), v.Index, tuple.Pos(), depth)
	case *ssa.Lookup:
		return t.elements(tuple.X, depth)
	case *ssa.TypeAssert:
		return t.trace(tuple.X, depth)
	}
	return sourceFlow(Source{Kind: Other, Name: "value of type " + v.Type().String()})
}

// elements classifies the content of a slice, array or map: the union of
// every value stored in it.
func (t *Tracer) elements(v ssa.Value, depth int) flow {
	if _, ok := v.(*ssa.Const); ok {
		return constantFlow
	}
	return t.memoized(memoKey{v, modeElements}, depth, func() flow {
		depth++
		switch v := v.(type) {
		case *ssa.Parameter:
			return sourceFlow(paramSource(v))
		case *ssa.FreeVar:
			if b := t.binding(v); b != nil {
				return t.elements(b, depth)
			}
			return sourceFlow(Source{Kind: Captured, Name: v.Name()})
		case *ssa.Phi:
			f := constantFlow
			for _, e := range v.Edges {
				f = merge(f, t.elements(e, depth))
			}
			return f
		case *ssa.Alloc, *ssa.MakeSlice, *ssa.MakeMap:
			return t.stored(v, depth)
		case *ssa.Slice:
			return t.elements(v.X, depth)
		case *ssa.Convert:
			return t.trace(v.X, depth)
		case *ssa.ChangeType:
			return t.elements(v.X, depth)
		case *ssa.MakeInterface:
			return t.elements(v.X, depth)
		case *ssa.UnOp:
			if v.Op == token.MUL {
				return t.load(v.X, modeElements, depth)
			}
		case *ssa.Field:
			return t.field(v.X.Type(), v.Field, modeElements, depth)
		case *ssa.Call:
			return t.sliceCall(v, depth)
		case *ssa.Extract:
			return t.extract(v, depth)
		}
		return sourceFlow(Source{Kind: Element, Name: "value of type " + v.Type().String()})
	})
}

// stored classifies what is written into a freshly made slice, array or
// map through index expressions and map updates.
func (t *Tracer) stored(container ssa.Value, depth int) flow {
	f := constantFlow
	refs := container.Referrers()
	if refs == nil {
		return f
	}
	for _, ref := range *refs {
		switch ref := ref.(type) {
		case *ssa.IndexAddr:
			for _, st := range storesThrough(ref) {
				f = merge(f, t.operand(st.Val, st, depth))
			}
		case *ssa.MapUpdate:
			f = merge(f, t.trace(ref.Value, depth))
		case *ssa.Store:
			// An array value stored whole, as in *p = [2]string{...}.
			if ref.Addr == container {
				f = merge(f, t.elements(ref.Val, depth))
			}
		}
	}
	// TODO: writes through a copy of the slice header or a map passed to
	// another function are not seen; such containers are rare in query
	// building and are classified by the writes seen here.
	return f
}

func storesThrough(addr ssa.Value) []*ssa.Store {
	var out []*ssa.Store
	refs := addr.Referrers()
	if refs == nil {
		return nil
	}
	for _, ref := range *refs {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == addr {
			out = append(out, st)
		}
	}
	return out
}

// sliceCall classifies the elements of a slice returned by a call.
func (t *Tracer) sliceCall(v *ssa.Call, depth int) flow {
	common := v.Common()
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() != "append" {
			return sourceFlow(Source{Kind: CallResult, Name: b.Name()})
		}
		f := t.elements(common.Args[0], depth)
		if len(common.Args) > 1 {
			added := common.Args[1]
			if isStringLike(added.Type()) && !isSliceType(added.Type()) {
				f = merge(f, t.trace(added, depth)) // append(b, s...)
			} else {
				f = merge(f, t.elements(added, depth))
			}
		}
		return joined(f, Join, "", v.Pos())
	}
	return t.call(common, 0, v.Pos(), depth)
}

func isSliceType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Slice)
	return ok
}

// load classifies the value read from addr.
func (t *Tracer) load(addr ssa.Value, mode uint8, depth int) flow {
	read := func(v ssa.Value) flow {
		if mode == modeElements {
			return t.elements(v, depth)
		}
		return t.trace(v, depth)
	}
	switch a := addr.(type) {
	case *ssa.Alloc:
		values, escape := t.localStores(a)
		f := constantFlow
		for _, v := range values {
			f = merge(f, read(v))
		}
		if mode == modeElements {
			// An array written element by element, as a composite
			// literal of an array is.
			f = merge(f, t.stored(a, depth))
		}
		if escape != nil {
			f = merge(f, sourceFlow(*escape))
		}
		return f
	case *ssa.Global:
		use := t.globalUse(a)
		if use == nil || use.escaped {
			return sourceFlow(Source{Kind: Global, Name: a.Pkg.Pkg.Name() + "." + a.Name()})
		}
		f := constantFlow
		for _, v := range use.stores {
			f = merge(f, read(v))
		}
		return f
	case *ssa.FieldAddr:
		return t.field(a.X.Type(), a.Field, mode, depth)
	case *ssa.IndexAddr:
		return t.elements(a.X, depth)
	case *ssa.FreeVar:
		if b := t.binding(a); b != nil {
			return t.load(b, mode, depth)
		}
		return sourceFlow(Source{Kind: Captured, Name: a.Name()})
	case *ssa.Parameter:
		return sourceFlow(paramSource(a))
	}
	return sourceFlow(Source{Kind: Other, Name: "value of type " + addr.Type().String()})
}

// localStores returns the values stored into a local variable, also from
// closures that capture it, and a source when its address escapes into a
// call that may write it.
func (t *Tracer) localStores(alloc *ssa.Alloc) ([]ssa.Value, *Source) {
	var values []ssa.Value
	var escape *Source
	var visit func(addr ssa.Value, depth int)
	visit = func(addr ssa.Value, depth int) {
		refs := addr.Referrers()
		if refs == nil || depth > 8 {
			return
		}
		for _, ref := range *refs {
			switch ref := ref.(type) {
			case *ssa.Store:
				if ref.Addr == addr {
					values = append(values, ref.Val)
				} else if escape == nil {
					escape = &Source{Kind: Other, Name: "variable " + alloc.Comment + " whose address is stored", Pos: ref.Pos()}
				}
			case *ssa.MakeClosure:
				fn := ref.Fn.(*ssa.Function)
				for i, b := range ref.Bindings {
					if b == addr {
						visit(fn.FreeVars[i], depth+1)
					}
				}
			case *ssa.Call:
				if escape == nil {
					escape = &Source{Kind: CallResult, Name: callName(ref.Common()), Pos: ref.Pos()}
				}
			}
		}
	}
	visit(alloc, 0)
	return values, escape
}

// globalUse returns how a package-level variable of this package is
// written, or nil for variables of other packages.
func (t *Tracer) globalUse(g *ssa.Global) *globalUse {
	if g.Pkg != t.pkg {
		// TODO: export facts on package-level variables so a constant-only
		// variable of another package is not taken for a dynamic one.
		return nil
	}
	if t.globals == nil {
		t.globals = make(map[*ssa.Global]*globalUse)
		for _, fn := range t.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					t.recordGlobalUse(instr)
				}
			}
		}
	}
	if use := t.globals[g]; use != nil {
		return use
	}
	return &globalUse{}
}

func (t *Tracer) recordGlobalUse(instr ssa.Instruction) {
	var ops [8]*ssa.Value
	for _, op := range instr.Operands(ops[:0]) {
		g, ok := (*op).(*ssa.Global)
		if !ok || g.Pkg != t.pkg {
			continue
		}
		use := t.globals[g]
		if use == nil {
			use = &globalUse{}
			t.globals[g] = use
		}
		switch instr := instr.(type) {
		case *ssa.Store:
			if instr.Addr == g {
				use.stores = append(use.stores, instr.Val)
			} else {
				use.escaped = true
			}
		case *ssa.UnOp:
			// A load.
		case *ssa.DebugRef:
		default:
			use.escaped = true
		}
	}
}

// binding returns the value a closure's free variable is bound to, when a
// single MakeClosure in the enclosing function creates the closure.
func (t *Tracer) binding(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	parent := fn.Parent()
	if parent == nil {
		return nil
	}
	index := -1
	for i, v := range fn.FreeVars {
		if v == fv {
			index = i
		}
	}
	var found ssa.Value
	for _, b := range parent.Blocks {
		for _, instr := range b.Instrs {
			mc, ok := instr.(*ssa.MakeClosure)
			if !ok || mc.Fn != fn || index < 0 || index >= len(mc.Bindings) {
				continue
			}
			if found != nil {
				return nil
			}
			found = mc.Bindings[index]
		}
	}
	return found
}

// field classifies a struct field. An unexported field of a struct type
// of this package can only be written by this package, so its content is
// the union of every value the package stores in it; parameters of the
// storing functions become Field sources. Other fields are Field sources.
func (t *Tracer) field(structType types.Type, index int, mode uint8, depth int) flow {
	name := fieldName(structType, index)
	v := fieldVar(structType, index)
	if v == nil || v.Exported() || v.Pkg() != t.pkg.Pkg {
		return sourceFlow(Source{Kind: Field, Name: name})
	}
	use := t.fieldUse(v)
	if use.escaped {
		return sourceFlow(Source{Kind: Field, Name: name})
	}

	k := fieldKey{v, mode}
	if f, ok := t.fieldMemo[k]; ok {
		return f
	}
	if t.fieldActive[k] {
		t.cycleHits++
		return constantFlow
	}
	t.fieldActive[k] = true
	hits := t.cycleHits
	f := constantFlow
	for _, val := range use.stores {
		if mode == modeElements {
			f = merge(f, t.elements(val, depth+1))
		} else {
			f = merge(f, t.trace(val, depth+1))
		}
	}
	delete(t.fieldActive, k)

	out := flow{numeric: f.numeric, pos: f.pos}
	for _, s := range f.sources {
		if s.Kind == Param || s.Kind == Captured {
			s.Kind, s.Name, s.Index = Field, name, 0
		}
		if !containsSource(out.sources, s) {
			out.sources = append(out.sources, s)
		}
	}
	if t.cycleHits == hits {
		t.fieldMemo[k] = out
	}
	return out
}

// fieldUse returns the values stored in an unexported field of this
// package and whether its address escapes.
func (t *Tracer) fieldUse(v *types.Var) *globalUse {
	if t.fields == nil {
		t.fields = make(map[*types.Var]*globalUse)
		for _, fn := range t.funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if fa, ok := instr.(*ssa.FieldAddr); ok {
						t.recordFieldUse(fa)
					}
				}
			}
		}
	}
	if use := t.fields[v]; use != nil {
		return use
	}
	return &globalUse{}
}

func (t *Tracer) recordFieldUse(fa *ssa.FieldAddr) {
	v := fieldVar(fa.X.Type(), fa.Field)
	if v == nil || v.Exported() || v.Pkg() != t.pkg.Pkg {
		return
	}
	use := t.fields[v]
	if use == nil {
		use = &globalUse{}
		t.fields[v] = use
	}
	refs := fa.Referrers()
	if refs == nil {
		return
	}
	for _, ref := range *refs {
		switch ref := ref.(type) {
		case *ssa.Store:
			if ref.Addr == fa {
				use.stores = append(use.stores, ref.Val)
			} else {
				use.escaped = true
			}
		case *ssa.UnOp, *ssa.DebugRef, *ssa.IndexAddr, *ssa.FieldAddr:
			// Reads, and addresses of parts of the field.
		default:
			use.escaped = true
		}
	}
}

// fieldVar returns the declared field number index of a struct or pointer
// to struct type, or nil.
func fieldVar(structType types.Type, index int) *types.Var {
	t := structType.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	s, ok := t.(*types.Struct)
	if !ok || index >= s.NumFields() {
		return nil
	}
	return s.Field(index).Origin()
}

func paramSource(p *ssa.Parameter) Source {
	fn := p.Parent()
	index := -1
	for i, q := range fn.Params {
		if q == p {
			index = i
		}
	}
	if fn.Signature.Recv() != nil {
		index--
	}
	return Source{Kind: Param, Name: p.Name(), Index: index}
}

func fieldName(structPtr types.Type, index int) string {
	t := structPtr.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	if s, ok := t.(*types.Struct); ok && index < s.NumFields() {
		return s.Field(index).Name()
	}
	return "field"
}

// calledFunc returns the declared function or method a call invokes,
// following bound-method closures; it is nil for function values.
func calledFunc(common *ssa.CallCommon) *types.Func {
	if common.IsInvoke() {
		return common.Method
	}
	var fn *ssa.Function
	switch v := common.Value.(type) {
	case *ssa.Function:
		fn = v
	case *ssa.MakeClosure:
		fn, _ = v.Fn.(*ssa.Function)
	}
	if fn == nil {
		return nil
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return nil
	}
	return obj.Origin()
}

// CalledFunc returns the declared function or method a call invokes: the
// static callee, the method of a bound method value, or the interface
// method of a dynamic call. It is nil for calls of other function values.
func CalledFunc(common *ssa.CallCommon) *types.Func {
	return calledFunc(common)
}

// CallArgs returns the receiver (nil for functions) and the arguments of a
// call in the order of the callee's signature, with the receiver of a bound
// method value or of a method expression put back in place.
func CallArgs(common *ssa.CallCommon) (recv ssa.Value, args []ssa.Value) {
	fn := calledFunc(common)
	if fn == nil {
		return nil, common.Args
	}
	sig := fn.Type().(*types.Signature)
	if common.IsInvoke() {
		return common.Value, common.Args
	}
	if sig.Recv() == nil {
		return nil, common.Args
	}
	if mc, ok := common.Value.(*ssa.MakeClosure); ok && len(mc.Bindings) > 0 {
		return mc.Bindings[0], common.Args
	}
	if len(common.Args) == sig.Params().Len()+1 {
		return common.Args[0], common.Args[1:]
	}
	return nil, common.Args
}

func callName(common *ssa.CallCommon) string {
	if fn := calledFunc(common); fn != nil {
		return callee.Name(fn)
	}
	if fn := common.StaticCallee(); fn != nil && fn.Object() == nil {
		return "a func literal"
	}
	if g, ok := common.Value.(*ssa.Global); ok {
		return g.Name()
	}
	if p, ok := common.Value.(*ssa.Parameter); ok {
		return "function parameter " + strconv.Quote(p.Name())
	}
	// Other values are SSA registers whose names (t1, t2) mean nothing to
	// the reader.
	return "a function value"
}
