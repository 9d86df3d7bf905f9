package rawsql_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/rawsql"
)

func TestQueryBuiltFromParametersIsInjection(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "injection")
}

func TestConstantQueryIsRawSQL(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "rawsqlcases")
}

func TestLookalikesAreNotReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "notfindings")
}
