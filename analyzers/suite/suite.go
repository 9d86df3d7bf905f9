// Package suite lists the analyzers that secvet bundles, in the order their
// findings are reported.
package suite

import (
	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/apperror"
	"github.com/secvet/secvet/analyzers/hardcodedsecret"
	"github.com/secvet/secvet/analyzers/internal/location"
	"github.com/secvet/secvet/analyzers/internal/suppress"
	"github.com/secvet/secvet/analyzers/jwtverify"
	"github.com/secvet/secvet/analyzers/logmask"
	"github.com/secvet/secvet/analyzers/passwordhash"
	"github.com/secvet/secvet/analyzers/rawsql"
)

// SuppressedPrefix begins the message of the related information that marks
// a finding as suppressed by a //nolint directive. Analyzers add it when
// Options.Suppress has KeepSuppressed set, and the rest of the message is
// the directive's reason.
const SuppressedPrefix = suppress.SuppressedPrefix

// InGoroot reports whether the file name lies under GOROOT/src. The
// analyzers skip packages whose files do, so a driver need not load those
// packages from source.
func InGoroot(name string) bool { return location.InGoroot(name) }

// Options are the settings that apply to every analyzer of the suite.
// Analyzer-specific settings are set through each analyzer's flags.
type Options struct {
	Suppress suppress.Config
}

// Analyzers returns the packages' shared Analyzer values, built with their
// default configuration. The result is a new slice.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		rawsql.Analyzer,
		hardcodedsecret.Analyzer,
		passwordhash.Analyzer,
		logmask.Analyzer,
		apperror.Analyzer,
		jwtverify.Analyzer,
	}
}

// New builds a fresh set of analyzers with opts applied, independent of the
// shared Analyzer values and of any other set, so a driver or a linter
// plugin can configure its own copies.
func New(opts Options) []*analysis.Analyzer {
	rawsqlConfig := rawsql.DefaultConfig()
	rawsqlConfig.Suppress = opts.Suppress
	secretConfig := hardcodedsecret.DefaultConfig()
	secretConfig.Suppress = opts.Suppress
	passwordConfig := passwordhash.DefaultConfig()
	passwordConfig.Suppress = opts.Suppress
	logConfig := logmask.DefaultConfig()
	logConfig.Suppress = opts.Suppress
	appErrorConfig := apperror.DefaultConfig()
	appErrorConfig.Suppress = opts.Suppress
	jwtConfig := jwtverify.DefaultConfig()
	jwtConfig.Suppress = opts.Suppress

	return []*analysis.Analyzer{
		rawsql.New(rawsqlConfig),
		hardcodedsecret.New(secretConfig),
		passwordhash.New(passwordConfig),
		logmask.New(logConfig),
		apperror.New(appErrorConfig),
		jwtverify.New(jwtConfig),
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
