package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWorkspacePathsAreRelativeToGoWork(t *testing.T) {
	root := writeModule(t, map[string]string{
		"go.work":      "go 1.26\n\nuse (\n\t./api\n\t./tools\n)\n",
		"api/go.mod":   "module example.com/api\n\ngo 1.26\n",
		"api/h/h.go":   fakeModule["a/a.go"],
		"tools/go.mod": "module example.com/tools\n\ngo 1.26\n",
		"tools/t/t.go": strings.Replace(fakeModule["a/a.go"], "package a", "package t", 1),
	})
	r := runSecvet(t, root, defaultFakes(), "-test=false", "./api/...", "./tools/...")
	if r.code != exitFindings {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFindings, r.stderr)
	}
	for _, want := range []string{"\napi/h/h.go:", "\ntools/t/t.go:"} {
		if !strings.Contains("\n"+r.stdout, want) {
			t.Errorf("output lacks a line starting with %s relative to go.work:\n%s", strings.TrimPrefix(want, "\n"), r.stdout)
		}
	}
}

func TestChdirAppliesToFileFlags(t *testing.T) {
	dir := writeModule(t, fakeModule)
	parent := filepath.Dir(dir)
	r := runSecvet(t, parent, defaultFakes(), "-C", filepath.Base(dir), "-write-baseline", "bl.json", "./a")
	if r.code != exitClean {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitClean, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "bl.json")); err != nil {
		t.Errorf("the baseline is not in the -C directory: %v", err)
	}
}

func TestRootFlagRejectsMissingDirectory(t *testing.T) {
	dir := writeModule(t, fakeModule)
	r := runSecvet(t, dir, defaultFakes(), "-root", filepath.Join(dir, "nowhere"), "./a")
	if r.code != exitUsage {
		t.Fatalf("exit code = %d, want %d", r.code, exitUsage)
	}
	if !strings.Contains(r.stderr, "flag -root: not a directory") {
		t.Errorf("stderr = %q, want it to say -root is not a directory", r.stderr)
	}
}
