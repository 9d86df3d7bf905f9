// Package location reports which packages secvet's analyzers treat apart
// by where their files are: the standard library and third-party
// dependencies.
//
// The analyzers describe the standard library functions they care about in
// tables of names, and skip its packages. Summarizing them as facts would
// cost time and memory, and a standard library function missing from the
// tables is treated as any call of unknown effect. The test is by file
// location, not by import path, because a module path need not contain a
// dot ("module api"), and the packages of analysistest's GOPATH testdata
// never do.
//
// With the environment variable SECVET_ANALYZE_STDLIB=1, Standard reports
// false for every package, so that the stress tests can run the analyzers
// over the standard library's code.
package location

import (
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Standard reports whether the package of pass is a standard library package:
// its first file lies under GOROOT/src. It reports false when GOROOT
// cannot be found, so that the package is analyzed as any other.
func Standard(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || os.Getenv("SECVET_ANALYZE_STDLIB") == "1" {
		return false
	}
	tf := pass.Fset.File(pass.Files[0].Pos())
	return tf != nil && InGoroot(tf.Name())
}

// InGoroot reports whether the file name lies under GOROOT/src.
func InGoroot(name string) bool {
	name = filepath.Clean(name)
	for _, src := range gorootSrc() {
		if strings.HasPrefix(name, src) {
			return true
		}
	}
	return false
}

// gorootSrc returns GOROOT/src with a trailing separator, once as GOROOT
// is written and once with symbolic links resolved, or nothing when GOROOT
// is not found.
var gorootSrc = sync.OnceValue(func() []string {
	root := os.Getenv("GOROOT")
	if root == "" {
		// build.Default.GOROOT is empty when the binary was built with -trimpath.
		root = build.Default.GOROOT
	}
	if root == "" {
		out, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			return nil
		}
		root = strings.TrimSpace(string(out))
	}
	if root == "" {
		return nil
	}
	srcs := []string{filepath.Join(root, "src") + string(filepath.Separator)}
	if resolved, err := filepath.EvalSymlinks(root); err == nil && resolved != filepath.Clean(root) {
		srcs = append(srcs, filepath.Join(resolved, "src")+string(filepath.Separator))
	}
	return srcs
})

// Dependency reports whether the package of pass is a third-party
// dependency: its first file lies in the module cache or in a vendor
// directory, or it has no files.
func Dependency(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return true
	}
	tf := pass.Fset.File(pass.Files[0].Pos())
	if tf == nil {
		return false
	}
	name := filepath.ToSlash(tf.Name())
	if strings.Contains(name, "/vendor/") {
		return true
	}
	return strings.HasPrefix(name, moduleCache()+"/")
}

// moduleCache returns the module cache directory with forward slashes:
// GOMODCACHE, or pkg/mod in the first GOPATH entry.
var moduleCache = sync.OnceValue(func() string {
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		gopath := os.Getenv("GOPATH")
		if gopath == "" {
			home, _ := os.UserHomeDir()
			gopath = filepath.Join(home, "go")
		}
		cache = filepath.Join(filepath.SplitList(gopath)[0], "pkg", "mod")
	}
	return filepath.ToSlash(cache)
})
