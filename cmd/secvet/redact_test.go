package main

import (
	"strings"
	"testing"
)

func TestTypeErrorOutputHidesTheSecret(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/leak\n\ngo 1.26\n",
		"b/b.go": "package b\n\nvar apiKey int = \"" + fakeSecretValue + "\"\n\nvar sum = \"" + fakeSecretValue + "\" + 1\n",
		"c/c.go": "package c\n\nimport \"example.com/leak/b\"\n",
	})
	for _, format := range []string{"text", "json", "sarif", "github"} {
		r := runSecvet(t, dir, defaultFakes(), "-format="+format, "./...")
		if r.code != exitFailure {
			t.Errorf("-format=%s: exit code = %d, want %d", format, r.code, exitFailure)
		}
		if !strings.Contains(r.stdout+r.stderr, "untyped string constant") {
			t.Errorf("-format=%s: the type error is missing:\nstdout:\n%s\nstderr:\n%s", format, r.stdout, r.stderr)
		}
		if strings.Contains(r.stdout+r.stderr, fakeSecretValue) {
			t.Errorf("-format=%s: output contains the whole secret:\nstdout:\n%s\nstderr:\n%s", format, r.stdout, r.stderr)
		}
		if !strings.Contains(r.stderr, `"example.com/leak/b" imported and not used`) {
			t.Errorf("-format=%s: the import path of the unused import is not whole:\n%s", format, r.stderr)
		}
	}
}

func TestHideLiteralsKeepsShortAndImportedStrings(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{`cannot use "sk_live_0123456789" (untyped string constant) as int value`, `cannot use "sk_l…" (untyped string constant) as int value`},
		{"invalid operation: `sk_live_0123456789` + 1", "invalid operation: `sk_l…` + 1"},
		{`"example.com/long/path" imported and not used`, `"example.com/long/path" imported and not used`},
		{`"fmt" imported as f and not used`, `"fmt" imported as f and not used`},
		{`undefined: x`, `undefined: x`},
	} {
		if got := hideLiterals(tc.msg); got != tc.want {
			t.Errorf("hideLiterals(%q) = %q, want %q", tc.msg, got, tc.want)
		}
	}
}
