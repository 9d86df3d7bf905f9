package logmask

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// exposureKind is the kind of sensitive data a logged value exposes.
type exposureKind uint8

const (
	exposeKey         exposureKind = iota + 1 // the value of a sensitive key
	exposeName                                // a sensitive-named variable, field or lookup
	exposeHeader                              // a sensitive header or cookie value
	exposeHeaderRange                         // a value of a loop over an http.Header
	exposeRequest                             // a whole request, header set or cookie
	exposeMap                                 // a map built with a sensitive key
	exposeStruct                              // a struct with a sensitive field
)

// exposure is the sensitive data a logged value shows. node is the innermost
// expression that carries it, which the suggested fix wraps when it lies
// inside the logged argument.
type exposure struct {
	kind exposureKind
	name string // key, header, field path or type, depending on kind
	node ast.Expr
}

// maxDepth bounds how many assignments and calls expose follows back.
const maxDepth = 4

// expose returns what e exposes when logged, or nil when it is constant,
// masked, of a type that cannot hold a secret, or not known to be
// sensitive. json is set for sinks that render values with encoding/json.
func (c *checker) expose(e ast.Expr, json bool, depth int) *exposure {
	e = ast.Unparen(e)
	if depth > maxDepth || c.isConstant(e) {
		return nil
	}
	t := c.pass.TypesInfo.TypeOf(e)
	if c.exemptType(t) {
		return nil
	}

	switch e := e.(type) {
	case *ast.CallExpr:
		return c.exposeCall(e, json, depth)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			if x := c.expose(e.X, json, depth+1); x != nil {
				return x
			}
			return c.expose(e.Y, json, depth+1)
		}
		return nil
	case *ast.Ident:
		return c.exposeIdent(e, t, json, depth)
	case *ast.SelectorExpr:
		if sel, ok := c.pass.TypesInfo.Selections[e]; ok && sel.Kind() == types.FieldVal {
			if isCookie(c.pass.TypesInfo.TypeOf(e.X)) && e.Sel.Name == "Value" {
				return &exposure{kind: exposeHeader, name: "Cookie", node: e}
			}
			if textLike(t) && c.sensitive(e.Sel.Name) {
				return &exposure{kind: exposeName, name: types.ExprString(e), node: e}
			}
			return c.exposeWhole(e, t, json)
		}
		if _, ok := c.pass.TypesInfo.Uses[e.Sel].(*types.Var); ok {
			return c.exposeIdent(e.Sel, t, json, depth)
		}
		return nil
	case *ast.IndexExpr:
		if key := c.constString(e.Index); key != "" {
			if isHeader(c.pass.TypesInfo.TypeOf(e.X)) {
				if c.sensitive(key) {
					return &exposure{kind: exposeHeader, name: key, node: e}
				}
				return nil
			}
			if c.sensitive(key) && !c.exemptType(t) {
				return &exposure{kind: exposeName, name: strconv.Quote(key), node: e}
			}
			return nil
		}
		if xt := c.pass.TypesInfo.TypeOf(e.X); xt == nil {
			return nil
		} else if _, ok := xt.Underlying().(*types.Slice); ok {
			return c.expose(e.X, json, depth+1)
		}
		return c.exposeWhole(e, t, json)
	case *ast.SliceExpr:
		// A short prefix such as token[:4] is the accepted way to show
		// which secret is meant.
		if e.Low == nil && e.High != nil {
			if tv := c.pass.TypesInfo.Types[e.High]; tv.Value != nil {
				if n, ok := constant.Int64Val(tv.Value); ok && n <= 4 {
					return nil
				}
			}
		}
		return c.expose(e.X, json, depth+1)
	case *ast.StarExpr:
		return c.expose(e.X, json, depth+1)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.expose(e.X, json, depth+1)
		}
		return nil
	case *ast.CompositeLit:
		if isTextList(t) {
			// []string{"user", password}, as handed to strings.Join.
			for _, elt := range e.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				if x := c.expose(elt, json, depth+1); x != nil {
					return x
				}
			}
			return nil
		}
		return c.exposeLiteral(e, t, json)
	}
	return c.exposeWhole(e, t, json)
}

// exposeIdent follows a variable: a masked definition clears it, a range
// over an http.Header or a sensitive name taints it, and otherwise its only
// definition decides.
func (c *checker) exposeIdent(id *ast.Ident, t types.Type, json bool, depth int) *exposure {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	defs := c.defs[v]
	if len(defs) > 0 && c.allDefs(defs, func(d ast.Expr) bool { return c.masked(d, depth+1) || c.isConstant(d) }) {
		return nil
	}
	if c.headerValues[v] {
		return &exposure{kind: exposeHeaderRange, name: id.Name, node: id}
	}
	if textLike(t) && c.sensitive(id.Name) {
		return &exposure{kind: exposeName, name: id.Name, node: id}
	}
	if e := c.exposeWhole(id, t, json); e != nil {
		return e
	}
	// TODO: a variable with several definitions is not followed; the SSA
	// tracer in analyzers/internal/origin could merge them.
	if len(defs) == 1 && defs[0] != nil {
		return c.expose(defs[0], json, depth+1)
	}
	return nil
}

