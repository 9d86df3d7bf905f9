package logmask

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// categories are the diagnostic categories, one per kind of exposure; they
// become SARIF rule ids.
var categories = map[exposureKind]string{
	exposeKey:         "sensitive-key",
	exposeName:        "sensitive-name",
	exposeHeader:      "auth-header",
	exposeHeaderRange: "auth-header",
	exposeRequest:     "request-dump",
	exposeMap:         "sensitive-map",
	exposeStruct:      "sensitive-struct",
}

// maxShown bounds how much of an expression a message quotes.
const maxShown = 40

// report builds and reports the diagnostic for arg, the argument at index
// i of site, which exposes e. It is the only place that builds logmask
// diagnostics.
func (c *checker) report(site sinkSite, i int, arg ast.Expr, e *exposure) {
	// The range covers the innermost exposing expression when it is part
	// of the argument, and the argument when the value came from elsewhere.
	node := arg
	if e.node != nil && e.node.Pos() >= arg.Pos() && e.node.End() <= arg.End() {
		node = e.node
	}
	if c.reported[node.Pos()] {
		return
	}
	c.reported[node.Pos()] = true
	c.reported[arg.Pos()] = true

	var masker *maskerChoice
	if e.kind != exposeStruct && e.kind != exposeRequest {
		masker = c.chooseMasker(site, i, arg, node, e.kind == exposeMap)
	}

	d := analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: categories[e.kind],
		Message:  message(site.name, node, e, masker),
	}
	if masker != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message: "Wrap in " + masker.qualified,
			TextEdits: []analysis.TextEdit{
				{Pos: node.Pos(), End: node.Pos(), NewText: []byte(masker.qualified + "(")},
				{Pos: node.End(), End: node.End(), NewText: []byte(")")},
			},
		}}
	}
	if e.node != nil && node != e.node {
		// A //nolint on the line the value comes from also counts.
		d.Related = []analysis.RelatedInformation{{Pos: e.node.Pos(), End: e.node.End(), Message: "the logged value comes from here"}}
		c.reporter.Report(d, e.node.Pos())
		return
	}
	c.reporter.Report(d)
}

// message builds the diagnostic text: what is exposed, by which sink, and
// what to do instead.
func message(sink string, node ast.Expr, e *exposure, masker *maskerChoice) string {
	shown := shorten(types.ExprString(node))
	advice := "mask it before logging or leave it out"
	if masker != nil {
		advice = "wrap it in " + masker.qualified
	}

	switch e.kind {
	case exposeKey:
		return fmt.Sprintf("value of %q is logged unmasked by %s; %s", e.name, sink, advice)
	case exposeName:
		return fmt.Sprintf("%s is logged unmasked by %s; %s", shorten(e.name), sink, advice)
	case exposeHeader:
		return fmt.Sprintf("value of the %q header is logged unmasked by %s; %s", e.name, sink, advice)
	case exposeHeaderRange:
		if masker == nil {
			advice = "skip them or mask the values"
		}
		return fmt.Sprintf("%s holds http.Header values, Authorization and Cookie included, and is logged unmasked by %s; %s", shown, sink, advice)
	case exposeRequest:
		return fmt.Sprintf("%s (%s) is logged whole by %s, exposing its Authorization and Cookie headers; log selected fields instead", shown, e.name, sink)
	case exposeMap:
		return fmt.Sprintf("map with key %q is logged unmasked by %s; %s", e.name, sink, advice)
	case exposeStruct:
		return fmt.Sprintf("%s is logged whole by %s, exposing field %s; log selected fields or give the type a LogValue or String method that masks it", shown, sink, e.name)
	}
	return ""
}

func shorten(s string) string {
	if len(s) <= maxShown {
		return s
	}
	return s[:maxShown-3] + "..."
}

// maskerChoice is a masking function visible in a file, with the name the
// file calls it by.
type maskerChoice struct {
	fn        *types.Func
	qualified string // e.g. "masking.MaskValue" or "maskValue"
}

// maskersInScope returns the maskers a file can call: those of the
// packages it imports and those of its own package.
func (c *checker) maskersInScope(file *ast.File) []maskerChoice {
	if file == nil {
		return nil
	}
	if list, ok := c.fileMask[file]; ok {
		return list
	}
	var list []maskerChoice
	addScope := func(scope *types.Scope, qualifier string, exportedOnly bool) {
		for _, n := range scope.Names() {
			fn, ok := scope.Lookup(n).(*types.Func)
			if !ok || exportedOnly && !fn.Exported() || !c.isMasker(fn) {
				continue
			}
			list = append(list, maskerChoice{fn: fn, qualified: qualifier + fn.Name()})
		}
	}
	for _, imp := range file.Imports {
		pkgName := c.pass.TypesInfo.PkgNameOf(imp)
		if pkgName == nil || pkgName.Name() == "_" || pkgName.Name() == "." {
			continue
		}
		addScope(pkgName.Imported().Scope(), pkgName.Name()+".", true)
	}
	addScope(c.pass.Pkg.Scope(), "", false)

	// Configured maskers come first, then names in order.
	configured := func(m maskerChoice) bool {
		full := callee.Name(m.fn)
		for _, name := range c.cfg.Maskers {
			if name == full {
				return true
			}
		}
		return false
	}
	sort.SliceStable(list, func(i, j int) bool {
		ci, cj := configured(list[i]), configured(list[j])
		if ci != cj {
			return ci
		}
		return list[i].qualified < list[j].qualified
	})
	c.fileMask[file] = list
	return list
}

// chooseMasker picks a masker that accepts node's type and whose result
// fits where node sits: the parameter slot of argument i when node is the
// whole argument arg, and node's own type when it is part of it. For maps it prefers one whose name
// mentions Map, for other values one whose name does not.
func (c *checker) chooseMasker(site sinkSite, i int, arg, node ast.Expr, isMap bool) *maskerChoice {
	valueType := c.pass.TypesInfo.TypeOf(node)
	if valueType == nil {
		return nil
	}
	want := valueType
	if node == arg {
		want = c.slotType(site, i)
	}
	if want == nil {
		return nil
	}
	var fallback *maskerChoice
	for _, m := range c.maskersInScope(site.file) {
		sig := m.fn.Signature()
		if sig.Params().Len() != 1 || sig.Results().Len() != 1 || sig.Variadic() {
			continue
		}
		if !types.AssignableTo(valueType, sig.Params().At(0).Type()) {
			continue
		}
		result := sig.Results().At(0).Type()
		if !types.AssignableTo(result, want) {
			continue
		}
		m := m
		if strings.Contains(m.fn.Name(), "Map") == isMap {
			return &m
		}
		if fallback == nil {
			fallback = &m
		}
	}
	return fallback
}

// slotType returns the parameter type of argument i of the site's call,
// or nil when unknown, as for a Fields literal.
func (c *checker) slotType(site sinkSite, i int) types.Type {
	if site.call == nil || i < 0 {
		return types.Universe.Lookup("any").Type()
	}
	sig, ok := c.pass.TypesInfo.TypeOf(site.call.Fun).Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	params := sig.Params()
	if sig.Variadic() && i >= params.Len()-1 {
		return params.At(params.Len() - 1).Type().(*types.Slice).Elem()
	}
	if i < params.Len() {
		return params.At(i).Type()
	}
	return nil
}
