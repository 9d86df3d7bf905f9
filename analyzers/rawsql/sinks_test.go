package rawsql

import "testing"

func TestSinkNamesAreNormalised(t *testing.T) {
	for in, want := range map[string]string{
		"example.com/db.(*Conn).Run":  "(*example.com/db.Conn).Run",
		"example.com/db.(Conn).Run":   "(example.com/db.Conn).Run",
		"example.com/db.Conn.Run":     "(example.com/db.Conn).Run",
		"example.com/db.Run":          "example.com/db.Run",
		"(*example.com/db.Conn).Run":  "(*example.com/db.Conn).Run",
		"example.com/x/db.v2.(*C).Do": "(*example.com/x/db.v2.C).Do",
	} {
		if got := fullName(in); got != want {
			t.Errorf("fullName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSinkPackagePath(t *testing.T) {
	for in, want := range map[string]string{
		"(*example.com/db.Conn).Run": "example.com/db",
		"example.com/db.Run":         "example.com/db",
		"database/sql.Open":          "database/sql",
	} {
		if got := sinkPackagePath(in); got != want {
			t.Errorf("sinkPackagePath(%q) = %q, want %q", in, got, want)
		}
	}
}
