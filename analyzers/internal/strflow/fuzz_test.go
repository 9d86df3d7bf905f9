package strflow_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/secvet/secvet/analyzers/internal/strflow"
)

// fuzzVars is the number of string variables of a generated function.
const fuzzVars = 4

// fuzzHeader declares the helpers that generated statements call.
const fuzzHeader = `package p

func sink(string) {}

func pass(s string) string { return s + "!" }

func drop(s string) string { return "k" }

func rec(n int, s string) string {
	if n <= 0 {
		return s
	}
	return rec(n-1, s+"r")
}

func even(n int, s string) string {
	if n <= 0 {
		return s
	}
	return odd(n-1, s)
}

func odd(n int, s string) string { return even(n-1, s+"o") }
`

// statement is one form of statement the generator writes. text is a
// format with the verbs %[1]d, %[2]d and %[3]d for the indexes of the
// variables A, B and C. taint updates which variables may hold content of
// the parameter p after the statement runs.
type statement struct {
	text  string
	taint func(t *[fuzzVars]bool, a, b, c int)
}

var statements = []statement{
	{"v%[1]d = v%[2]d + v%[3]d", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] || t[c] }},
	{"v%[1]d = \"lit\"", func(t *[fuzzVars]bool, a, b, c int) { t[a] = false }},
	{"v%[1]d = p", func(t *[fuzzVars]bool, a, b, c int) { t[a] = true }},
	{"if len(p) > 2 { v%[1]d = v%[2]d }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[a] || t[b] }},
	{"if len(p) > 2 { v%[1]d = v%[2]d } else { v%[1]d = v%[3]d }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] || t[c] }},
	{"for i := 0; i < len(p); i++ { v%[1]d += v%[2]d }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[a] || t[b] }},
	{"v%[1]d = pass(v%[2]d)", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"v%[1]d = drop(v%[2]d)", func(t *[fuzzVars]bool, a, b, c int) { t[a] = false }},
	{"v%[1]d = func() string { return v%[2]d + \"f\" }()", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"func() { v%[1]d = v%[2]d }()", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"v%[1]d = string([]byte(v%[2]d))", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"v%[1]d = rec(len(p), v%[2]d)", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"v%[1]d = []string{v%[2]d, v%[3]d}[len(p)%%2]", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] || t[c] }},
	{"v%[1]d = map[string]string{\"k\": v%[2]d}[\"k\"]", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"v%[1]d = v%[2]d[:len(v%[2]d)/2]", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"v%[1]d = even(len(p), v%[2]d)", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"for len(v%[1]d) < 10 { v%[1]d = v%[1]d + v%[2]d }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[a] || t[b] }},
	{"{ s := []string{v%[2]d}; s = append(s, v%[3]d); v%[1]d = s[len(s)-1] }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] || t[c] }},
	{"{ var b []byte; b = append(b, v%[2]d...); v%[1]d = string(b) }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"v%[1]d, v%[2]d = v%[2]d, v%[1]d", func(t *[fuzzVars]bool, a, b, c int) { t[a], t[b] = t[b], t[a] }},
	{"{ ptr := &v%[1]d; *ptr = v%[2]d }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"switch len(p) { case 1: v%[1]d = v%[2]d; case 2: v%[1]d = v%[3]d }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[a] || t[b] || t[c] }},
	{"{ arr := [2]string{v%[2]d, v%[3]d}; v%[1]d = arr[len(p)%%2] }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] || t[c] }},
	{"{ g := func() string { return v%[2]d }; v%[1]d = g() }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"{ var parts []string; for _, r := range v%[2]d { parts = append(parts, string(r)) }; v%[1]d = parts[0] }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[b] }},
	{"{ m := map[string]string{}; m[v%[3]d] = v%[2]d; for _, x := range m { v%[1]d = x } }", func(t *[fuzzVars]bool, a, b, c int) { t[a] = t[a] || t[b] }},
}

// generate writes a function f(p string) from program, three bytes per
// statement: its form and the variables A and B, with C derived from both.
// It returns the source and, per variable, whether content of p may reach
// it at the end of f.
func generate(program []byte) (string, [fuzzVars]bool) {
	var b strings.Builder
	b.WriteString(fuzzHeader)
	b.WriteString("\nfunc f(p string) {\n\tv0, v1, v2, v3 := \"c0\", \"c1\", \"c2\", \"c3\"\n")

	var taint [fuzzVars]bool
	for i := 0; i+2 < len(program) && i < 3*64; i += 3 {
		st := statements[int(program[i])%len(statements)]
		a, bb := int(program[i+1])%fuzzVars, int(program[i+2])%fuzzVars
		c := (a + bb + int(program[i+2])/fuzzVars) % fuzzVars
		fmt.Fprintf(&b, "\t"+st.text+"\n", a, bb, c)
		st.taint(&taint, a, bb, c)
	}

	for i := range fuzzVars {
		fmt.Fprintf(&b, "\tsink(v%d)\n", i)
	}
	b.WriteString("}\n")
	return b.String(), taint
}

// buildSSA type-checks src, a package without imports, and returns its SSA
// package and its source functions with their closures.
func buildSSA(t *testing.T, src string) (*ssa.Package, []*ssa.Function) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatalf("generated code does not parse: %v\n%s", err, src)
	}
	pkg, _, err := ssautil.BuildPackage(&types.Config{}, fset, types.NewPackage("p", "p"), []*ast.File{file}, ssa.SanityCheckFunctions)
	if err != nil {
		t.Fatalf("generated code does not type-check: %v\n%s", err, src)
	}

	var funcs []*ssa.Function
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		funcs = append(funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, m := range pkg.Members {
		if fn, ok := m.(*ssa.Function); ok && fn.Synthetic == "" {
			add(fn)
		}
	}
	return pkg, funcs
}

// FuzzTracer generates functions that pass a parameter, or only
// constants, through locals, branches, loops, closures, helpers,
// recursion, slices and maps, and requires that the tracer never panics
// and never calls a value constant when the parameter may reach it.
func FuzzTracer(f *testing.F) {
	f.Add([]byte{2, 0, 0})                                  // v0 = p
	f.Add([]byte{2, 1, 0, 0, 0, 1})                         // concatenation
	f.Add([]byte{2, 1, 0, 3, 0, 1, 5, 2, 0})                // branch, then loop
	f.Add([]byte{2, 1, 0, 9, 0, 1, 20, 2, 0})               // closure store, pointer store
	f.Add([]byte{2, 3, 0, 11, 0, 3, 15, 1, 0, 16, 2, 1})    // recursion
	f.Add([]byte{2, 0, 0, 17, 1, 0, 24, 2, 1, 25, 3, 2})    // slices and maps
	f.Add([]byte{2, 0, 0, 19, 0, 1, 21, 2, 1, 23, 3, 2, 1}) // swap, switch, closure call

	f.Fuzz(func(t *testing.T, program []byte) {
		src, taint := generate(program)
		pkg, funcs := buildSSA(t, src)
		tracer := strflow.NewTracer(pkg, funcs, nil)

		fn := pkg.Func("f")
		sinks := 0
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				callee := call.Common().StaticCallee()
				if callee == nil || callee.Name() != "sink" {
					continue
				}
				index := sinks
				sinks++
				res := tracer.Trace(call.Common().Args[0])
				if taint[index] && res.Kind != strflow.Dynamic {
					t.Errorf("v%d may hold the parameter p, but the tracer classifies it %s\n%s", index, res.Kind, src)
				}
			}
		}
		if sinks != fuzzVars {
			t.Fatalf("found %d calls of sink, want %d\n%s", sinks, fuzzVars, src)
		}
	})
}
