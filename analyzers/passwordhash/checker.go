package passwordhash

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/origin"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// Categories of findings. Each becomes a SARIF rule id.
const (
	catPlaintext = "plaintext-storage"
	catFastHash  = "fast-hash"
	catCompare   = "unsafe-compare"
	catLowCost   = "low-cost"
)

type checker struct {
	pass     *analysis.Pass
	cfg      *Config
	origin   *origin.Result
	reporter *suppress.Reporter
	hashers  map[string]bool
	nodes    map[token.Pos]ast.Node      // calls by Lparen, binary expressions by OpPos, returns by Return
	callees  map[token.Pos]*ssa.Function // functions of the package by the positions of their calls
	helpers  map[*ssa.Function]*helperFinding
	storers  map[*ssa.Function][]int // functions that store a parameter as a model, by parameter index
	reported map[token.Pos]bool
}

func newChecker(pass *analysis.Pass, cfg *Config, result *origin.Result) *checker {
	c := &checker{
		pass:     pass,
		cfg:      cfg,
		origin:   result,
		reporter: suppress.NewReporter(pass, name, cfg.Suppress),
		hashers:  make(map[string]bool),
		reported: make(map[token.Pos]bool),
		helpers:  make(map[*ssa.Function]*helperFinding),
	}
	for _, h := range append(append([]string(nil), defaultHashers...), cfg.Hashers...) {
		c.hashers[h] = true
	}
	return c
}

func (c *checker) checkFunc(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Call:
				c.checkCall(fn, instr)
			case *ssa.BinOp:
				if instr.Op == token.EQL || instr.Op == token.NEQ {
					c.checkCompare(instr.Pos(), instr.Op.String(), instr.X, instr.Y)
				}
			case *ssa.Return:
				c.checkReturn(fn, instr)
			}
		}
	}
}

func (c *checker) checkCall(fn *ssa.Function, call *ssa.Call) {
	common := call.Common()
	var obj *types.Func
	if common.IsInvoke() {
		obj = common.Method
	} else if f := common.StaticCallee(); f != nil {
		obj, _ = f.Object().(*types.Func)
	}
	if obj == nil {
		return
	}
	fullName := callee.Name(obj)
	args := common.Args
	if common.IsInvoke() {
		args = append([]ssa.Value{common.Value}, args...)
	}

	if fullName == bcryptGenerate && len(args) == 2 {
		c.checkCost(call, args[1])
	}
	if ops, ok := compareFuncs[fullName]; ok && len(args) > ops[1] {
		c.checkCompare(call.Pos(), shortName(fullName), args[ops[0]], args[ops[1]])
	}
	if s, ok := sqlSinks[fullName]; ok && len(args) > s.args && (s.query < 0 || isString(unwrap(args[s.query]).Type())) {
		c.checkSQL(fn, call, fullName, s, args)
	}
	if models, sink := c.modelArgs(call); len(models) > 0 {
		for _, v := range models {
			c.checkModel(fn, call, sink, v)
		}
	}
	if ops, ok := columnSinks[fullName]; ok && len(args) > ops[1] {
		c.checkColumn(fn, call, fullName, args[ops[0]], args[ops[1]])
	}
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// checkCost reports a constant bcrypt cost below the minimum.
func (c *checker) checkCost(call *ssa.Call, cost ssa.Value) {
	k, ok := cost.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.Int {
		return
	}
	n, exact := constant.Int64Val(k.Value)
	if !exact || n >= int64(c.cfg.MinCost) {
		return
	}
	c.report(catLowCost, call.Pos(), fmt.Sprintf("bcrypt cost %d is below %d; pass bcrypt.DefaultCost or a higher constant", n, c.cfg.MinCost))
}

// checkSQL checks the arguments of a query.
func (c *checker) checkSQL(fn *ssa.Function, call *ssa.Call, fullName string, s sqlSink, args []ssa.Value) {
	query := ""
	if s.query >= 0 {
		query, _ = origin.ConstString(args[s.query])
	}
	columns := queryColumns(query)
	var values []ssa.Value
	for _, a := range args[s.args:] {
		if elems := origin.Elements(a); elems != nil {
			values = append(values, orderedElements(a, elems)...)
		} else {
			values = append(values, a)
		}
	}
	for i, v := range values {
		target := "the query of " + shortName(fullName)
		holder := false
		if col, ok := columns[i]; ok {
			target = col
			holder = isPlainName(lastPart(col))
		}
		c.checkStored(fn, call.Pos(), v, target, holder, nil)
	}
}

// orderedElements returns the elements of a variadic argument slice in
// index order, falling back to elems when an index is not constant.
func orderedElements(slice ssa.Value, elems []ssa.Value) []ssa.Value {
	alloc := slice.(*ssa.Slice).X.(*ssa.Alloc)
	n := 0
	if arr, ok := alloc.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array); ok {
		n = int(arr.Len())
	}
	ordered := make([]ssa.Value, n)
	for _, instr := range *alloc.Referrers() {
		ia, ok := instr.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		k, ok := ia.Index.(*ssa.Const)
		if !ok {
			return elems
		}
		i, _ := constant.Int64Val(k.Value)
		for _, use := range *ia.Referrers() {
			if st, ok := use.(*ssa.Store); ok && st.Addr == ia && int(i) < n {
				ordered[i] = st.Val
			}
		}
	}
	for _, v := range ordered {
		if v == nil {
			return elems
		}
	}
	return ordered
}

