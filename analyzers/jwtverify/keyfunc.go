package jwtverify

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// keyfuncInfo is the known behaviour of a keyfunc.
type keyfuncInfo struct {
	known  bool   // false when the keyfunc could not be traced
	checks bool   // it checks t.Method or the alg header, or may do so in code not seen
	alg    string // the algorithm its key type suggests, or ""
}

// factVersion is stored in every keyfuncFact, parserFact and alwaysExpires.
// Readers treat a fact of another version as absent instead of misreading
// it. Increase it when a fact's fields or their meaning change.
const factVersion = 1

// keyfuncFact records, for a function of another package, that it checks
// the signing method (itself or in a keyfunc it returns) or which algorithm
// its key suits. Functions without the fact do not check.
type keyfuncFact struct {
	Version      int
	ChecksMethod bool
	Alg          string
}

func (*keyfuncFact) AFact() {}

func (f *keyfuncFact) String() string {
	s := "keyfunc"
	if f.ChecksMethod {
		s += " checks-method"
	}
	if f.Alg != "" {
		s += " alg=" + f.Alg
	}
	return s
}

// keyfunc returns what is known of the keyfunc expression e.
func (c *checker) keyfunc(e ast.Expr, depth int) keyfuncInfo {
	if depth > maxDepth {
		return keyfuncInfo{}
	}
	info := c.pass.TypesInfo
	e = ast.Unparen(e)

	switch e := e.(type) {
	case *ast.FuncLit:
		return c.body(e.Body)
	case *ast.CallExpr:
		// A conversion such as jwt.Keyfunc(f).
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.keyfunc(e.Args[0], depth+1)
		}
		// A factory call: what its body, including the keyfunc it
		// returns, does.
		if fn := callee.Func(info, e); fn != nil {
			return c.function(fn)
		}
		return keyfuncInfo{}
	}

	// A function or method value.
	if id := selectorIdent(e); id != nil {
		if fn, ok := info.Uses[id].(*types.Func); ok {
			return c.function(fn)
		}
	}

	// A variable: every value assigned to it in this package.
	obj := c.defs.target(info, e)
	values, ok := c.defs.of(obj)
	if !ok {
		return keyfuncInfo{}
	}
	result := keyfuncInfo{known: true, checks: true}
	for _, v := range values {
		k := c.keyfunc(v, depth+1)
		result.known = result.known && k.known
		result.checks = result.checks && k.checks
		if result.alg == "" {
			result.alg = k.alg
		}
	}
	return result
}

func selectorIdent(e ast.Expr) *ast.Ident {
	switch e := e.(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}

// function returns what is known of the declared function fn, as a keyfunc
// or as a factory of keyfuncs.
func (c *checker) function(fn *types.Func) keyfuncInfo {
	fn = fn.Origin()
	if fn.Pkg() != c.pass.Pkg {
		var f keyfuncFact
		if fn.Pkg() != nil && c.pass.ImportObjectFact(fn, &f) && f.Version == factVersion {
			return keyfuncInfo{known: true, checks: f.ChecksMethod, alg: f.Alg}
		}
		// Interface methods have no body to read.
		if sig := fn.Type().(*types.Signature); sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
			return keyfuncInfo{}
		}
		return keyfuncInfo{known: true}
	}
	if k, ok := c.funcCache[fn]; ok {
		return k
	}
	decl := c.decls[fn]
	if decl == nil || decl.Body == nil {
		return keyfuncInfo{}
	}
	// Until the body is read, a recursive call counts as a check, so a
	// cycle stays silent.
	c.funcCache[fn] = keyfuncInfo{known: true, checks: true}
	k := c.body(decl.Body)
	c.funcCache[fn] = k
	return k
}

