// Package queries holds helpers that other packages use to build and run
// SQL.
package queries

import "database/sql"

// ByColumn returns a query that filters on col.
func ByColumn(col string) string {
	return "SELECT * FROM users WHERE " + col + " = ?"
}

// Base returns a constant query.
func Base() string { return "SELECT * FROM users" }

// Exec runs q unchanged.
func Exec(db *sql.DB, q string, args ...any) error { // want Exec:`rawsql-sink\(param 1 to \(\*database/sql.DB\).Exec raw\)`
	_, err := db.Exec(q, args...)
	return err
}