// checkStored reports v when it is a password that reaches storage as
// plaintext or as a fast digest. holder is true when the field or column
// that receives v is named as a password.
func (c *checker) checkStored(fn *ssa.Function, pos token.Pos, v ssa.Value, target string, holder bool, also []token.Pos) {
	if isBool(unwrap(v).Type()) {
		return
	}
	paths := c.origin.Trace(v)
	if verdict, ok := c.first(paths, holder, plaintext); ok {
		c.report(catPlaintext, pos, fmt.Sprintf("password from %s is stored in %s without bcrypt; hash it with bcrypt.GenerateFromPassword", verdict.path.Source.Describe(), target), also...)
		return
	}
	if verdict, ok := c.first(paths, holder, fastHashed); ok && !c.throughReportedHelper(fn, verdict.path) {
		c.report(catFastHash, pos, fmt.Sprintf("password from %s is hashed with %s, a fast digest, and stored in %s; hash it with bcrypt.GenerateFromPassword", verdict.path.Source.Describe(), shortName(verdict.digest.Func), target), also...)
	}
}

// helperFinding is the fast-hash finding of a function's return
// statement, computed once per function.
type helperFinding struct {
	ret     *ssa.Return
	verdict verdict
}

// returnFinding returns the return statement of fn that returns a fast
// digest of a password, unless the digest came from another helper of the
// package that is reported itself.
func (c *checker) returnFinding(fn *ssa.Function) (*ssa.Return, verdict) {
	if h, ok := c.helpers[fn]; ok {
		return h.ret, h.verdict // in progress for recursive helpers: nothing yet
	}
	h := &helperFinding{}
	c.helpers[fn] = h
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || !ret.Pos().IsValid() || h.ret != nil {
			continue
		}
		for _, v := range ret.Results {
			if isBool(v.Type()) {
				continue
			}
			verdict, ok := c.first(c.origin.Trace(v), false, fastHashed)
			if ok && !c.throughReportedHelper(fn, verdict.path) {
				h.ret, h.verdict = ret, verdict
				break
			}
		}
	}
	return h.ret, h.verdict
}

