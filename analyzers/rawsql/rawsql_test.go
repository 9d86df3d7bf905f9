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

func TestEmbeddedFileIsRawSQL(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "embedded")
}

func TestLookalikesAreNotReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "notfindings")
}

func TestNolintSuppressesAtSinkAndConstruction(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "suppression")
}

func TestNolintReasonFlagReportsBareDirective(t *testing.T) {
	a := rawsql.New(rawsql.DefaultConfig())
	if err := a.Flags.Set("nolint-reason", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "nolintreason")
}

func TestInjectionModeDropsRawSQL(t *testing.T) {
	a := rawsql.New(rawsql.DefaultConfig())
	if err := a.Flags.Set("mode", "injection"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "modeinjection")
}

func TestAllowPkgsExemptsRawSQLOnly(t *testing.T) {
	a := rawsql.New(rawsql.DefaultConfig())
	if err := a.Flags.Set("allow-pkgs", "migrations"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "migrations/v2")
}

func TestAllowPkgsAcceptsGlob(t *testing.T) {
	a := rawsql.New(rawsql.Config{Mode: rawsql.ModeAll, AllowPkgs: []string{"migrations/*"}})
	analysistest.Run(t, analysistest.TestData(), a, "migrations/v2")
}

func TestSinksFlagAddsFunctions(t *testing.T) {
	a := rawsql.New(rawsql.DefaultConfig())
	if err := a.Flags.Set("sinks", "extrasinks/dbx.(*Conn).Run:0:raw, extrasinks/dbx.Fragment:0"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "extrasinks/app")
}

func TestGeneratedFileIsExemptFromRawSQLOnly(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "generated")
}

func TestGenericRepositoryIsChecked(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "generics")
}

func TestHelpersOfOtherPackagesAreFollowed(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "queries", "crossuse")
}

func TestInvalidConfigIsRejected(t *testing.T) {
	for _, cfg := range []rawsql.Config{
		{Mode: "everything"},
		{Mode: rawsql.ModeAll, Sinks: []string{"example.com/db.Run"}},
		{Mode: rawsql.ModeAll, Sinks: []string{"example.com/db.Run:x"}},
		{Mode: rawsql.ModeAll, AllowPkgs: []string{"migrations/["}},
	} {
		results := analysistest.Run(&nullT{}, analysistest.TestData(), rawsql.New(cfg), "modeinjection")
		if len(results) != 1 || results[0].Err == nil {
			t.Errorf("config %+v: run succeeded, want an error", cfg)
		}
	}
}

// nullT swallows the failures analysistest reports for a run that returns
// an error, which TestInvalidConfigIsRejected expects.
type nullT struct{}

func (nullT) Errorf(format string, args ...any) {}

func TestHelpersSanitizersAndBuilders(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "helpers")
}

func TestQueryBuilderOutputIsNotReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "querybuilders")
}

func TestQueryBuildersFlagAddsFunctions(t *testing.T) {
	a := rawsql.New(rawsql.DefaultConfig())
	if err := a.Flags.Set("query-builders", "qbflag/qb.(*Query).SQL"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "qbflag")
}

func TestSanitizersFlagAddsFunctions(t *testing.T) {
	a := rawsql.New(rawsql.DefaultConfig())
	if err := a.Flags.Set("sanitizers", "sanitizerflag.quoteIdent"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "sanitizerflag")
}

func TestQueriesInGoAndDeferStatementsAreChecked(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "deferred")
}

func TestInterfaceMethodsLikeDatabaseSQLAreSinks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), rawsql.Analyzer, "interfacesinks", "interfacesinks/db")
}
