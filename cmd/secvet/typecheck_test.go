package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/secvet/secvet/analyzers/suite"
)

// mixedModule is a module whose package app imports a package of its own
// module (store), a package of another module (example.com/lib, through a
// replace directive) and the standard library.
var mixedModule = map[string]string{
	"app/go.mod": "module example.com/app\n\ngo 1.26\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ../lib\n",
	"app/cmd/app/main.go": `package main

import (
	"strings"

	"example.com/app/store"
	"example.com/lib"
)

func main() { println(strings.ToUpper(store.Name() + lib.Name())) }
`,
	"app/store/store.go":     "package store\n\nfunc Name() string { return \"store\" }\n",
	"app/broken/broken.go":   "package broken\n\nfunc Count() int { return missing }\n",
	"app/usesbroken/uses.go": "package usesbroken\n\nimport \"example.com/app/broken\"\n\nvar N = broken.Count()\n",
	"lib/go.mod":             "module example.com/lib\n\ngo 1.26\n",
	"lib/lib.go":             "package lib\n\nfunc Name() string { return \"lib\" }\n",
	"app/internal/db/db.go":  "package db\n\nimport \"database/sql\"\n\nfunc Run(conn *sql.DB, q string) error {\n\t_, err := conn.Exec(q)\n\treturn err\n}\n",
	"app/cmd/query/main.go":  "package main\n\nimport (\n\t\"database/sql\"\n\t\"os\"\n\n\t\"example.com/app/internal/db\"\n)\n\nfunc main() {\n\tconn, _ := sql.Open(\"sqlite\", \"x\")\n\t_ = db.Run(conn, \"SELECT * FROM users WHERE name = '\"+os.Args[1]+\"'\")\n}\n",
}

func loadMixedIn(t *testing.T, dir string, patterns ...string) (initial, analyzed []*packages.Package) {
	t.Helper()
	parse := func(fset *token.FileSet, name string, src []byte) (*ast.File, error) {
		return parser.ParseFile(fset, name, src, parser.ParseComments)
	}
	cfg := &packages.Config{Dir: dir}
	initial, analyzed, pl, err := loadMixed(cfg, parse, patterns, defaultMaxLoaded())
	if err != nil {
		t.Fatal(err)
	}
	pl.unbind() // nothing releases the packages here
	pl.wait()
	return initial, analyzed
}

func TestLoadMixedReadsOnlyStdFromExportData(t *testing.T) {
	root := writeModule(t, mixedModule)
	initial, _ := loadMixedIn(t, filepath.Join(root, "app"), "./cmd/app")
	if len(initial) != 1 {
		t.Fatalf("loaded %d initial packages, want 1", len(initial))
	}
	app := initial[0]

	for _, path := range []string{"example.com/app/store", "example.com/lib"} {
		p := app.Imports[path]
		if p == nil {
			t.Fatalf("%s is not among the imports", path)
		}
		if len(p.Syntax) == 0 || len(p.TypesInfo.Defs) == 0 {
			t.Errorf("%s has no syntax or type information; packages outside GOROOT need both for facts", path)
		}
	}

	std := app.Imports["strings"]
	if len(std.Syntax) != 0 {
		t.Errorf("strings has %d syntax trees, want none: the standard library comes from export data", len(std.Syntax))
	}
	if !std.Types.Complete() || std.Types.Scope().Lookup("ToUpper") == nil {
		t.Errorf("strings has no complete types from export data")
	}

	// The call in app must resolve to the very object of the strings
	// package, or facts and callee tables would not match.
	var used types.Object
	for id, obj := range app.TypesInfo.Uses {
		if id.Name == "ToUpper" {
			used = obj
		}
	}
	if used == nil || used != std.Types.Scope().Lookup("ToUpper") {
		t.Errorf("strings.ToUpper in app resolves to %v, not to the object of the loaded strings package", used)
	}
	if len(app.Errors) > 0 || app.IllTyped {
		t.Errorf("app has errors: %v", app.Errors)
	}
}

func TestLoadMixedLeavesStdOutOfAnalysisGraph(t *testing.T) {
	root := writeModule(t, mixedModule)
	_, analyzed := loadMixedIn(t, filepath.Join(root, "app"), "./cmd/app")
	var paths []string
	packages.Visit(analyzed, nil, func(p *packages.Package) { paths = append(paths, p.PkgPath) })
	got := strings.Join(paths, " ")
	if want := "example.com/app/store example.com/lib example.com/app/cmd/app"; got != want {
		t.Errorf("analysis graph = %s, want %s", got, want)
	}
}

func TestLoadMixedReportsTypeErrorOfDependency(t *testing.T) {
	root := writeModule(t, mixedModule)
	initial, _ := loadMixedIn(t, filepath.Join(root, "app"), "./usesbroken")
	uses := initial[0]
	broken := uses.Imports["example.com/app/broken"]
	if len(broken.Errors) != 1 {
		t.Fatalf("errors of broken = %v, want one", broken.Errors)
	}
	if e := broken.Errors[0]; e.Kind != packages.TypeError || !strings.Contains(e.Msg, "undefined: missing") {
		t.Errorf("error of broken = %v (kind %v), want the type error undefined: missing", e, e.Kind)
	}
	if !broken.IllTyped {
		t.Errorf("broken is not marked IllTyped")
	}
	if !uses.IllTyped {
		t.Errorf("usesbroken, which imports broken, is not marked IllTyped")
	}
}

func TestFactsFlowFromPackagesOutsidePatterns(t *testing.T) {
	root := writeModule(t, mixedModule)
	// internal/db, which runs its argument as SQL, is not among the
	// requested packages, but its fact still makes db.Run a sink.
	r := runSecvet(t, filepath.Join(root, "app"), suite.New, "-rawsql", "./cmd/query")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stdout:\n%s\nstderr:\n%s", r.code, exitFindings, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "cmd/query/main.go:12:19:") || !strings.Contains(r.stdout, "db.Run") {
		t.Errorf("stdout does not report the query passed to db.Run:\n%s", r.stdout)
	}
}
