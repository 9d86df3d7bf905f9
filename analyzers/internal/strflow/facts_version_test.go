package strflow

import "testing"

func TestFuncFactOfOtherVersionIsIgnored(t *testing.T) {
	summary := ResultSummary{Index: 0, Kind: Constant, Params: []int{0}}
	current := &FuncFact{Version: FactVersion, Results: []ResultSummary{summary}}
	if got := current.result(0); got == nil {
		t.Errorf("result(0) of a version %d fact = nil, want the summary", FactVersion)
	}
	other := &FuncFact{Version: FactVersion + 1, Results: []ResultSummary{summary}}
	if got := other.result(0); got != nil {
		t.Errorf("result(0) of a version %d fact = %v, want nil", FactVersion+1, got)
	}
}
