package db

import (
	"context"
	"database/sql"
)

// Hand-written methods next to the generated code run SQL through the
// DBTX interface.

func (q *Queries) DeleteByEmail(ctx context.Context, term string) error {
	_, err := q.db.ExecContext(ctx, "DELETE FROM users WHERE email = '"+term+"'") // want `SQL query passed to \(db.DBTX\).ExecContext is built from parameter "term" by concatenation`
	return err
}

func (q *Queries) DeleteByEmailPlaceholder(ctx context.Context, term string) error {
	_, err := q.db.ExecContext(ctx, "DELETE FROM users WHERE email = $1", term) // want `raw SQL passed to \(db.DBTX\).ExecContext; run queries through the ORM or generated query code`
	return err
}

// deleteByEmailOnDB makes the same call on *sql.DB, which the DBTX call
// above must match.
func deleteByEmailOnDB(ctx context.Context, db *sql.DB, term string) {
	db.ExecContext(ctx, "DELETE FROM users WHERE email = $1", term) // want `raw SQL passed to \(\*sql.DB\).ExecContext; run queries through the ORM or generated query code`
}

func (q *Queries) Search(ctx context.Context, column, term string) (*sql.Rows, error) {
	return q.db.QueryContext(ctx, "SELECT id FROM users WHERE "+column+" = $1", term) // want `SQL query passed to \(db.DBTX\).QueryContext is built from parameter "column" by concatenation`
}

func (q *Queries) CountWhere(ctx context.Context, cond string) *sql.Row {
	return q.db.QueryRowContext(ctx, "SELECT count(*) FROM users WHERE "+cond) // want `SQL query passed to \(db.DBTX\).QueryRowContext is built from parameter "cond"`
}

func (q *Queries) PrepareFor(ctx context.Context, table string) (*sql.Stmt, error) {
	return q.db.PrepareContext(ctx, "SELECT * FROM "+table) // want `SQL query passed to \(db.DBTX\).PrepareContext is built from parameter "table"`
}

// Store embeds DBTX, so its promoted methods are interface calls too.
type Store struct {
	DBTX
}

func (s Store) Purge(ctx context.Context, table string) {
	s.ExecContext(ctx, "TRUNCATE "+table) // want `SQL query passed to \(db.DBTX\).ExecContext is built from parameter "table"`
}
