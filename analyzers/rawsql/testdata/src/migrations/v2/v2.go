// Package v2 is a migration package listed in -allow-pkgs.
package v2

import "database/sql"

func Up(db *sql.DB) {
	db.Exec("ALTER TABLE users ADD COLUMN age int")
}

func Rename(db *sql.DB, table string) {
	db.Exec("ALTER TABLE " + table + " RENAME TO old") // want `built from parameter "table"`
}
