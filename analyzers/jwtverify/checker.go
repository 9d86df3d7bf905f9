package jwtverify

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// Categories of findings.
const (
	categoryUnverified   = "parse-unverified"
	categoryValidMethods = "valid-methods"
	categoryNone         = "none-alg"
	categoryExpiration   = "expiration-required"
	categoryError        = "unchecked-error"
)

type checker struct {
	pass     *analysis.Pass
	cfg      *Config
	reporter *suppress.Reporter
	defs     *definitions

	decls     map[*types.Func]*ast.FuncDecl
	funcCache map[*types.Func]keyfuncInfo

	// mutated contains the variables and fields whose v3 or v4 Parser has
	// its ValidMethods or SkipClaimsValidation field assigned after it was
	// built, which the literal alone does not show. mutatedUnknown is set
	// when such an assignment's parser cannot be named.
	mutated        map[types.Object]bool
	mutatedUnknown bool
}

func newChecker(pass *analysis.Pass, cfg *Config) *checker {
	c := &checker{
		pass:      pass,
		cfg:       cfg,
		reporter:  suppress.NewReporter(pass, Name, cfg.Suppress),
		defs:      collectDefinitions(pass.TypesInfo, pass.Files),
		decls:     make(map[*types.Func]*ast.FuncDecl),
		funcCache: make(map[*types.Func]keyfuncInfo),
		mutated:   make(map[types.Object]bool),
	}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					c.decls[fn] = fd
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok {
				for _, lhs := range as.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok || !isParserType(typeOf(pass.TypesInfo, sel.X)) {
						continue
					}
					if obj := c.defs.target(pass.TypesInfo, sel.X); obj != nil {
						c.mutated[obj] = true
					} else {
						c.mutatedUnknown = true
					}
				}
			}
			return true
		})
	}
	return c
}

// exportFacts exports what other packages need: the keyfunc behaviour of
// this package's functions, the options of its shared parsers and its
// claims types whose expiry is never nil.
func (c *checker) exportFacts() {
	for fn := range c.decls {
		if !keyfuncLike(fn) {
			continue
		}
		k := c.function(fn)
		if k.known && (k.checks || k.alg != "") {
			c.pass.ExportObjectFact(fn, &keyfuncFact{Version: factVersion, ChecksMethod: k.checks, Alg: k.alg})
		}
	}
	c.exportParserFacts()
	c.exportExpiryFacts()
}

// checkPackage runs every check on the files of the package. Generated and
// skipped test files are still read for verifying parses, and generated
// files also for calls of peek helpers.
func (c *checker) checkPackage() {
	var verified, unverified []*located
	calls := make(map[*types.Func][]*located)
	for _, f := range c.pass.Files {
		skippedTest := !c.cfg.Tests && isTestFile(c.pass, f)
		report := !ast.IsGenerated(f) && !skippedTest
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)

			switch n := n.(type) {
			case *ast.CallExpr:
				loc := &located{call: n, stack: append([]ast.Node(nil), stack...), report: report}
				if p, ok := classifyParse(c.pass.TypesInfo, n); ok {
					loc.parse = p
					if p.kind == parseUnverified {
						unverified = append(unverified, loc)
					} else {
						verified = append(verified, loc)
						if report {
							c.checkParse(p)
							c.checkDiscardedError(loc)
						}
					}
				} else if fn := callee.Func(c.pass.TypesInfo, n); fn != nil && fn.Pkg() == c.pass.Pkg && !skippedTest {
					// Tests call peek helpers directly to test them, so
					// their calls do not decide whether a helper is
					// verified on every path.
					calls[fn] = append(calls[fn], loc)
				}
				if report {
					c.checkNoneSigning(n)
					c.checkNoneAllowed(n)
				}
			case *ast.Ident:
				if report {
					c.checkNoneKey(n, stack)
				}
			}
			return true
		})
	}

	for _, u := range unverified {
		if u.report && !c.verifiedOnPath(u.parse.token, u.stack, verified, calls, 0) {
			pkg := u.parse.fn.Pkg().Name()
			c.reportf(u.parse.call, categoryUnverified, "%s does not verify the signature of %s; parse it with %s.ParseWithClaims and a keyfunc before trusting its claims", u.parse.funcName, exprName(u.parse.token), pkg)
		}
	}
}

// located is a parse call, or a call of a function of this package, with
// its ancestors, outermost first.
type located struct {
	call   *ast.CallExpr
	parse  *parseCall // nil for calls of this package's functions
	stack  []ast.Node
	report bool // the call is in a file whose findings are reported
}

