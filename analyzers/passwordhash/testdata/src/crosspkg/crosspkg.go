package crosspkg

import (
	"database/sql"

	"example.com/hashutil"
)

const insert = "INSERT INTO accounts (email, password) VALUES ($1, $2)"

func StoreSHA(db *sql.DB, email, password string) {
	db.Exec(insert, email, hashutil.SHA(password)) // want `password from parameter password is hashed with sha256.Sum256, a fast digest, and stored in accounts.password`
}

func StoreNormalized(db *sql.DB, email, password string) {
	db.Exec(insert, email, hashutil.Normalize(password)) // want `password from parameter password is stored in accounts.password without bcrypt`
}

func StoreRequest(db *sql.DB, req *hashutil.Request) {
	db.Exec(insert, req.Email, req.Password) // want `password from req.Password is stored in accounts.password without bcrypt`
}

// The rest is clean.

func StoreBcrypt(db *sql.DB, email, password string) error {
	hash, err := hashutil.Bcrypt(password)
	if err != nil {
		return err
	}
	_, err = db.Exec(insert, email, hash)
	return err
}
