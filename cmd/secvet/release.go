package main

import (
	"fmt"
	"go/types"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// The checker keeps every action's result, and every pass with its syntax
// trees and type information, until the whole run ends, so the peak memory
// of a run holds the SSA form and the syntax of every package at once. Yet
// only the actions on a package read its results, syntax and type
// information; importers read facts and types. A releaser counts the
// actions that will run on each package and, when the last one has run,
// drops the package's results and empties its syntax trees and type
// information.

// resultBox is the wrapper that a guarded analyzer returns to the checker
// in place of its result, so that the result can be dropped while the
// checker still holds the box.
type resultBox struct {
	mu sync.Mutex
	v  any
}

func (b *resultBox) get() any {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.v
}

func (b *resultBox) drop() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.v = nil
}

// releaser drops the results, syntax and type information of each package
// once every action on it has run. Until arm is called it tracks nothing.
type releaser struct {
	mu       sync.Mutex
	pending  map[*types.Package]int // actions yet to run, by package
	boxes    map[*types.Package][]*resultBox
	packages map[*types.Package]*packages.Package
	released map[*types.Package]bool

	// onRelease, when not nil, is called after a package is released.
	onRelease func(*types.Package)
}

func newReleaser() *releaser {
	return &releaser{
		pending:  make(map[*types.Package]int),
		boxes:    make(map[*types.Package][]*resultBox),
		packages: make(map[*types.Package]*packages.Package),
		released: make(map[*types.Package]bool),
	}
}

// arm counts the actions that checker.Analyze will create for analyzers on
// pkgs, following the same edges: each analyzer's Requires on the same
// package, and for an analyzer with facts, the same analyzer on every
// import.
func (r *releaser) arm(analyzers []*analysis.Analyzer, pkgs []*packages.Package) {
	type action struct {
		a   *analysis.Analyzer
		pkg *packages.Package
	}
	seen := make(map[action]bool)
	var visit func(a *analysis.Analyzer, pkg *packages.Package)
	visit = func(a *analysis.Analyzer, pkg *packages.Package) {
		k := action{a, pkg}
		if seen[k] {
			return
		}
		seen[k] = true
		r.pending[pkg.Types]++
		r.packages[pkg.Types] = pkg
		for _, req := range a.Requires {
			visit(req, pkg)
		}
		if len(a.FactTypes) > 0 {
			for _, imp := range pkg.Imports {
				visit(a, imp)
			}
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, a := range analyzers {
		for _, pkg := range pkgs {
			visit(a, pkg)
		}
	}
}

// counts reports whether arm counted actions on the package whose types
// are tp.
func (r *releaser) counts(tp *types.Package) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.pending[tp] > 0 || r.released[tp]
}

// begin returns an error when the package of pass has been released
// already, which would mean that arm counted too few actions: the
// analyzer would see no syntax and report nothing.
func (r *releaser) begin(pass *analysis.Pass) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.released[pass.Pkg] {
		return fmt.Errorf("internal error: package %s was released before analyzer %s ran", pass.Pkg.Path(), pass.Analyzer.Name)
	}
	return nil
}

// done records the result of one action on the package of pass, and
// releases the package when it was the last.
func (r *releaser) done(pass *analysis.Pass, box *resultBox) {
	r.mu.Lock()
	n, tracked := r.pending[pass.Pkg]
	if !tracked {
		r.mu.Unlock()
		return
	}
	r.boxes[pass.Pkg] = append(r.boxes[pass.Pkg], box)
	if n > 1 {
		r.pending[pass.Pkg] = n - 1
		r.mu.Unlock()
		return
	}
	boxes, pkg := r.boxes[pass.Pkg], r.packages[pass.Pkg]
	delete(r.pending, pass.Pkg)
	delete(r.boxes, pass.Pkg)
	delete(r.packages, pass.Pkg)
	r.released[pass.Pkg] = true
	r.mu.Unlock()

	for _, b := range boxes {
		b.drop()
	}
	// The checker's passes share the package's slice of files and its
	// *types.Info, so the trees and maps are emptied in place.
	clear(pkg.Syntax)
	if pkg.TypesInfo != nil {
		*pkg.TypesInfo = types.Info{}
	}
	if r.onRelease != nil {
		r.onRelease(pass.Pkg)
	}
}
