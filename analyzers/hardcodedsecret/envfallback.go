package hardcodedsecret

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/names"
)

// factVersion is stored in every getenvFact. Readers treat a fact of
// another version as absent instead of misreading it. Increase it when a
// fact's fields or their meaning change.
const factVersion = 1

// getenvFact marks a function that reads an environment variable named by
// one parameter and returns another parameter when it is missing, like
// `func getenv(name, fallback string) string`.
type getenvFact struct {
	Version int
	Name    int // index of the parameter with the variable's name
	Default int // index of the parameter returned when it is missing
}

func (*getenvFact) AFact() {}

func (f *getenvFact) String() string {
	return fmt.Sprintf("getenv(name=%d, default=%d)", f.Name, f.Default)
}

// envSource records that a variable holds an environment variable's value,
// or the "found" result of os.LookupEnv for value.
type envSource struct {
	name  string       // the environment variable's name, "" when not constant
	found bool         // the variable is LookupEnv's second result
	value types.Object // for found: the variable with the value
}

// exportGetenvFacts finds this package's getenv helpers, including helpers
// that call other helpers, and exports a fact for each.
func (c *checker) exportGetenvFacts() {
	var decls []*ast.FuncDecl
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				decls = append(decls, fd)
			}
		}
	}

	// Repeat until no helper is added, so a helper that calls a helper
	// declared later in the package is found too.
	for changed := true; changed; {
		changed = false
		for _, fd := range decls {
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || c.getenvHelper(fn) != nil {
				continue
			}
			if fact := c.detectGetenvHelper(fd); fact != nil {
				c.pass.ExportObjectFact(fn, fact)
				changed = true
			}
		}
	}
}

// getenvHelper returns the fact of fn, from this package or an import, or
// nil when fn has none of this factVersion.
func (c *checker) getenvHelper(fn *types.Func) *getenvFact {
	if fn == nil {
		return nil
	}
	fact := new(getenvFact)
	if c.pass.ImportObjectFact(fn.Origin(), fact) && fact.Version == factVersion {
		return fact
	}
	return nil
}

// detectGetenvHelper returns a fact for fd when one parameter reaches
// os.Getenv, os.LookupEnv or another helper's name, and another parameter
// is returned.
func (c *checker) detectGetenvHelper(fd *ast.FuncDecl) *getenvFact {
	params := make(map[types.Object]int)
	i := 0
	for _, field := range fd.Type.Params.List {
		for _, id := range field.Names {
			params[c.pass.TypesInfo.Defs[id]] = i
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	if len(params) < 2 {
		return nil
	}
	paramIndex := func(e ast.Expr) int {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if idx, found := params[c.pass.TypesInfo.Uses[id]]; found {
				return idx
			}
		}
		return -1
	}

	nameParam, returned := -1, make(map[int]bool)
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if _, arg, ok := c.tables.getenv.Lookup(c.pass.TypesInfo, n); ok && arg < len(n.Args) {
				if idx := paramIndex(n.Args[arg]); idx >= 0 {
					nameParam = idx
				}
			}
			if fact := c.getenvHelper(callee.Func(c.pass.TypesInfo, n)); fact != nil && fact.Name < len(n.Args) {
				if idx := paramIndex(n.Args[fact.Name]); idx >= 0 {
					nameParam = idx
				}
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				ast.Inspect(r, func(m ast.Node) bool {
					if e, ok := m.(ast.Expr); ok {
						if idx := paramIndex(e); idx >= 0 {
							returned[idx] = true
						}
					}
					return true
				})
			}
		}
		return true
	})
	if nameParam < 0 {
		return nil
	}
	for idx := 0; idx < i; idx++ {
		if idx != nameParam && returned[idx] {
			return &getenvFact{Version: factVersion, Name: nameParam, Default: idx}
		}
	}
	return nil
}

// checkEnvFallbacks reports literal defaults of sensitive environment
// variables: arguments of getenv helpers and of cmp.Or after os.Getenv,
// and assignments in `if v == "" { v = "…" }` after os.Getenv.
func (c *checker) checkEnvFallbacks() {
	sources := c.envSources()
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.IfStmt)(nil)}
	c.inspect.WithStack(filter, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || c.skipFile(n.Pos()) {
			return true
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			c.checkGetenvCall(n, stack)
			c.checkCmpOr(n, sources, stack)
		case *ast.IfStmt:
			c.checkIfEmpty(n, sources)
		}
		return true
	})
}

// checkGetenvCall checks a call of a getenv helper.
func (c *checker) checkGetenvCall(call *ast.CallExpr, stack []ast.Node) {
	fact := c.getenvHelper(callee.Func(c.pass.TypesInfo, call))
	if fact == nil || fact.Name >= len(call.Args) || fact.Default >= len(call.Args) {
		return
	}
	c.checkFallback(c.constString(call.Args[fact.Name]), c.targetName(stack), call.Args[fact.Default], call.Pos())
}

// checkCmpOr checks cmp.Or(os.Getenv("X"), "default").
func (c *checker) checkCmpOr(call *ast.CallExpr, sources map[types.Object]envSource, stack []ast.Node) {
	if callee.FullName(c.pass.TypesInfo, call) != "cmp.Or" {
		return
	}
	env, seen := "", false
	for _, arg := range call.Args {
		if name, ok := c.envRead(arg, sources); ok {
			env, seen = name, true
			continue
		}
		if seen {
			c.checkFallback(env, c.targetName(stack), arg, call.Pos())
		}
	}
}

// envRead reports whether e reads an environment variable, directly or
// through a variable, and returns the variable's name when constant.
func (c *checker) envRead(e ast.Expr, sources map[types.Object]envSource) (string, bool) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if _, arg, found := c.tables.getenv.Lookup(c.pass.TypesInfo, call); found && arg < len(call.Args) {
			return c.constString(call.Args[arg]), true
		}
		return "", false
	}
	if src, ok := sources[c.objectOf(e)]; ok && !src.found {
		return src.name, true
	}
	return "", false
}

