// Package injection holds queries built from non-constant strings.
package injection

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"

	sq "github.com/Masterminds/squirrel"
)

type User struct{ Name string }

func albumByID(db *sql.DB, id string) {
	q := "SELECT * FROM album WHERE id = "
	q += id
	db.Query(q) // want `^SQL query passed to \(\*sql.DB\).Query is built from parameter "id" by concatenation; pass values as placeholder arguments and pick identifiers from a constant allow-list$`
}

func nameByID(db *sql.DB, uid string) string {
	var n string
	q := fmt.Sprintf("SELECT name FROM users WHERE id = '%s'", uid)
	_ = db.QueryRow(q).Scan(&n) // want `built from parameter "uid" with fmt.Sprintf`
	return n
}

func gormRaw(db *gorm.DB, id string) {
	var u User
	db.Raw("SELECT * FROM users WHERE id = " + id).Scan(&u) // want `SQL query passed to \(\*gorm.DB\).Raw is built from parameter "id" by concatenation`
}

func gormWhere(db *gorm.DB, id string) {
	var u User
	db.Where(fmt.Sprintf("name = '%s'", id)).Find(&u) // want `\(\*gorm.DB\).Where is built from parameter "id" with fmt.Sprintf`
}

func gormOrder(db *gorm.DB, sort string) {
	var u []User
	db.Order(sort + " desc").Find(&u) // want `Order is built from parameter "sort" by concatenation`
}

func gormDistinct(db *gorm.DB, col string) {
	var u []User
	db.Distinct("name", col).Find(&u) // want `Distinct is built from parameter "col"`
}

func contextForm(ctx context.Context, tx *sql.Tx, email string) {
	tx.ExecContext(ctx, "DELETE FROM users WHERE email = '"+email+"'") // want `\(\*sql.Tx\).ExecContext is built from parameter "email" by concatenation`
}

func sqlxSelect(db *sqlx.DB, name string) {
	var users []User
	db.Select(&users, "SELECT * FROM users WHERE name LIKE '%"+name+"%'") // want `\(\*sqlx.DB\).Select is built from parameter "name"`
}

func sqlxRebind(db *sqlx.DB, table string) {
	var users []User
	db.Select(&users, db.Rebind("SELECT * FROM "+table+" WHERE id = ?"), 1) // want `built from parameter "table" by concatenation`
}

func pgxPool(ctx context.Context, pool *pgxpool.Pool, status string) {
	pool.Query(ctx, "SELECT * FROM orders WHERE status = '"+status+"'") // want `\(\*pgxpool.Pool\).Query is built from parameter "status"`
}

func pgxTx(ctx context.Context, tx pgx.Tx, status string) {
	tx.Exec(ctx, "UPDATE orders SET status = '"+status+"'") // want `\(pgx.Tx\).Exec is built from parameter "status"`
}

func squirrelWhere(name string) {
	sq.Select("*").From("users").Where("name = '" + name + "'") // want `\(squirrel.SelectBuilder\).Where is built from parameter "name"`
	sq.Expr("lower(name) = " + name)                            // want `squirrel.Expr is built from parameter "name"`
}

func builder(db *sql.DB, cols []string) {
	var sb strings.Builder
	sb.WriteString("SELECT ")
	sb.WriteString(strings.Join(cols, ", "))
	sb.WriteString(" FROM users")
	db.Query(sb.String()) // want `built from parameter "cols" with strings.Join`
}

type Repo struct {
	db    *sql.DB
	table string
}

func newRepo(db *sql.DB, table string) *Repo { return &Repo{db: db, table: table} }

func (r *Repo) count() {
	r.db.QueryRow("SELECT count(*) FROM " + r.table) // want `built from field "table" by concatenation`
}

func methodValue(db *sql.DB, id string) {
	query := db.Query
	query("SELECT * FROM t WHERE id = " + id) // want `\(\*sql.DB\).Query is built from parameter "id"`
}

func methodExpression(db *sql.DB, id string) {
	(*sql.DB).Exec(db, "DELETE FROM t WHERE id = "+id) // want `\(\*sql.DB\).Exec is built from parameter "id"`
}

func interfaceResult(db *sql.DB, s fmt.Stringer) {
	db.Query("SELECT * FROM " + s.String()) // want `built from call result of \(fmt.Stringer\).String by concatenation`
}

func twoParts(db *sql.DB, a, b string) {
	db.Query("SELECT " + a + " FROM " + b) // want `built from parameter "a" by concatenation and 1 more non-constant part`
}

func byTemplate(db *sql.DB, name string) {
	db.Query(strings.ReplaceAll("SELECT * FROM users WHERE name = '{name}'", "{name}", name)) // want `\(\*sql.DB\).Query is built from parameter "name" through a call of strings.ReplaceAll`
}
