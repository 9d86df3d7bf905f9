// Package crossuse uses the helpers of package queries.
package crossuse

import (
	"database/sql"

	"queries"
)

func byColumn(db *sql.DB, col string) {
	db.Query(queries.ByColumn("email"), "a@b")      // want `raw SQL passed`
	db.Query(queries.ByColumn(col), "a@b")          // want `built from parameter "col" through a call of queries.ByColumn`
	db.Query(queries.Base() + " WHERE id = " + col) // want `built from parameter "col" by concatenation`
}

func wrapper(db *sql.DB, id string) {
	queries.Exec(db, "DELETE FROM t")                // want `raw SQL passed to queries.Exec, which runs it with \(\*sql.DB\).Exec;`
	queries.Exec(db, "DELETE FROM t WHERE id = "+id) // want `SQL query passed to queries.Exec is built from parameter "id"`
}
