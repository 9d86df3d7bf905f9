package jwtverify

import (
	"go/ast"
	"go/token"
	"go/types"
)

// alwaysExpires marks a GetExpirationTime method that never returns a nil
// date. With such claims, a token without exp decodes to the zero time and
// fails validation as expired, so WithExpirationRequired adds nothing.
type alwaysExpires struct {
	Version int
}

func (*alwaysExpires) AFact() {}

func (*alwaysExpires) String() string { return "always-expires" }

// claimsAlwaysExpire reports whether the claims argument's type has a
// GetExpirationTime method that never returns a nil date.
func (c *checker) claimsAlwaysExpire(claims ast.Expr) bool {
	if claims == nil {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(typeOf(c.pass.TypesInfo, claims), true, nil, "GetExpirationTime")
	method, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	if method.Pkg() != c.pass.Pkg {
		var fact alwaysExpires
		return method.Pkg() != nil && c.pass.ImportObjectFact(method, &fact) && fact.Version == factVersion
	}
	return c.returnsDate(method)
}

// returnsDate reports whether every return statement of the method fn of
// this package returns a date built on the spot: &jwt.NumericDate{...} or
// jwt.NewNumericDate(...).
func (c *checker) returnsDate(fn *types.Func) bool {
	decl := c.decls[fn]
	if decl == nil || decl.Body == nil {
		return false
	}
	found, all := false, true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		ret, ok := n.(*ast.ReturnStmt)
		if !ok {
			return true
		}
		found = true
		if len(ret.Results) != 2 || !c.isBuiltDate(ret.Results[0]) {
			all = false
		}
		return true
	})
	return found && all
}

func (c *checker) isBuiltDate(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		_, ok := ast.Unparen(e.X).(*ast.CompositeLit)
		return e.Op == token.AND && ok
	case *ast.CallExpr:
		fn, version := jwtFunc(c.pass.TypesInfo, e)
		return version > 0 && fn.Name() == "NewNumericDate"
	}
	return false
}

// exportExpiryFacts marks this package's GetExpirationTime methods that
// never return a nil date.
func (c *checker) exportExpiryFacts() {
	for fn, decl := range c.decls {
		if decl.Recv != nil && fn.Name() == "GetExpirationTime" && c.returnsDate(fn) {
			c.pass.ExportObjectFact(fn, &alwaysExpires{Version: factVersion})
		}
	}
}
