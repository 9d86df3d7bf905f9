package rawsql_test

import (
	"strings"
	"testing"

	"github.com/secvet/secvet/analyzers/rawsql"
)

func TestFlagSetRejectsBadValue(t *testing.T) {
	for _, tc := range []struct{ flag, value, want string }{
		{"mode", "bogus", "accepted values are all, injection"},
		{"allow-pkgs", "migrations,[", `entry "[" is not a valid glob`},
		{"sinks", "foo", `entry "foo" is not NAME:ARG or NAME:ARG:raw`},
		{"sinks", "example.com/db.Run:x", `entry "example.com/db.Run:x" is not NAME:ARG`},
		{"sinks", "notaname:0", `entry "notaname:0" is not NAME:ARG`},
		{"sanitizers", "notaname", `entry "notaname" is not a qualified function name`},
		{"query-builders", "example.com/qb.(*Query", `is not a qualified function name`},
	} {
		a := rawsql.New(rawsql.DefaultConfig())
		err := a.Flags.Set(tc.flag, tc.value)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Set(%q, %q) = %v, want an error containing %q", tc.flag, tc.value, err, tc.want)
		}
	}
}

func TestFlagSetAcceptsGoodValue(t *testing.T) {
	for _, tc := range []struct{ flag, value string }{
		{"mode", "injection"},
		{"allow-pkgs", "example.com/app/migrations/*, example.com/tools"},
		{"sinks", "example.com/db.(*Conn).Run:0:raw,(*example.com/db.Conn).Exec:1,example.com/db.Run:0"},
		{"sanitizers", "example.com/db.QuoteIdent,example.com/db.Ident.Quote"},
		{"query-builders", "(*example.com/qb.Select).SQL"},
	} {
		a := rawsql.New(rawsql.DefaultConfig())
		if err := a.Flags.Set(tc.flag, tc.value); err != nil {
			t.Errorf("Set(%q, %q) = %v, want no error", tc.flag, tc.value, err)
		}
	}
}