// checkIfEmpty checks `if v == "" { v = "default" }` and `if !ok { v = … }`
// where v comes from os.Getenv or os.LookupEnv.
func (c *checker) checkIfEmpty(stmt *ast.IfStmt, sources map[types.Object]envSource) {
	for _, obj := range c.emptyTests(stmt.Cond, sources) {
		src := sources[obj]
		for _, s := range stmt.Body.List {
			assign, ok := s.(*ast.AssignStmt)
			if !ok || assign.Tok != token.ASSIGN || len(assign.Lhs) != len(assign.Rhs) {
				continue
			}
			for i, lhs := range assign.Lhs {
				if c.objectOf(lhs) == obj {
					c.checkFallback(src.name, obj.Name(), assign.Rhs[i], stmt.Pos())
				}
			}
		}
	}
}

// emptyTests returns the environment-sourced variables that cond tests for
// being missing: v == "", "" == v, len(v) == 0 or !found, joined by ||.
func (c *checker) emptyTests(cond ast.Expr, sources map[types.Object]envSource) []types.Object {
	switch cond := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch cond.Op {
		case token.LOR:
			return append(c.emptyTests(cond.X, sources), c.emptyTests(cond.Y, sources)...)
		case token.EQL:
			for _, pair := range [][2]ast.Expr{{cond.X, cond.Y}, {cond.Y, cond.X}} {
				operand, other := ast.Unparen(pair[0]), pair[1]
				if call, ok := operand.(*ast.CallExpr); ok && len(call.Args) == 1 && c.constInt(other) == 0 {
					if id, isIdent := call.Fun.(*ast.Ident); isIdent && id.Name == "len" {
						operand = call.Args[0]
						other = nil
					}
				}
				if other != nil && !c.isEmptyString(other) {
					continue
				}
				if obj := c.objectOf(operand); obj != nil {
					if src, ok := sources[obj]; ok && !src.found {
						return []types.Object{obj}
					}
				}
			}
		}
	case *ast.UnaryExpr:
		if cond.Op == token.NOT {
			if src, ok := sources[c.objectOf(cond.X)]; ok && src.found && src.value != nil {
				return []types.Object{src.value}
			}
		}
	}
	return nil
}

func (c *checker) isEmptyString(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
}

func (c *checker) constInt(e ast.Expr) int {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.ExactString() != "0" {
		return -1
	}
	return 0
}

// objectOf returns the variable or field an identifier or selector names.
func (c *checker) objectOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return c.pass.TypesInfo.ObjectOf(e)
	case *ast.SelectorExpr:
		return c.pass.TypesInfo.ObjectOf(e.Sel)
	}
	return nil
}

// envSources maps the variables and fields assigned from os.Getenv and
// os.LookupEnv to the environment variable they read.
func (c *checker) envSources() map[types.Object]envSource {
	sources := make(map[types.Object]envSource)
	record := func(lhs []ast.Expr, rhs []ast.Expr) {
		if len(rhs) == 1 && len(lhs) == 2 {
			call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
			if !ok || callee.FullName(c.pass.TypesInfo, call) != "os.LookupEnv" {
				return
			}
			name := c.constString(call.Args[0])
			value := c.objectOf(lhs[0])
			if value != nil {
				sources[value] = envSource{name: name}
			}
			if found := c.objectOf(lhs[1]); found != nil {
				sources[found] = envSource{name: name, found: true, value: value}
			}
			return
		}
		if len(lhs) != len(rhs) {
			return
		}
		for i, r := range rhs {
			call, ok := ast.Unparen(r).(*ast.CallExpr)
			if !ok || callee.FullName(c.pass.TypesInfo, call) != "os.Getenv" {
				continue
			}
			if obj := c.objectOf(lhs[i]); obj != nil {
				sources[obj] = envSource{name: c.constString(call.Args[0])}
			}
		}
	}
	c.inspect.Preorder([]ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			record(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			record(lhs, n.Values)
		}
	})
	return sources
}

// targetName returns the name that receives the value of the innermost
// node of stack: an assigned variable or field, a declared name, or a
// struct field key.
func (c *checker) targetName(stack []ast.Node) string {
	if len(stack) < 2 {
		return ""
	}
	node, parent := stack[len(stack)-1], stack[len(stack)-2]
	switch p := parent.(type) {
	case *ast.AssignStmt:
		for i, r := range p.Rhs {
			if r == node && i < len(p.Lhs) && len(p.Lhs) == len(p.Rhs) {
				return c.nameOf(p.Lhs[i])
			}
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == node && i < len(p.Names) {
				return p.Names[i].Name
			}
		}
	case *ast.KeyValueExpr:
		if id, ok := p.Key.(*ast.Ident); ok && p.Value == node {
			return id.Name
		}
	}
	return ""
}

// checkFallback reports value, the default of environment variable env
// assigned to target, when either name is sensitive. Unlike a sensitive
// name's value, a placeholder-looking default such as "change-me" counts:
// it is what runs whenever the variable is missing.
func (c *checker) checkFallback(env, target string, value ast.Expr, also token.Pos) {
	if !names.IsCredentialName(env) && !names.IsCredentialName(target) {
		return
	}
	s, ok := literal(c.pass.TypesInfo, value)
	if !ok || strings.TrimSpace(s) == "" {
		return
	}
	subject := env
	if !names.IsCredentialName(env) {
		subject = target
	}
	c.add(newFinding(value, CategoryEnvFallback, "fallback", s, "for "+subject,
		"fail when the variable is missing instead of using a default", also))
}
