package callee_test

import (
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// namer reports the table name of every call that resolves to a function.
var namer = &analysis.Analyzer{
	Name: "namer",
	Doc:  "report callee names",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if name := callee.FullName(pass.TypesInfo, call); name != "" {
						pass.Reportf(call.Pos(), "%s", name)
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func TestFullNameResolvesCallees(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), namer, "calls")
}

func TestTableLookupMatchesByResolvedName(t *testing.T) {
	table := callee.Table[int]{"strings.Repeat": 0}
	var found []string
	probe := &analysis.Analyzer{
		Name: "probe",
		Doc:  "look calls up",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						if fn, _, ok := table.Lookup(pass.TypesInfo, call); ok {
							found = append(found, fn.Name())
						}
					}
					return true
				})
			}
			return nil, nil
		},
	}
	analysistest.Run(t, analysistest.TestData(), probe, "lookup")
	if len(found) != 2 {
		t.Errorf("Lookup matched %d calls, want 2 (a direct call and a renamed import)", len(found))
	}
}

func TestImportsFollowsDependencies(t *testing.T) {
	sql := types.NewPackage("database/sql", "sql")
	store := types.NewPackage("example.com/store", "store")
	store.SetImports([]*types.Package{sql})
	handler := types.NewPackage("example.com/handler", "handler")
	handler.SetImports([]*types.Package{store})

	if !callee.Imports(handler, "database/sql") {
		t.Error("Imports(handler, database/sql) = false, want true through store")
	}
	if callee.Imports(handler, "gorm.io/gorm") {
		t.Error("Imports(handler, gorm.io/gorm) = true, want false")
	}
	if !callee.Imports(store, "database") {
		t.Error("Imports(store, database) = false, want true: a path prefix matches its subpackages")
	}
	if callee.Imports(store, "data") {
		t.Error("Imports(store, data) = true, want false: a prefix must end at a slash")
	}
}

func TestShortCutsPackagePaths(t *testing.T) {
	tests := map[string]string{
		"(*database/sql.DB).Query":                      "(*sql.DB).Query",
		"(*github.com/jackc/pgx/v5.Conn).Exec":          "(*pgx.Conn).Exec",
		"(*gorm.io/gorm.DB).Raw":                        "(*gorm.DB).Raw",
		"fmt.Sprintf":                                   "fmt.Sprintf",
		"github.com/golang-jwt/jwt/v5.Parse":            "jwt.Parse",
		"(example.com/db.Repo).Query":                   "(db.Repo).Query",
		"(*example.com/v2.Store).Get":                   "(*v2.Store).Get",
		"(io.Writer).Write":                             "(io.Writer).Write",
		"example.com/store.exec":                        "store.exec",
		"(*github.com/jmoiron/sqlx.DB).Get, which runs": "(*sqlx.DB).Get, which runs",
	}
	for full, want := range tests {
		if got := callee.Short(full); got != want {
			t.Errorf("Short(%q) = %q, want %q", full, got, want)
		}
	}
}

// TestNameMatchesFullName compares Name with FullName, type parameters
// removed, for every function and method of packages with generic types,
// aliases, embedded interfaces and methods on pointers.
func TestNameMatchesFullName(t *testing.T) {
	cfg := &packages.Config{Mode: packages.NeedTypes | packages.NeedDeps | packages.NeedImports}
	pkgs, err := packages.Load(cfg, "net/http", "database/sql", "sync/atomic", "go/types", "iter", "log/slog", "errors")
	if err != nil {
		t.Fatal(err)
	}
	want := func(fn *types.Func) string {
		name := fn.Origin().FullName()
		if i := strings.IndexByte(name, '['); i >= 0 {
			if j := strings.IndexByte(name[i:], ']'); j >= 0 {
				name = name[:i] + name[i+j+1:]
			}
		}
		return name
	}
	check := func(fn *types.Func) {
		if got, want := callee.Name(fn), want(fn); got != want {
			t.Errorf("Name = %q, want %q", got, want)
		}
	}

	checked := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		scope := p.Types.Scope()
		for _, name := range scope.Names() {
			switch obj := scope.Lookup(name).(type) {
			case *types.Func:
				check(obj)
				checked++
			case *types.TypeName:
				// Methods of named types, and the abstract methods of
				// interfaces, embedded ones included.
				for i := range types.NewMethodSet(obj.Type()).Len() {
					if fn, ok := types.NewMethodSet(obj.Type()).At(i).Obj().(*types.Func); ok {
						check(fn)
						checked++
					}
				}
				ptr := types.NewPointer(obj.Type())
				for i := range types.NewMethodSet(ptr).Len() {
					if fn, ok := types.NewMethodSet(ptr).At(i).Obj().(*types.Func); ok {
						check(fn)
						checked++
					}
				}
			}
		}
	})
	check(types.Universe.Lookup("error").Type().Underlying().(*types.Interface).Method(0))
	if checked < 1000 {
		t.Errorf("checked %d functions, want over 1000", checked)
	}
}
