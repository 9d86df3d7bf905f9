package interfacesinks

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// PgxDBTX is the interface sqlc generates for pgx/v5.
type PgxDBTX interface {
	Exec(context.Context, string, ...interface{}) (pgconn.CommandTag, error)
	Query(context.Context, string, ...interface{}) (pgx.Rows, error)
	QueryRow(context.Context, string, ...interface{}) pgx.Row
}

func pgxCalls(ctx context.Context, db PgxDBTX, id string) {
	db.Exec(ctx, "DELETE FROM users WHERE id = "+id)          // want `SQL query passed to \(interfacesinks.PgxDBTX\).Exec is built from parameter "id"`
	db.Query(ctx, "SELECT * FROM users WHERE id = "+id)       // want `SQL query passed to \(interfacesinks.PgxDBTX\).Query is built from parameter "id"`
	db.QueryRow(ctx, "SELECT * FROM users WHERE id = "+id)    // want `SQL query passed to \(interfacesinks.PgxDBTX\).QueryRow is built from parameter "id"`
	db.QueryRow(ctx, "SELECT * FROM users WHERE id = $1", id) // want `raw SQL passed to \(interfacesinks.PgxDBTX\).QueryRow`
}
