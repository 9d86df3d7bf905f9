// Package plugin registers secvet as a golangci-lint module plugin named
// "secvet".
//
// A custom golangci-lint binary that imports this package runs the same
// analyzers as the secvet command, configured from the plugin's settings in
// .golangci.yml:
//
//	linters:
//	  enable: [secvet]
//	  settings:
//	    custom:
//	      secvet:
//	        type: module
//	        settings:
//	          disable: [logmask]
//	          rawsql:
//	            mode: injection
//
// The settings mirror the secvet command's flags. "enable" lists the only
// analyzers to run, "disable" lists analyzers to skip, "nolint-reason"
// applies to every analyzer, and a key named after an analyzer holds that
// analyzer's flags, written without the "name." prefix. A list value is
// joined with commas, as the flag expects on the command line. Unknown keys
// and values of the wrong type are errors, so a typo in the configuration
// stops golangci-lint instead of silently running the defaults.
package plugin

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/suite"
)

// Name is the name the plugin is registered under, and the linter name that
// golangci-lint reports and that //nolint:secvet matches.
const Name = "secvet"

func init() {
	register.Plugin(Name, New)
}

// Plugin is a configured set of secvet analyzers.
type Plugin struct {
	analyzers []*analysis.Analyzer
}

// New builds the plugin from the raw settings that golangci-lint decoded
// from its configuration file.
func New(settings any) (register.LinterPlugin, error) {
	return newPlugin(settings, suite.New)
}

// newPlugin builds the analyzers with build and applies settings to them.
// Tests pass their own build function, so the decoding is tested on
// analyzers whose flags they control.
func newPlugin(settings any, build func(suite.Options) []*analysis.Analyzer) (*Plugin, error) {
	s, err := decodeSettings(settings)
	if err != nil {
		return nil, err
	}

	analyzers, err := s.apply(build)
	if err != nil {
		return nil, err
	}

	return &Plugin{analyzers: analyzers}, nil
}

// BuildAnalyzers returns the enabled analyzers, their flags set from the
// settings.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode returns register.LoadModeTypesInfo, because every secvet
// analyzer resolves callees through type information.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
