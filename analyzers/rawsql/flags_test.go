package rawsql_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

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
		{"sanitizers", "example.com/db.Quote(", `entry "example.com/db.Quote(" is not a qualified function name`},
		{"sanitizers", "(*example.com/db.Conn.Quote", `entry "(*example.com/db.Conn.Quote" is not a qualified function name`},
		{"sanitizers", "example.com//db.Quote", `entry "example.com//db.Quote" is not a qualified function name`},
		{"sanitizers", "(*example.com/db.Conn).Quote()", `entry "(*example.com/db.Conn).Quote()" is not a qualified function name`},
		{"sanitizers", "example.com/db.Quote,Quote", `entry "Quote" is not a qualified function name`},
		{"query-builders", "(*example.com/qb.Select[T]).SQL", `entry "(*example.com/qb.Select[T]).SQL" is not a qualified function name`},
		{"sinks", "example.com/db.Run(:0", `entry "example.com/db.Run(:0" is not NAME:ARG`},
		{"sinks", "(*db.Conn).Run:0:raw,(*Conn).Exec:0", `entry "(*Conn).Exec:0" is not NAME:ARG`},
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
		{"sanitizers", "example.com/my-db_x/v2.Quote, (example.com/my-db_x/v2.Ident).Quote"},
		{"query-builders", "(*example.com/qb.Select).SQL"},
		{"query-builders", "(*github.com/doug-martin/goqu/v9.SelectDataset).ToSQL,example.com/qb.(*Select).SQL"},
	} {
		a := rawsql.New(rawsql.DefaultConfig())
		if err := a.Flags.Set(tc.flag, tc.value); err != nil {
			t.Errorf("Set(%q, %q) = %v, want no error", tc.flag, tc.value, err)
		}
	}
}

func TestConfigWithBadFunctionNameIsRejected(t *testing.T) {
	// extrasinks/dbx imports nothing, so the result's error is run's own and
	// not that of a dependency.
	good := rawsql.Config{
		Sanitizers:    []string{"example.com/db.Quote"},
		QueryBuilders: []string{"(*example.com/qb.Select).SQL"},
		Sinks:         []string{"(*example.com/db.Conn).Run:0"},
	}
	if results := analysistest.Run(t, analysistest.TestData(), rawsql.New(good), "extrasinks/dbx"); len(results) != 1 || results[0].Err != nil {
		t.Fatalf("config %+v: run returned %d results, want 1 without an error", good, len(results))
	}

	for _, tc := range []struct {
		cfg  rawsql.Config
		want string
	}{
		{rawsql.Config{Sanitizers: []string{"example.com/db.Quote("}}, `invalid rawsql Sanitizers: entry "example.com/db.Quote("`},
		{rawsql.Config{QueryBuilders: []string{"(*example.com/qb.Select.SQL"}}, `invalid rawsql QueryBuilders: entry "(*example.com/qb.Select.SQL"`},
		{rawsql.Config{Sinks: []string{"(*Conn).Run:0"}}, `invalid rawsql Sinks: entry "(*Conn).Run:0"`},
	} {
		results := analysistest.Run(&nullT{}, analysistest.TestData(), rawsql.New(tc.cfg), "extrasinks/dbx")
		var err error
		if len(results) == 1 {
			err = results[0].Err
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("config %+v: run returned %d results, error %v, want an error containing %q", tc.cfg, len(results), err, tc.want)
		}
	}
}
