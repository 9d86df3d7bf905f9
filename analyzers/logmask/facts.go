package logmask

import (
	"go/ast"
	"go/types"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// factVersion is stored in every maskerFact and wrapperFact. Readers treat
// a fact of another version as absent instead of misreading it. Increase
// it when a fact's fields or their meaning change.
const factVersion = 1

// maskerFact marks a function that returns a masked form of its argument,
// such as a helper whose every return statement returns a masker's result.
type maskerFact struct {
	Version int
}

func (*maskerFact) AFact()         {}
func (*maskerFact) String() string { return "masker" }

// wrapperFact marks a function that forwards its parameters to a logging
// call, such as a team's Infow that passes its key-value pairs to zap.
type wrapperFact struct {
	Version int
	Style   Style
	First   int
	Count   int
	JSON    bool
}

func (*wrapperFact) AFact() {}

func (f *wrapperFact) String() string {
	styles := map[Style]string{stylePrintf: "printf", stylePrint: "print", styleKV: "kv", styleField: "field", styleMsgKV: "msgkv"}
	return "logs " + styles[f.Style]
}

func (f *wrapperFact) sink() sink {
	return sink{Style: f.Style, First: f.First, Count: f.Count, JSON: f.JSON}
}

// importedMasker reports whether fn, a function of another package, carries
// a maskerFact of this factVersion.
func (c *checker) importedMasker(fn *types.Func) bool {
	var fact maskerFact
	return fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, &fact) && fact.Version == factVersion
}

// importedWrapper returns how fn, a function of another package, logs its
// parameters, from its wrapperFact of this factVersion.
func (c *checker) importedWrapper(fn *types.Func) (sink, bool) {
	var fact wrapperFact
	if fn.Pkg() == c.pass.Pkg || !c.pass.ImportObjectFact(fn, &fact) || fact.Version != factVersion {
		return sink{}, false
	}
	return fact.sink(), true
}

// maxRounds bounds the passes over a package's functions that find
// maskers and wrappers built on other ones of the same package.
const maxRounds = 4

// funcDecl is a function declaration with a body and the object it declares.
type funcDecl struct {
	decl *ast.FuncDecl
	fn   *types.Func
}

// funcDecls returns the package's function declarations with bodies, in
// source order.
func (c *checker) funcDecls() []funcDecl {
	var decls []funcDecl
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				decls = append(decls, funcDecl{fd, fn})
			}
		}
	}
	return decls
}

// findMaskers finds the package's functions whose every return statement
// returns a masked value or a constant, and exports a maskerFact for each.
func (c *checker) findMaskers(decls []funcDecl) {
	for round := 0; round < maxRounds; round++ {
		changed := false
		for _, d := range decls {
			fd, fn := d.decl, d.fn
			sig := fn.Signature()
			if c.maskers[fn] || c.isMasker(fn) || sig.Params().Len() == 0 || sig.Results().Len() == 0 {
				continue
			}
			if c.returnsMasked(fd.Body) {
				c.maskers[fn] = true
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for fn := range c.maskers {
		c.pass.ExportObjectFact(fn, &maskerFact{Version: factVersion})
	}
}

func (c *checker) returnsMasked(body *ast.BlockStmt) bool {
	masked, other := 0, 0
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == 0:
				other++
			case c.masked(n.Results[0], 0):
				masked++
			case !c.isConstant(n.Results[0]):
				other++
			}
		}
		return true
	})
	return masked > 0 && other == 0
}

