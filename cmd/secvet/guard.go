package main

import (
	"fmt"
	"io"
	"reflect"
	"runtime/debug"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// guardAnalyzers returns copies of analyzers, and of every analyzer they
// require, whose Run turns a panic into an error of that analyzer on that
// package. The checker then reports the package as failed and goes on with
// the others, where an unrecovered panic in its worker goroutine would end
// the whole run. Stack traces go to stackLog.
//
// Analyzers look up their prerequisites' results by the original
// *Analyzer (pass.ResultOf[inspect.Analyzer]), so each copy's Run rekeys
// pass.ResultOf from the copies to the originals before calling the
// original Run. Each copy returns its result in a *resultBox, which rel
// (when not nil) drops once every action on the package has run.
//
// With a pipeline, every copy also requires the pipeline's gate, and a
// failed or panicking action turns the pipeline's bound off.
func guardAnalyzers(analyzers []*analysis.Analyzer, stackLog io.Writer, rel *releaser, pl *pipeline) []*analysis.Analyzer {
	g := &guard{
		copies:   make(map[*analysis.Analyzer]*analysis.Analyzer),
		original: make(map[*analysis.Analyzer]*analysis.Analyzer),
		stackLog: stackLog,
		release:  rel,
		pipeline: pl,
	}
	if pl != nil {
		// The gate's actions count among each package's actions too.
		gate := pl.gate()
		run := gate.Run
		gate.Run = func(pass *analysis.Pass) (any, error) {
			v, err := run(pass)
			if err == nil && rel != nil {
				rel.done(pass, &resultBox{})
			}
			return v, err
		}
		g.gate = gate
	}
	guarded := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		guarded[i] = g.copy(a)
	}
	return guarded
}

type guard struct {
	copies   map[*analysis.Analyzer]*analysis.Analyzer // original to copy
	original map[*analysis.Analyzer]*analysis.Analyzer // copy to original
	mu       sync.Mutex                                // serializes writes to stackLog
	stackLog io.Writer
	release  *releaser // nil when results are kept
	pipeline *pipeline // nil when every package is loaded before the analysis
	gate     *analysis.Analyzer
}

func (g *guard) copy(a *analysis.Analyzer) *analysis.Analyzer {
	if c, ok := g.copies[a]; ok {
		return c
	}

	// The copy shares the original's flag values, so flags set on either
	// configure both.
	c := &analysis.Analyzer{
		Name:             a.Name,
		Doc:              a.Doc,
		URL:              a.URL,
		Flags:            a.Flags,
		RunDespiteErrors: a.RunDespiteErrors,
		ResultType:       reflect.TypeFor[*resultBox](),
		FactTypes:        a.FactTypes,
	}
	g.copies[a] = c
	g.original[c] = a

	for _, req := range a.Requires {
		c.Requires = append(c.Requires, g.copy(req))
	}
	if g.gate != nil {
		c.Requires = append(c.Requires, g.gate)
	}
	run := a.Run
	c.Run = func(pass *analysis.Pass) (result any, err error) {
		defer func() {
			if r := recover(); r != nil {
				g.logStack(a.Name, pass, r)
				result, err = nil, fmt.Errorf("analyzer panicked: %s", panicText(r))
			}
			if err != nil && g.pipeline != nil {
				// The actions that depend on this one will not run, so
				// the package will not be released.
				g.pipeline.unbind()
			}
		}()
		if g.release != nil {
			if err := g.release.begin(pass); err != nil {
				return nil, err
			}
		}
		rekeyed := *pass
		rekeyed.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
		for k, v := range pass.ResultOf {
			if orig, ok := g.original[k]; ok {
				k = orig
			}
			if box, ok := v.(*resultBox); ok {
				v = box.get()
			}
			rekeyed.ResultOf[k] = v
		}
		rekeyed.Analyzer = a
		v, err := run(&rekeyed)
		if err != nil {
			return nil, err
		}
		box := &resultBox{v: v}
		if g.release != nil {
			g.release.done(pass, box)
		}
		return box, nil
	}
	return c
}

func (g *guard) logStack(analyzer string, pass *analysis.Pass, r any) {
	if g.stackLog == nil {
		return
	}
	pkg := "?"
	if pass.Pkg != nil {
		pkg = pass.Pkg.Path()
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	fmt.Fprintf(g.stackLog, "secvet: analyzer %s panicked on package %s: %s\n%s\n", analyzer, pkg, panicText(r), debug.Stack())
}

// maxPanicText is the number of characters of a panic value that secvet
// prints. A panic value may quote the analyzed code, so it is cut short
// to keep a long secret from being printed whole.
// NOTE: a secret shorter than the limit that a panic value prints without
// quotes would still be printed. No analyzer puts source text in its
// panics today.
const maxPanicText = 80

// quotedKept is the number of characters of a quoted string in a panic
// value that secvet prints; the rest is replaced by an ellipsis.
const quotedKept = 4

// panicText formats a recovered panic value with each quoted string cut
// to quotedKept characters, and the whole cut to maxPanicText characters.
func panicText(r any) string {
	text := []rune(shortenQuoted(fmt.Sprint(r), nil))
	if len(text) <= maxPanicText {
		return string(text)
	}
	return string(text[:maxPanicText]) + fmt.Sprintf("… (%d more characters)", len(text)-maxPanicText)
}
