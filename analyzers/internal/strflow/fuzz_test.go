package strflow_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/secvet/secvet/analyzers/internal/strflow"
)

// generated is a function built by genFunc together with the classification
// its result must get.
type generated struct {
	src     string
	dynamic bool
}

// genFunc turns ops into a function build(p string, n int, c bool) string
// that assembles q step by step. Each op byte picks a step: constant or
// parameter appends, appends under a condition or in a loop, a helper
// call, a lookup in a constant map, a number formatted by a helper, or a
// builder-like slice join. The result is dynamic exactly when a step that
// appends p (directly, through the helper or through the slice) runs on
// some path.
func genFunc(ops []byte) generated {
	var body strings.Builder
	dynamic := false
	body.WriteString("\tq := \"SELECT\"\n\tparts := []string{\"a\"}\n")
	for i, op := range ops {
		if i >= 40 {
			break
		}
		part, partDynamic := "\"k\"", false
		if op&0x10 != 0 {
			part, partDynamic = "p", true
		}
		switch op % 8 {
		case 0:
			fmt.Fprintf(&body, "\tq += %s\n", part)
		case 1:
			fmt.Fprintf(&body, "\tif c {\n\t\tq += %s\n\t}\n", part)
		case 2:
			fmt.Fprintf(&body, "\tfor i := 0; i < n; i++ {\n\t\tq += %s\n\t}\n", part)
		case 3:
			fmt.Fprintf(&body, "\tq = wrap(q, %s)\n", part)
		case 4:
			body.WriteString("\tq += columns[p]\n")
			partDynamic = false
		case 5:
			body.WriteString("\tq += digits(n)\n")
			partDynamic = false
		case 6:
			fmt.Fprintf(&body, "\tparts = append(parts, %s)\n\tq += join(parts)\n", part)
		case 7:
			fmt.Fprintf(&body, "\tif c {\n\t\tq = %s\n\t} else {\n\t\tq = q + \"x\"\n\t}\n", part)
		}
		dynamic = dynamic || partDynamic
	}
	body.WriteString("\t_ = parts\n\treturn q\n")

	src := `package gen

var columns = map[string]string{"a": "a", "b": "b"}

func wrap(s, t string) string { return "(" + s + t + ")" }

func digits(n int) string {
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func join(list []string) string {
	out := ""
	for _, s := range list {
		out += s + ","
	}
	return out
}

func build(p string, n int, c bool) string {
` + body.String() + "}\n"
	return generated{src: src, dynamic: dynamic}
}

// traceResult builds src as SSA and classifies the result of build.
func traceResult(t *testing.T, src string) strflow.Result {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "gen.go", src, 0)
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, src)
	}
	pkg, _, err := ssautil.BuildPackage(&types.Config{Importer: importer.Default()}, fset, types.NewPackage("gen", "gen"), []*ast.File{f}, 0)
	if err != nil {
		t.Fatalf("build: %v\n%s", err, src)
	}
	var funcs []*ssa.Function
	for _, m := range pkg.Members {
		if fn, ok := m.(*ssa.Function); ok {
			funcs = append(funcs, fn)
		}
	}
	tracer := strflow.NewTracer(pkg, funcs, nil)
	build := pkg.Func("build")
	for _, b := range build.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			return tracer.Trace(ret.Results[0])
		}
	}
	t.Fatalf("build has no return\n%s", src)
	return strflow.Result{}
}

// checkGenerated checks the tracer's result against the generator's
// expectation. Unresolved sources, from the depth and step limits, may be
// added to a dynamic result and may stand alone for a constant one, which
// callers treat as unknown.
func checkGenerated(t *testing.T, ops []byte) {
	g := genFunc(ops)
	res := traceResult(t, g.src)
	if !g.dynamic {
		if res.Kind == strflow.Dynamic && !res.OnlyUnresolved() {
			t.Fatalf("Kind = %s with sources %v, want constant or safe dynamic\n%s", res.Kind, res.Sources, g.src)
		}
		return
	}
	if res.Kind != strflow.Dynamic {
		t.Fatalf("Kind = %s, want dynamic\n%s", res.Kind, g.src)
	}
	foundParam := false
	for _, s := range res.Sources {
		switch {
		case s.Kind == strflow.Param && s.Name == "p":
			foundParam = true
		case s.Kind != strflow.Unresolved:
			t.Fatalf("source %v, want only parameter p\n%s", s, g.src)
		}
	}
	if !foundParam {
		t.Fatalf("sources %v lack parameter p\n%s", res.Sources, g.src)
	}
}

func TestGeneratedFunctionsSeeds(t *testing.T) {
	for _, ops := range [][]byte{
		{},
		{0, 1, 2, 3, 4, 5, 6, 7},
		{0x10},
		{0x11},
		{0x12},
		{0x13},
		{0x16},
		{0x17},
		{2, 2, 2, 0x11, 7, 7, 3},
		{4, 5, 4, 5, 6, 6, 6},
	} {
		checkGenerated(t, ops)
	}
}

func FuzzTracerOnGeneratedFunctions(f *testing.F) {
	f.Add([]byte{0, 1, 2})
	f.Add([]byte{0x11, 0x12, 3})
	f.Add([]byte{7, 6, 5, 4})
	f.Fuzz(func(t *testing.T, ops []byte) {
		checkGenerated(t, ops)
	})
}
