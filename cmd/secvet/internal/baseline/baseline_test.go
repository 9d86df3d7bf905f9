package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/secvet/secvet/cmd/secvet/internal/report"
)

func TestFingerprintIgnoresIndentationAndLineNumber(t *testing.T) {
	a := Fingerprint([]byte("package p\n\tx := query(name)\n"), 2, 2)
	b := Fingerprint([]byte("package p\n\n// moved\n        x := query(name)   \n"), 4, 4)
	if a == "" || a != b {
		t.Errorf("fingerprints %q and %q differ, want equal", a, b)
	}
	if c := Fingerprint([]byte("package p\n\tx := query(other)\n"), 2, 2); c == a {
		t.Error("different code has the same fingerprint")
	}
}

func TestFingerprintOutsideFileIsEmpty(t *testing.T) {
	if got := Fingerprint([]byte("one line\n"), 5, 5); got != "" {
		t.Errorf("Fingerprint past the end = %q, want empty", got)
	}
	if got := Fingerprint(nil, 0, 0); got != "" {
		t.Errorf("Fingerprint of line 0 = %q, want empty", got)
	}
}

func TestFilterMatchesEachEntryOnce(t *testing.T) {
	f := report.Finding{Analyzer: "rawsql", File: "a.go", Message: "m", Fingerprint: "ff"}
	b := &File{Version: Version, Findings: []Entry{entryOf(f)}}
	fresh := b.Filter([]report.Finding{f, f})
	if len(fresh) != 1 {
		t.Errorf("Filter kept %d findings, want 1: the second copy is new", len(fresh))
	}
}

func TestWriteThenReadRoundTrips(t *testing.T) {
	name := filepath.Join(t.TempDir(), "baseline.json")
	findings := []report.Finding{
		{Analyzer: "rawsql", File: "b.go", Message: "m2", Fingerprint: "02"},
		{Analyzer: "logmask", File: "a.go", Message: "m1", Fingerprint: "01"},
	}
	if err := Write(name, findings); err != nil {
		t.Fatal(err)
	}
	b, err := Read(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Findings) != 2 || b.Findings[0].File != "a.go" {
		t.Errorf("read %+v, want 2 entries sorted by file", b.Findings)
	}
	if fresh := b.Filter(findings); len(fresh) != 0 {
		t.Errorf("Filter kept %d recorded findings, want 0", len(fresh))
	}
}

func TestReadRejectsOtherVersion(t *testing.T) {
	name := filepath.Join(t.TempDir(), "baseline.json")
	if err := os.WriteFile(name, []byte(`{"version": 99, "tool": "secvet", "findings": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Read(name)
	if err == nil || !strings.Contains(err.Error(), "version 99") {
		t.Errorf("Read error = %v, want one naming version 99", err)
	}
}
