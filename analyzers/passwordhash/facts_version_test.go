package passwordhash

import (
	"go/token"
	"go/types"
	"slices"
	"testing"

	"github.com/secvet/secvet/analyzers/internal/facttest"
)

func TestStoresModelFactOfOtherVersionIsIgnored(t *testing.T) {
	repo := types.NewPackage("example.com/repo", "repo")
	params := types.NewTuple(types.NewParam(token.NoPos, repo, "u", types.NewPointer(types.NewStruct(nil, nil))))
	fn := types.NewFunc(token.NoPos, repo, "CreateUser", types.NewSignatureType(nil, nil, nil, params, nil, false))
	withFact := func(stored *storesModelFact) *checker {
		return &checker{pass: facttest.PassWithFact(fn, stored)}
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
