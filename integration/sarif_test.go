package integration

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sarifSchemaPackage is the npm package that ships the SARIF 2.1.0 JSON
// schema (the OASIS release, published by the SARIF authors as
// sarif-2.1.0-rtm.5.json). @schemastore/sarif-2.1.0 holds only TypeScript
// definitions, so it cannot validate.
const sarifSchemaPackage = "@microsoft/jest-sarif@1.0.0-beta.0"

// sarifSchemaInstall is the command that .ci/run runs at the repository
// root to install the schema where sarifSchemaPath looks for it.
const sarifSchemaInstall = "npm install --prefix .cache/npm --ignore-scripts --no-audit --no-fund --no-save " + sarifSchemaPackage

// sarifSchemaPath returns the schema file: $SECVET_SARIF_SCHEMA when set,
// else the file that sarifSchemaInstall puts under .cache/npm.
func sarifSchemaPath(t *testing.T) string {
	t.Helper()
	path := os.Getenv("SECVET_SARIF_SCHEMA")
	if path == "" {
		path = filepath.Join(repoRoot(t), ".cache", "npm", "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json")
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		requireCI(t, "SARIF 2.1.0 schema not found at %s; install it at the repository root with: %s", path, sarifSchemaInstall)
	}
	return path
}

// compileSARIFSchema compiles the schema with format assertions on, so
// that URIs and other formatted strings are checked too.
func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	path := sarifSchemaPath(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("schema %s is not JSON: %v", path, err)
	}

	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://json.schemastore.org/sarif-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	return schema
}

// runSecvetSARIF runs secvet -format=sarif ./... in dir and returns its
// output and exit code.
func runSecvetSARIF(t *testing.T, dir string) ([]byte, int) {
	t.Helper()
	cmd := exec.Command(secvetBinary(t), "-format=sarif", "./...")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		code = exitCode(err)
		if code < 0 {
			t.Fatalf("running secvet failed: %v\nstderr:\n%s", err, &stderr)
		}
	}
	return stdout.Bytes(), code
}

func validateSARIF(t *testing.T, schema *jsonschema.Schema, output []byte) map[string]any {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(output))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v\n%s", err, output)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("SARIF output does not match the SARIF 2.1.0 schema:\n%v\noutput:\n%s", err, output)
	}
	var log map[string]any
	if err := json.Unmarshal(output, &log); err != nil {
		t.Fatal(err)
	}
	return log
}

func TestVulnerableExampleSARIFMatchesSchema(t *testing.T) {
	schema := compileSARIFSchema(t)
	dir := exampleDir(t, "vulnerable", false)

	output, code := runSecvetSARIF(t, dir)
	if code != 0 && code != 3 {
		t.Fatalf("secvet exit code = %d, want 0 or 3\n%s", code, output)
	}
	validateSARIF(t, schema, output)
}

func TestFailedRunSARIFMatchesSchema(t *testing.T) {
	schema := compileSARIFSchema(t)
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":       "module example.com/broken\n\ngo 1.26.8\n",
		"bad/bad.go":   "package bad\n\nfunc Broken() int { return missing }\n",
		"good/good.go": "package good\n\n// Add returns a + b.\nfunc Add(a, b int) int { return a + b }\n",
	}
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	output, code := runSecvetSARIF(t, dir)
	if code != 1 {
		t.Errorf("secvet exit code = %d, want 1 (a package does not type-check)", code)
	}
	log := validateSARIF(t, schema, output)

	runs, _ := log["runs"].([]any)
	run, _ := runs[0].(map[string]any)
	invocations, _ := run["invocations"].([]any)
	invocation, _ := invocations[0].(map[string]any)
	if invocation["executionSuccessful"] != false {
		t.Errorf("executionSuccessful = %v, want false", invocation["executionSuccessful"])
	}
	if notes, _ := invocation["toolExecutionNotifications"].([]any); len(notes) == 0 {
		t.Error("the failed package is not among the toolExecutionNotifications")
	}
}

func TestSARIFSchemaRejectsLogWithoutVersion(t *testing.T) {
	schema := compileSARIFSchema(t)
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(`{"runs": []}`)))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err == nil {
		t.Error("the schema accepts a log without version, so it cannot catch invalid output")
	}
}
