package jwtverify

import (
	"go/ast"
	"go/token"
	"go/types"
)

// definitions records, for every variable and struct field of the package,
// the expressions assigned to it, so that a parser, an option slice or a
// keyfunc stored in a variable can be traced to where it was built.
type definitions struct {
	values  map[types.Object][]ast.Expr // a nil entry stands for a value that cannot be traced
	escaped map[types.Object]bool       // address taken, indexed, or assigned from a tuple
}

func collectDefinitions(info *types.Info, files []*ast.File) *definitions {
	d := &definitions{values: make(map[types.Object][]ast.Expr), escaped: make(map[types.Object]bool)}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, name := range n.Names {
					obj := info.Defs[name]
					switch {
					case len(n.Values) == len(n.Names):
						d.add(obj, n.Values[i])
					case len(n.Values) == 0 && n.Type != nil:
						// A zero value: only a Parser struct or an option
						// slice could be traced from it, and neither is
						// useful, so it counts as untraceable.
						d.add(obj, nil)
					default:
						d.escaped[obj] = true
					}
				}
			case *ast.AssignStmt:
				d.assign(info, n)
			case *ast.RangeStmt:
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if obj := d.target(info, e); obj != nil {
						d.escaped[obj] = true
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if obj := d.target(info, n.X); obj != nil {
						d.escaped[obj] = true
					}
				}
			case *ast.CompositeLit:
				d.fields(info, n)
			}
			return true
		})
	}
	return d
}

func (d *definitions) add(obj types.Object, e ast.Expr) {
	if obj != nil {
		d.values[obj] = append(d.values[obj], e)
	}
}

func (d *definitions) assign(info *types.Info, n *ast.AssignStmt) {
	for i, lhs := range n.Lhs {
		if ix, ok := ast.Unparen(lhs).(*ast.IndexExpr); ok {
			if obj := d.target(info, ix.X); obj != nil {
				d.escaped[obj] = true
			}
			continue
		}
		obj := d.target(info, lhs)
		if obj == nil {
			continue
		}
		if i == 0 && commaOK(n) {
			// v, ok := x.(T) and v, ok := m[k] assign x.(T) or m[k] to v.
			d.add(obj, n.Rhs[0])
			continue
		}
		if len(n.Lhs) != len(n.Rhs) || (n.Tok != token.ASSIGN && n.Tok != token.DEFINE) {
			d.escaped[obj] = true
			continue
		}
		d.add(obj, n.Rhs[i])
	}
}

// commaOK reports whether n is a two-value type assertion or map index.
func commaOK(n *ast.AssignStmt) bool {
	if len(n.Lhs) != 2 || len(n.Rhs) != 1 || (n.Tok != token.ASSIGN && n.Tok != token.DEFINE) {
		return false
	}
	switch ast.Unparen(n.Rhs[0]).(type) {
	case *ast.TypeAssertExpr, *ast.IndexExpr:
		return true
	}
	return false
}

// fields records the keyed fields of a struct literal as assignments.
func (d *definitions) fields(info *types.Info, lit *ast.CompositeLit) {
	st, ok := typeOf(info, lit).Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				d.add(info.Uses[id], kv.Value)
			}
		} else if i < st.NumFields() {
			d.add(st.Field(i), elt)
		}
	}
}

// target returns the variable or field that e names.
func (d *definitions) target(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if e.Name == "_" {
			return nil
		}
		if obj := info.Defs[e]; obj != nil {
			return obj
		}
		return info.Uses[e]
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			return sel.Obj()
		}
		return info.Uses[e.Sel]
	}
	return nil
}

// of returns the expressions assigned to obj, or false when some cannot be
// traced or there are none.
func (d *definitions) of(obj types.Object) ([]ast.Expr, bool) {
	if obj == nil || d.escaped[obj] {
		return nil, false
	}
	values := d.values[obj]
	if len(values) == 0 {
		return nil, false
	}
	for _, v := range values {
		if v == nil {
			return nil, false
		}
	}
	return values, true
}

func typeOf(info *types.Info, e ast.Expr) types.Type {
	if t := info.TypeOf(e); t != nil {
		return t
	}
	return types.Typ[types.Invalid]
}
