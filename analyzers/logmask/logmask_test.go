package logmask_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/logmask"
)

func TestSlogSensitiveKeys(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "slogkeys")
}

func TestPositionalSensitiveNames(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "printargs")
}

func TestWholeMapsAndStructs(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "wholevalues")
}

func TestHTTPHeadersAndRequests(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "httpheaders")
}

func TestZapFieldsAndSugar(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "zaplog")
}

func TestZerologEvents(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "zerologlog")
}

func TestLogrusFields(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "logruslog")
}
