package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestProfileFlagsWriteGzippedProfiles(t *testing.T) {
	dir := writeModule(t, fakeModule)
	out := t.TempDir()
	cpu, mem := filepath.Join(out, "cpu.pprof"), filepath.Join(out, "mem.pprof")
	r := runSecvet(t, dir, defaultFakes(), "-cpuprofile", cpu, "-memprofile", mem, "./clean")
	if r.code != exitClean {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitClean, r.stderr)
	}
	for _, path := range []string{cpu, mem} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		// pprof writes gzip-compressed protocol buffers.
		if !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
			t.Errorf("%s does not start with the gzip header: % x", filepath.Base(path), data[:min(len(data), 4)])
		}
	}
}

func TestProfileFlagWithUnwritablePathFails(t *testing.T) {
	dir := writeModule(t, fakeModule)
	bad := filepath.Join(t.TempDir(), "missing", "cpu.pprof")
	r := runSecvet(t, dir, defaultFakes(), "-cpuprofile", bad, "./clean")
	if r.code != exitFailure {
		t.Fatalf("exit code = %d, want %d", r.code, exitFailure)
	}
	if !strings.Contains(r.stderr, "writing the CPU profile failed") {
		t.Errorf("stderr = %q, want it to say that writing the CPU profile failed", r.stderr)
	}
}
