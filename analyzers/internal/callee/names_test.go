package callee_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

func TestCheckNameAcceptsTableForms(t *testing.T) {
	for _, name := range []string{
		"fmt.Sprintf",
		"example.com/auth.HashPassword",
		"(*database/sql.DB).Query",
		"(example.com/db.Repo).Query",
		"(*github.com/jackc/pgx/v5.Conn).Exec",
		"github.com/golang-jwt/jwt/v5.Parse",
		"(*github.com/huandu/go-sqlbuilder.SelectBuilder).Build",
		"example.com/my_lib/x~y+z.Run",
		"gopkg.in/yaml.v3.Marshal",
		"(*gopkg.in/yaml.v3.Node).Decode",
		"example.com/db.conn.quote",
		"example.com/auth.hashPassword",
	} {
		if err := callee.CheckName(name); err != nil {
			t.Errorf("CheckName(%q) = %v, want nil", name, err)
		}
	}
}

func TestCheckNameRejectsMalformedName(t *testing.T) {
	for _, tc := range []struct{ name, reason string }{
		{"auth.Hash(", `"Hash(" is not an identifier`},
		{"(*example.com/pkg.T.Method", `the receiver has no ")." before the method name`},
		{"HashPassword", `function "HashPassword" has no package path`},
		{"(*Hasher).Hash", `type "Hasher" has no package path`},
		{"(*example.com/auth.Hasher).Hash()", `"Hash()" is not an identifier`},
		{"(*example.com/auth.Hasher[T]).Hash", `"Hasher[T]" is not an identifier`},
		{"example.com/auth.", `"" is not an identifier`},
		{".Hash", "the package path is empty"},
		{"example.com//auth.Hash", `package path "example.com//auth" has an empty element`},
		{"/auth.Hash", `package path "/auth" has an empty element`},
		{"example.com/../auth.Hash", `package path "example.com/../auth" has the invalid element ".."`},
		{"example.com/auth..Hash", `package path "example.com/auth." has the invalid element "auth."`},
		{"example.com/a b.Hash", `package path "example.com/a b" contains ' '`},
		{"-example.com/auth.Hash", `package path "-example.com/auth" begins with a dash`},
		{"example.com/auth.Hash, example.com/auth.Check", `package path "example.com/auth.Hash, example.com/auth" contains ','`},
		{"(**example.com/auth.Hasher).Hash", `package path "*example.com/auth" contains '*'`},
		{"example.com/auth.(*Hasher).Hash", "a method name puts the receiver first, as in (*example.com/auth.Hasher).Hash"},
		{"example.com/auth.(Hasher).Hash", "a method name puts the receiver first, as in (example.com/auth.Hasher).Hash"},
		{"example.com/auth.Hasher.Hash", "a method name puts the receiver first, as in (example.com/auth.Hasher).Hash"},
		{"example.com/auth.(*Hasher", `"(*Hasher" is not an identifier`},
	} {
		err := callee.CheckName(tc.name)
		var nameErr *callee.NameError
		if !errors.As(err, &nameErr) {
			t.Errorf("CheckName(%q) = %v, want a *NameError", tc.name, err)
			continue
		}
		if nameErr.Name != tc.name {
			t.Errorf("CheckName(%q).Name = %q, want the name checked", tc.name, nameErr.Name)
		}
		if !strings.Contains(nameErr.Reason, tc.reason) {
			t.Errorf("CheckName(%q).Reason = %q, want it to contain %q", tc.name, nameErr.Reason, tc.reason)
		}
	}
}

func TestNameErrorShowsNameAndForms(t *testing.T) {
	err := callee.CheckName("auth.Hash(")
	want := `"auth.Hash(" is not a function name because "Hash(" is not an identifier; write pkg/path.Func, (pkg/path.T).Method or (*pkg/path.T).Method`
	if err == nil || err.Error() != want {
		t.Errorf("CheckName(%q) = %v, want %s", "auth.Hash(", err, want)
	}
}
