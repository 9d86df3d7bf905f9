package stress

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/secvet/secvet/analyzers/suite"
)

// fuzzImports are the packages a generated file imports.
var fuzzImports = []string{"crypto/sha256", "database/sql", "encoding/hex", "log/slog", "net/http", "strings"}

var (
	importsOnce  sync.Once
	importTypes  map[string]*types.Package
	importsError error
)

// loadFuzzImports loads the types of fuzzImports once per test binary.
func loadFuzzImports(t testing.TB) map[string]*types.Package {
	importsOnce.Do(func() {
		pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes}, fuzzImports...)
		if err != nil {
			importsError = err
			return
		}
		importTypes = make(map[string]*types.Package)
		for _, p := range pkgs {
			if len(p.Errors) > 0 {
				importsError = fmt.Errorf("loading %s failed: %v", p.PkgPath, p.Errors[0])
				return
			}
			importTypes[p.PkgPath] = p.Types
		}
	})
	if importsError != nil {
		t.Fatal(importsError)
	}
	return importTypes
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// fuzzStatements are the statement forms of generated handlers. %[1]d,
// %[2]d and %[3]d are the indexes of the variables A, B and C, of which
// v0 to v3 are strings.
var fuzzStatements = []string{
	"v%[1]d = v%[2]d + v%[3]d",
	"v%[1]d = \"SELECT * FROM t\"",
	"v%[1]d = name",
	"v%[1]d = r.FormValue(\"password\")",
	"if len(name) > 2 { v%[1]d = v%[2]d }",
	"for i := 0; i < len(name); i++ { v%[1]d += v%[2]d }",
	"v%[1]d = strings.TrimSpace(v%[2]d)",
	"v%[1]d = func() string { return v%[2]d }()",
	"func() { v%[1]d = v%[2]d }()",
	"v%[1]d = hex.EncodeToString(sum(v%[2]d))",
	"db.Query(v%[1]d)",
	"defer db.Exec(v%[1]d, v%[2]d)",
	"go db.Exec(v%[1]d)",
	"{ q := db.Query; q(v%[1]d) }",
	"slog.Info(\"login\", \"password\", v%[1]d)",
	"slog.Info(\"login\", \"user\", v%[1]d)",
	"http.Error(w, v%[1]d, http.StatusBadRequest)",
	"db.Exec(\"UPDATE users SET password = $1\", v%[1]d)",
	"v%[1]d = build(len(name), v%[2]d)",
	"{ parts := []string{v%[2]d, v%[3]d}; v%[1]d = strings.Join(parts, \",\") }",
	"if v%[1]d == v%[2]d { return }",
	"switch v%[1]d { case \"a\": v%[2]d = v%[3]d }",
}

// fuzzTaint updates, for statement form i of fuzzStatements, which
// variables may hold request data afterwards. It returns whether the
// statement passes variable A to an SQL sink as the query.
func fuzzTaint(i int, t *[4]bool, a, b, c int) (querySink bool) {
	switch i {
	case 0:
		t[a] = t[b] || t[c]
	case 1, 9:
		t[a] = false // a constant, or a hex digest, which cannot inject
	case 2, 3:
		t[a] = true
	case 4, 5:
		t[a] = t[a] || t[b]
	case 6, 7, 8, 18:
		t[a] = t[b]
	case 10, 11, 12, 13:
		return true
	case 19:
		t[a] = t[b] || t[c]
	case 21:
		// Inside case "a", variable A equals the constant, so when C is
		// A the assignment stores a constant.
		if c != a {
			t[b] = t[b] || t[c]
		}
	}
	return false
}

// fuzzHandler writes an HTTP handler from program, three bytes per
// statement: its form and the variables A and B, with C derived from both.
// It returns the source and the lines that pass request data to an SQL
// sink as the query.
func fuzzHandler(program []byte) (string, []int) {
	var b strings.Builder
	b.WriteString(`package gen

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"log/slog"
	"net/http"
	"strings"
)

var db *sql.DB

var (
	_ = hex.EncodeToString
	_ = slog.Info
	_ = strings.TrimSpace
)

func sum(s string) []byte {
	h := sha256.Sum256([]byte(s))
	return h[:]
}

func build(n int, s string) string {
	if n <= 0 {
		return "SELECT * FROM t WHERE name = '" + s + "'"
	}
	return build(n-1, s)
}

func Handle(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	v0, v1, v2, v3 := "a", "b", "c", "d"
`)
	var taint [4]bool
	var injected []int
	for i := 0; i+2 < len(program) && i < 3*64; i += 3 {
		index := int(program[i]) % len(fuzzStatements)
		a, c := int(program[i+1])%4, int(program[i+2])%4
		d := (a + c + int(program[i+2])/4) % 4
		line := strings.Count(b.String(), "\n") + 1
		fmt.Fprintf(&b, "\t"+fuzzStatements[index]+"\n", a, c, d)
		if fuzzTaint(index, &taint, a, c, d) && taint[a] {
			injected = append(injected, line)
		}
	}
	b.WriteString("\t_, _, _, _, _ = name, v0, v1, v2, v3\n}\n")
	return b.String(), injected
}

