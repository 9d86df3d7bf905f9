package origin

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

const (
	maxDepth = 24 // nested trace calls before the walk gives up
	maxPaths = 16 // paths kept per value; more become one Unknown path
)

// Result is the SSA form of the analyzed package and the tracer over it.
// Pkg is nil for packages of the Go tree. A Result is used by one pass at a
// time and is not safe for concurrent use.
type Result struct {
	Pkg      *ssa.Package
	SrcFuncs []*ssa.Function // declared functions and their literals, in source order

	pass      *analysis.Pass
	memo      map[ssa.Value][]Path
	active    map[ssa.Value]bool
	depth     int
	summaries map[*ssa.Function]*fnSummary
	closures  map[*ssa.Function][]*ssa.MakeClosure
}

type fnSummary struct {
	done    bool
	results [][]Path
}

// Trace returns the paths by which v gets its value. It never returns an
// empty slice: when nothing is known the single path has an Unknown source.
func (r *Result) Trace(v ssa.Value) []Path {
	paths := r.trace(v)
	if len(paths) == 0 {
		return unknown()
	}
	return paths
}

// Summary returns the fact exported for fn by this analyzer, when fn is in
// another package, or nil. A fact of another FactVersion counts as absent.
func (r *Result) Summary(fn *types.Func) *Summary {
	var s Summary
	if fn.Pkg() == nil || !r.pass.ImportObjectFact(fn, &s) || s.Version != FactVersion {
		return nil
	}
	return &s
}

func (r *Result) trace(v ssa.Value) []Path {
	if paths, ok := r.memo[v]; ok {
		return paths
	}
	if r.active[v] {
		// A cycle through phi nodes or recursion: the other edges
		// carry the value.
		return nil
	}
	if r.depth >= maxDepth {
		return unknown()
	}
	r.active[v] = true
	r.depth++
	paths := r.traceValue(v)
	r.depth--
	delete(r.active, v)

	for _, name := range localNames(v) {
		if _, ok := v.(*ssa.Parameter); ok && name == v.Name() {
			continue
		}
		for i := range paths {
			paths[i] = paths[i].withAlias(Local, name)
		}
	}
	paths = dedupe(paths)
	r.memo[v] = paths
	return paths
}

func dedupe(paths []Path) []Path {
	seen := make(map[string]bool, len(paths))
	out := paths[:0:0]
	for _, p := range paths {
		k := p.key()
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	if len(out) > maxPaths {
		out = append(out[:maxPaths-1:maxPaths-1], Path{})
	}
	return out
}

// localNames returns the names of the source-level variables that v is
// assigned to, from the DebugRef instructions of debug-mode SSA.
func localNames(v ssa.Value) []string {
	var names []string
	if alloc, ok := v.(*ssa.Alloc); ok && alloc.Comment != "" {
		names = append(names, alloc.Comment)
	}
	refs := v.Referrers()
	if refs == nil {
		return names
	}
	for _, instr := range *refs {
		ref, ok := instr.(*ssa.DebugRef)
		if !ok || ref.IsAddr || ref.X != v {
			continue
		}
		if obj, ok := ref.Object().(*types.Var); ok && !obj.IsField() {
			names = append(names, obj.Name())
		}
	}
	return names
}

func (r *Result) traceValue(v ssa.Value) []Path {
	switch v := v.(type) {
	case *ssa.Const:
		return single(Source{Kind: Const, Pos: v.Pos()})
	case *ssa.Parameter:
		return single(Source{Kind: Param, Name: v.Name(), Index: paramIndex(v), Pos: v.Pos()})
	case *ssa.FreeVar:
		return r.traceFreeVar(v, r.trace)
	case *ssa.Global:
		return single(Source{Kind: Global, Name: v.Name(), Pos: v.Pos()})
	case *ssa.Function, *ssa.MakeClosure, *ssa.MakeMap, *ssa.MakeChan, *ssa.MakeSlice:
		return single(Source{Kind: Computed, Pos: v.Pos()})
	case *ssa.Alloc:
		return single(Source{Kind: Local, Name: v.Comment, Pos: v.Pos()})
	case *ssa.Phi:
		var paths []Path
		for _, e := range v.Edges {
			paths = append(paths, r.trace(e)...)
		}
		return paths
	case *ssa.MakeInterface:
		return r.trace(v.X)
	case *ssa.ChangeType:
		return r.trace(v.X)
	case *ssa.ChangeInterface:
		return r.trace(v.X)
	case *ssa.SliceToArrayPointer:
		return r.trace(v.X)
	case *ssa.TypeAssert:
		return r.trace(v.X)
	case *ssa.Convert:
		return r.convert(v.X, v.Type())
	case *ssa.MultiConvert:
		return r.convert(v.X, v.Type())
	case *ssa.Slice:
		if _, ok := v.X.Type().Underlying().(*types.Pointer); ok {
			return r.load(v.X)
		}
		return r.trace(v.X)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return r.load(v.X)
		}
		return single(Source{Kind: Computed, Pos: v.Pos()})
	case *ssa.BinOp:
		if v.Op == token.ADD && isDataType(v.Type()) {
			return withoutConstants(append(r.trace(v.X), r.trace(v.Y)...))
		}
		return single(Source{Kind: Computed, Pos: v.Pos()})
	case *ssa.Field:
		return single(fieldSource(v.X, v.Field, v.Pos()))
	case *ssa.FieldAddr:
		return single(fieldSource(v.X, v.Field, v.Pos()))
	case *ssa.Index:
		return r.trace(v.X)
	case *ssa.IndexAddr:
		return r.trace(v.X)
	case *ssa.Lookup:
		return r.lookup(v)
	case *ssa.Extract:
		return r.extract(v)
	case *ssa.Call:
		return r.callResult(v, 0)
	}
	return unknown()
}

