package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestGitHubEscapesMessageAndProperties(t *testing.T) {
	findings := []Finding{{
		Analyzer: "rawsql",
		Message:  "50% of\nqueries",
		File:     "dir,with:odd/x.go",
		Start:    Position{Line: 3, Column: 4},
		End:      Position{Line: 3, Column: 9},
	}}
	var out bytes.Buffer
	if err := WriteGitHub(&out, findings); err != nil {
		t.Fatal(err)
	}
	want := "::error file=dir%2Cwith%3Aodd/x.go,line=3,col=4,endLine=3,endColumn=9,title=secvet/rawsql::50%25 of%0Aqueries\n"
	if out.String() != want {
		t.Errorf("got  %q\nwant %q", out.String(), want)
	}
}

func TestSARIFRuleIDWithoutCategoryIsAnalyzerName(t *testing.T) {
	findings := []Finding{
		{Analyzer: "rawsql", Message: "m", File: "a.go", Start: Position{1, 1, 1}, End: Position{1, 2, 2}},
		{Analyzer: "rawsql", Category: "concat", Message: "m", File: "/abs/b.go", Start: Position{1, 1, 1}, End: Position{1, 2, 2}},
	}
	var out bytes.Buffer
	if err := WriteSARIF(&out, findings, nil, []AnalyzerInfo{{Name: "rawsql", Doc: "report raw SQL\n\nLong text.", URL: "https://example.com/rawsql"}}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID               string `json:"id"`
						ShortDescription struct {
							Text string `json:"text"`
						} `json:"shortDescription"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	rules := log.Runs[0].Tool.Driver.Rules
	if len(rules) != 2 || rules[0].ID != "rawsql" || rules[1].ID != "rawsql/concat" {
		t.Fatalf("rules = %+v, want rawsql and rawsql/concat", rules)
	}
	if rules[0].ShortDescription.Text != "report raw SQL" {
		t.Errorf("short description = %q, want the Doc's first line", rules[0].ShortDescription.Text)
	}
	results := log.Runs[0].Results
	if results[1].RuleIndex != 1 {
		t.Errorf("ruleIndex of rawsql/concat = %d, want 1", results[1].RuleIndex)
	}
	if loc := results[0].Locations[0].PhysicalLocation.ArtifactLocation; loc.URI != "a.go" || loc.URIBaseID != "%SRCROOT%" {
		t.Errorf("relative location = %+v, want a.go under %%SRCROOT%%", loc)
	}
	if loc := results[1].Locations[0].PhysicalLocation.ArtifactLocation; loc.URI != "file:///abs/b.go" || loc.URIBaseID != "" {
		t.Errorf("absolute location = %+v, want a file URI without base", loc)
	}
	if !strings.HasSuffix(out.String(), "}\n") {
		t.Error("output does not end with a newline")
	}
}
