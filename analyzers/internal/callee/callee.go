// Package callee resolves the function a call expression invokes and
// matches it against tables of fully qualified names.
//
// Names are those of (*types.Func).FullName, for example
// "(*database/sql.DB).Query" or "fmt.Sprintf". A method of an instantiated
// generic type is resolved to its origin and written without the type
// parameters: "(*example.com/db.Repo).Query", not "(*example.com/db.Repo[T]).Query".
package callee

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Func returns the function or method that call statically invokes, or nil
// for calls of function values, interface methods without a static
// receiver, conversions and builtins. Interface method calls resolve to the
// abstract method, so a table may list "io.Writer.Write".
func Func(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	return fn.Origin()
}

// FullName returns the qualified name of the function call invokes, with
// type parameters removed, or "" when the callee is not a declared function.
func FullName(info *types.Info, call *ast.CallExpr) string {
	fn := Func(info, call)
	if fn == nil {
		return ""
	}
	return Name(fn)
}

// Name returns the qualified name of fn in the form the tables use:
// FullName with the receiver's type parameter list removed.
func Name(fn *types.Func) string {
	name := fn.Origin().FullName()
	if i := strings.IndexByte(name, '['); i >= 0 {
		if j := strings.IndexByte(name[i:], ']'); j >= 0 {
			name = name[:i] + name[i+j+1:]
		}
	}
	return name
}

// PkgPath returns the import path of the package that declares fn, or "" for
// objects of the universe scope such as the error interface's Error method.
func PkgPath(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

// Table maps qualified function names to a value the caller chooses, usually
// the index of the argument that matters. Tables are built once per analyzer
// value and only read afterwards.
type Table[V any] map[string]V

// Lookup returns the entry for the function that call invokes.
func (t Table[V]) Lookup(info *types.Info, call *ast.CallExpr) (fn *types.Func, v V, ok bool) {
	fn = Func(info, call)
	if fn == nil {
		return nil, v, false
	}
	v, ok = t[Name(fn)]
	return fn, v, ok
}

// Imports reports whether pkg imports, directly or not, any package whose
// path is in paths or begins with one of them followed by a slash. Analyzers
// call it first to skip packages that cannot contain a sink.
func Imports(pkg *types.Package, paths ...string) bool {
	seen := make(map[*types.Package]bool)
	var visit func(p *types.Package) bool
	visit = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		for _, path := range paths {
			if p.Path() == path || strings.HasPrefix(p.Path(), path+"/") {
				return true
			}
		}
		for _, imp := range p.Imports() {
			if visit(imp) {
				return true
			}
		}
		return false
	}
	for _, imp := range pkg.Imports() {
		if visit(imp) {
			return true
		}
	}
	return false
}