// checkParse reports a verified parse without method restriction or
// without the expiration requirement.
func (c *checker) checkParse(p *parseCall) {
	opts := c.callOptions(p)
	if !opts.known {
		return
	}
	pkg := p.fn.Pkg().Name()

	if !opts.validMethods {
		if k := c.keyfunc(p.keyfunc, 0); k.known && !k.checks {
			// The key's type suggests the algorithm. Without it, a guess
			// such as HS256 could be wrong advice, so the list is left open.
			alg := fmt.Sprintf("%q", k.alg)
			if k.alg == "" {
				alg = "..."
			}
			switch {
			case p.request && p.version == 3:
				c.reportf(p.call, categoryValidMethods, "%s without Parser.ValidMethods and the keyfunc does not check t.Method; pass %s.WithParser(&jwt.Parser{ValidMethods: []string{%s}})", p.funcName, pkg, alg)
			case p.request:
				c.reportf(p.call, categoryValidMethods, "%s without jwt.WithValidMethods and the keyfunc does not check t.Method; pass %s.WithParser(jwt.NewParser(jwt.WithValidMethods([]string{%s})))", p.funcName, pkg, alg)
			case p.version == 3:
				c.reportf(p.call, categoryValidMethods, "%s without Parser.ValidMethods and the keyfunc does not check t.Method; parse with &%s.Parser{ValidMethods: []string{%s}}", p.funcName, pkg, alg)
			default:
				c.reportf(p.call, categoryValidMethods, "%s without %s.WithValidMethods and the keyfunc does not check t.Method; pass %s.WithValidMethods([]string{%s})", p.funcName, pkg, pkg, alg)
			}
		}
	}

	// NOTE: v3 and v4 have no WithExpirationRequired, and their claims
	// validation also accepts a token without exp, so they are not checked.
	if c.cfg.RequireExpiration && p.version == 5 && !opts.expRequired && !opts.skipClaims && !c.claimsAlwaysExpire(p.claims) {
		if p.request {
			c.reportf(p.call, categoryExpiration, "%s without jwt.WithExpirationRequired accepts tokens that never expire; pass %s.WithParser(jwt.NewParser(jwt.WithExpirationRequired()))", p.funcName, pkg)
		} else {
			c.report(p.call, categoryExpiration, c.expirationFix(p), "%s without %s.WithExpirationRequired accepts tokens that never expire; pass %s.WithExpirationRequired()", p.funcName, pkg, pkg)
		}
	}
}

// verifiedOnPath reports whether token, read without verification at the
// call whose ancestors are stack, is also verified by a parse whose block
// encloses that call, so that every path through it verifies. When token
// is a parameter of an unexported function, it requires the same of every call
// of that function in the package, so a helper that only peeks at a claim
// before its caller verifies the token is not reported.
func (c *checker) verifiedOnPath(token ast.Expr, stack []ast.Node, verified []*located, calls map[*types.Func][]*located, depth int) bool {
	for _, v := range verified {
		if c.sameValue(token, v.parse.token) && encloses(v.stack, stack) {
			return true
		}
	}
	if depth > maxDepth {
		return false
	}

	decl, ok := funcOf(stack).(*ast.FuncDecl)
	if !ok {
		return false
	}
	fn, _ := c.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	index := c.unchangedParam(fn, token)
	if index < 0 || fn.Exported() || len(calls[fn]) == 0 {
		// TODO: exported peek helpers would need a fact so that callers
		// in other packages could clear them.
		return false
	}
	for _, call := range calls[fn] {
		if call.call.Ellipsis.IsValid() || index >= len(call.call.Args) {
			return false
		}
		if !c.verifiedOnPath(call.call.Args[index], call.stack, verified, calls, depth+1) {
			return false
		}
	}
	return true
}

// unchangedParam returns the index of the parameter of fn that e names,
// when the function never assigns it, or -1.
func (c *checker) unchangedParam(fn *types.Func, e ast.Expr) int {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if fn == nil || !ok {
		return -1
	}
	obj := c.pass.TypesInfo.Uses[id]
	if obj == nil || len(c.defs.values[obj]) > 0 || c.defs.escaped[obj] {
		return -1
	}
	params := fn.Type().(*types.Signature).Params()
	for i := range params.Len() {
		if params.At(i) == obj {
			return i
		}
	}
	return -1
}

// encloses reports whether the innermost block around the verifying call
// also contains the unverified one, within the same function.
func encloses(verify, unverified []ast.Node) bool {
	block := innermost(verify, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			return true
		}
		return false
	})
	if block < 0 || funcOf(verify) != funcOf(unverified) {
		return false
	}
	for _, n := range unverified {
		if n == verify[block] {
			return true
		}
	}
	return false
}

func innermost(stack []ast.Node, match func(ast.Node) bool) int {
	for i := len(stack) - 1; i >= 0; i-- {
		if match(stack[i]) {
			return i
		}
	}
	return -1
}

