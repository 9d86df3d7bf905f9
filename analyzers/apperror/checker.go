package apperror

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// bypassHelper marks a function that writes responses outside AppError, so that its
// callers in this and other packages are reported too.
type bypassHelper struct {
	Version int
	// Via names the sink the function always reaches, e.g. "http.Error",
	// or is "" when it only forwards a status.
	Via string
	// StatusParam is one more than the index of a parameter the function
	// passes unchanged as the status of StatusVia, or 0.
	StatusParam int
	StatusVia   string
}

func (*bypassHelper) AFact() {}

func (f *bypassHelper) String() string {
	var parts []string
	if f.Via != "" {
		parts = append(parts, "bypasses via "+f.Via)
	}
	if f.StatusParam > 0 {
		parts = append(parts, fmt.Sprintf("forwards param %d to %s", f.StatusParam-1, f.StatusVia))
	}
	return strings.Join(parts, "; ")
}

type checker struct {
	pass     *analysis.Pass
	cfg      *Config
	reporter *suppress.Reporter
	target   *target
	writer   *types.Interface

	funcs map[*types.Func]*funcInfo
	order []*funcInfo // funcs in source order, plus one entry for package-level initializers
}

// funcInfo records the sinks, calls and helper fact of one function declaration.
type funcInfo struct {
	obj        *types.Func     // nil for package-level variable initializers
	sinks      []*sink         // sinks in the body, outside function literals
	inner      []*sink         // sinks inside function literals
	calls      []*ast.CallExpr // calls of declared functions, outside function literals
	innerCalls []*ast.CallExpr // the same inside function literals
	assigned   map[types.Object]bool
	fact       bypassHelper
}

// collect records the sinks and calls of every function of the package.
func (c *checker) collect() {
	init := &funcInfo{}
	for _, f := range c.pass.Files {
		if isTestFile(c.pass, f) || ast.IsGenerated(f) {
			continue
		}
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				obj, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
				if decl.Body == nil || obj == nil {
					continue
				}
				fi := &funcInfo{obj: obj}
				c.scan(fi, decl.Body)
				c.funcs[obj] = fi
				c.order = append(c.order, fi)
			case *ast.GenDecl:
				c.scan(init, decl)
			}
		}
	}
	c.order = append(c.order, init)
}

// scan records the sinks and calls under root into fi.
func (c *checker) scan(fi *funcInfo, root ast.Node) {
	info := c.pass.TypesInfo
	fi.assigned = make(map[types.Object]bool)
	handled := make(map[ast.Node]bool) // function expressions of calls already classified

	// Sinks in function literals are reported but do not make the
	// enclosing function a helper: a function that registers inline
	// handlers is not called to write a response.
	var lits []*ast.FuncLit
	ast.Inspect(root, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			lits = append(lits, lit)
			return false
		}
		return true
	})
	inLiteral := func(n ast.Node) bool {
		for _, lit := range lits {
			if lit.Pos() <= n.Pos() && n.End() <= lit.End() {
				return true
			}
		}
		return false
	}

	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			return true
		}
		inLit := inLiteral(n)
		add := func(s *sink) {
			if inLit {
				fi.inner = append(fi.inner, s)
			} else {
				fi.sinks = append(fi.sinks, s)
			}
		}

		switch n := n.(type) {
		case *ast.CallExpr:
			if s, ok := c.classifyCall(n); ok {
				add(s)
				handled[ast.Unparen(n.Fun)] = true
			} else if callee.Func(info, n) != nil && inLit {
				fi.innerCalls = append(fi.innerCalls, n)
			} else if callee.Func(info, n) != nil {
				fi.calls = append(fi.calls, n)
			}
		case *ast.SelectorExpr, *ast.Ident:
			// http.NotFound and friends used as values, e.g. as a handler.
			if handled[n] {
				return false
			}
			id, ok := n.(*ast.Ident)
			if sel, isSel := n.(*ast.SelectorExpr); isSel {
				id, ok = sel.Sel, true
			}
			if !ok {
				return true
			}
			if fn, isFn := info.Uses[id].(*types.Func); isFn {
				if fixed, found := plainErrors[callee.Name(fn)]; found {
					add(&sink{node: n, category: categoryHTTPError, label: "http." + fn.Name(), fixed: fixed})
					return false
				}
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && n.Tok != token.DEFINE {
					fi.assigned[info.Uses[id]] = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				fi.assigned[info.Uses[id]] = true
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				fi.assigned[info.Uses[id]] = true
			}
		}
		return true
	})
}

// errorStatus returns the status s writes and whether s is a finding. known
// is false when the status is not a constant. A dynamic status is a finding
// only for http.Error, which writes text/plain whatever the status.
func (c *checker) errorStatus(s *sink) (status int, report, known bool) {
	if s.status == nil {
		return s.fixed, true, s.fixed != 0
	}
	v, ok := statusValue(c.pass.TypesInfo, s.status)
	if !ok {
		// http.Error writes text/plain whatever the status.
		return 0, s.category == categoryHTTPError, false
	}
	return v, v >= c.cfg.MinStatus, true
}

// paramIndex returns the index of the parameter of fi that e names, when fi
// never assigns it, or -1.
func (c *checker) paramIndex(fi *funcInfo, e ast.Expr) int {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || fi.obj == nil {
		return -1
	}
	obj := c.pass.TypesInfo.Uses[id]
	if obj == nil || fi.assigned[obj] {
		return -1
	}
	params := fi.obj.Type().(*types.Signature).Params()
	for i := range params.Len() {
		if params.At(i) == obj {
			return i
		}
	}
	return -1
}

