package generated

import "database/sql"

func handwritten(db *sql.DB) {
	db.Exec("DELETE FROM users") // want `raw SQL passed`
}
