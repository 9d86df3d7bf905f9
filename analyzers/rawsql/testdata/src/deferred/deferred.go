// Package deferred runs queries from go and defer statements, directly and
// through a wrapper.
package deferred

import "database/sql"

func Deferred(db *sql.DB, name string) {
	defer db.Exec("DELETE FROM users WHERE name = '" + name + "'") // want `built from parameter "name" by concatenation`
}

func Goroutine(db *sql.DB, name string) {
	go db.Exec("DELETE FROM users WHERE name = '" + name + "'") // want `built from parameter "name" by concatenation`
}

func DeferredRaw(db *sql.DB) {
	defer db.Exec("DELETE FROM sessions") // want `raw SQL passed to \(\*sql.DB\).Exec`
}

func exec(db *sql.DB, q string) { db.Exec(q) }

func DeferredWrapper(db *sql.DB, name string) {
	defer exec(db, "DELETE FROM users WHERE name = '"+name+"'") // want `built from parameter "name" by concatenation`
}
