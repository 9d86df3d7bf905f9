// Package facttest builds analysis passes for the tests that check how an
// analyzer reads the facts of other packages, such as the tests that a
// fact of another version is ignored.
package facttest

import (
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// PassWithFact returns a pass over an empty package example.com/app whose
// only object fact is stored, attached to obj. Its ImportObjectFact copies
// the fact into the caller's value, as the analysis drivers do.
func PassWithFact(obj types.Object, stored analysis.Fact) *analysis.Pass {
	return &analysis.Pass{
		Pkg: types.NewPackage("example.com/app", "app"),
		TypesInfo: &types.Info{
			Types: make(map[ast.Expr]types.TypeAndValue),
			Defs:  make(map[*ast.Ident]types.Object),
			Uses:  make(map[*ast.Ident]types.Object),
		},
		ImportObjectFact: func(o types.Object, fact analysis.Fact) bool {
			if o != obj {
				return false
			}
			reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(stored).Elem())
			return true
		},
	}
}