func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

func (r *Result) convert(x ssa.Value, to types.Type) []Path {
	step := Step{Kind: StepConvert, Func: "conversion to " + types.TypeString(to, nil)}
	var out []Path
	for _, p := range r.trace(x) {
		out = append(out, p.then(step))
	}
	return out
}

// traceFreeVar follows a free variable of a function literal to the values
// bound to it where the literal becomes a closure. follow is r.trace for
// the variable's value, or r.load for the variable it points to.
func (r *Result) traceFreeVar(v *ssa.FreeVar, follow func(ssa.Value) []Path) []Path {
	fn := v.Parent()
	index := -1
	for i, fv := range fn.FreeVars {
		if fv == v {
			index = i
		}
	}
	makers := r.closures[fn]
	if index < 0 || len(makers) == 0 {
		return unknown()
	}
	var paths []Path
	for _, mc := range makers {
		paths = append(paths, follow(mc.Bindings[index])...)
	}
	return paths
}

// load traces the value read through the pointer addr.
func (r *Result) load(addr ssa.Value) []Path {
	switch a := addr.(type) {
	case *ssa.Alloc:
		stored, escapes := storesTo(a)
		var paths []Path
		for _, s := range stored {
			paths = append(paths, r.trace(s)...)
		}
		if len(stored) == 0 || escapes {
			paths = append(paths, Path{Source: Source{Kind: Local, Name: a.Comment, Pos: a.Pos()}})
		}
		return paths
	case *ssa.FieldAddr:
		stored := fieldStores(a)
		if len(stored) == 0 {
			return single(fieldSource(a.X, a.Field, a.Pos()))
		}
		field := fieldOf(a.X.Type(), a.Field)
		if field == nil {
			return unknown()
		}
		name := field.Name()
		var paths []Path
		for _, s := range stored {
			for _, p := range r.trace(s) {
				paths = append(paths, p.withAlias(Field, name))
			}
		}
		return paths
	case *ssa.IndexAddr:
		stored := indexStores(a)
		if len(stored) == 0 {
			return r.trace(a.X)
		}
		var paths []Path
		for _, s := range stored {
			paths = append(paths, r.trace(s)...)
		}
		return paths
	case *ssa.FreeVar:
		return r.traceFreeVar(a, r.load)
	case *ssa.Global:
		return single(Source{Kind: Global, Name: a.Name(), Pos: a.Pos()})
	case *ssa.Parameter:
		return single(Source{Kind: Param, Name: a.Name(), Index: paramIndex(a), Pos: a.Pos()})
	case *ssa.Phi:
		var paths []Path
		for _, e := range a.Edges {
			paths = append(paths, r.load(e)...)
		}
		return paths
	}
	return r.trace(addr)
}