// funcOf returns the innermost function declaration or literal in stack.
func funcOf(stack []ast.Node) ast.Node {
	i := innermost(stack, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return true
		}
		return false
	})
	if i < 0 {
		return nil
	}
	return stack[i]
}

// sameValue reports whether a and b denote the same variable, field path
// or constant.
func (c *checker) sameValue(a, b ast.Expr) bool {
	info := c.pass.TypesInfo
	a, b = ast.Unparen(a), ast.Unparen(b)
	switch a := a.(type) {
	case *ast.Ident:
		b, ok := b.(*ast.Ident)
		return ok && info.Uses[a] != nil && info.Uses[a] == info.Uses[b]
	case *ast.SelectorExpr:
		b, ok := b.(*ast.SelectorExpr)
		return ok && info.Uses[a.Sel] == info.Uses[b.Sel] && c.sameValue(a.X, b.X)
	case *ast.CallExpr:
		// Calls without arguments such as r.Header.Get("...") are not
		// compared: their results may differ.
		return false
	}
	return false
}

// checkNoneKey reports jwt.UnsafeAllowNoneSignatureType and
// jwt.SigningMethodNone outside comparisons and switch cases, where they
// can only serve to accept or create unsigned tokens.
func (c *checker) checkNoneKey(id *ast.Ident, stack []ast.Node) {
	obj := c.pass.TypesInfo.Uses[id]
	if !isJWTObject(obj, "UnsafeAllowNoneSignatureType") && !isJWTObject(obj, "SigningMethodNone") {
		return
	}
	var node ast.Node = id
	parent := len(stack) - 2
	if parent >= 0 {
		if sel, ok := stack[parent].(*ast.SelectorExpr); ok && sel.Sel == id {
			node = sel
			parent--
		}
	}

	// Follow jwt.SigningMethodNone.Alg() up to the expression that uses it.
	var used ast.Node = node
	for parent >= 0 {
		if sel, ok := stack[parent].(*ast.SelectorExpr); ok && sel.X == used {
			used = sel
		} else if call, ok := stack[parent].(*ast.CallExpr); ok && call.Fun == used {
			used = call
		} else {
			break
		}
		parent--
	}
	if parent >= 0 {
		switch p := stack[parent].(type) {
		case *ast.BinaryExpr:
			if p.Op == token.EQL || p.Op == token.NEQ {
				return
			}
		case *ast.CaseClause:
			return
		case *ast.CallExpr:
			// jwt.New(jwt.SigningMethodNone) is reported by checkNoneSigning.
			if used == node && isNoneSigning(c.pass.TypesInfo, p) {
				return
			}
		}
	}
	pkg := obj.Pkg().Name()
	if obj.Name() == "UnsafeAllowNoneSignatureType" {
		c.reportf(node, categoryNone, "%s.UnsafeAllowNoneSignatureType lets unsigned tokens through; return the real verification key and reject the none method", pkg)
		return
	}
	c.reportf(node, categoryNone, "%s.SigningMethodNone makes tokens without a signature; sign with a keyed method such as %s.SigningMethodHS256", pkg, pkg)
}

// checkNoneSigning reports jwt.New and jwt.NewWithClaims with the none method.
func (c *checker) checkNoneSigning(call *ast.CallExpr) {
	if !isNoneSigning(c.pass.TypesInfo, call) {
		return
	}
	fn, _ := jwtFunc(c.pass.TypesInfo, call)
	pkg := fn.Pkg().Name()
	c.reportf(call, categoryNone, "%s.%s with %s.SigningMethodNone makes a token without a signature; sign with a keyed method such as %s.SigningMethodHS256", pkg, fn.Name(), pkg, pkg)
}

// checkNoneAllowed reports WithValidMethods given a list that contains the
// constant "none", written as a literal or in a variable only ever assigned
// literals. A list built any other way is not followed.
func (c *checker) checkNoneAllowed(call *ast.CallExpr) {
	if !isJWTFunc(callee.Func(c.pass.TypesInfo, call), "WithValidMethods") || len(call.Args) != 1 {
		return
	}
	values := []ast.Expr{call.Args[0]}
	if _, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit); !ok {
		var known bool
		if values, known = c.defs.of(c.defs.target(c.pass.TypesInfo, call.Args[0])); !known {
			return
		}
	}
	for _, v := range values {
		if _, ok := ast.Unparen(v).(*ast.CompositeLit); !ok {
			return
		}
	}
	for _, v := range values {
		for _, elt := range ast.Unparen(v).(*ast.CompositeLit).Elts {
			if tv := c.pass.TypesInfo.Types[elt]; tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == "none" {
				pkg := callee.Func(c.pass.TypesInfo, call).Pkg().Name()
				c.reportf(call, categoryNone, "%s.WithValidMethods lists the none method, which lets unsigned tokens through; list only the keyed methods the service signs with", pkg)
				return
			}
		}
	}
}

