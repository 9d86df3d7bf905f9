package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"example.com/reference/internal/config"
)

// runMainEnv makes the test binary run main instead of the tests, so a test
// can start the real command in a child process.
const runMainEnv = "REFERENCE_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

func TestStartWithoutJWTSecretFails(t *testing.T) {
	cmd := exec.Command(os.Args[0])
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, config.JWTSecretEnv+"=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env,
		runMainEnv+"=1",
		config.ListenAddrEnv+"=127.0.0.1:0",
		config.DatabasePathEnv+"="+filepath.Join(t.TempDir(), "unused.db"),
	)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr

	err := cmd.Run()

	var exitErr *exec.ExitError
	if !errors.As(err, &exitErr) || exitErr.ExitCode() != 1 {
		t.Fatalf("exit = %v, want exit status 1; stderr:\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "JWT_SECRET is not set") {
		t.Errorf("stderr does not say JWT_SECRET is not set:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String(), "listening") {
		t.Errorf("service started listening without JWT_SECRET:\n%s", stderr.String())
	}
}

// lockedBuffer is a bytes.Buffer safe for the server goroutine and the test.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestRunServesUntilCanceled(t *testing.T) {
	vars := map[string]string{
		config.JWTSecretEnv:    rand.Text() + rand.Text(),
		config.ListenAddrEnv:   "127.0.0.1:0",
		config.DatabasePathEnv: filepath.Join(t.TempDir(), "reference.db"),
	}
	lookupEnv := func(name string) (string, bool) {
		value, ok := vars[name]
		return value, ok
	}
	var logs lockedBuffer
	logger := slog.New(slog.NewJSONHandler(&logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)

	go func() { done <- run(ctx, lookupEnv, logger) }()
	addr := waitForListenAddr(t, &logs, done)
	resp, err := http.Get("http://" + addr + "/notes")
	if err != nil {
		t.Fatalf("GET /notes: %v", err)
	}
	resp.Body.Close()
	cancel()

	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("GET /notes without a token: status %d, want 401", resp.StatusCode)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run() error = %v after cancel", err)
		}
	case <-time.After(shutdownTimeout + 5*time.Second):
		t.Fatal("run() did not return after cancel")
	}
	if strings.Contains(logs.String(), vars[config.JWTSecretEnv]) {
		t.Error("logs contain JWT_SECRET")
	}
}

// waitForListenAddr returns the address from run's "listening" log line.
func waitForListenAddr(t *testing.T, logs *lockedBuffer, done <-chan error) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		for line := range strings.Lines(logs.String()) {
			var record struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal([]byte(line), &record) == nil && record.Msg == "reference service listening" {
				return record.Addr
			}
		}
		select {
		case err := <-done:
			t.Fatalf("run() returned before listening: %v\n%s", err, logs.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("no listening line within 10s:\n%s", logs.String())
	return ""
}