// storesTo returns the values stored to the whole of alloc, and whether
// its address is passed on to a call or stored elsewhere, where other
// stores may happen.
func storesTo(alloc *ssa.Alloc) (stored []ssa.Value, escapes bool) {
	for _, instr := range *alloc.Referrers() {
		switch i := instr.(type) {
		case *ssa.Store:
			if i.Addr == alloc {
				stored = append(stored, i.Val)
			} else {
				escapes = true
			}
		case *ssa.Call, *ssa.MakeInterface, *ssa.Go, *ssa.Defer:
			// A closure that captures the variable may store to it
			// too, but the walk treats its stores as unseen.
			escapes = true
		}
	}
	return stored, escapes
}

// fieldStores returns the values stored in the same function to the field
// that fa addresses, through any FieldAddr of the same base.
func fieldStores(fa *ssa.FieldAddr) []ssa.Value {
	var stored []ssa.Value
	refs := fa.X.Referrers()
	if refs == nil {
		return nil
	}
	for _, instr := range *refs {
		other, ok := instr.(*ssa.FieldAddr)
		if !ok || other.Field != fa.Field {
			continue
		}
		for _, use := range *other.Referrers() {
			if st, ok := use.(*ssa.Store); ok && st.Addr == other {
				stored = append(stored, st.Val)
			}
		}
	}
	return stored
}

// indexStores returns the values stored to elements of the array or slice
// that ia indexes, matching constant indices when both are constant.
func indexStores(ia *ssa.IndexAddr) []ssa.Value {
	var stored []ssa.Value
	refs := ia.X.Referrers()
	if refs == nil {
		return nil
	}
	want, wantConst := ia.Index.(*ssa.Const)
	for _, instr := range *refs {
		other, ok := instr.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		if got, ok := other.Index.(*ssa.Const); ok && wantConst && !constant.Compare(got.Value, token.EQL, want.Value) {
			continue
		}
		for _, use := range *other.Referrers() {
			if st, ok := use.(*ssa.Store); ok && st.Addr == other {
				stored = append(stored, st.Val)
			}
		}
	}
	return stored
}

// Elements returns the values a call stored in a slice it built for a
// variadic parameter, or nil when slice was not built that way.
func Elements(slice ssa.Value) []ssa.Value {
	s, ok := slice.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := s.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var elems []ssa.Value
	for _, instr := range *alloc.Referrers() {
		ia, ok := instr.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, use := range *ia.Referrers() {
			if st, ok := use.(*ssa.Store); ok && st.Addr == ia {
				elems = append(elems, st.Val)
			}
		}
	}
	return elems
}

// fieldOf returns field index of the struct that t is or points to, or
// nil when t's core type is not a struct, as for some type parameters.
func fieldOf(t types.Type, index int) *types.Var {
	st := structOf(t)
	if st == nil || index >= st.NumFields() {
		return nil
	}
	return st.Field(index)
}

