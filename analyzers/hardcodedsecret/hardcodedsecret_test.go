package hardcodedsecret_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/hardcodedsecret"
)

func TestSensitiveNamesAreReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "sensitivename")
}

func TestKeyMaterialIsReportedWhateverItsName(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "keymaterial")
}

func TestEnvFallbacksOfSecretsAreReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "envfallback")
}

func TestGetenvHelperFactCrossesPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "envhelpers", "envfallbackcross")
}

// The package's test file also holds a password fixture that, without
// -tests, must not be reported.
func TestCredentialShapesAreReportedInTestFiles(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "credentialshape")
}

func TestNolintDirectivesSuppressFindings(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "suppression")
}

func TestTestsFlagChecksTestFiles(t *testing.T) {
	a := hardcodedsecret.New(hardcodedsecret.DefaultConfig())
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "flagtests")
}

func TestMinLengthFlagSkipsShortValues(t *testing.T) {
	a := hardcodedsecret.New(hardcodedsecret.DefaultConfig())
	if err := a.Flags.Set("min-length", "8"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "flagminlength")
}

func TestNolintReasonFlagReportsBareDirectives(t *testing.T) {
	a := hardcodedsecret.New(hardcodedsecret.DefaultConfig())
	if err := a.Flags.Set("nolint-reason", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "flagnolintreason")
}

func TestInvalidMinLengthIsRejected(t *testing.T) {
	cfg := hardcodedsecret.DefaultConfig()
	cfg.MinLength = 0
	results := analysistest.Run(&errorRecorder{T: t}, analysistest.TestData(), hardcodedsecret.New(cfg), "flagminlength")
	if len(results) != 1 || results[0].Err == nil {
		t.Fatalf("want one result with an error for -min-length 0, got %v", results)
	}
}

func TestAnalyzersDoNotShareConfig(t *testing.T) {
	a, b := hardcodedsecret.New(hardcodedsecret.DefaultConfig()), hardcodedsecret.New(hardcodedsecret.DefaultConfig())
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	if got := b.Flags.Lookup("tests").Value.String(); got != "false" {
		t.Errorf("setting -tests on one analyzer changed another: %s", got)
	}
	if got := hardcodedsecret.Analyzer.Flags.Lookup("tests").Value.String(); got != "false" {
		t.Errorf("setting -tests on a new analyzer changed the shared one: %s", got)
	}
}

// errorRecorder lets a test expect analysistest to report an analyzer error.
type errorRecorder struct {
	*testing.T
}

func (r *errorRecorder) Errorf(format string, args ...any) {}

func TestTestSupportPackagesAreCheckedForShapesOnly(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "example.com/internal/testutil")
}

func TestEachRuleHasItsOwnCategory(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "categories")
	want := []string{
		hardcodedsecret.CategorySensitiveName,
		hardcodedsecret.CategoryKeyMaterial,
		hardcodedsecret.CategoryEnvFallback,
		hardcodedsecret.CategoryCredentialShape,
	}
	var got []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			got = append(got, d.Category)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %d findings %v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("finding %d has category %q, want %q", i, got[i], want[i])
		}
	}
}

func TestMessagesShowOnlyAPreview(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "categories")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, secret := range []string{"hunter2", "k3y", "dev\"", "AKIAQZ7R4MBN2XK5TW3J"} { //nolint:hardcodedsecret // made-up key that the test looks for in messages
				if strings.Contains(d.Message, secret) {
					t.Errorf("message %q contains the whole secret %.2s…", d.Message, secret)
				}
			}
		}
	}
}

func TestLoggedKeyValuePairsAreChecked(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "keyvalues")
}