// body returns whether the function body checks the signing method,
// directly, in a function literal it contains, or in a function it hands
// the token to.
func (c *checker) body(body *ast.BlockStmt) keyfuncInfo {
	info := c.pass.TypesInfo
	k := keyfuncInfo{known: true}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			k.checks = k.checks || c.isMethodField(n.X)
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				k.checks = k.checks || c.mentionsAlg(n.X, 0) || c.mentionsAlg(n.Y, 0)
			}
		case *ast.SwitchStmt:
			k.checks = k.checks || (n.Tag != nil && c.mentionsAlg(n.Tag, 0))
		case *ast.CallExpr:
			k.checks = k.checks || c.callChecks(n)
		case *ast.ReturnStmt:
			if k.alg != "" {
				break
			}
			if len(n.Results) == 2 {
				k.alg = algForKey(typeOf(info, n.Results[0]))
			} else if tuple, ok := typeOf(info, n.Results[0]).(*types.Tuple); len(n.Results) == 1 && ok && tuple.Len() == 2 {
				// return loadKey(), where loadKey returns (key, error).
				k.alg = algForKey(tuple.At(0).Type())
			}
		}
		return true
	})
	return k
}

// callChecks reports whether a call inside a keyfunc checks the method:
// it passes the algorithm to a function such as slices.Contains, or the
// token to a function that checks it or whose code is not known.
func (c *checker) callChecks(call *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	fn := callee.Func(info, call)
	if fn != nil {
		switch callee.PkgPath(fn) {
		case "fmt", "log", "log/slog", "errors":
			// Messages that mention the algorithm do not check it.
			return false
		}
	}
	for _, arg := range call.Args {
		if c.mentionsAlg(arg, 0) {
			return true
		}
		if !isTokenType(typeOf(info, arg)) {
			continue
		}
		if fn == nil {
			return true
		}
		if majorVersion(callee.PkgPath(fn)) > 0 {
			continue
		}
		if k := c.function(fn); !k.known || k.checks {
			return true
		}
	}
	return false
}

// keyfuncLike reports whether fn can serve as a keyfunc, return one, or
// receive the token from one: it has a *Token parameter or returns a
// function that takes one.
func keyfuncLike(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	for i := range sig.Params().Len() {
		if isTokenType(sig.Params().At(i).Type()) {
			return true
		}
	}
	for i := range sig.Results().Len() {
		if f, ok := sig.Results().At(i).Type().Underlying().(*types.Signature); ok && f.Params().Len() == 1 && isTokenType(f.Params().At(0).Type()) {
			return true
		}
	}
	return false
}

// isMethodField reports whether e is t.Method of a JWT token.
func (c *checker) isMethodField(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Method" {
		return false
	}
	return isTokenType(typeOf(c.pass.TypesInfo, sel.X)) || isTokenValue(typeOf(c.pass.TypesInfo, sel.X))
}

// isTokenValue reports whether t is a JWT package's Token struct.
func isTokenValue(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	return ok && isJWTObject(named.Obj(), "Token")
}

// mentionsAlg reports whether e is the token's signing method or its
// algorithm: t.Method, t.Method.Alg(), t.Header["alg"], or a local variable
// assigned one of them.
func (c *checker) mentionsAlg(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if c.isMethodField(e) {
		return true
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Alg" {
			return true
		}
		// A conversion or assertion wrapper such as fmt.Sprint(alg).
		return false
	case *ast.TypeAssertExpr:
		return c.mentionsAlg(e.X, depth+1)
	case *ast.IndexExpr:
		sel, ok := ast.Unparen(e.X).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Header" {
			return false
		}
		if !isTokenType(typeOf(info, sel.X)) && !isTokenValue(typeOf(info, sel.X)) {
			return false
		}
		tv := info.Types[e.Index]
		return tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == "alg"
	case *ast.Ident:
		values, ok := c.defs.of(info.Uses[e])
		if !ok {
			return false
		}
		for _, v := range values {
			if c.mentionsAlg(v, depth+1) {
				return true
			}
		}
	}
	return false
}

// algForKey returns the algorithm family a verification key of type t
// suits, for the suggestion in messages.
func algForKey(t types.Type) string {
	if s, ok := t.Underlying().(*types.Slice); ok {
		if b, ok := s.Elem().(*types.Basic); ok && b.Kind() == types.Byte {
			return "HS256"
		}
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return ""
	}
	switch named.Obj().Pkg().Path() + "." + named.Obj().Name() {
	case "crypto/rsa.PublicKey":
		return "RS256"
	case "crypto/ecdsa.PublicKey":
		return "ES256"
	case "crypto/ed25519.PublicKey":
		return "EdDSA"
	}
	return ""
}