func structOf(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// fieldSource describes field index of the struct that base is or points to.
func fieldSource(base ssa.Value, index int, pos token.Pos) Source {
	t := base.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st := structOf(t)
	if st == nil || index >= st.NumFields() {
		return Source{Kind: Unknown, Pos: pos}
	}
	f := st.Field(index)
	src := Source{Kind: Field, Name: f.Name(), Tag: st.Tag(index), Model: isModel(st), Base: describe(base), Pos: pos}
	if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != nil {
		src.Struct = named.Obj().Pkg().Path() + "." + named.Obj().Name()
	}
	return src
}

// isModel reports whether st looks like a database model.
func isModel(st *types.Struct) bool {
	for i := range st.NumFields() {
		tag := st.Tag(i)
		for _, key := range []string{`gorm:"`, `db:"`, `bson:"`, `pg:"`, `bun:"`, `xorm:"`} {
			if strings.Contains(tag, key) {
				return true
			}
		}
		f := st.Field(i)
		if f.Embedded() {
			if named, ok := types.Unalias(f.Type()).(*types.Named); ok && named.Obj().Pkg() != nil &&
				(named.Obj().Pkg().Path() == "gorm.io/gorm" || named.Obj().Pkg().Path() == "github.com/jinzhu/gorm") &&
				named.Obj().Name() == "Model" {
				return true
			}
		}
	}
	return false
}

// describe returns a short source-like name for v, such as "req" or
// "req.User", or "".
func describe(v ssa.Value) string {
	for _, name := range localNames(v) {
		return name
	}
	switch v := v.(type) {
	case *ssa.Parameter:
		return v.Name()
	case *ssa.Alloc:
		return v.Comment
	case *ssa.FreeVar:
		return v.Name()
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return describe(v.X)
		}
	case *ssa.FieldAddr:
		if base, f := describe(v.X), fieldOf(v.X.Type(), v.Field); base != "" && f != nil {
			return base + "." + f.Name()
		}
	case *ssa.Field:
		if base, f := describe(v.X), fieldOf(v.X.Type(), v.Field); base != "" && f != nil {
			return base + "." + f.Name()
		}
	}
	return ""
}

// lookup traces m[k] or s[i] with a map or string operand.
func (r *Result) lookup(v *ssa.Lookup) []Path {
	if _, ok := v.X.Type().Underlying().(*types.Map); !ok {
		return r.trace(v.X)
	}
	key, ok := constString(v.Index)
	if !ok {
		return unknown()
	}
	paths := []Path{{Source: Source{Kind: Key, Name: key, Base: describe(v.X), Pos: v.Pos()}}}
	for _, instr := range referrers(v.X) {
		if up, ok := instr.(*ssa.MapUpdate); ok && up.Map == v.X {
			if k, ok := constString(up.Key); ok && k == key {
				paths = append(paths, r.trace(up.Value)...)
			}
		}
	}
	return paths
}

func referrers(v ssa.Value) []ssa.Instruction {
	if refs := v.Referrers(); refs != nil {
		return *refs
	}
	return nil
}

func constString(v ssa.Value) (string, bool) {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		}
		break
	}
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// ConstString returns the value of v when it is a string constant, looking
// through interface boxing and named string types.
func ConstString(v ssa.Value) (string, bool) { return constString(v) }

func (r *Result) extract(v *ssa.Extract) []Path {
	switch t := v.Tuple.(type) {
	case *ssa.Call:
		return r.callResult(t, v.Index)
	case *ssa.TypeAssert:
		if v.Index == 0 {
			return r.trace(t.X)
		}
	case *ssa.Lookup:
		if v.Index == 0 {
			return r.lookup(t)
		}
	}
	return single(Source{Kind: Computed, Pos: v.Pos()})
}

// callResult traces result index of call.
func (r *Result) callResult(call *ssa.Call, index int) []Path {
	common := call.Common()
	if common.IsInvoke() {
		if isHashSum(common.Method) {
			return r.hashSum(call)
		}
		return unknown()
	}
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() == "append" {
			var paths []Path
			for _, a := range common.Args {
				paths = append(paths, r.trace(a)...)
			}
			return paths
		}
		return single(Source{Kind: Computed, Pos: call.Pos()})
	}
	fn := common.StaticCallee()
	if fn == nil {
		return unknown()
	}
	args := common.Args

	obj, _ := fn.Object().(*types.Func)
	name := fn.String()
	if obj != nil {
		name = callee.Name(obj)
	}
	step := Step{Kind: StepCall, Func: name, Pos: call.Pos()}

	if keyArg, ok := keyedGetters[name]; ok && keyArg < len(args) {
		if key, ok := constString(args[keyArg]); ok {
			return single(Source{Kind: Key, Name: key, Base: getterBase(args, name), Getter: name, Pos: call.Pos()})
		}
	}
	if _, ok := derivers[name]; ok {
		return r.through(args, []int{0}, step)
	}
	if origin := fn.Origin(); origin != nil {
		fn = origin
	}
	if fn.Pkg == r.Pkg && len(fn.Blocks) > 0 {
		return r.substitute(r.summarize(fn), index, args, step)
	}
	if obj != nil {
		if s := r.Summary(obj); s != nil && index < len(s.Results) {
			return r.substitute(s.Results, index, args, step)
		}
		if obj.Pkg() != nil && isStd(obj.Pkg().Path()) {
			return r.through(args, nil, step)
		}
	}
	return single(Source{Kind: Call, Name: name, Pos: call.Pos()})
}

