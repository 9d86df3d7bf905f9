// Package nolintreason runs with -nolint-reason.
package nolintreason

import "database/sql"

func withReason(db *sql.DB, id string) {
	db.Query("SELECT * FROM t WHERE id = " + id) //nolint:rawsql // id is checked by the router
}

func withoutReason(db *sql.DB, id string) {
	db.Query("SELECT * FROM t WHERE id = " + id) /* want `//nolint directive suppresses a rawsql finding without a reason` */ //nolint:rawsql
}
