// Package modeinjection runs with -mode=injection: raw SQL is allowed.
package modeinjection

import (
	"context"
	"database/sql"
)

func raw(db *sql.DB) {
	db.Exec("DELETE FROM sessions")
}

func injection(db *sql.DB, id string) {
	db.Exec("DELETE FROM sessions WHERE id = " + id) // want `built from parameter "id"`
}

// DBTX is the interface sqlc generates for database/sql.
type DBTX interface {
	ExecContext(context.Context, string, ...interface{}) (sql.Result, error)
}

func rawThroughInterface(ctx context.Context, db DBTX) {
	db.ExecContext(ctx, "DELETE FROM sessions")
}

func injectionThroughInterface(ctx context.Context, db DBTX, id string) {
	db.ExecContext(ctx, "DELETE FROM sessions WHERE id = "+id) // want `\(modeinjection.DBTX\).ExecContext is built from parameter "id"`
}
