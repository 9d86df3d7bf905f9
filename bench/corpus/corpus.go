// Package corpus writes a synthetic Go service module for secvet's
// benchmarks: N packages of handlers, stores, configuration, logging and
// authentication code in the style the team writes, with a known number of
// mistakes of each kind that secvet's analyzers must report.
//
// Every package is about 1,000 lines. One package in every MistakeEvery
// packages carries one mistake per analyzer, so the expected findings grow
// linearly with N and a benchmark can check that the analyzers did their
// work instead of returning early.
package corpus

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"text/template"
)

// MistakeEvery is the spacing of the packages that carry mistakes.
const MistakeEvery = 10

// entitiesPerPackage sets the size of each package: each entity adds a
// model, three store methods and two handlers, about 85 lines.
const entitiesPerPackage = 10

// ModulePath is the module path of generated corpora.
const ModulePath = "example.com/benchsvc"

// Analyzers lists the analyzers that each mistake package must trigger
// exactly once.
var Analyzers = []string{"rawsql", "hardcodedsecret", "passwordhash", "logmask", "apperror", "jwtverify"}

// Mistakes returns the number of packages with mistakes in a corpus of n
// packages, which is also the expected number of findings per analyzer.
func Mistakes(n int) int {
	return (n + MistakeEvery - 1) / MistakeEvery
}

// Generate writes a corpus of n packages into dir, which must be empty or
// absent. The module's go.mod requires gorm, golang-jwt v5, x/crypto and
// zap at fixed versions; the caller runs `go mod tidy` or supplies a go.sum.
func Generate(dir string, n int) error {
	if n < 1 {
		return fmt.Errorf("corpus size %d is invalid; it must be at least 1", n)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(goMod), 0o644); err != nil {
		return err
	}

	var pkgs []string
	for i := range n {
		name := fmt.Sprintf("svc%04d", i)
		pkgs = append(pkgs, name)
		data := packageData{Name: name, Index: i, Mistakes: i%MistakeEvery == 0}
		for e := range entitiesPerPackage {
			data.Entities = append(data.Entities, fmt.Sprintf("Item%02d", e))
		}
		for file, tmpl := range packageFiles {
			if file == "mistakes.go" && !data.Mistakes {
				continue
			}
			path := filepath.Join(dir, "internal", name, file)
			if err := render(path, tmpl, data); err != nil {
				return err
			}
		}
	}
	for file, src := range sharedFiles {
		if err := render(filepath.Join(dir, "internal", file), template.Must(template.New(file).Parse(src)), nil); err != nil {
			return err
		}
	}
	return render(filepath.Join(dir, "cmd", "server", "main.go"), mainTemplate, pkgs)
}

type packageData struct {
	Name     string
	Index    int
	Mistakes bool
	Entities []string
}

func render(path string, tmpl *template.Template, data any) error {
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, data); err != nil {
		return fmt.Errorf("render %s: %w", path, err)
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		return fmt.Errorf("format %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}

const goMod = `module ` + ModulePath + `

go 1.26.8

require (
	github.com/golang-jwt/jwt/v5 v5.3.1
	go.uber.org/zap v1.28.0
	golang.org/x/crypto v0.59.0
	gorm.io/gorm v1.31.2
)
`
