// Package interfacesinks runs SQL through interfaces whose methods copy
// the sink methods of database/sql, sqlx and pgx.
package interfacesinks

import (
	"context"
	"database/sql"
	"fmt"

	"interfacesinks/db"
)

type Querier interface {
	Query(string, ...any) (*sql.Rows, error)
}

func FindQ[Q Querier](q Q, v string) {
	q.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", v)) // want `SQL query passed to \(interfacesinks.Querier\).Query is built from parameter "v" with fmt.Sprintf`
}

func FindInline[Q interface {
	QueryRow(string, ...any) *sql.Row
}](q Q, v string) {
	q.QueryRow("SELECT * FROM users WHERE name = '" + v + "'") // want `QueryRow is built from parameter "v" by concatenation`
}

func countAll[Q Querier](q Q) {
	q.Query("SELECT count(*) FROM users") // want `raw SQL passed to \(interfacesinks.Querier\).Query`
}

func byQuerier(q Querier, v string) {
	q.Query("SELECT * FROM users WHERE id = " + v) // want `\(interfacesinks.Querier\).Query is built from parameter "v"`
}

// exec passes its query on unchanged, so its callers are checked.
func exec(ctx context.Context, tx db.DBTX, query string) {
	tx.ExecContext(ctx, query)
}

func dropTable(ctx context.Context, tx db.DBTX, name string) {
	exec(ctx, tx, "DROP TABLE "+name) // want `SQL query passed to interfacesinks.exec is built from parameter "name"`
	exec(ctx, tx, "DROP TABLE audit") // want `raw SQL passed to interfacesinks.exec, which runs it with \(db.DBTX\).ExecContext`
}

// Rows is an alias, so RowsQuerier's Query has the results of
// database/sql's.
type Rows = *sql.Rows

type RowsQuerier interface {
	Query(string, ...any) (Rows, error)
}

func byAlias(q RowsQuerier, v string) {
	q.Query("SELECT * FROM users WHERE id = " + v) // want `\(interfacesinks.RowsQuerier\).Query is built from parameter "v"`
}
