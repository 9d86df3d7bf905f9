package apperror_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/apperror"
)

func TestDirectWritesAndHelpersAreReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), apperror.Analyzer,
		"example.com/apperror", "example.com/handlers", "example.com/noapperror")
}

func TestHelpersAreReportedAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), apperror.Analyzer, "example.com/respond", "example.com/usesrespond")
}

func TestFrameworkStatusWritersAreReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), apperror.Analyzer, "example.com/frameworks")
}

func TestPkgFlagNamesTheErrorPackage(t *testing.T) {
	a := apperror.New(apperror.DefaultConfig())
	if err := a.Flags.Set("pkg", "example.com/flagpkg/errs"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "example.com/flagpkg/errs", "example.com/flagpkg/api")
}

func TestMinStatusFlagRaisesTheThreshold(t *testing.T) {
	a := apperror.New(apperror.DefaultConfig())
	if err := a.Flags.Set("min-status", "500"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "example.com/flagminstatus")
}

func TestNolintReasonFlagReportsBareDirectives(t *testing.T) {
	a := apperror.New(apperror.DefaultConfig())
	if err := a.Flags.Set("nolint-reason", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "example.com/flagnolintreason")
}

func TestInvalidMinStatusIsRejected(t *testing.T) {
	cfg := apperror.DefaultConfig()
	cfg.MinStatus = 1000
	results := analysistest.Run(&errorRecorder{T: t}, analysistest.TestData(), apperror.New(cfg), "example.com/flagminstatus")
	if len(results) != 1 || results[0].Err == nil {
		t.Fatalf("want one result with an error for -min-status 1000, got %v", results)
	}
}

func TestAnalyzersDoNotShareConfig(t *testing.T) {
	a, b := apperror.New(apperror.DefaultConfig()), apperror.New(apperror.DefaultConfig())
	if err := a.Flags.Set("min-status", "500"); err != nil {
		t.Fatal(err)
	}
	if got := b.Flags.Lookup("min-status").Value.String(); got != "400" {
		t.Errorf("second analyzer's min-status = %s after setting the first's, want 400", got)
	}
}

// errorRecorder lets a test expect an analysis error without failing.
type errorRecorder struct {
	*testing.T
}

func (r *errorRecorder) Errorf(format string, args ...any) {}

func TestHelpersOfOtherModulesAreNotReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), apperror.Analyzer, "example.com/libcalls")
}

func TestModuleWithoutDotIsAnalyzed(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), apperror.Analyzer, "dotless/handlers")
}