// throughReportedHelper reports whether path went through a call of
// another function of the package whose return statement is reported.
func (c *checker) throughReportedHelper(fn *ssa.Function, path origin.Path) bool {
	if c.callees == nil {
		c.callees = make(map[token.Pos]*ssa.Function)
		for _, f := range c.origin.SrcFuncs {
			for _, b := range f.Blocks {
				for _, instr := range b.Instrs {
					if call, ok := instr.(*ssa.Call); ok {
						if g := call.Call.StaticCallee(); g != nil && g.Pkg == c.origin.Pkg {
							c.callees[call.Pos()] = g
						}
					}
				}
			}
		}
	}
	for _, s := range path.Through {
		if s.Kind != origin.StepCall || !s.Pos.IsValid() {
			continue
		}
		g := c.callees[s.Pos]
		if g == nil || g == fn {
			continue
		}
		if ret, _ := c.returnFinding(g); ret != nil {
			return true
		}
	}
	return false
}

// checkReturn reports a function that returns a fast digest of a password.
func (c *checker) checkReturn(fn *ssa.Function, ret *ssa.Return) {
	found, verdict := c.returnFinding(fn)
	if found != ret {
		return
	}
	c.report(catFastHash, ret.Pos(), fmt.Sprintf("password from %s is hashed with %s, a fast digest, and returned; hash it with bcrypt.GenerateFromPassword", verdict.path.Source.Describe(), shortName(verdict.digest.Func)))
}

// checkCompare reports a comparison of a stored password or hash with a
// password or its digest.
func (c *checker) checkCompare(pos token.Pos, op string, x, y ssa.Value) {
	if !isText(x.Type()) || !isText(y.Type()) {
		return
	}
	if _, ok := x.(*ssa.Const); ok {
		return
	}
	if _, ok := y.(*ssa.Const); ok {
		return
	}
	xs, ys := c.origin.Trace(x), c.origin.Trace(y)
	stored, typed := c.storedAgainstTyped(xs, ys)
	if stored == nil {
		stored, typed = c.storedAgainstTyped(ys, xs)
	}
	if stored == nil {
		return
	}
	c.report(catCompare, pos, fmt.Sprintf("stored password %s is compared with %s to the password from %s; use bcrypt.CompareHashAndPassword", stored.Source.Describe(), op, typed.path.Source.Describe()))
}

// storedAgainstTyped returns a stored path of a and a password verdict of
// b, when both exist.
func (c *checker) storedAgainstTyped(a, b []origin.Path) (*origin.Path, verdict) {
	for i := range a {
		if !isStored(a[i]) {
			continue
		}
		if v, ok := c.first(b, false, plaintext, fastHashed); ok && !isStored(v.path) {
			return &a[i], v
		}
	}
	return nil, verdict{}
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

func isText(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Interface:
		return true
	}
	return false
}

// report reports a finding at the call, comparison or return statement
// whose SSA position is pos, once per position.
func (c *checker) report(category string, pos token.Pos, message string, also ...token.Pos) {
	if !pos.IsValid() || c.reported[pos] {
		return
	}
	c.reported[pos] = true
	c.reporter.Report(newDiagnostic(category, c.node(pos), pos, message), also...)
}

// newDiagnostic builds every diagnostic of the analyzer.
func newDiagnostic(category string, node ast.Node, pos token.Pos, message string) analysis.Diagnostic {
	d := analysis.Diagnostic{Pos: pos, Category: category, Message: message}
	if node != nil {
		d.Pos, d.End = node.Pos(), node.End()
	}
	return d
}

// node returns the call, binary expression or return statement at an SSA
// position.
func (c *checker) node(pos token.Pos) ast.Node {
	if c.nodes == nil {
		c.nodes = make(map[token.Pos]ast.Node)
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					c.nodes[n.Lparen] = n
				case *ast.BinaryExpr:
					c.nodes[n.OpPos] = n
				case *ast.ReturnStmt:
					c.nodes[n.Return] = n
				}
				return true
			})
		}
	}
	return c.nodes[pos]
}