func (c *checker) allDefs(defs []ast.Expr, f func(ast.Expr) bool) bool {
	for _, d := range defs {
		if d == nil || !f(d) {
			return false
		}
	}
	return true
}

// exposeCall handles calls: maskers clear the value, lookups of sensitive
// headers, form fields and environment variables taint it, and string
// helpers pass their arguments' taint on.
func (c *checker) exposeCall(call *ast.CallExpr, json bool, depth int) *exposure {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return c.expose(call.Args[0], json, depth+1)
		}
		return nil
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "append" && len(call.Args) > 0 {
			// The appended values first: the slice appended to is often
			// the variable being defined, as in parts = append(parts, pw).
			for _, arg := range call.Args[1:] {
				if e := c.expose(arg, json, depth+1); e != nil {
					return e
				}
			}
			return c.expose(call.Args[0], json, depth+1)
		}
	}
	fn := callee.Func(info, call)
	if fn == nil {
		return nil
	}
	if c.isMasker(fn) {
		return nil
	}
	key := ""
	if len(call.Args) > 0 {
		key = c.constString(call.Args[0])
	}

	switch full := callee.Name(fn); full {
	case "(net/http.Header).Get", "(net/http.Header).Values":
		if key != "" && c.sensitive(key) {
			return &exposure{kind: exposeHeader, name: key, node: call}
		}
		return nil
	case "(*net/http.Request).FormValue", "(*net/http.Request).PostFormValue",
		"(net/url.Values).Get", "os.Getenv", "os.LookupEnv":
		if key != "" && c.sensitive(key) {
			return &exposure{kind: exposeName, name: strconv.Quote(key), node: call}
		}
		return nil
	case "os.Environ":
		return &exposure{kind: exposeName, name: "os.Environ()", node: call}
	case "net/http/httputil.DumpRequest", "net/http/httputil.DumpRequestOut":
		return &exposure{kind: exposeRequest, name: "request dump", node: call}
	case "(*net/http.Request).Cookie", "(*net/http.Request).Cookies":
		return &exposure{kind: exposeHeader, name: "Cookie", node: call}
	case "(*strings.Builder).String", "(*bytes.Buffer).String", "(*bytes.Buffer).Bytes":
		// The text of a local builder is what was written into it.
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok {
			return nil
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return nil
		}
		for _, w := range c.writes[v] {
			if e := c.expose(w, json, depth+1); e != nil {
				return e
			}
		}
		return nil
	case "encoding/json.Marshal", "encoding/json.MarshalIndent":
		if len(call.Args) > 0 {
			return c.expose(call.Args[0], true, depth+1)
		}
		return nil
	default:
		if passesTaint(fn) {
			for _, arg := range call.Args {
				if e := c.expose(arg, json, depth+1); e != nil {
					return e
				}
			}
		}
	}
	return nil
}

// passesTaint reports whether fn's result carries its arguments' text:
// the string and byte helpers of the standard library and fmt.Sprint*.
func passesTaint(fn *types.Func) bool {
	if fn.Signature().Recv() != nil {
		return false
	}
	switch callee.PkgPath(fn) {
	case "strings", "bytes":
		return true
	case "fmt":
		switch fn.Name() {
		case "Sprint", "Sprintf", "Sprintln", "Append", "Appendf", "Appendln":
			return true
		}
	case "strconv":
		switch fn.Name() {
		case "Quote", "QuoteToASCII", "QuoteToGraphic":
			return true
		}
	}
	return false
}

// masked reports whether e is the result of a masker, directly or through
// the only definition of a variable.
func (c *checker) masked(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if tv, ok := c.pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.masked(e.Args[0], depth+1)
		}
		fn := callee.Func(c.pass.TypesInfo, e)
		return fn != nil && c.isMasker(fn)
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok {
			return false
		}
		defs := c.defs[v]
		return len(defs) > 0 && c.allDefs(defs, func(d ast.Expr) bool { return c.masked(d, depth+1) })
	}
	return false
}

