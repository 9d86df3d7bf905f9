package rawsqlcases

import "database/sql"

func seed(db *sql.DB, name string) {
	db.Exec("INSERT INTO users (name) VALUES ('bob')")
	db.Exec("INSERT INTO users (name) VALUES ('" + name + "')") // want `built from parameter "name"`
}
