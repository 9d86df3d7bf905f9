package rawsql

import (
	"go/token"
	"go/types"
	"testing"

	"github.com/secvet/secvet/analyzers/internal/facttest"
)

func TestSinkFactOfOtherVersionIsIgnored(t *testing.T) {
	lib := types.NewPackage("example.com/db", "db")
	params := types.NewTuple(types.NewParam(token.NoPos, lib, "q", types.Typ[types.String]))
	fn := types.NewFunc(token.NoPos, lib, "Run", types.NewSignatureType(nil, nil, nil, params, nil, false))
	withFact := func(stored *sinkFact) *checker {
		return &checker{pass: facttest.PassWithFact(fn, stored)}
	}

	param := sinkParam{Index: 0, Name: "q", Raw: true, Sink: "(*database/sql.DB).Exec"}
	current := withFact(&sinkFact{Version: sinkFactVersion, Params: []sinkParam{param}})
	if got := current.importedSink(fn); got == nil || len(got.Params) != 1 {
		t.Errorf("importedSink with version %d = %v, want the stored fact", sinkFactVersion, got)
	}
	other := withFact(&sinkFact{Version: sinkFactVersion + 1, Params: []sinkParam{param}})
	if got := other.importedSink(fn); got != nil {
		t.Errorf("importedSink with version %d = %v, want nil", sinkFactVersion+1, got)
	}
}