// FuzzSuiteOnGeneratedHandlers runs every analyzer of the suite on
// generated HTTP handlers that move a request value and constants through
// locals, branches, loops, closures and helpers into SQL, logging, hashing
// and error sinks. It requires that no analyzer fails or panics and, for
// programs of up to 8 statements, that rawsql reports every query built
// from request data.
func FuzzSuiteOnGeneratedHandlers(f *testing.F) {
	f.Add([]byte{2, 0, 0, 10, 0, 0})
	f.Add([]byte{3, 1, 0, 14, 1, 0, 9, 2, 1, 17, 2, 0})
	f.Add([]byte{0, 0, 2, 11, 0, 1, 12, 3, 0, 13, 1, 0})
	f.Add([]byte{7, 0, 1, 8, 1, 2, 16, 1, 0, 18, 2, 1, 19, 3, 2, 20, 0, 1, 21, 1, 2})

	f.Fuzz(func(t *testing.T, program []byte) {
		imports := loadFuzzImports(t)
		src, injected := fuzzHandler(program)

		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "/gen/gen.go", src, parser.ParseComments)
		if err != nil {
			t.Fatalf("generated code does not parse: %v\n%s", err, src)
		}
		info := &types.Info{
			Types:        make(map[ast.Expr]types.TypeAndValue),
			Defs:         make(map[*ast.Ident]types.Object),
			Uses:         make(map[*ast.Ident]types.Object),
			Implicits:    make(map[ast.Node]types.Object),
			Instances:    make(map[*ast.Ident]types.Instance),
			Scopes:       make(map[ast.Node]*types.Scope),
			Selections:   make(map[*ast.SelectorExpr]*types.Selection),
			FileVersions: make(map[*ast.File]string),
		}
		conf := &types.Config{
			Importer: importerFunc(func(path string) (*types.Package, error) {
				if p, ok := imports[path]; ok {
					return p, nil
				}
				return nil, fmt.Errorf("package %s is not loaded", path)
			}),
			Error: func(error) {},
		}
		typesPkg, err := conf.Check("example.com/gen", fset, []*ast.File{file}, info)
		if err != nil {
			// Some combinations do not compile, such as a return after a
			// deferred call in no function that returns; skip them.
			t.Skipf("generated code does not type-check: %v", err)
		}

		// The checker needs no go list run for a package without
		// dependencies to analyze: facts of the imports are simply absent.
		pkg := &packages.Package{
			ID:         "example.com/gen",
			Name:       "gen",
			PkgPath:    "example.com/gen",
			GoFiles:    []string{"/gen/gen.go"},
			Fset:       fset,
			Syntax:     []*ast.File{file},
			Types:      typesPkg,
			TypesInfo:  info,
			TypesSizes: types.SizesFor("gc", "amd64"),
		}
		graph, err := checker.Analyze(guarded(suite.New(suite.Options{})), []*packages.Package{pkg}, nil)
		if err != nil {
			t.Fatalf("checker.Analyze failed: %v", err)
		}
		reported := make(map[int]bool)
		for act := range graph.All() {
			if act.Err != nil {
				t.Errorf("analyzer %s failed: %v\n%s", act.Analyzer.Name, act.Err, src)
			}
			for _, d := range act.Diagnostics {
				if act.Analyzer.Name == "rawsql" && d.Category == "sql-injection" {
					reported[fset.Position(d.Pos).Line] = true
				}
			}
		}

		// Longer programs may reach the tracer's documented depth limits,
		// where rawsql stays silent by design.
		if len(program) > 3*8 {
			return
		}
		for _, line := range injected {
			if !reported[line] {
				t.Errorf("line %d passes request data to SQL, but rawsql reports no injection\n%s", line, src)
			}
		}
	})
}
