package suppressed

import (
	"database/sql"

	"gorm.io/gorm"
)

type User struct {
	gorm.Model
	Password string
}

func Legacy(db *sql.DB, email, password string) {
	// The legacy table is read by a system that cannot verify hashes.
	db.Exec("INSERT INTO legacy (email, password) VALUES ($1, $2)", email, password) //nolint:passwordhash // migrated away in the next release
}

func LineAbove(db *sql.DB, email, password string) {
	//nolint:passwordhash // the column is encrypted by the database
	db.Exec("INSERT INTO legacy (email, password) VALUES ($1, $2)", email, password)
}

func FieldLine(db *gorm.DB, password string) {
	u := &User{}
	u.Password = password //nolint:passwordhash // hashed by a database trigger
	db.Create(u)
}

func OtherLinter(db *sql.DB, email, password string) {
	db.Exec("INSERT INTO legacy (email, password) VALUES ($1, $2)", email, password) //nolint:rawsql // want `password from parameter password is stored in legacy.password`
}