func isNoneSigning(info *types.Info, call *ast.CallExpr) bool {
	fn, version := jwtFunc(info, call)
	if version == 0 || (fn.Name() != "New" && fn.Name() != "NewWithClaims") || len(call.Args) == 0 {
		return false
	}
	id := selectorIdent(ast.Unparen(call.Args[0]))
	return id != nil && isJWTObject(info.Uses[id], "SigningMethodNone")
}

// checkDiscardedError reports a parse whose error is dropped while the
// token or the claims it filled are used afterwards.
func (c *checker) checkDiscardedError(loc *located) {
	p := loc.parse
	info := c.pass.TypesInfo
	parent := loc.stack[len(loc.stack)-2]

	var tokenObj types.Object
	switch s := parent.(type) {
	case *ast.AssignStmt:
		if len(s.Rhs) != 1 || len(s.Lhs) != 2 {
			return
		}
		if id, ok := s.Lhs[1].(*ast.Ident); !ok || id.Name != "_" {
			return
		}
		if id, ok := s.Lhs[0].(*ast.Ident); ok && id.Name != "_" {
			tokenObj = c.defs.target(info, id)
		}
	case *ast.ExprStmt:
	default:
		return
	}

	var claimsObj types.Object
	if p.claims != nil {
		e := ast.Unparen(p.claims)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		if id, ok := e.(*ast.Ident); ok {
			claimsObj = info.Uses[id]
		}
	}

	fn := funcOf(loc.stack)
	if fn == nil {
		return
	}
	used, checked := c.usesAfter(fn, p.call.End(), tokenObj, claimsObj)
	if used == "" || checked {
		return
	}
	c.reportf(p.call, categoryError, "%s error is discarded but %s is used; check the error before trusting the token", p.funcName, used)
}

// usesAfter returns the name of the token or claims variable when one is
// used after pos in fn, and whether the token's Valid field is read.
func (c *checker) usesAfter(fn ast.Node, pos token.Pos, tokenObj, claimsObj types.Object) (used string, checked bool) {
	info := c.pass.TypesInfo
	// An assignment such as _ = tok only silences the compiler, so it is not a use.
	blank := make(map[*ast.Ident]bool)
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && allBlank(n.Lhs) {
				for _, rhs := range n.Rhs {
					if id, ok := ast.Unparen(rhs).(*ast.Ident); ok {
						blank[id] = true
					}
				}
			}
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Sel.Name == "Valid" && tokenObj != nil && info.Uses[id] == tokenObj && n.Pos() > pos {
				checked = true
			}
		case *ast.Ident:
			if n.Pos() <= pos || used != "" || blank[n] {
				return true
			}
			if obj := info.Uses[n]; obj != nil && (obj == tokenObj || obj == claimsObj) {
				used = n.Name
			}
		}
		return true
	})
	return used, checked
}

// allBlank reports whether every expression of lhs is the blank identifier.
func allBlank(lhs []ast.Expr) bool {
	for _, l := range lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); !ok || id.Name != "_" {
			return false
		}
	}
	return true
}

// reportf builds every diagnostic of the analyzer.
func (c *checker) reportf(node ast.Node, category, format string, args ...any) {
	c.report(node, category, nil, format, args...)
}

func (c *checker) report(node ast.Node, category string, fixes []analysis.SuggestedFix, format string, args ...any) {
	c.reporter.Report(analysis.Diagnostic{
		Pos:            node.Pos(),
		End:            node.End(),
		Category:       category,
		Message:        fmt.Sprintf(format, args...),
		SuggestedFixes: fixes,
	})
}

// expirationFix returns a fix that appends jwt.WithExpirationRequired() to
// the options of a package-level Parse or ParseWithClaims call, written
// with the qualifier the file uses. It returns nil for parser methods,
// ParseFromRequest and calls that end with opts..., where the option
// belongs elsewhere.
func (c *checker) expirationFix(p *parseCall) []analysis.SuggestedFix {
	if p.parser != nil || p.request || p.spreads || len(p.call.Args) == 0 {
		return nil
	}
	sel, ok := ast.Unparen(p.call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	qualifier, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if _, isPkg := c.pass.TypesInfo.Uses[qualifier].(*types.PkgName); !isPkg {
		return nil
	}

	// Insert after the last argument, so a trailing comma before a
	// closing parenthesis on its own line stays valid.
	last := p.call.Args[len(p.call.Args)-1]
	return []analysis.SuggestedFix{{
		Message: "Require the exp claim",
		TextEdits: []analysis.TextEdit{{
			Pos:     last.End(),
			End:     last.End(),
			NewText: []byte(", " + qualifier.Name + ".WithExpirationRequired()"),
		}},
	}}
}
