package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"slices"
	"strings"
)

// SARIFSchema is the schema URI written into SARIF output.
const SARIFSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// srcRoot is the uriBaseId of root-relative artifact locations. Consumers
// such as GitHub code scanning resolve it to the repository checkout.
const srcRoot = "%SRCROOT%"

// The types below are the subset of the SARIF 2.1.0 object model
// (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) that
// secvet writes.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	ColumnKind  string            `json:"columnKind"`
	Results     []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      sarifText         `json:"fullDescription"`
	Help                 sarifText         `json:"help"`
	HelpURI              string            `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
	Properties           sarifRuleProperty `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProperty struct {
	Tags []string `json:"tags"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string    `json:"level"`
	Message sarifText `json:"message"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

// FingerprintKey names secvet's fingerprint among a SARIF result's
// partialFingerprints.
const FingerprintKey = "secvetSourceHash/v1"

// WriteSARIF writes a SARIF 2.1.0 log with one run. Each analyzer category
// becomes a rule whose id is "analyzer/category". A suppressed finding
// carries an in-source suppression with the directive's reason. Failures
// become error notifications and mark the invocation unsuccessful.
func WriteSARIF(w io.Writer, findings []Finding, failures []Failure, analyzers []AnalyzerInfo) error {
	infos := make(map[string]AnalyzerInfo)
	for _, a := range analyzers {
		infos[a.Name] = a
	}

	// Collect one rule per analyzer category, sorted by id.
	ruleIndex := make(map[string]int)
	var rules []sarifRule
	for _, f := range findings {
		id := RuleID(f.Analyzer, f.Category)
		if _, ok := ruleIndex[id]; ok {
			continue
		}
		ruleIndex[id] = -1
		rules = append(rules, newRule(id, infos[f.Analyzer], f.Analyzer))
	}
	slices.SortFunc(rules, func(a, b sarifRule) int { return strings.Compare(a.ID, b.ID) })
	for i, r := range rules {
		ruleIndex[r.ID] = i
	}

	results := make([]sarifResult, 0, len(findings))
	for _, f := range findings {
		id := RuleID(f.Analyzer, f.Category)
		res := sarifResult{
			RuleID:    id,
			RuleIndex: ruleIndex[id],
			Level:     "error",
			Message:   sarifText{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: physicalLocation(f.File, f.Start, f.End)}},
		}
		for i, r := range f.Related {
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID:               &i,
				PhysicalLocation: physicalLocation(r.File, r.Start, r.End),
				Message:          &sarifText{r.Message},
			})
		}
		if f.Fingerprint != "" {
			res.PartialFingerprints = map[string]string{FingerprintKey: f.Fingerprint}
		}
		if f.Suppressed {
			res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.SuppressionReason}}
		}
		results = append(results, res)
	}

	invocation := sarifInvocation{ExecutionSuccessful: len(failures) == 0}
	for _, fail := range failures {
		text := "package " + fail.Package + ": " + fail.Message
		if fail.Analyzer != "" {
			text = fmt.Sprintf("analyzer %s failed on package %s: %s", fail.Analyzer, fail.Package, fail.Message)
		}
		invocation.Notifications = append(invocation.Notifications, sarifNotification{Level: "error", Message: sarifText{text}})
	}

	log := sarifLog{
		Schema:  SARIFSchema,
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name:           "secvet",
				InformationURI: "https://github.com/secvet/secvet",
				Rules:          rules,
			}},
			Invocations: []sarifInvocation{invocation},
			ColumnKind:  "utf16CodeUnits",
			Results:     results,
		}},
	}
	if log.Runs[0].Tool.Driver.Rules == nil {
		log.Runs[0].Tool.Driver.Rules = []sarifRule{}
	}

	data, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// newRule describes the rule id of analyzer, using the first line of the
// analyzer's Doc as its short description and the whole Doc as its help.
func newRule(id string, info AnalyzerInfo, analyzer string) sarifRule {
	title, _, _ := strings.Cut(info.Doc, "\n")
	title = strings.TrimSpace(title)
	if title == "" {
		title = analyzer
	}
	help := strings.TrimSpace(info.Doc)
	if help == "" {
		help = title
	}
	return sarifRule{
		ID:                   id,
		Name:                 id,
		ShortDescription:     sarifText{title},
		FullDescription:      sarifText{title},
		Help:                 sarifText{help},
		HelpURI:              info.URL,
		DefaultConfiguration: sarifRuleConfig{Level: "error"},
		Properties:           sarifRuleProperty{Tags: []string{"security", "secvet/" + analyzer}},
	}
}

// physicalLocation returns the SARIF location of a span of file, which is
// root-relative and slash-separated, or absolute when outside the root.
func physicalLocation(file string, start, end Position) sarifPhysicalLocation {
	loc := sarifArtifactLocation{URI: (&url.URL{Path: file}).String(), URIBaseID: srcRoot}
	if isAbs(file) {
		loc = sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: ensureLeadingSlash(file)}).String()}
	}
	region := sarifRegion{StartLine: start.Line, StartColumn: start.UTF16Column}
	if end.Line > 0 {
		region.EndLine = end.Line
		region.EndColumn = end.UTF16Column
	}
	return sarifPhysicalLocation{ArtifactLocation: loc, Region: region}
}

// isAbs reports whether the slash-separated file is absolute, including a
// Windows path with a drive letter such as C:/src/x.go.
func isAbs(file string) bool {
	return path.IsAbs(file) || len(file) >= 3 && file[1] == ':' && file[2] == '/'
}

func ensureLeadingSlash(p string) string {
	if strings.HasPrefix(p, "/") {
		return p
	}
	return "/" + p
}
