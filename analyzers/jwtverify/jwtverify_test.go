package jwtverify_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/jwtverify"
)

func TestParseWithoutMethodCheckIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "validmethods")
}

func TestParseWithoutExpirationIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "expiration")
}

func TestParseUnverifiedIsReportedUnlessVerified(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "unverified")
}

func TestNoneAlgorithmIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "nonealg")
}

func TestDiscardedParseErrorIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "discarded")
}

func TestSharedParserOptionsCountAtUses(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "sharedparser")
}

func TestKeyfuncsAndParsersAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "keys", "crosspkg/internal", "crosspkg")
}

func TestOlderMajorVersions(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "v4", "v3")
}

func TestTestsFlagChecksTestFiles(t *testing.T) {
	a := jwtverify.New(jwtverify.DefaultConfig())
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "flagtests")
}

func TestRequireExpirationFlagTurnsCheckOff(t *testing.T) {
	a := jwtverify.New(jwtverify.DefaultConfig())
	if err := a.Flags.Set("require-expiration", "false"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "flagrequireexpiration")
}

func TestRequireExpirationDefaultReports(t *testing.T) {
	results := analysistest.Run(&quietT{T: t}, analysistest.TestData(), jwtverify.Analyzer, "flagrequireexpiration")
	if n := len(results[0].Diagnostics); n != 1 {
		t.Fatalf("default config reported %d diagnostics in flagrequireexpiration, want 1", n)
	}
}

func TestNolintReasonFlagReportsBareDirectives(t *testing.T) {
	a := jwtverify.New(jwtverify.DefaultConfig())
	if err := a.Flags.Set("nolint-reason", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "flagnolintreason")
}

func TestAnalyzersDoNotShareConfig(t *testing.T) {
	a, b := jwtverify.New(jwtverify.DefaultConfig()), jwtverify.New(jwtverify.DefaultConfig())
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	if got := b.Flags.Lookup("tests").Value.String(); got != "false" {
		t.Errorf("second analyzer's tests flag = %s after setting the first's, want false", got)
	}
}

// quietT lets a test inspect diagnostics that have no want comment.
type quietT struct {
	*testing.T
}

func (q *quietT) Errorf(format string, args ...any) {}

func TestParseFromRequestIsChecked(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "request", "request/v3")
}

func TestClaimsThatAlwaysExpireNeedNoOption(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "claimsexpiry/payload", "claimsexpiry")
}

func TestExpirationFixAppendsOption(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), jwtverify.Analyzer, "expirationfix")
}
