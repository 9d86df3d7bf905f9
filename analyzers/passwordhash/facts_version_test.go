package passwordhash

import (
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestStoresModelFactOfOtherVersionIsIgnored(t *testing.T) {
	repo := types.NewPackage("example.com/repo", "repo")
	params := types.NewTuple(types.NewParam(token.NoPos, repo, "u", types.NewPointer(types.NewStruct(nil, nil))))
	fn := types.NewFunc(token.NoPos, repo, "CreateUser", types.NewSignatureType(nil, nil, nil, params, nil, false))
	withFact := func(stored *storesModelFact) *checker {
		return &checker{pass: &analysis.Pass{
			ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool {
				if obj != fn {
					return false
				}
				reflect.ValueOf(fact).Elem().Set(reflect.ValueOf(stored).Elem())
				return true
			},
		}}
	}

	current := withFact(&storesModelFact{Version: factVersion, Params: []int{0}})
	if got := current.importedStorer(fn); !slices.Equal(got, []int{0}) {
		t.Errorf("importedStorer with version %d = %v, want [0]", factVersion, got)
	}
	other := withFact(&storesModelFact{Version: factVersion + 1, Params: []int{0}})
	if got := other.importedStorer(fn); got != nil {
		t.Errorf("importedStorer with version %d = %v, want nil", factVersion+1, got)
	}
}