// through returns the paths of args (those at the given indices, or all
// when indices is nil), each extended by step.
func (r *Result) through(args []ssa.Value, indices []int, step Step) []Path {
	var out []Path
	for i, a := range args {
		if indices != nil && !containsInt(indices, i) {
			continue
		}
		if elems := Elements(a); elems != nil {
			for _, e := range elems {
				for _, p := range r.trace(e) {
					if p.Source.Kind != Const && p.Source.Kind != Computed {
						out = append(out, p.then(step))
					}
				}
			}
			continue
		}
		for _, p := range r.trace(a) {
			if p.Source.Kind == Const || p.Source.Kind == Computed {
				continue
			}
			out = append(out, p.then(step))
		}
	}
	if len(out) == 0 {
		out = single(Source{Kind: Computed, Pos: step.Pos})
	}
	return out
}

// withoutConstants drops the constant paths of a union that has others, as
// in the concatenation pw + "!".
func withoutConstants(paths []Path) []Path {
	var out []Path
	for _, p := range paths {
		if p.Source.Kind != Const {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return paths
	}
	return out
}

func containsInt(list []int, x int) bool {
	for _, y := range list {
		if x == y {
			return true
		}
	}
	return false
}

// substitute maps the paths of a callee's result to the call's arguments.
func (r *Result) substitute(results [][]Path, index int, args []ssa.Value, step Step) []Path {
	if index >= len(results) {
		return unknown()
	}
	var out []Path
	for _, inner := range results[index] {
		if inner.Source.Kind != Param {
			out = append(out, inner.then(step))
			continue
		}
		if inner.Source.Index < 0 || inner.Source.Index >= len(args) {
			out = append(out, Path{})
			continue
		}
		arg := args[inner.Source.Index]
		argPaths := r.trace(arg)
		if elems := Elements(arg); elems != nil {
			argPaths = nil
			for _, e := range elems {
				argPaths = append(argPaths, r.trace(e)...)
			}
		}
		for _, outer := range argPaths {
			out = append(out, join(outer, inner).then(step))
		}
	}
	return out
}

// summarize returns, for each result of fn, the paths that reach it from
// fn's parameters and other sources.
func (r *Result) summarize(fn *ssa.Function) [][]Path {
	n := fn.Signature.Results().Len()
	if s, ok := r.summaries[fn]; ok {
		if !s.done {
			// Recursion: the outer call collects the other returns.
			return make([][]Path, n)
		}
		return s.results
	}
	s := &fnSummary{}
	r.summaries[fn] = s
	results := make([][]Path, n)
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, v := range ret.Results {
			if isDataType(v.Type()) {
				results[i] = append(results[i], r.trace(v)...)
			} else {
				results[i] = append(results[i], Path{Source: Source{Kind: Computed}})
			}
		}
	}
	for i := range results {
		results[i] = dedupe(results[i])
	}
	s.results, s.done = results, true
	return results
}

