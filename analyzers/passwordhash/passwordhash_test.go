package passwordhash_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/passwordhash"
)

func TestPlaintextStorageIsReported(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), passwordhash.New(passwordhash.DefaultConfig()), "plaintext")
}
