package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"slices"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/secvet/secvet/analyzers/suite"
)

// The analyzers use facts, so every package they analyze needs syntax and
// full type information. They skip the standard library, though (see
// suite.InGoroot), so loading its packages from source, as
// packages.LoadAllSyntax does, would only cost time and memory (about a
// second and 400 MiB on the 200-package benchmark corpus). loadMixed instead
// type-checks from source the requested packages and every dependency
// outside GOROOT, and reads the standard library from the compiler's
// export data, as the go command and the no-op driver do.

// metadataMode is the load mode of loadMixed's first go list call: the
// import graph and the files, without type-checking anything.
const metadataMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes

// loadMixed loads the packages that match patterns with cfg's directory
// and test setting. The initial packages and their dependencies outside
// GOROOT get syntax and type information. The standard library packages
// among the dependencies get types from export data only, and no syntax.
// It returns the initial packages and, for the checker, a copy of the
// graph without the export-data packages, so that analyzers that use
// facts do not run on them.
//
// Type-checking goes on in the background after loadMixed returns, so
// that the analysis of the first packages overlaps the loading of the
// rest: the returned pipeline reports when each package is ready, and at
// most maxLoaded packages are loaded but not yet released (see pipeline).
func loadMixed(cfg *packages.Config, parse func(*token.FileSet, string, []byte) (*ast.File, error), patterns []string, maxLoaded int) (initial, analyzed []*packages.Package, pl *pipeline, err error) {
	meta := *cfg
	meta.Mode = metadataMode
	initial, err = packages.Load(&meta, patterns...)
	if err != nil {
		return nil, nil, nil, err
	}

	roots := make(map[*packages.Package]bool, len(initial))
	for _, p := range initial {
		roots[p] = true
	}
	var all []*packages.Package
	var exportPaths []string
	fromSource := make(map[*packages.Package]bool)
	packages.Visit(initial, nil, func(p *packages.Package) {
		all = append(all, p)
		switch {
		case p.PkgPath == "unsafe":
		case isTestMain(p):
			// The generated main of a test binary is never analyzed.
		case roots[p] || !isStandard(p):
			fromSource[p] = true
		default:
			exportPaths = append(exportPaths, p.PkgPath)
		}
	})

	exportFiles, err := exportDataFiles(cfg, exportPaths)
	if err != nil {
		return nil, nil, nil, err
	}

	fset := token.NewFileSet()
	l := &mixedLoader{
		fset:        fset,
		parse:       parse,
		fromSource:  fromSource,
		exportFiles: exportFiles,
		done:        make(map[*packages.Package]*sync.Once, len(all)),
		cpu:         make(chan struct{}, runtime.GOMAXPROCS(0)),
	}
	for _, p := range all {
		l.done[p] = new(sync.Once)
		// The checker needs these before a package is loaded; the type
		// checker fills in the same *types.Package and *types.Info.
		p.Fset = fset
		switch {
		case p.PkgPath == "unsafe":
			p.Types = types.Unsafe
			p.TypesInfo = newTypesInfo()
		case fromSource[p]:
			p.Types = types.NewPackage(p.PkgPath, p.Name)
			p.TypesInfo = newTypesInfo()
		}
	}
	analyzed = analysisGraph(initial, fromSource)
	pl = newPipeline(initial, analyzed, maxLoaded)
	l.pipeline = pl

	for _, p := range initial {
		pl.loading.Add(1)
		go func() {
			defer pl.loading.Done()
			l.load(p)
		}()
	}
	return initial, analyzed, pl, nil
}

// isStandard reports whether p is a standard library package.
func isStandard(p *packages.Package) bool {
	if p.Module != nil {
		return false
	}
	files := p.GoFiles
	if len(files) == 0 {
		files = p.CompiledGoFiles
	}
	return len(files) > 0 && suite.InGoroot(files[0])
}

// exportDataFiles returns the export data file of each package in paths,
// by import path. Asking go list for them compiles what is not in the
// build cache yet.
func exportDataFiles(cfg *packages.Config, paths []string) (map[string]string, error) {
	files := make(map[string]string, len(paths))
	if len(paths) == 0 {
		return files, nil
	}
	export := *cfg
	export.Mode = packages.NeedName | packages.NeedExportFile
	export.Tests = false
	pkgs, err := packages.Load(&export, paths...)
	if err != nil {
		return nil, err
	}
	for _, p := range pkgs {
		files[p.PkgPath] = p.ExportFile
	}
	return files, nil
}

// mixedLoader type-checks a package graph, each package after its imports.
type mixedLoader struct {
	fset        *token.FileSet
	parse       func(*token.FileSet, string, []byte) (*ast.File, error)
	fromSource  map[*packages.Package]bool
	exportFiles map[string]string // by import path

	done map[*packages.Package]*sync.Once
	cpu  chan struct{} // limits parsing and type-checking to GOMAXPROCS packages

	exportMu sync.Mutex // serializes reading export data
	pipeline *pipeline
}

