// Package helpers holds unexported query helpers, sanitizers and query
// builders whose parts come from fields.
package helpers

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/lib/pq"
)

// fetchBy joins a column into its query; the callers decide the column.
func fetchBy(db *sql.DB, column, value string) {
	db.QueryRow("SELECT * FROM users WHERE "+column+" = $1", value) // want `raw SQL passed to \(\*sql.DB\).QueryRow`
}

func byEmail(db *sql.DB, email string) {
	fetchBy(db, "email", email)
}

func byColumn(db *sql.DB, column, value string) {
	fetchBy(db, column, value) // want `SQL query that helpers.fetchBy builds from its parameter "column" gets parameter "column"`
}

// FetchByExported is callable from anywhere, so its parameter is reported
// here.
func FetchByExported(db *sql.DB, column string) {
	db.QueryRow("SELECT * FROM users WHERE " + column + " = 1") // want `built from parameter "column" by concatenation`
}

// asValue is used as a function value, so its callers cannot all be seen.
func asValue(db *sql.DB, column string) {
	db.QueryRow("SELECT * FROM users WHERE " + column + " = 1") // want `built from parameter "column" by concatenation`
}

var lookups = []func(*sql.DB, string){asValue}

func quoted(db *sql.DB, field, value string) {
	db.QueryRow("SELECT * FROM users WHERE "+pq.QuoteIdentifier(field)+" = $1", value) // want `raw SQL passed`
	q := fmt.Sprintf("SELECT * FROM users WHERE %s = $1", pq.QuoteIdentifier(field))
	db.QueryRow(q, value) // want `raw SQL passed`
}

type batchBuilder struct {
	db         *sql.DB
	conditions []string
	args       []any
	order      string
}

func newBatchBuilder(db *sql.DB, order string) *batchBuilder {
	return &batchBuilder{db: db, order: pq.QuoteIdentifier(order)}
}

func (b *batchBuilder) withUser(id int64) *batchBuilder {
	b.args = append(b.args, id)
	b.conditions = append(b.conditions, "user_id = $"+strconv.Itoa(len(b.args)))
	return b
}

func (b *batchBuilder) withStatus(status string) *batchBuilder {
	b.args = append(b.args, status)
	b.conditions = append(b.conditions, fmt.Sprintf("status = $%d", len(b.args)))
	return b
}

func (b *batchBuilder) fetch() {
	q := "SELECT * FROM feeds WHERE " + strings.Join(b.conditions, " AND ") + " ORDER BY " + b.order
	b.db.Query(q, b.args...) // want `raw SQL passed`
}

type unsafeBuilder struct {
	db         *sql.DB
	conditions []string
}

func (b *unsafeBuilder) withName(name string) {
	b.conditions = append(b.conditions, "name = '"+name+"'")
}

func (b *unsafeBuilder) fetch() {
	b.db.Query("SELECT * FROM feeds WHERE " + strings.Join(b.conditions, " AND ")) // want `built from field "conditions" by concatenation`
}

type sorter struct{ exprs []string }

func (s *sorter) by(column string) {
	s.exprs = append(s.exprs, pq.QuoteIdentifier(column)+" ASC")
}

func (s *sorter) clause() string { return " ORDER BY " + strings.Join(s.exprs, ", ") }

func (s *sorter) run(db *sql.DB) {
	db.Query("SELECT * FROM entries" + s.clause()) // want `raw SQL passed`
}