// findWrappers finds the package's functions that pass their parameters on
// to a logging call, and exports a wrapperFact for each.
func (c *checker) findWrappers(decls []funcDecl) {
	for round := 0; round < maxRounds; round++ {
		changed := false
		for _, d := range decls {
			fd, fn := d.decl, d.fn
			if _, ok := c.wrappers[fn]; ok {
				continue
			}
			if _, ok := c.sinks[callee.Name(fn)]; ok {
				continue
			}
			if s, ok := c.wrapperOf(fd, fn); ok {
				c.wrappers[fn] = s
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for fn, s := range c.wrappers {
		c.pass.ExportObjectFact(fn, &wrapperFact{Version: factVersion, Style: s.Style, First: s.First, Count: s.Count, JSON: s.JSON})
	}
}

// wrapperOf returns how fn logs its parameters, from the first logging
// call in its body that receives them.
func (c *checker) wrapperOf(fd *ast.FuncDecl, fn *types.Func) (sink, bool) {
	sig := fn.Signature()
	params := sig.Params()
	variadic := -1
	if sig.Variadic() {
		variadic = params.Len() - 1
	}
	paramIndex := func(e ast.Expr) int {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return -1
		}
		obj := c.pass.TypesInfo.Uses[id]
		for i := 0; i < params.Len(); i++ {
			if params.At(i) == obj {
				return i
			}
		}
		return -1
	}

	var found sink
	ok := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, isCall := n.(*ast.CallExpr)
		if ok || !isCall {
			return !ok
		}
		_, s, isSink := c.sinkOf(call)
		if !isSink || s.StdWriter && (len(call.Args) == 0 || !c.isStdStream(call.Args[0])) {
			return true
		}
		found, ok = c.forwarded(call, s, variadic, paramIndex)
		return !ok
	})
	return found, ok
}

// forwarded returns how a logging call with sink s receives the enclosing
// function's parameters, if it does.
func (c *checker) forwarded(call *ast.CallExpr, s sink, variadic int, paramIndex func(ast.Expr) int) (sink, bool) {
	args := call.Args
	if s.First < 0 || s.First >= len(args) {
		return sink{}, false
	}

	// The variadic parameter passed on with "args...".
	if call.Ellipsis.IsValid() && variadic >= 0 && paramIndex(args[len(args)-1]) == variadic {
		pos := len(args) - 1
		switch s.Style {
		case stylePrintf:
			if format := paramIndex(args[s.First]); pos == s.First+1 && format >= 0 {
				return sink{Style: stylePrintf, First: format}, true
			}
		case stylePrint:
			if s.Count == 0 && pos >= s.First {
				return sink{Style: stylePrint, First: variadic, JSON: s.JSON}, true
			}
		case styleKV:
			// TODO: the message parameter of a slog wrapper such as
			// Infow(msg string, kv ...any) is not checked at its callers.
			if pos >= s.First && (pos-s.First)%2 == 0 {
				return sink{Style: styleKV, First: variadic, JSON: s.JSON}, true
			}
		case styleMsgKV:
			if pos == s.First {
				return sink{Style: styleMsgKV, First: variadic, JSON: s.JSON}, true
			}
		}
	}

	switch s.Style {
	case styleField:
		if s.First+1 < len(args) {
			key, value := paramIndex(args[s.First]), paramIndex(args[s.First+1])
			if key >= 0 && value == key+1 {
				return sink{Style: styleField, First: key, JSON: s.JSON}, true
			}
		}
	case stylePrint, stylePrintf:
		// TODO: a single parameter printed by the wrapper, as in
		// func debug(msg string) { log.Print(msg) }, is not followed;
		// marking every function that logs a parameter would report each
		// secret twice, in the function and at its callers.
		for _, arg := range args[s.First:] {
			// log.Print(fmt.Sprintf(format, args...)) logs a format.
			if inner, ok := c.sprintfForward(arg, variadic, paramIndex); ok {
				return inner, true
			}
		}
	}
	return sink{}, false
}

// sprintfForward recognizes fmt.Sprintf(format, args...) and
// fmt.Sprint(args...) over the enclosing function's parameters, directly or
// through the only definition of a variable.
func (c *checker) sprintfForward(arg ast.Expr, variadic int, paramIndex func(ast.Expr) int) (sink, bool) {
	if id, ok := ast.Unparen(arg).(*ast.Ident); ok {
		if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && len(c.defs[v]) == 1 && c.defs[v][0] != nil {
			arg = c.defs[v][0]
		}
	}
	call, ok := ast.Unparen(arg).(*ast.CallExpr)
	if !ok || !call.Ellipsis.IsValid() || variadic < 0 || paramIndex(call.Args[len(call.Args)-1]) != variadic {
		return sink{}, false
	}
	switch callee.FullName(c.pass.TypesInfo, call) {
	case "fmt.Sprintf":
		if format := paramIndex(call.Args[0]); len(call.Args) == 2 && format >= 0 {
			return sink{Style: stylePrintf, First: format}, true
		}
	case "fmt.Sprint", "fmt.Sprintln":
		if len(call.Args) == 1 {
			return sink{Style: stylePrint, First: variadic}, true
		}
	}
	return sink{}, false
}
