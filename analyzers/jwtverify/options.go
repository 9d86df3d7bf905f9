package jwtverify

import (
	"go/ast"
	"go/types"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// parserOptions is the known set of options a parse runs with.
type parserOptions struct {
	known        bool // false when some option could not be traced
	validMethods bool // WithValidMethods, or a Parser with ValidMethods set
	expRequired  bool // WithExpirationRequired
	skipClaims   bool // WithoutClaimsValidation, or SkipClaimsValidation set
}

// and returns the options that hold for both o and p, as when a variable
// may hold either of two parsers.
func (o parserOptions) and(p parserOptions) parserOptions {
	return parserOptions{
		known:        o.known && p.known,
		validMethods: o.validMethods && p.validMethods,
		expRequired:  o.expRequired && p.expRequired,
		skipClaims:   o.skipClaims && p.skipClaims,
	}
}

// parserFact records the options of a parser stored in a package-level
// variable or a struct field, for uses in other packages.
type parserFact struct {
	Version                               int
	ValidMethods, ExpRequired, SkipClaims bool
}

func (*parserFact) AFact() {}

func (f *parserFact) String() string {
	s := "parser"
	if f.ValidMethods {
		s += " valid-methods"
	}
	if f.ExpRequired {
		s += " exp-required"
	}
	if f.SkipClaims {
		s += " skip-claims"
	}
	return s
}

// callOptions returns the options of a parse call.
func (c *checker) callOptions(p *parseCall) parserOptions {
	if p.parser != nil {
		return c.parserOptions(p.parser, 0)
	}
	return c.optionList(p.options, p.spreads, 0)
}

// maxDepth bounds how many variables deep options are traced.
const maxDepth = 8

// optionList returns the options that the expressions args set; when
// spreads is true the last one is a slice passed as opts....
func (c *checker) optionList(args []ast.Expr, spreads bool, depth int) parserOptions {
	opts := parserOptions{known: true}
	for i, arg := range args {
		var o parserOptions
		if spreads && i == len(args)-1 {
			o = c.optionSlice(arg, depth)
		} else {
			o = c.option(arg, depth)
		}
		opts.known = opts.known && o.known
		opts.validMethods = opts.validMethods || o.validMethods
		opts.expRequired = opts.expRequired || o.expRequired
		opts.skipClaims = opts.skipClaims || o.skipClaims
	}
	return opts
}

// option returns what one option expression sets.
func (c *checker) option(e ast.Expr, depth int) parserOptions {
	if depth > maxDepth {
		return parserOptions{}
	}
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		fn, version := jwtFunc(c.pass.TypesInfo, call)
		if fn != nil && requestVersion(callee.PkgPath(fn)) > 0 {
			// request.WithParser(p) parses with p; request.WithClaims
			// and the others change nothing checked here.
			if fn.Name() == "WithParser" && len(call.Args) == 1 {
				opts := c.parserOptions(call.Args[0], depth+1)
				return opts
			}
			return parserOptions{known: true}
		}
		if version == 0 || fn.Type().(*types.Signature).Recv() != nil {
			return parserOptions{}
		}
		switch fn.Name() {
		case "WithValidMethods":
			return parserOptions{known: true, validMethods: true}
		case "WithExpirationRequired":
			return parserOptions{known: true, expRequired: true}
		case "WithoutClaimsValidation":
			return parserOptions{known: true, skipClaims: true}
		}
		// The other options of the package change nothing checked here.
		return parserOptions{known: true}
	}
	return c.traced(e, depth, c.option)
}

// optionSlice returns what a slice of options passed as opts... sets, when
// it is a literal or a variable only ever assigned literals.
func (c *checker) optionSlice(e ast.Expr, depth int) parserOptions {
	if depth > maxDepth {
		return parserOptions{}
	}
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.CompositeLit); ok {
		return c.optionList(lit.Elts, false, depth+1)
	}
	return c.traced(e, depth, c.optionSlice)
}

// traced resolves a variable or field through every value assigned to it
// in the package, requiring all of them to be known.
func (c *checker) traced(e ast.Expr, depth int, resolve func(ast.Expr, int) parserOptions) parserOptions {
	obj := c.defs.target(c.pass.TypesInfo, e)
	if obj == nil {
		return parserOptions{}
	}
	values, ok := c.defs.of(obj)
	if !ok {
		return parserOptions{}
	}
	opts := parserOptions{known: true, validMethods: true, expRequired: true, skipClaims: true}
	for _, v := range values {
		opts = opts.and(resolve(v, depth+1))
	}
	return opts
}

// parserOptions returns the options of the parser that e evaluates to.
func (c *checker) parserOptions(e ast.Expr, depth int) parserOptions {
	if depth > maxDepth {
		return parserOptions{}
	}
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}

	switch e := e.(type) {
	case *ast.CallExpr:
		fn, version := jwtFunc(info, e)
		if version > 0 && fn.Name() == "NewParser" && fn.Type().(*types.Signature).Recv() == nil {
			return c.optionList(e.Args, e.Ellipsis.IsValid(), depth+1)
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && id.Name == "new" && len(e.Args) == 1 && isParserType(typeOf(info, e.Args[0])) {
			return parserOptions{known: !c.mutatedUnknown}
		}
		return parserOptions{}
	case *ast.CompositeLit:
		if !isParserType(typeOf(info, e)) {
			return parserOptions{}
		}
		opts := parserOptions{known: !c.mutatedUnknown}
		for _, elt := range e.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			switch key, _ := kv.Key.(*ast.Ident); {
			case key == nil:
			case key.Name == "ValidMethods":
				opts.validMethods = true
			case key.Name == "SkipClaimsValidation":
				opts.skipClaims = true
			}
		}
		return opts
	}

	// A variable or field: from another package through a fact, from
	// this one through its assignments.
	obj := c.defs.target(info, e)
	if obj == nil {
		return parserOptions{}
	}
	if obj.Pkg() != c.pass.Pkg {
		var f parserFact
		if c.pass.ImportObjectFact(obj, &f) && f.Version == factVersion {
			return parserOptions{known: true, validMethods: f.ValidMethods, expRequired: f.ExpRequired, skipClaims: f.SkipClaims}
		}
		return parserOptions{}
	}
	if c.mutated[obj] {
		return parserOptions{}
	}
	return c.traced(e, depth, c.parserOptions)
}

// exportParserFacts exports the options of parsers stored in package-level
// variables and unexported struct fields of this package. Exported fields
// are left out because other packages may assign them.
func (c *checker) exportParserFacts() {
	for obj := range c.defs.values {
		v, ok := obj.(*types.Var)
		if !ok || !isParserType(v.Type()) || !((v.IsField() && !v.Exported()) || v.Parent() == c.pass.Pkg.Scope()) || v.Pkg() != c.pass.Pkg {
			continue
		}
		values, ok := c.defs.of(v)
		if !ok {
			continue
		}
		opts := parserOptions{known: true, validMethods: true, expRequired: true, skipClaims: true}
		for _, val := range values {
			opts = opts.and(c.parserOptions(val, 1))
		}
		if opts.known {
			c.pass.ExportObjectFact(v, &parserFact{Version: factVersion, ValidMethods: opts.validMethods, ExpRequired: opts.expRequired, SkipClaims: opts.skipClaims})
		}
	}
}
