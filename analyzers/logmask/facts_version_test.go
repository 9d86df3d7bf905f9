package logmask

import (
	"go/ast"
	"go/token"
	"go/types"
	"testing"

	"github.com/secvet/secvet/analyzers/internal/facttest"
)

// libFunc returns a function of package example.com/lib with the given
// name and parameter types.
func libFunc(name string, variadic bool, params ...types.Type) *types.Func {
	lib := types.NewPackage("example.com/lib", "lib")
	vars := make([]*types.Var, len(params))
	for i, t := range params {
		vars[i] = types.NewParam(token.NoPos, lib, string(rune('a'+i)), t)
	}
	sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(vars...), nil, variadic)
	return types.NewFunc(token.NoPos, lib, name, sig)
}

func TestMaskerFactOfOtherVersionIsIgnored(t *testing.T) {
	fn := libFunc("Redact", false, types.Typ[types.String])

	current := &checker{pass: facttest.PassWithFact(fn, &maskerFact{Version: factVersion}), cfg: &Config{}}
	if !current.isMasker(fn) {
		t.Errorf("isMasker with fact version %d = false, want true", factVersion)
	}

	other := &checker{pass: facttest.PassWithFact(fn, &maskerFact{Version: factVersion + 1}), cfg: &Config{}}
	if other.isMasker(fn) {
		t.Errorf("isMasker with fact version %d = true, want false", factVersion+1)
	}
}

func TestWrapperFactOfOtherVersionIsIgnored(t *testing.T) {
	fn := libFunc("Infow", true, types.Typ[types.String], types.NewSlice(types.NewInterfaceType(nil, nil)))
	id := ast.NewIdent("Infow")
	call := &ast.CallExpr{Fun: id}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{id: fn}}
	stored := wrapperFact{Style: styleKV, First: 1}

	stored.Version = factVersion
	pass := facttest.PassWithFact(fn, &stored)
	pass.TypesInfo = info
	if got, s, ok := (&checker{pass: pass}).sinkOf(call); !ok || got != fn || s.Style != styleKV || s.First != 1 {
		t.Errorf("sinkOf with fact version %d = %v, %+v, %t, want %v, the stored sink, true", factVersion, got, s, ok, fn)
	}

	stored.Version = factVersion + 1
	pass = facttest.PassWithFact(fn, &stored)
	pass.TypesInfo = info
	if got, s, ok := (&checker{pass: pass}).sinkOf(call); ok {
		t.Errorf("sinkOf with fact version %d = %v, %+v, true, want no sink", factVersion+1, got, s)
	}
}
