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
//
// Analyzers call it for nearly every call site, so it builds the name of a
// function or of a method on a named type with a single concatenation, and
// leaves the other receivers to FullName.
func Name(fn *types.Func) string {
	fn = fn.Origin()
	recv := fn.Signature().Recv()
	if recv == nil {
		if fn.Pkg() == nil {
			return fn.Name()
		}
		return fn.Pkg().Path() + "." + fn.Name()
	}

	t, star := recv.Type(), ""
	if ptr, ok := t.(*types.Pointer); ok {
		t, star = ptr.Elem(), "*"
	}
	if named, ok := t.(*types.Named); ok {
		obj := named.Obj()
		if obj.Pkg() == nil {
			return "(" + star + obj.Name() + ")." + fn.Name()
		}
		return "(" + star + obj.Pkg().Path() + "." + obj.Name() + ")." + fn.Name()
	}
	return fullName(fn)
}

// fullName returns FullName of fn with the first type parameter list
// removed.
func fullName(fn *types.Func) string {
	name := fn.FullName()
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

// Short returns a qualified name of the Name form with each package path
// cut to the package's last path element, skipping a major-version element
// such as v5, for use in messages: "(*database/sql.DB).Query" becomes
// "(*sql.DB).Query" and "(*github.com/jackc/pgx/v5.Conn).Exec" becomes
// "(*pgx.Conn).Exec".
func Short(name string) string {
	var b strings.Builder
	for name != "" {
		// A package path runs up to the dot that follows its last slash.
		start := strings.IndexAny(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
		if start < 0 {
			b.WriteString(name)
			break
		}
		b.WriteString(name[:start])
		name = name[start:]
		end := strings.IndexAny(name, "()*[], ")
		if end < 0 {
			end = len(name)
		}
		token := name[:end]
		name = name[end:]
		slash := strings.LastIndexByte(token, '/')
		if slash < 0 {
			b.WriteString(token)
			continue
		}
		path, rest := token, ""
		if dot := strings.IndexByte(token[slash:], '.'); dot >= 0 {
			path, rest = token[:slash+dot], token[slash+dot:]
		}
		b.WriteString(lastElement(path))
		b.WriteString(rest)
	}
	return b.String()
}

// lastElement returns the last element of an import path, or the one
// before it when the last is a major version suffix such as v2 and the one
// before it is not the module's domain.
func lastElement(path string) string {
	elems := strings.Split(path, "/")
	last := elems[len(elems)-1]
	isVersion := len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == ""
	if isVersion && len(elems) > 2 {
		return elems[len(elems)-2]
	}
	return last
}
