package jwtverify

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// jwtPaths are the import paths of the supported JWT packages. The
// packages without a major version suffix have the v3 API: no parser
// options, and a Parser struct with an exported ValidMethods field.
var jwtPaths = []string{
	"github.com/golang-jwt/jwt/v5",
	"github.com/golang-jwt/jwt/v4",
	"github.com/golang-jwt/jwt",
	"github.com/dgrijalva/jwt-go",
	"github.com/form3tech-oss/jwt-go",
}

// majorVersion returns the API version of the JWT package at path, or 0 for
// any other package.
func majorVersion(path string) int {
	switch path {
	case "github.com/golang-jwt/jwt/v5":
		return 5
	case "github.com/golang-jwt/jwt/v4":
		return 4
	case "github.com/golang-jwt/jwt", "github.com/dgrijalva/jwt-go", "github.com/form3tech-oss/jwt-go":
		return 3
	}
	return 0
}

// parseKind is the kind of a call into a JWT package.
type parseKind int

const (
	notParse parseKind = iota
	parseVerified
	parseUnverified
)

// parseCall describes a call of Parse, ParseWithClaims or ParseUnverified.
type parseCall struct {
	call     *ast.CallExpr
	fn       *types.Func
	kind     parseKind
	version  int
	parser   ast.Expr   // the receiver of a Parser method, or nil
	token    ast.Expr   // the token string argument
	claims   ast.Expr   // the claims argument, or nil
	keyfunc  ast.Expr   // the keyfunc argument, or nil
	options  []ast.Expr // the options of a package-level Parse
	spreads  bool       // options end with a slice passed as opts...
	funcName string     // "jwt.Parse", "p.ParseWithClaims"
	request  bool       // request.ParseFromRequest: options are ParseFromRequestOptions
}

// requestVersion returns the API version of the JWT package whose request
// subpackage (ParseFromRequest) is at path, or 0.
func requestVersion(path string) int {
	base, ok := strings.CutSuffix(path, "/request")
	if !ok {
		return 0
	}
	return majorVersion(base)
}

// jwtFunc returns the JWT package function or method that call invokes and
// the package's major version.
func jwtFunc(info *types.Info, call *ast.CallExpr) (*types.Func, int) {
	fn := callee.Func(info, call)
	if fn == nil {
		return nil, 0
	}
	return fn, majorVersion(callee.PkgPath(fn))
}

// isJWTObject reports whether obj is the package-level object name of a
// supported JWT package.
func isJWTObject(obj types.Object, name string) bool {
	return obj != nil && obj.Pkg() != nil && obj.Name() == name && majorVersion(obj.Pkg().Path()) > 0 && obj.Parent() == obj.Pkg().Scope()
}

// isJWTFunc reports whether fn is the package-level function name of a JWT
// package.
func isJWTFunc(fn *types.Func, name string) bool {
	return fn != nil && isJWTObject(fn, name)
}

// classifyParse returns the parse call that call is.
func classifyParse(info *types.Info, call *ast.CallExpr) (*parseCall, bool) {
	fn, version := jwtFunc(info, call)
	if version == 0 {
		return classifyRequest(info, call)
	}
	sig := fn.Type().(*types.Signature)
	p := &parseCall{call: call, fn: fn, version: version, spreads: call.Ellipsis.IsValid()}
	args := call.Args

	if sig.Recv() != nil {
		if !isParserType(sig.Recv().Type()) {
			return nil, false
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil, false
		}
		p.parser = sel.X
		p.funcName = exprName(sel.X) + "." + fn.Name()
	} else {
		p.funcName = fn.Pkg().Name() + "." + fn.Name()
	}

	switch {
	case fn.Name() == "Parse" && len(args) >= 2:
		p.kind, p.token, p.keyfunc, p.options = parseVerified, args[0], args[1], args[2:]
	case fn.Name() == "ParseWithClaims" && len(args) >= 3:
		p.kind, p.token, p.claims, p.keyfunc, p.options = parseVerified, args[0], args[1], args[2], args[3:]
	case fn.Name() == "ParseUnverified" && sig.Recv() != nil && len(args) == 2:
		p.kind, p.token, p.claims = parseUnverified, args[0], args[1]
	default:
		return nil, false
	}
	if p.parser != nil {
		p.options = nil
	}
	return p, true
}

// classifyRequest returns the parse call that a call of the request
// subpackage's ParseFromRequest or ParseFromRequestWithClaims is. The token
// string comes from the request, so there is none to compare.
func classifyRequest(info *types.Info, call *ast.CallExpr) (*parseCall, bool) {
	fn := callee.Func(info, call)
	if fn == nil {
		return nil, false
	}
	version := requestVersion(callee.PkgPath(fn))
	if version == 0 {
		return nil, false
	}
	p := &parseCall{call: call, fn: fn, version: version, kind: parseVerified, request: true, spreads: call.Ellipsis.IsValid()}
	p.funcName = fn.Pkg().Name() + "." + fn.Name()
	args := call.Args
	switch {
	case fn.Name() == "ParseFromRequest" && len(args) >= 3:
		p.keyfunc, p.options = args[2], args[3:]
	case fn.Name() == "ParseFromRequestWithClaims" && len(args) >= 4:
		p.claims, p.keyfunc, p.options = args[2], args[3], args[4:]
	default:
		return nil, false
	}
	return p, true
}

// isParserType reports whether t is a JWT package's Parser or a pointer to it.
func isParserType(t types.Type) bool {
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && isJWTObject(named.Obj(), "Parser")
}

// isTokenType reports whether t is a JWT package's *Token.
func isTokenType(t types.Type) bool {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	return ok && isJWTObject(named.Obj(), "Token")
}

// exprName returns a short name of e for messages: the expression for
// identifiers and selectors, else "parser".
func exprName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		if _, ok := ast.Unparen(e.X).(*ast.Ident); ok {
			return exprName(e.X) + "." + e.Sel.Name
		}
		return e.Sel.Name
	case *ast.CallExpr:
		return exprName(e.Fun) + "(...)"
	}
	return "parser"
}
