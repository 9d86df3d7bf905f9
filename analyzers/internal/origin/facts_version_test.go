package origin

import (
	"go/token"
	"go/types"
	"testing"

	"github.com/secvet/secvet/analyzers/internal/facttest"
)

func TestSummaryOfOtherVersionIsIgnored(t *testing.T) {
	lib := types.NewPackage("example.com/lib", "lib")
	fn := types.NewFunc(token.NoPos, lib, "Token", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	results := [][]Path{{{Source: Source{Kind: Param, Name: "pw"}}}}

	current := &Result{pass: facttest.PassWithFact(fn, &Summary{Version: FactVersion, Results: results})}
	if got := current.Summary(fn); got == nil || len(got.Results) != 1 {
		t.Errorf("Summary with version %d = %v, want the stored summary", FactVersion, got)
	}

	other := &Result{pass: facttest.PassWithFact(fn, &Summary{Version: FactVersion + 1, Results: results})}
	if got := other.Summary(fn); got != nil {
		t.Errorf("Summary with version %d = %v, want nil", FactVersion+1, got)
	}
}
