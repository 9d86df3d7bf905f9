package hardcodedsecret

import (
	"go/token"
	"go/types"
	"testing"

	"github.com/secvet/secvet/analyzers/internal/facttest"
)

func TestGetenvFactOfOtherVersionIsIgnored(t *testing.T) {
	str := types.Typ[types.String]
	lib := types.NewPackage("example.com/config", "config")
	params := types.NewTuple(types.NewParam(token.NoPos, lib, "name", str), types.NewParam(token.NoPos, lib, "fallback", str))
	results := types.NewTuple(types.NewParam(token.NoPos, lib, "", str))
	fn := types.NewFunc(token.NoPos, lib, "Getenv", types.NewSignatureType(nil, nil, nil, params, results, false))

	current := &checker{pass: facttest.PassWithFact(fn, &getenvFact{Version: factVersion, Name: 0, Default: 1})}
	if got := current.getenvHelper(fn); got == nil || got.Default != 1 {
		t.Errorf("getenvHelper with version %d = %v, want the stored fact", factVersion, got)
	}

	other := &checker{pass: facttest.PassWithFact(fn, &getenvFact{Version: factVersion + 1, Name: 0, Default: 1})}
	if got := other.getenvHelper(fn); got != nil {
		t.Errorf("getenvHelper with version %d = %v, want nil", factVersion+1, got)
	}
}
