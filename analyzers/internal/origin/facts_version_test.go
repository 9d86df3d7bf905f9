package origin

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

func TestSummaryOfOtherVersionIsIgnored(t *testing.T) {
	lib := types.NewPackage("example.com/lib", "lib")
	fn := types.NewFunc(token.NoPos, lib, "Token", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	results := [][]Path{{{Source: Source{Kind: Param, Name: "pw"}}}}

	current := &Result{pass: passWithFact(fn, &Summary{Version: FactVersion, Results: results})}
	if got := current.Summary(fn); got == nil || len(got.Results) != 1 {
		t.Errorf("Summary with version %d = %v, want the stored summary", FactVersion, got)
	}

	other := &Result{pass: passWithFact(fn, &Summary{Version: FactVersion + 1, Results: results})}
	if got := other.Summary(fn); got != nil {
		t.Errorf("Summary with version %d = %v, want nil", FactVersion+1, got)
	}
}