// helperFact returns what is known about fn: from this package's analysis
// or from a fact of another package with this factVersion.
func (c *checker) helperFact(fn *types.Func) *bypassHelper {
	if fi, ok := c.funcs[fn]; ok {
		return &fi.fact
	}
	var f bypassHelper
	if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg && sameModule(c.pass, fn.Pkg().Path()) && c.pass.ImportObjectFact(fn, &f) && f.Version == factVersion {
		return &f
	}
	return nil
}

// sameModule reports whether the package at path belongs to the module of
// the analyzed package. Only such helpers count: functions of the standard
// library and of frameworks, such as http.ServeFile or gin's
// Context.AbortWithError, write errors their own way and are outside the
// team's control. Without module information, as in GOPATH-style tests, a
// package counts when its path starts with the same domain element.
func sameModule(pass *analysis.Pass, path string) bool {
	if m := pass.Module; m != nil && m.Path != "" {
		return path == m.Path || strings.HasPrefix(path, m.Path+"/")
	}
	first := func(p string) string {
		head, _, _ := strings.Cut(p, "/")
		return head
	}
	self := first(pass.Pkg.Path())
	return strings.Contains(self, ".") && first(path) == self
}

// propagate marks the functions that respond outside AppError, directly or
// through other helpers, until nothing changes.
func (c *checker) propagate() {
	for _, fi := range c.order {
		if fi.obj == nil {
			continue
		}
		for _, s := range fi.sinks {
			if c.reporter.Suppressed(s.node.Pos()) != nil {
				continue
			}
			if _, report, _ := c.errorStatus(s); report && fi.fact.Via == "" {
				fi.fact.Via = s.label
			}
			if s.status != nil && s.category != categoryHTTPError && fi.fact.StatusParam == 0 {
				if i := c.paramIndex(fi, s.status); i >= 0 {
					fi.fact.StatusParam, fi.fact.StatusVia = i+1, s.label
				}
			}
		}
	}

	for changed := true; changed; {
		changed = false
		for _, fi := range c.order {
			if fi.obj == nil {
				continue
			}
			for _, call := range fi.calls {
				h := c.helperFact(callee.Func(c.pass.TypesInfo, call))
				if h == nil || h == &fi.fact || c.reporter.Suppressed(call.Pos()) != nil {
					continue
				}
				if via := c.viaOfCall(h, call); via != "" && fi.fact.Via == "" {
					fi.fact.Via = via
					changed = true
				}
				if arg := statusArg(h, call); arg != nil && fi.fact.StatusParam == 0 {
					if i := c.paramIndex(fi, arg); i >= 0 {
						fi.fact.StatusParam, fi.fact.StatusVia = i+1, h.StatusVia
						changed = true
					}
				}
			}
		}
	}
}

// statusArg returns the argument of call that h passes on as a status.
func statusArg(h *bypassHelper, call *ast.CallExpr) ast.Expr {
	if h.StatusParam == 0 || call.Ellipsis.IsValid() || len(call.Args) < h.StatusParam {
		return nil
	}
	return call.Args[h.StatusParam-1]
}

// viaOfCall returns the sink a call of helper h reaches with an error
// status, or "".
func (c *checker) viaOfCall(h *bypassHelper, call *ast.CallExpr) string {
	if h.Via != "" {
		return h.Via
	}
	if arg := statusArg(h, call); arg != nil {
		if v, ok := statusValue(c.pass.TypesInfo, arg); ok && v >= c.cfg.MinStatus {
			return h.StatusVia
		}
	}
	return ""
}

// report reports every sink and every call of a helper.
func (c *checker) report() {
	for _, fi := range c.order {
		for _, s := range append(fi.sinks, fi.inner...) {
			status, report, known := c.errorStatus(s)
			if !report {
				continue
			}
			what := s.label
			if known && s.category != categoryHTTPError {
				what = fmt.Sprintf("%s with status %d", s.label, status)
			}
			c.reportf(s.node, s.category, "%s bypasses AppError; return or write %s", what, c.target.advice(status, known))
		}
		for _, call := range append(fi.calls, fi.innerCalls...) {
			c.reportHelperCall(call)
		}
	}
}

func (c *checker) reportHelperCall(call *ast.CallExpr) {
	fn := callee.Func(c.pass.TypesInfo, call)
	h := c.helperFact(fn)
	if h == nil {
		return
	}
	name := label(call)
	if h.Via != "" {
		c.reportf(call, categoryHelper, "%s bypasses AppError (it calls %s); return or write %s", name, h.Via, c.target.advice(0, false))
		return
	}
	if arg := statusArg(h, call); arg != nil {
		if v, ok := statusValue(c.pass.TypesInfo, arg); ok && v >= c.cfg.MinStatus {
			c.reportf(call, categoryHelper, "%s with status %d bypasses AppError (it passes the status to %s); return or write %s", name, v, h.StatusVia, c.target.advice(v, true))
		}
	}
}

// reportf builds every diagnostic of the analyzer.
func (c *checker) reportf(node ast.Node, category, format string, args ...any) {
	c.reporter.Report(analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: category,
		Message:  fmt.Sprintf(format, args...),
	})
}

// exportFacts exports a fact for every helper found.
func (c *checker) exportFacts() {
	for _, fi := range c.order {
		if fi.obj != nil && (fi.fact.Via != "" || fi.fact.StatusParam > 0) {
			f := fi.fact
			f.Version = factVersion
			c.pass.ExportObjectFact(fi.obj, &f)
		}
	}
}
