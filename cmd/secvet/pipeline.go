package main

import (
	"go/types"
	"runtime"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// A pipeline lets the checker analyze packages while loadMixed is still
// type-checking others. It also bounds how many packages are loaded but
// not yet released (see releaser), so that the syntax and type
// information of a large dependency graph is never all in memory at once.
//
// Every guarded analyzer requires a gate analyzer, whose action on a
// package waits until the package is loaded and then copies its syntax and
// errors into the checker's copy of the package. The checker creates each
// pass after the actions it depends on, so every other analyzer sees the
// loaded package.
//
// The loader takes a slot before it parses a package, and the package
// gives it back when the releaser releases it. A package whose actions do
// not all run never gets released: one with errors, which the checker
// skips, gives its slot back at its gate, and a failed action turns the
// bound off for the rest of the run, so that no slot is waited for in
// vain. The bound needs the parallel checker, in which every action has a
// goroutine of its own: the sequential checker runs without it.
type pipeline struct {
	loading sync.WaitGroup // the loader's goroutines
	stages  map[*types.Package]*stage

	slots     chan struct{}
	unbounded chan struct{} // closed when the bound is off
	closeOnce sync.Once
}

// stage is one package loaded from source, as the loader and the checker
// see it.
type stage struct {
	original, analyzed *packages.Package
	ready              chan struct{} // closed when the loader is done with it

	mu     sync.Mutex
	slot   bool // holds a slot
	exempt bool // takes no slot, because the checker does not analyze it
}

// maxLoadedPerCPU bounds the packages loaded but not released, per CPU.
const maxLoadedPerCPU = 8

// defaultMaxLoaded returns the bound on packages loaded but not released.
func defaultMaxLoaded() int { return maxLoadedPerCPU * runtime.GOMAXPROCS(0) }

// newPipeline returns the pipeline of the packages that loadMixed loads
// from source: those of the analysis graph, matched to the originals by
// their *types.Package. At most maxLoaded of them hold a slot.
func newPipeline(initial, analyzed []*packages.Package, maxLoaded int) *pipeline {
	pl := &pipeline{
		stages:    make(map[*types.Package]*stage),
		slots:     make(chan struct{}, maxLoaded),
		unbounded: make(chan struct{}),
	}
	packages.Visit(analyzed, nil, func(p *packages.Package) {
		pl.stages[p.Types] = &stage{analyzed: p, ready: make(chan struct{})}
	})
	packages.Visit(initial, nil, func(p *packages.Package) {
		if st := pl.stages[p.Types]; st != nil {
			st.original = p
		}
	})
	return pl
}

// acquire takes a slot for p, waiting while every slot is taken, unless
// the bound is off.
func (pl *pipeline) acquire(p *packages.Package) {
	st := pl.stages[p.Types]
	if st == nil {
		return
	}
	st.mu.Lock()
	exempt := st.exempt
	st.mu.Unlock()
	if exempt {
		return
	}
	select {
	case pl.slots <- struct{}{}:
		st.mu.Lock()
		st.slot = true
		st.mu.Unlock()
	case <-pl.unbounded:
	}
}

// exempt frees the slots of the packages that the checker will not
// analyze, which the releaser therefore never releases, and keeps them
// from taking one. analyzed reports whether a package is analyzed.
func (pl *pipeline) exempt(analyzed func(*types.Package) bool) {
	for tp, st := range pl.stages {
		if analyzed(tp) {
			continue
		}
		st.mu.Lock()
		st.exempt = true
		st.mu.Unlock()
		pl.free(tp)
	}
}

// loaded marks p as loaded.
func (pl *pipeline) loaded(p *packages.Package) {
	if st := pl.stages[p.Types]; st != nil {
		close(st.ready)
	}
}

// free gives back the slot of the package whose types are tp, if it holds
// one.
func (pl *pipeline) free(tp *types.Package) {
	st := pl.stages[tp]
	if st == nil {
		return
	}
	st.mu.Lock()
	hadSlot := st.slot
	st.slot = false
	st.mu.Unlock()
	if hadSlot {
		<-pl.slots
	}
}

// unbind turns the bound off for the rest of the run.
func (pl *pipeline) unbind() {
	pl.closeOnce.Do(func() { close(pl.unbounded) })
}

// wait waits until the loader is done with every package.
func (pl *pipeline) wait() { pl.loading.Wait() }

// gate returns the analyzer that every guarded analyzer requires: its
// action waits until the package is loaded and then hands the loaded
// syntax and errors to the checker's copy of the package.
func (pl *pipeline) gate() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:             "secvetload",
		Doc:              "wait until a package is loaded, for secvet's driver",
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			st := pl.stages[pass.Pkg]
			if st == nil {
				return nil, nil
			}
			<-st.ready
			a, o := st.analyzed, st.original
			a.Syntax, a.Errors, a.TypeErrors, a.IllTyped = o.Syntax, o.Errors, o.TypeErrors, o.IllTyped
			if a.IllTyped {
				// The checker skips the other analyzers on it, so the
				// releaser never releases it.
				pl.free(pass.Pkg)
			}
			return nil, nil
		},
	}
}
