package main

import (
	"encoding/json"
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

func TestWholeLoadFailureWritesFailedSARIF(t *testing.T) {
	t.Setenv("GOTOOLCHAIN", "local")
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/future\n\ngo 1.99\n",
		"a/a.go": "package a\n",
	})
	r := runSecvet(t, dir, defaultFakes(), "-format=sarif", "./...")
	if r.code != exitFailure {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFailure, r.stderr)
	}
	if strings.Contains(r.stderr, "exit status") || strings.HasSuffix(r.stderr, "\n\n") {
		t.Errorf("stderr keeps go/packages' wrapping of the go list error:\n%q", r.stderr)
	}
	var log struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
				Notifications       []struct {
					Message struct{ Text string } `json:"message"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatalf("stdout is not a SARIF log: %v\n%s", err, r.stdout)
	}
	if len(log.Runs) != 1 || len(log.Runs[0].Invocations) != 1 {
		t.Fatalf("SARIF log has no invocation:\n%s", r.stdout)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful {
		t.Errorf("executionSuccessful = true, want false")
	}
	if len(inv.Notifications) != 1 || !strings.Contains(inv.Notifications[0].Message.Text, "requires go >= 1.99") {
		t.Errorf("notifications = %+v, want the go version error", inv.Notifications)
	}
}
