package hardcodedsecret

import (
	"go/token"
	"go/types"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// passWithFact returns a pass whose only object fact is stored, attached to
// obj. Its ImportObjectFact copies the fact as the analysis drivers do.
func passWithFact(obj types.Object, stored analysis.Fact) *analysis.Pass {
	return &analysis.Pass{
		Pkg: types.NewPackage("example.com/app", "app"),
		ImportObjectFact: func(o types.Object, fact analysis.Fact) bool {
			if o != obj {
				return false
			}
			reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(stored).Elem())
			return true
		},
	}
}

func TestGetenvFactOfOtherVersionIsIgnored(t *testing.T) {
	str := types.Typ[types.String]
	lib := types.NewPackage("example.com/config", "config")
	params := types.NewTuple(types.NewParam(token.NoPos, lib, "name", str), types.NewParam(token.NoPos, lib, "fallback", str))
	results := types.NewTuple(types.NewParam(token.NoPos, lib, "", str))
	fn := types.NewFunc(token.NoPos, lib, "Getenv", types.NewSignatureType(nil, nil, nil, params, results, false))

	current := &checker{pass: passWithFact(fn, &getenvFact{Version: factVersion, Name: 0, Default: 1})}
	if got := current.getenvHelper(fn); got == nil || got.Default != 1 {
		t.Errorf("getenvHelper with version %d = %v, want the stored fact", factVersion, got)
	}

	other := &checker{pass: passWithFact(fn, &getenvFact{Version: factVersion + 1, Name: 0, Default: 1})}
	if got := other.getenvHelper(fn); got != nil {
		t.Errorf("getenvHelper with version %d = %v, want nil", factVersion+1, got)
	}
}