// load loads p once, after its imports.
func (l *mixedLoader) load(p *packages.Package) {
	l.done[p].Do(func() {
		var wg sync.WaitGroup
		for _, imp := range p.Imports {
			wg.Add(1)
			go func() {
				defer wg.Done()
				l.load(imp)
			}()
		}
		wg.Wait()

		if l.fromSource[p] {
			l.pipeline.acquire(p)
		}
		l.cpu <- struct{}{}
		defer func() { <-l.cpu }()
		defer l.pipeline.loaded(p)

		p.Fset = l.fset
		switch {
		case p.PkgPath == "unsafe", isTestMain(p):
			// loadMixed set the types of unsafe; a test main is never
			// analyzed.
		case l.fromSource[p]:
			l.check(p)
		default:
			l.readExportData(p)
		}
		if p.Types == nil {
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		}
		p.IllTyped = len(p.Errors) > 0
		for _, imp := range p.Imports {
			p.IllTyped = p.IllTyped || imp.IllTyped
		}
	})
}

// check parses and type-checks p from source into its *types.Package and
// *types.Info, which loadMixed created.
func (l *mixedLoader) check(p *packages.Package) {
	if len(p.CompiledGoFiles) == 0 && len(p.Errors) > 0 {
		return // go list reported the reason
	}

	p.Syntax = make([]*ast.File, len(p.CompiledGoFiles))
	errs := make([]error, len(p.CompiledGoFiles))
	var wg sync.WaitGroup
	for i, name := range p.CompiledGoFiles {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.Syntax[i], errs[i] = l.parseFile(name)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		addError(p, err)
	}
	p.Syntax = slices.DeleteFunc(p.Syntax, func(f *ast.File) bool { return f == nil })

	conf := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := p.Imports[path]
			if imp == nil || imp.Types == nil {
				return nil, fmt.Errorf("could not import %s: no metadata", path)
			}
			return imp.Types, nil
		}),
		Sizes: p.TypesSizes,
		Error: func(err error) { addError(p, err) },
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		conf.GoVersion = "go" + p.Module.GoVersion
	}
	err := types.NewChecker(conf, l.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	if err != nil && len(p.Errors) == 0 {
		addError(p, err)
	}
}

// parseFile reads and parses one file with the workspace's parse function.
func (l *mixedLoader) parseFile(name string) (*ast.File, error) {
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return l.parse(l.fset, name, src)
}

// readExportData sets p's types from the export data that go list built.
func (l *mixedLoader) readExportData(p *packages.Package) {
	p.TypesInfo = newTypesInfo()
	file := l.exportFiles[p.PkgPath]
	if file == "" {
		addError(p, fmt.Errorf("no export data for %s", p.PkgPath))
		return
	}
	f, err := os.Open(file)
	if err != nil {
		addError(p, err)
		return
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		addError(p, fmt.Errorf("reading %s: %v", file, err))
		return
	}

	// gcexportdata identifies packages by import path: the view must hold
	// every package that p's export data may mention, which is its
	// transitive imports, all loaded already.
	view := make(map[string]*types.Package)
	var visit func(q *packages.Package)
	visit = func(q *packages.Package) {
		for _, imp := range q.Imports {
			if _, ok := view[imp.PkgPath]; !ok {
				view[imp.PkgPath] = imp.Types
				visit(imp)
			}
		}
	}
	visit(p)

	l.exportMu.Lock()
	defer l.exportMu.Unlock()
	tpkg, err := gcexportdata.Read(r, l.fset, view, p.PkgPath)
	if err != nil {
		addError(p, fmt.Errorf("reading %s: %v", file, err))
		return
	}
	p.Types = tpkg
}

// addError records err as one or more of p's errors, in the form go/packages
// gives them.
func addError(p *packages.Package, err error) {
	if err == nil {
		return
	}
	var list scanner.ErrorList
	var typeErr types.Error
	var pathErr *os.PathError
	switch {
	case errors.As(err, &list):
		for _, e := range list {
			p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
		}
	case errors.As(err, &typeErr):
		p.TypeErrors = append(p.TypeErrors, typeErr)
		p.Errors = append(p.Errors, packages.Error{Pos: typeErr.Fset.Position(typeErr.Pos).String(), Msg: typeErr.Msg, Kind: packages.TypeError})
	case errors.As(err, &pathErr):
		p.Errors = append(p.Errors, packages.Error{Pos: pathErr.Path + ":1", Msg: pathErr.Err.Error(), Kind: packages.ParseError})
	default:
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
	}
}

func newTypesInfo() *types.Info {
	return &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// analysisGraph returns copies of the initial packages and their
// dependencies loaded from source, whose Imports keep only packages loaded
// from source. The checker runs analyzers that use facts on every package
// it reaches through Imports. The analyzers skip the standard library, so
// the export-data packages are left out instead of analyzed empty.
func analysisGraph(initial []*packages.Package, fromSource map[*packages.Package]bool) []*packages.Package {
	copies := make(map[*packages.Package]*packages.Package)
	var clone func(p *packages.Package) *packages.Package
	clone = func(p *packages.Package) *packages.Package {
		if c, ok := copies[p]; ok {
			return c
		}
		c := new(packages.Package)
		*c = *p
		copies[p] = c
		c.Imports = make(map[string]*packages.Package, len(p.Imports))
		for path, imp := range p.Imports {
			if fromSource[imp] {
				c.Imports[path] = clone(imp)
			}
		}
		return c
	}
	out := make([]*packages.Package, len(initial))
	for i, p := range initial {
		out[i] = clone(p)
	}
	return out
}
