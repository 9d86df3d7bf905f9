package stress

import (
	"fmt"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
)

// guarded returns copies of analyzers, and of every analyzer they require,
// whose Run turns a panic into an error naming the analyzer and the
// package, so one failing package fails the test without ending the run.
// The copies look up prerequisites' results under the original analyzers,
// as the originals expect.
func guarded(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	copies := make(map[*analysis.Analyzer]*analysis.Analyzer)
	originals := make(map[*analysis.Analyzer]*analysis.Analyzer)

	var wrap func(a *analysis.Analyzer) *analysis.Analyzer
	wrap = func(a *analysis.Analyzer) *analysis.Analyzer {
		if c, ok := copies[a]; ok {
			return c
		}
		c := &analysis.Analyzer{
			Name:             a.Name,
			Doc:              a.Doc,
			URL:              a.URL,
			Flags:            a.Flags,
			RunDespiteErrors: a.RunDespiteErrors,
			ResultType:       a.ResultType,
			FactTypes:        a.FactTypes,
		}
		copies[a] = c
		originals[c] = a
		for _, req := range a.Requires {
			c.Requires = append(c.Requires, wrap(req))
		}

		c.Run = func(pass *analysis.Pass) (result any, err error) {
			defer func() {
				if r := recover(); r != nil {
					result = nil
					err = fmt.Errorf("analyzer %s panicked on package %s: %v\n%s", a.Name, pass.Pkg.Path(), r, debug.Stack())
				}
			}()
			rekeyed := *pass
			rekeyed.Analyzer = a
			rekeyed.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
			for k, v := range pass.ResultOf {
				if orig, ok := originals[k]; ok {
					k = orig
				}
				rekeyed.ResultOf[k] = v
			}
			return a.Run(&rekeyed)
		}
		return c
	}

	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		out[i] = wrap(a)
	}
	return out
}
