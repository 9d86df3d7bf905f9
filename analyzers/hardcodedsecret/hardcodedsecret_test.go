package hardcodedsecret_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/hardcodedsecret"
)

func TestSensitiveNamesAreReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "sensitivename")
}