// exposeLiteral reports a map literal with a sensitive constant key whose
// value is not masked. logrus.Fields literals are checked where they are
// built, so they are skipped here.
func (c *checker) exposeLiteral(lit *ast.CompositeLit, t types.Type, json bool) *exposure {
	if t == nil || isLogrusFields(t) {
		return nil
	}
	if _, ok := t.Underlying().(*types.Map); !ok {
		return c.exposeWhole(lit, t, json)
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key := c.constString(kv.Key)
		if key == "" || !c.sensitive(key) {
			continue
		}
		vt := c.pass.TypesInfo.TypeOf(kv.Value)
		if c.exemptType(vt) || c.isConstant(kv.Value) || c.masked(kv.Value, 0) {
			continue
		}
		return &exposure{kind: exposeMap, name: key, node: lit}
	}
	return nil
}

// exposeWhole reports values logged whole whose type exposes secrets: a
// request, a header set, a cookie, or a struct with a sensitive field.
func (c *checker) exposeWhole(e ast.Expr, t types.Type, json bool) *exposure {
	switch {
	case t == nil:
		return nil
	case isRequest(t):
		return &exposure{kind: exposeRequest, name: "*http.Request", node: e}
	case isHeader(t):
		return &exposure{kind: exposeRequest, name: "http.Header", node: e}
	case isCookie(t):
		return &exposure{kind: exposeHeader, name: "Cookie", node: e}
	}
	if path := c.sensitiveField(t, json); path != "" {
		return &exposure{kind: exposeStruct, name: path, node: e}
	}
	return nil
}

// indexDefinitions records, for every local variable, the expressions
// assigned to it and, for a builder or buffer, the values written into it.
// It also finds the range loops over an http.Header.
func (c *checker) indexDefinitions(ins *inspector.Inspector) {
	info := c.pass.TypesInfo
	local := func(id *ast.Ident) *types.Var {
		obj := info.ObjectOf(id)
		v, ok := obj.(*types.Var)
		if !ok || v.IsField() || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
			return nil
		}
		return v
	}
	add := func(lhs ast.Expr, rhs ast.Expr) {
		if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
			if v := local(id); v != nil {
				c.defs[v] = append(c.defs[v], rhs)
			}
		}
	}
	assign := func(lhs, rhs []ast.Expr) {
		for i, l := range lhs {
			switch {
			case len(lhs) == len(rhs):
				add(l, rhs[i])
			case len(rhs) == 1 && i == 0:
				// The first result of a call, as in dump, err := f().
				add(l, rhs[0])
			default:
				add(l, nil)
			}
		}
	}

	written := func(dst ast.Expr, values []ast.Expr) {
		dst = ast.Unparen(dst)
		if u, ok := dst.(*ast.UnaryExpr); ok && u.Op == token.AND {
			dst = ast.Unparen(u.X)
		}
		if id, ok := dst.(*ast.Ident); ok {
			if v := local(id); v != nil {
				c.writes[v] = append(c.writes[v], values...)
			}
		}
	}

	filter := []ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.CallExpr)(nil)}
	ins.Preorder(filter, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			switch callee.FullName(info, n) {
			case "(*strings.Builder).WriteString", "(*strings.Builder).Write",
				"(*bytes.Buffer).WriteString", "(*bytes.Buffer).Write":
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
					written(sel.X, n.Args)
				}
			case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
				if len(n.Args) > 1 && !n.Ellipsis.IsValid() {
					written(n.Args[0], n.Args[1:])
				}
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE || n.Tok == token.ASSIGN {
				assign(n.Lhs, n.Rhs)
			} else {
				for _, l := range n.Lhs {
					add(l, nil)
				}
			}
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			if len(n.Values) > 0 {
				assign(lhs, n.Values)
			}
		case *ast.IncDecStmt:
			add(n.X, nil)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				add(n.X, nil)
			}
		case *ast.RangeStmt:
			if n.Key != nil {
				add(n.Key, nil)
			}
			if n.Value == nil {
				return
			}
			add(n.Value, nil)
			id, ok := n.Value.(*ast.Ident)
			if !ok || !isHeader(info.TypeOf(n.X)) || c.namesSensitiveHeader(n.Body) {
				return
			}
			if v := local(id); v != nil {
				c.headerValues[v] = true
			}
		}
	})
}

// namesSensitiveHeader reports whether body contains a string literal that
// names a sensitive header, as a loop does that skips or masks it.
func (c *checker) namesSensitiveHeader(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if s, err := strconv.Unquote(lit.Value); err == nil && c.sensitive(s) {
				found = true
			}
		}
		return !found
	})
	return found
}

// isTextList reports whether t is a slice or array of strings or of
// interface values, whose literal elements are all printed.
func isTextList(t types.Type) bool {
	if t == nil {
		return false
	}
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	switch e := elem.Underlying().(type) {
	case *types.Basic:
		return e.Info()&types.IsString != 0
	case *types.Interface:
		return true
	}
	return false
}
