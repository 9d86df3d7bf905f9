// Package sanitizerflag quotes identifiers with a helper named in
// -sanitizers.
package sanitizerflag

import (
	"database/sql"
	"strings"
)

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func sorted(db *sql.DB, column string) {
	db.Query("SELECT * FROM users ORDER BY " + quoteIdent(column)) // want `raw SQL passed`
}

func unsorted(db *sql.DB, column string) {
	db.Query("SELECT * FROM users ORDER BY " + column) // want `built from parameter "column"`
}