// isStd reports whether path is a standard library import path.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// isHashSum reports whether m is the Sum method of a hash.Hash-like
// interface: Sum, Sum32 or Sum64 on a type that also has Write.
func isHashSum(m *types.Func) bool {
	switch m.Name() {
	case "Sum", "Sum32", "Sum64":
	default:
		return false
	}
	recv := m.Signature().Recv()
	if recv == nil {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(recv.Type(), true, m.Pkg(), "Write")
	_, ok := obj.(*types.Func)
	return ok
}

// hashSum traces h.Sum(b): the data written to h before, and b. The path
// gets a step for the function that made h, when h comes from a call, and
// one for Sum itself.
func (r *Result) hashSum(call *ssa.Call) []Path {
	common := call.Common()
	h := common.Value
	var steps []Step
	if ctor, ok := unwrap(h).(*ssa.Call); ok {
		if fn := ctor.Call.StaticCallee(); fn != nil {
			if obj, ok := fn.Object().(*types.Func); ok {
				steps = append(steps, Step{Kind: StepCall, Func: callee.Name(obj), Pos: ctor.Pos()})
			}
			for _, a := range ctor.Call.Args {
				if f, ok := unwrap(a).(*ssa.Function); ok {
					if obj, ok := f.Object().(*types.Func); ok {
						steps = append(steps, Step{Kind: StepCall, Func: callee.Name(obj), Pos: ctor.Pos()})
					}
				}
			}
		}
	}
	steps = append(steps, Step{Kind: StepCall, Func: callee.Name(common.Method), Pos: call.Pos()})

	var data []ssa.Value
	for _, instr := range referrers(h) {
		c, ok := instr.(ssa.CallInstruction)
		if !ok || c == ssa.CallInstruction(call) {
			continue
		}
		cc := c.Common()
		switch {
		case cc.IsInvoke() && cc.Value == h && (cc.Method.Name() == "Write" || cc.Method.Name() == "WriteString"):
			data = append(data, cc.Args...)
		case !cc.IsInvoke() && len(cc.Args) > 1 && cc.Args[0] == h:
			data = append(data, cc.Args[1:]...) // io.WriteString(h, s), fmt.Fprint(h, ...)
		}
	}
	for _, instr := range referrers(h) {
		if conv, ok := instr.(*ssa.ChangeInterface); ok {
			for _, use := range referrers(conv) {
				if c, ok := use.(ssa.CallInstruction); ok && !c.Common().IsInvoke() && len(c.Common().Args) > 1 && c.Common().Args[0] == conv {
					data = append(data, c.Common().Args[1:]...)
				}
			}
		}
	}
	data = append(data, common.Args...)

	var out []Path
	for _, d := range data {
		var paths []Path
		if elems := Elements(d); elems != nil {
			for _, e := range elems {
				paths = append(paths, r.trace(e)...)
			}
		} else {
			paths = r.trace(d)
		}
		for _, p := range paths {
			if p.Source.Kind == Const || p.Source.Kind == Computed {
				continue
			}
			for _, s := range steps {
				p = p.then(s)
			}
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return single(Source{Kind: Computed, Pos: call.Pos()})
	}
	return out
}

func unwrap(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return v
		}
	}
}

func getterBase(args []ssa.Value, name string) string {
	method := name
	if i := strings.LastIndex(name, "."); i >= 0 {
		method = name[i+1:]
	}
	if len(args) > 0 {
		if recv := describe(args[0]); recv != "" {
			return recv + "." + method
		}
	}
	return method
}

// keyedGetters maps functions that read a named request value to the index
// of the argument that names it, counting the receiver as 0.
var keyedGetters = map[string]int{
	"(*net/http.Request).FormValue":                       1,
	"(*net/http.Request).PostFormValue":                   1,
	"(net/url.Values).Get":                                1,
	"(*github.com/gin-gonic/gin.Context).PostForm":        1,
	"(*github.com/gin-gonic/gin.Context).DefaultPostForm": 1,
	"(*github.com/gin-gonic/gin.Context).GetPostForm":     1,
	"(*github.com/gin-gonic/gin.Context).Query":           1,
	"(*github.com/gin-gonic/gin.Context).Param":           1,
	"(*github.com/labstack/echo/v4.context).FormValue":    1,
	"(github.com/labstack/echo/v4.Context).FormValue":     1,
	"(*github.com/gofiber/fiber/v2.Ctx).FormValue":        1,
}

// derivers are password hashers and key derivation functions whose result
// derives from their first argument, the password. The tracer does not
// look inside them, so their step is present whether or not their package
// was summarized.
var derivers = map[string]bool{
	"golang.org/x/crypto/bcrypt.GenerateFromPassword": true,
	"golang.org/x/crypto/argon2.IDKey":                true,
	"golang.org/x/crypto/argon2.Key":                  true,
	"golang.org/x/crypto/scrypt.Key":                  true,
	"golang.org/x/crypto/pbkdf2.Key":                  true,
}
