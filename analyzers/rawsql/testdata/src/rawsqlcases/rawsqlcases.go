// Package rawsqlcases holds constant raw SQL, which the team routes through
// the ORM or generated query code.
package rawsqlcases

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

const eventsTable = "events"

func countEvents(db *sql.DB) {
	q := fmt.Sprintf("SELECT count(*) FROM %s", eventsTable)
	db.QueryRow(q) // want `^raw SQL passed to \(\*sql.DB\).QueryRow; run queries through the ORM or generated query code$`
}

func insert(db *sql.DB, a, b string) {
	ins := "INSERT INTO exp (a, b) " +
		"VALUES (?, ?)"
	db.Exec(ins, a, b) // want `raw SQL passed to \(\*sql.DB\).Exec`
}

func limit(db *sql.DB, n int) {
	db.Query("SELECT * FROM t LIMIT " + strconv.Itoa(n)) // want `raw SQL passed to \(\*sql.DB\).Query`
}

func limitSprintf(db *sql.DB, n int64) {
	db.Query(fmt.Sprintf("SELECT * FROM t LIMIT %d", n)) // want `raw SQL passed`
}

func gormRaw(db *gorm.DB, id int) {
	db.Raw("SELECT * FROM users WHERE id = ?", id) // want `raw SQL passed to \(\*gorm.DB\).Raw`
}

func sqlxGet(db *sqlx.DB, id int) {
	var name string
	db.Get(&name, db.Rebind("SELECT name FROM users WHERE id = ?"), id) // want `raw SQL passed to \(\*sqlx.DB\).Get`
}

func pgxConn(ctx context.Context, conn *pgx.Conn) {
	conn.Exec(ctx, "VACUUM") // want `raw SQL passed to \(\*pgx.Conn\).Exec`
}

func prepare(db *sql.DB) {
	db.Prepare("SELECT 1") // want `raw SQL passed to \(\*sql.DB\).Prepare`
}

// exec passes its query on unchanged, so its callers are checked instead.
func exec(db *sql.DB, query string, args ...any) error {
	_, err := db.Exec(query, args...)
	return err
}

func callsWrapper(db *sql.DB) {
	exec(db, "DELETE FROM sessions") // want `raw SQL passed to rawsqlcases.exec, which runs it with \(\*sql.DB\).Exec;`
}

func callsWrapperWithInjection(db *sql.DB, id string) {
	exec(db, "DELETE FROM sessions WHERE id = "+id) // want `SQL query passed to rawsqlcases.exec is built from parameter "id"`
}

var migrations = []func(tx *sql.Tx) error{
	func(tx *sql.Tx) error {
		_, err := tx.Exec("CREATE TABLE users (id int)") // want `raw SQL passed to \(\*sql.Tx\).Exec`
		return err
	},
}
