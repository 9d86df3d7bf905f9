// Package modeinjection runs with -mode=injection: raw SQL is allowed.
package modeinjection

import "database/sql"

func raw(db *sql.DB) {
	db.Exec("DELETE FROM sessions")
}

func injection(db *sql.DB, id string) {
	db.Exec("DELETE FROM sessions WHERE id = " + id) // want `built from parameter "id"`
}
