package hashers

import (
	"database/sql"

	"example.com/vault"
)

func Store(db *sql.DB, email, password string) {
	db.Exec("INSERT INTO accounts (email, password) VALUES ($1, $2)", email, vault.Seal(password))
}
