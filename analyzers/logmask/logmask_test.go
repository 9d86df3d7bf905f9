package logmask_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/logmask"
)

func TestSlogSensitiveKeys(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "slogkeys")
}

func TestPositionalSensitiveNames(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "printargs")
}

func TestWholeMapsAndStructs(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "wholevalues")
}

func TestHTTPHeadersAndRequests(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "httpheaders")
}

func TestZapFieldsAndSugar(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "zaplog")
}

func TestZerologEvents(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "zerologlog")
}

func TestLogrusFields(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "logruslog")
}

func TestFixWrapsInMasker(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "fixes", "localmasker")
}

func TestFactsFollowWrappersAndMaskers(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "example.com/safe", "example.com/teamlog", "crosspkg")
}

func TestFuncsFlagAddsSinks(t *testing.T) {
	t.Parallel()
	a := logmask.New(logmask.DefaultConfig())
	setFlag(t, a, "funcs", "(example.com/ifacelog.Logger).Infow:kv, (example.com/ifacelog.Logger).Errorf:printf, example.com/ifacelog.Attr:field, example.com/ifacelog.Info:msgkv")
	analysistest.Run(t, analysistest.TestData(), a, "funcsflag")
}

func TestMaskersFlagAddsMaskers(t *testing.T) {
	t.Parallel()
	a := logmask.New(logmask.DefaultConfig())
	setFlag(t, a, "maskers", "example.com/sec.Hide")
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "maskersflag")
}

func TestMaskerPrefixesFlagReplacesPrefixes(t *testing.T) {
	t.Parallel()
	a := logmask.New(logmask.DefaultConfig())
	setFlag(t, a, "masker-prefixes", "Scrub")
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "maskerprefixes")
}

func TestKeysFlagAddsSensitiveWords(t *testing.T) {
	t.Parallel()
	a := logmask.New(logmask.DefaultConfig())
	setFlag(t, a, "keys", "pin")
	analysistest.Run(t, analysistest.TestData(), a, "keysflag")
}

func TestNolintSuppresses(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "suppressed")
}

func TestNolintReasonFlagReportsBareDirective(t *testing.T) {
	t.Parallel()
	a := logmask.New(logmask.DefaultConfig())
	setFlag(t, a, "nolint-reason", "true")
	analysistest.Run(t, analysistest.TestData(), a, "nolintreason")
}

func TestParseFuncRejectsInvalidEntries(t *testing.T) {
	t.Parallel()
	for _, spec := range []string{"example.com/log.Infow", "example.com/log.Infow:", ":kv", "example.com/log.Infow:json"} {
		if _, _, err := logmask.ParseFunc(spec); err == nil {
			t.Errorf("ParseFunc(%q) returned no error", spec)
		}
	}
	name, _, err := logmask.ParseFunc("(*example.com/log.Logger).Infow:kv")
	if err != nil || name != "(*example.com/log.Logger).Infow" {
		t.Errorf("ParseFunc of a method = %q, %v; want the method's full name", name, err)
	}
}

func TestAnalyzersDoNotShareFlags(t *testing.T) {
	t.Parallel()
	a, b := logmask.New(logmask.DefaultConfig()), logmask.New(logmask.DefaultConfig())
	setFlag(t, a, "keys", "pin")
	if got := b.Flags.Lookup("keys").Value.String(); got != "" {
		t.Errorf("setting -keys on one analyzer changed another's to %q", got)
	}
}

func setFlag(t *testing.T, a *analysis.Analyzer, name, value string) {
	t.Helper()
	if err := a.Flags.Set(name, value); err != nil {
		t.Fatalf("setting -%s=%q: %v", name, value, err)
	}
}

func TestJSONOutputFlagHonorsJSONTags(t *testing.T) {
	t.Parallel()
	a := logmask.New(logmask.DefaultConfig())
	setFlag(t, a, "json-output", "true")
	analysistest.Run(t, analysistest.TestData(), a, "jsonoutput")
}

func TestSlogMessageIsChecked(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "slogmessage")
}

func TestBuildersAndJoinedListsAreFollowed(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), logmask.New(logmask.DefaultConfig()), "stringhelpers")
}
