package integration

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A package that follows the team's rules.
const cleanGreet = `package greet

// Hello returns a greeting for name.
func Hello(name string) string {
	return "hello, " + name
}
`

// A package with mistakes: a password written to the log and a signing key
// in the source.
const leakyLogin = `package login

import "log"

const signingKey = "kP9s2LmQ8xVt4RzW7yBn3CdF6gHj0KqE"

// Fail logs a failed login.
func Fail(user, password string) {
	log.Printf("login failed for %s with password %s", user, password)
}

// Key returns the key that signs session tokens.
func Key() string {
	return signingKey
}
`

// precommitRepo is a throwaway git repository whose commits run the secvet
// hook from this checkout.
type precommitRepo struct {
	t   *testing.T
	dir string
	env []string
}

func (r *precommitRepo) run(name string, args ...string) (string, error) {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = r.dir
	cmd.Env = r.env
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (r *precommitRepo) mustRun(name string, args ...string) string {
	r.t.Helper()
	out, err := r.run(name, args...)
	if err != nil {
		r.t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return out
}

func (r *precommitRepo) write(path, content string) {
	r.t.Helper()
	full := filepath.Join(r.dir, path)
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// newPrecommitRepo creates the repository with a Go module and a
// .pre-commit-config.yaml that takes the hook from the checkout's HEAD, the
// way a team's repository takes it from secvet's.
func newPrecommitRepo(t *testing.T, hookID string) *precommitRepo {
	t.Helper()
	root := repoRoot(t)

	head, err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatalf("git rev-parse HEAD in %s: %v", root, err)
	}
	rev := strings.TrimSpace(string(head))
	if out, _ := exec.Command("git", "-C", root, "status", "--porcelain", "--untracked-files=no", "--", ".pre-commit-hooks.yaml", "go.mod", "cmd", "analyzers").Output(); len(out) > 0 {
		t.Logf("NOTE: pre-commit builds the hook from HEAD %s, so these uncommitted changes are not tested:\n%s", rev[:12], out)
	}

	gomodcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOMODCACHE: %v", err)
	}

	r := &precommitRepo{t: t, dir: t.TempDir()}
	r.env = append(os.Environ(),
		// pre-commit keeps its clones and the built hook here, not in ~/.cache.
		"PRE_COMMIT_HOME="+t.TempDir(),
		// pre-commit points GOPATH at the hook's environment; keep the
		// module cache that already holds secvet's dependencies.
		"GOMODCACHE="+strings.TrimSpace(string(gomodcache)),
		"GIT_CONFIG_GLOBAL="+os.DevNull,
		"GIT_AUTHOR_NAME=secvet test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=secvet test", "GIT_COMMITTER_EMAIL=test@example.com",
	)

	r.mustRun("git", "init", "-q", "-b", "main")
	r.write("go.mod", "module example.com/precommit\n\ngo 1.26\n")
	r.write(".pre-commit-config.yaml", "repos:\n"+
		"  - repo: "+root+"\n"+
		"    rev: "+rev+"\n"+
		"    hooks:\n"+
		"      - id: "+hookID+"\n")
	r.mustRun("pre-commit", "install")
	return r
}

func requirePrecommit(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("pre-commit builds secvet for its hook environment; skipped with -short")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		requireCI(t, "pre-commit is not installed (Debian package pre-commit)")
	}
	if _, err := exec.LookPath("git"); err != nil {
		requireCI(t, "git is not installed")
	}
}

func TestPrecommitHookRejectsFinding(t *testing.T) {
	requirePrecommit(t)

	// Check with the secvet built from the working tree that the clean
	// sample has no findings and the leaky one has some.
	sample := t.TempDir()
	copySample := func(path, content string) {
		full := filepath.Join(sample, path)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copySample("go.mod", "module example.com/precommit\n\ngo 1.26\n")
	copySample("greet/greet.go", cleanGreet)
	copySample("login/login.go", leakyLogin)
	if found := runSecvet(t, sample, "./greet"); len(found) > 0 {
		t.Fatalf("secvet reports findings in the clean sample package: %v", found)
	}
	if found := runSecvet(t, sample, "./login"); len(found) == 0 {
		t.Fatalf("secvet reports nothing in the leaky sample package; change it to contain a mistake the suite finds")
	}

	for _, hookID := range []string{"secvet", "secvet-all"} {
		t.Run(hookID, func(t *testing.T) {
			r := newPrecommitRepo(t, hookID)

			r.write("greet/greet.go", cleanGreet)
			r.mustRun("git", "add", ".")
			if out, err := r.run("git", "commit", "-q", "-m", "Add the greeting"); err != nil {
				t.Fatalf("committing a clean package failed, want the hook to pass: %v\n%s", err, out)
			}

			// A package that this platform's build excludes is not
			// analyzed and does not block the commit.
			r.write("winonly/w_windows.go", "package winonly\n\nfunc Shell() string { return `cmd.exe` }\n")
			r.mustRun("git", "add", "winonly/w_windows.go")
			if out, err := r.run("git", "commit", "-q", "-m", "Add the Windows shell"); err != nil {
				t.Fatalf("committing a package excluded by build constraints failed, want the hook to pass: %v\n%s", err, out)
			}

			r.write("login/login.go", leakyLogin)
			r.mustRun("git", "add", "login/login.go")
			out, err := r.run("git", "commit", "-q", "-m", "Log failed logins")
			if err == nil {
				t.Fatalf("committing login/login.go succeeded, want the hook to reject it:\n%s", out)
			}
			if !strings.Contains(out, "login.go") {
				t.Errorf("the hook's output does not name login/login.go:\n%s", out)
			}

			if log := r.mustRun("git", "log", "--format=%s"); strings.TrimSpace(log) != "Add the Windows shell\nAdd the greeting" {
				t.Errorf("git log = %q, want only the two clean commits", log)
			}
		})
	}
}
