package apperror

import (
	"go/types"
	"net/http"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// factVersion is stored in every appErrorPackage and bypassHelper. Readers
// treat a fact of another version as absent instead of misreading it.
// Increase it when a fact's fields or their meaning change.
const factVersion = 1

// appErrorPackage marks a package whose error type every error response must use.
type appErrorPackage struct {
	Version  int
	TypeName string // "AppError", or "" for a package named by -pkg only
}

func (*appErrorPackage) AFact() {}

func (f *appErrorPackage) String() string {
	if f.TypeName == "" {
		return "error package named by -pkg"
	}
	return "declares " + f.TypeName
}

// target is the AppError package that messages point to.
type target struct {
	pkg      *types.Package
	typeName string
}

// declaresAppError reports whether pkg is an AppError package: one listed in
// cfg.Packages or one that declares a type named AppError.
func declaresAppError(pkg *types.Package, cfg *Config) (typeName string, ok bool) {
	if obj, isType := pkg.Scope().Lookup("AppError").(*types.TypeName); isType {
		typeName = obj.Name()
		ok = true
	}
	for _, p := range cfg.Packages {
		if p == pkg.Path() {
			ok = true
		}
	}
	return typeName, ok
}

// findAppErrorPackage returns the AppError package that the analyzed package
// can see: one of its dependencies, direct or not, that carries the
// appErrorPackage fact of this factVersion. When several do, it picks the
// one whose import path shares the longest prefix with the analyzed
// package, so a module's own package wins over one from a library. It returns nil when none is found,
// for example when the package does not import the AppError package at all.
func findAppErrorPackage(pass *analysis.Pass, cfg *Config) *target {
	var found []*target
	seen := make(map[*types.Package]bool)
	for _, pf := range pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*appErrorPackage); ok && f.Version == factVersion && !seen[pf.Package] {
			seen[pf.Package] = true
			found = append(found, &target{pkg: pf.Package, typeName: f.TypeName})
		}
	}
	if len(found) == 0 {
		return nil
	}

	self := pass.Pkg.Path()
	sort.Slice(found, func(i, j int) bool {
		pi, pj := commonPrefix(self, found[i].pkg.Path()), commonPrefix(self, found[j].pkg.Path())
		if pi != pj {
			return pi > pj
		}
		return found[i].pkg.Path() < found[j].pkg.Path()
	})
	return found[0]
}

// commonPrefix returns the number of leading path elements a and b share.
func commonPrefix(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	n := 0
	for n < len(as) && n < len(bs) && as[n] == bs[n] {
		n++
	}
	return n
}

// isAppErrorType reports whether t, or what it points to, is declared in
// the target package.
func (t *target) isAppErrorType(typ types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := typ.Underlying().(*types.Pointer); ok {
		typ = p.Elem()
	}
	named, ok := types.Unalias(typ).(*types.Named)
	return ok && named.Obj().Pkg() == t.pkg
}

// advice returns the replacement a message suggests: a
// constructor of the AppError package named after the status, such as
// "apperror.NotFound()" for 404, when the package exports one, else the type.
func (t *target) advice(status int, known bool) string {
	if t == nil {
		return "an AppError"
	}
	name := t.pkg.Name()
	if known {
		ctor := strings.ReplaceAll(http.StatusText(status), " ", "")
		ctor = strings.ReplaceAll(ctor, "-", "")
		if fn, ok := t.pkg.Scope().Lookup(ctor).(*types.Func); ok && fn.Exported() {
			return name + "." + ctor + "()"
		}
	}
	if t.typeName != "" {
		return "an " + name + "." + t.typeName
	}
	return "an error from package " + name
}

// responseWriterType returns net/http.ResponseWriter if pkg can see it.
func responseWriterType(pkg *types.Package) *types.Interface {
	seen := make(map[*types.Package]bool)
	var visit func(p *types.Package) *types.Interface
	visit = func(p *types.Package) *types.Interface {
		if seen[p] {
			return nil
		}
		seen[p] = true
		if p.Path() == "net/http" {
			if obj, ok := p.Scope().Lookup("ResponseWriter").(*types.TypeName); ok {
				iface, _ := obj.Type().Underlying().(*types.Interface)
				return iface
			}
			return nil
		}
		for _, imp := range p.Imports() {
			if iface := visit(imp); iface != nil {
				return iface
			}
		}
		return nil
	}
	return visit(pkg)
}
