package helpers

import (
	"crypto/md5"
	"database/sql"
	"encoding/hex"
)

// digestHex is a generic digest helper; its parameter is not a password, so
// the findings are where passwords are given to it.
func digestHex(data string) string {
	hash := md5.Sum([]byte(data))
	return hex.EncodeToString(hash[:])
}

func HashPassword(password, salt string) string {
	if salt == "" {
		return digestHex(password) // want `password from parameter password is hashed with md5.Sum, a fast digest, and returned`
	}
	return digestHex(digestHex(password) + salt)
}

// wrapper returns what a reported helper returns: the helper carries the
// finding.
func wrapper(password string) string {
	return HashPassword(password, "pepper")
}

func Verify(plainPwd, hashedPwd, salt string) bool {
	return hashedPwd == HashPassword(plainPwd, salt) // want `stored password parameter hashedPwd is compared with == to the password from parameter plainPwd`
}

func VerifyPlain(plainPwd, hashedPwd string) bool {
	return hashedPwd == plainPwd // want `stored password parameter hashedPwd is compared with == to the password from parameter plainPwd`
}

func Store(db *sql.DB, email, password string) {
	db.Exec("INSERT INTO accounts (email, password) VALUES ($1, $2)", email, digestHex(password)) // want `password from parameter password is hashed with md5.Sum, a fast digest, and stored in accounts.password`
}

func StoreThroughHelper(db *sql.DB, email, password string) {
	db.Exec("INSERT INTO accounts (email, password) VALUES ($1, $2)", email, wrapper(password))
}
