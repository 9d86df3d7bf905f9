package passwordhash_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/passwordhash"
)

func TestPlaintextStorageIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "plaintext")
}

func TestFastDigestIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "fasthash")
}

func TestUnsafeCompareIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "compare")
}

func TestLowBcryptCostIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "lowcost")
}

func TestHelperInAnotherPackageIsFollowed(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "example.com/hashutil", "crosspkg")
}

func TestUnknownHasherIsReportedByDefault(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "hashersdefault")
}

func TestHashersFlagAcceptsHasher(t *testing.T) {
	a := passwordhash.New(passwordhash.DefaultConfig())
	if err := a.Flags.Set("hashers", "example.com/vault.Seal"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "hashers")
}

func TestMinCostFlagRaisesCost(t *testing.T) {
	a := passwordhash.New(passwordhash.DefaultConfig())
	if err := a.Flags.Set("min-cost", "12"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "mincost")
}

func TestNolintDirectiveSuppresses(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "suppressed")
}

func TestNolintReasonFlagReportsBareDirective(t *testing.T) {
	a := passwordhash.New(passwordhash.DefaultConfig())
	if err := a.Flags.Set("nolint-reason", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "nolintreason")
}

func TestInvalidMinCostFails(t *testing.T) {
	cfg := passwordhash.DefaultConfig()
	cfg.MinCost = 40
	results := analysistest.Run(&testing.T{}, analysistest.TestData(), passwordhash.New(cfg), "lowcost")
	if len(results) == 0 || results[0].Err == nil {
		t.Fatalf("min cost 40 was accepted, want an error")
	}
}

func TestGormV1ModelIsChecked(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "gormv1")
}

func TestDigestHelpersAreReportedOnce(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "helpers")
}

func TestModelStoredByRepositoryIsChecked(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "example.com/repo", "layered")
}
