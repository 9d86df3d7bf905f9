package main

import (
	"crypto/sha256"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"

	"github.com/secvet/secvet/cmd/secvet/internal/report"
)

// workspace is the result of loading the requested packages.
type workspace struct {
	packages []*packages.Package // the packages to analyze, sorted by ID
	root     string              // directory that output paths are relative to
	initial  []*packages.Package // as loaded, with the export-data packages
	pipeline *pipeline           // the loader still at work, or nil

	// parsed holds the SHA-256 of every file as it was parsed, so that -fix
	// can detect a file that changed since.
	mu     sync.Mutex
	parsed map[string][sha256.Size]byte
}

// loadPackages loads the packages matching patterns from dir. When
// allSyntax is set (analyzers that use facts need it), every dependency
// outside the standard library gets syntax too (see loadMixed), and the
// loading goes on while the analysis starts. A package that does not load
// or type-check is reported by failures and stays in the list, so that the
// others are still analyzed.
func loadPackages(dir string, patterns []string, tests, allSyntax bool, root string) (*workspace, error) {
	ws := &workspace{parsed: make(map[string][sha256.Size]byte)}

	parse := func(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
		sum := sha256.Sum256(src)
		ws.mu.Lock()
		ws.parsed[filename] = sum
		ws.mu.Unlock()
		return parser.ParseFile(fset, filename, src, parser.AllErrors|parser.ParseComments)
	}
	cfg := &packages.Config{
		Mode:      packages.LoadSyntax | packages.NeedModule,
		Dir:       dir,
		Tests:     tests,
		ParseFile: parse,
	}

	var initial, analyzed []*packages.Package
	var err error
	if allSyntax {
		initial, analyzed, ws.pipeline, err = loadMixed(cfg, parse, patterns, defaultMaxLoaded())
	} else {
		initial, err = packages.Load(cfg, patterns...)
		analyzed = initial
	}
	if err != nil {
		return nil, fmt.Errorf("loading packages failed: %s", goListError(err))
	}

	for _, p := range analyzed {
		if isTestMain(p) {
			continue
		}
		ws.packages = append(ws.packages, p)
	}
	slices.SortFunc(ws.packages, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })

	ws.root = root
	if ws.root == "" {
		ws.root = workspaceDir(dir)
	}
	if ws.root == "" {
		ws.root = mainModuleDir(ws.packages, dir)
	}
	ws.initial = initial
	return ws, nil
}

// failures waits until every package is loaded and returns one failure per
// distinct error of the packages that did not load or type-check.
func (ws *workspace) failures() []report.Failure {
	if ws.pipeline != nil {
		// Unbound, the loader finishes even if the analysis stopped early.
		ws.pipeline.unbind()
		ws.pipeline.wait()
	}
	return loadFailures(ws.initial, ws.root)
}

// goListError returns the message of err, a failure of go list, without
// the exit status that go/packages puts before the go command's own words.
func goListError(err error) string {
	msg := strings.TrimSpace(err.Error())
	if m := goListFailure.FindStringSubmatch(msg); m != nil {
		return strings.TrimSpace(m[1])
	}
	return msg
}

// goListFailure matches go/packages' wrapping of a go list failure.
var goListFailure = regexp.MustCompile(`(?s)^err: exit status \d+: stderr: (.*)$`)

// sources returns the Go source files of the loaded packages: the files
// that -fix may edit. Files that cgo generates are not among them.
func (ws *workspace) sources() map[string]bool {
	files := make(map[string]bool)
	for _, p := range ws.packages {
		for _, f := range p.GoFiles {
			files[f] = true
		}
	}
	return files
}

// isTestMain reports whether p is the generated main package of a test
// binary ("p.test"), whose only file lives in the build cache.
func isTestMain(p *packages.Package) bool {
	return p.Name == "main" && strings.HasSuffix(p.ID, ".test")
}

// workspaceDir returns the directory of the go.work file that the go
// command uses in dir, or "" outside a workspace. Output paths are then
// relative to the workspace, which spans every module in it.
func workspaceDir(dir string) string {
	cmd := exec.Command("go", "env", "GOWORK")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	work := strings.TrimSpace(string(out))
	if work == "" || work == "off" {
		return ""
	}
	return filepath.Dir(work)
}

// mainModuleDir returns the root directory of the main module of the first
// package that has one, or dir.
func mainModuleDir(pkgs []*packages.Package, dir string) string {
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Main && p.Module.Dir != "" {
			return p.Module.Dir
		}
	}
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}

// loadFailures returns one failure per distinct error of the initial
// packages and their dependencies, naming the package that has it.
func loadFailures(initial []*packages.Package, root string) []report.Failure {
	type key struct{ pkg, msg string }
	seen := make(map[key]bool)
	var failures []report.Failure
	add := func(pkg, msg string) {
		k := key{pkg, msg}
		if !seen[k] {
			seen[k] = true
			failures = append(failures, report.Failure{Package: pkg, Message: msg})
		}
	}

	packages.Visit(initial, nil, func(p *packages.Package) {
		name := p.PkgPath
		if name == "" {
			name = p.ID
		}
		if p.Module != nil && p.Module.Error != nil {
			add(name, "module "+p.Module.Path+": "+p.Module.Error.Err)
		}
		for _, e := range p.Errors {
			add(name, relativeError(e, root))
		}
	})
	report.SortFailures(failures)
	return failures
}

// relativeError formats e with its file path relative to root and its
// string literals shortened.
func relativeError(e packages.Error, root string) string {
	msg := hideLiterals(e.Msg)
	if e.Pos == "" || e.Pos == "-" {
		return msg
	}
	return relativePath(e.Pos, root) + ": " + msg
}

// relativePath returns path relative to root, slash-separated, when it is
// inside root, and path unchanged otherwise.
func relativePath(path, root string) string {
	if root == "" || !filepath.IsAbs(path) {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(root, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}
