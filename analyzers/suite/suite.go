// Package suite lists the analyzers that secvet bundles, in the order their
// findings are reported.
package suite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// Options are the settings that apply to every analyzer of the suite.
// Analyzer-specific settings are set through each analyzer's flags.
type Options struct {
	Suppress suppress.Config
}

// Analyzers returns the packages' shared Analyzer values, built with their
// default configuration. The result is a new slice.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		// Each analyzer adds its Analyzer value here when it lands.
	}
}

// New builds a fresh set of analyzers with opts applied, independent of the
// shared Analyzer values and of any other set, so a driver or a linter
// plugin can configure its own copies.
func New(opts Options) []*analysis.Analyzer {
	_ = opts
	return []*analysis.Analyzer{
		// Each analyzer adds New(cfg) here, with cfg.Suppress = opts.Suppress.
	}
}

// Names returns the names of the analyzers in the suite.
func Names() []string {
	var names []string
	for _, a := range Analyzers() {
		names = append(names, a.Name)
	}
	return names
}
