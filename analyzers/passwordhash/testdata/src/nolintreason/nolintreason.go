package nolintreason

import "database/sql"

func Legacy(db *sql.DB, email, password string) {
	db.Exec("INSERT INTO legacy (email, password) VALUES ($1, $2)", email, password) /* want `//nolint directive suppresses a passwordhash finding without a reason` */ //nolint:passwordhash
}

func WithReason(db *sql.DB, email, password string) {
	db.Exec("INSERT INTO legacy (email, password) VALUES ($1, $2)", email, password) //nolint:passwordhash // the column is encrypted by the database
}
