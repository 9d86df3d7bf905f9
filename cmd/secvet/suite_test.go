package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/secvet/secvet/analyzers/suite"
)

// These tests run the real suite, so that the driver's reading of the
// suppress package's markers is checked against the package itself.

// suiteSecret is a credential-shaped literal that the hardcodedsecret
// analyzer reports.
const suiteSecret = "AKIAQZ7R4MBN2XK5TW3J" //nolint:hardcodedsecret // made-up key that the test plants

var suiteModule = map[string]string{
	"go.mod": "module example.com/suite\n\ngo 1.26.8\n",
	"keys/keys.go": `package keys

// Fixture is a revoked key kept for a parser test.
var Fixture = "` + suiteSecret + `" //nolint:hardcodedsecret // revoked test fixture

// Live is a real key committed by mistake.
var Live = "` + suiteSecret + `"
`,
}

func TestSuiteSuppressionBecomesSARIFSuppression(t *testing.T) {
	if !slices.Contains(suite.Names(), "hardcodedsecret") {
		t.Skip("the suite does not contain hardcodedsecret yet")
	}
	dir := writeModule(t, suiteModule)
	r := runSecvet(t, dir, suite.New, "-hardcodedsecret", "-format=sarif", "./...")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}
	if strings.Contains(r.stdout+r.stderr, suiteSecret) {
		t.Errorf("output contains the whole secret:\n%s", r.stdout)
	}

	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				RelatedLocations []struct {
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
				} `json:"relatedLocations"`
				Suppressions []struct {
					Justification string `json:"justification"`
				} `json:"suppressions"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatalf("SARIF output is not JSON: %v\n%s", err, r.stdout)
	}
	results := log.Runs[0].Results
	if len(results) != 2 {
		t.Fatalf("%d results, want 2 (one suppressed):\n%s", len(results), r.stdout)
	}
	for _, res := range results {
		for _, rel := range res.RelatedLocations {
			if strings.HasPrefix(rel.Message.Text, "suppressed by") {
				t.Errorf("the suppression marker %q is still a related location: suppressedPrefix no longer matches the suppress package", rel.Message.Text)
			}
		}
	}
	suppressed, live := results[0], results[1]
	if len(suppressed.Suppressions) != 1 || suppressed.Suppressions[0].Justification != "revoked test fixture" {
		t.Errorf("line %d: suppressions = %+v, want one with the directive's reason", suppressed.Locations[0].PhysicalLocation.Region.StartLine, suppressed.Suppressions)
	}
	if len(live.Suppressions) != 0 {
		t.Errorf("line %d: unsuppressed finding has suppressions %+v", live.Locations[0].PhysicalLocation.Region.StartLine, live.Suppressions)
	}
}

func TestSuiteSuppressionIsDroppedFromText(t *testing.T) {
	if !slices.Contains(suite.Names(), "hardcodedsecret") {
		t.Skip("the suite does not contain hardcodedsecret yet")
	}
	dir := writeModule(t, suiteModule)
	r := runSecvet(t, dir, suite.New, "-hardcodedsecret", "./...")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], "keys/keys.go:7:") {
		t.Errorf("text output:\n%s\nwant only the finding on line 7", r.stdout)
	}
}
