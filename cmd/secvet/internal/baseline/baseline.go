// Package baseline records findings in a file and filters later runs down
// to the findings that file does not contain.
//
// A finding is matched by analyzer, root-relative file, message and a
// fingerprint of its source code, so it stays matched when lines above it
// are added or removed. The file stores only a hash of the code, never the
// code itself, so a secret that a finding points at does not end up in
// the baseline.
package baseline

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/secvet/secvet/cmd/secvet/internal/report"
)

// Version is the format version written to and required of baseline files.
const Version = 1

// maxFingerprintLines bounds how many source lines of a multi-line finding
// the fingerprint hashes.
const maxFingerprintLines = 20

// File is the content of a baseline file.
type File struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool"`
	Findings []Entry `json:"findings"`
}

// Entry is one recorded finding.
type Entry struct {
	Analyzer    string `json:"analyzer"`
	File        string `json:"file"`
	Message     string `json:"message"`
	Fingerprint string `json:"fingerprint"`
}

// Fingerprint returns a hex hash of the lines startLine..endLine of src,
// each trimmed of surrounding white space, or "" when src does not have
// those lines. NOTE: the hash keeps the text out of plain sight only. A
// short or guessable secret on a hashed line could be recovered by hashing
// candidate lines.
func Fingerprint(src []byte, startLine, endLine int) string {
	if startLine < 1 {
		return ""
	}
	endLine = max(endLine, startLine)
	endLine = min(endLine, startLine+maxFingerprintLines-1)

	lines := bytes.Split(src, []byte("\n"))
	if startLine > len(lines) {
		return ""
	}
	endLine = min(endLine, len(lines))

	h := sha256.New()
	for i := startLine; i <= endLine; i++ {
		h.Write(bytes.TrimSpace(lines[i-1]))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func entryOf(f report.Finding) Entry {
	return Entry{Analyzer: f.Analyzer, File: f.File, Message: f.Message, Fingerprint: f.Fingerprint}
}

// Write stores findings in the file name, sorted, one entry per finding.
func Write(name string, findings []report.Finding) error {
	b := File{Version: Version, Tool: "secvet", Findings: []Entry{}}
	for _, f := range findings {
		b.Findings = append(b.Findings, entryOf(f))
	}
	slices.SortFunc(b.Findings, func(x, y Entry) int {
		return cmp.Or(
			strings.Compare(x.File, y.File),
			strings.Compare(x.Analyzer, y.Analyzer),
			strings.Compare(x.Message, y.Message),
			strings.Compare(x.Fingerprint, y.Fingerprint),
		)
	})

	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	return os.WriteFile(name, data, 0o644)
}

// Read loads the baseline file name.
func Read(name string) (*File, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var b File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s is not a secvet baseline: %v", name, err)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("baseline %s has version %d; this secvet reads version %d, so write it again with -write-baseline", name, b.Version, Version)
	}
	return &b, nil
}

// Filter returns the findings that the baseline does not contain. Each
// baseline entry matches at most one finding, so a second copy of a
// recorded mistake in the same file is new.
func (b *File) Filter(findings []report.Finding) []report.Finding {
	remaining := make(map[Entry]int)
	for _, e := range b.Findings {
		remaining[e]++
	}
	var fresh []report.Finding
	for _, f := range findings {
		e := entryOf(f)
		if remaining[e] > 0 {
			remaining[e]--
			continue
		}
		fresh = append(fresh, f)
	}
	return fresh
}
