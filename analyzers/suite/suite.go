// Package suite lists the analyzers that secvet bundles, in the order their
// findings are reported.
package suite

import "golang.org/x/tools/go/analysis"

// Analyzers returns secvet's analyzers built with their default
// configuration. The result is a new slice; the analyzers are the packages'
// shared Analyzer values.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		// Each analyzer adds its Analyzer value here when it lands.
	}
}
