package interfacesinks

import (
	"context"
	"database/sql"

	"github.com/jmoiron/sqlx"
)

func sqlxInterfaces(q sqlx.Queryer, e sqlx.Execer, id string) {
	q.Query("SELECT * FROM users WHERE id = " + id)     // want `SQL query passed to \(sqlx.Queryer\).Query is built from parameter "id"`
	q.Queryx("SELECT * FROM users WHERE id = " + id)    // want `SQL query passed to \(sqlx.Queryer\).Queryx is built from parameter "id"`
	q.QueryRowx("SELECT * FROM users WHERE id = " + id) // want `SQL query passed to \(sqlx.Queryer\).QueryRowx is built from parameter "id"`
	e.Exec("DELETE FROM users WHERE id = " + id)        // want `SQL query passed to \(sqlx.Execer\).Exec is built from parameter "id"`
	q.Queryx("SELECT * FROM users WHERE id = ?", id)    // want `raw SQL passed to \(sqlx.Queryer\).Queryx`
}

// SqlxStore copies further sqlx methods.
type SqlxStore interface {
	QueryxContext(ctx context.Context, query string, args ...any) (*sqlx.Rows, error)
	QueryRowxContext(ctx context.Context, query string, args ...any) *sqlx.Row
	Preparex(query string) (*sqlx.Stmt, error)
	PreparexContext(ctx context.Context, query string) (*sqlx.Stmt, error)
	MustExec(query string, args ...any) sql.Result
	MustExecContext(ctx context.Context, query string, args ...any) sql.Result
	NamedExec(query string, arg any) (sql.Result, error)
	NamedExecContext(ctx context.Context, query string, arg any) (sql.Result, error)
	NamedQuery(query string, arg any) (*sqlx.Rows, error)
	NamedQueryContext(ctx context.Context, query string, arg any) (*sqlx.Rows, error)
	PrepareNamed(query string) (*sqlx.NamedStmt, error)
	PrepareNamedContext(ctx context.Context, query string) (*sqlx.NamedStmt, error)
	Select(dest any, query string, args ...any) error
}

func sqlxStore(ctx context.Context, s SqlxStore, t string) {
	s.QueryxContext(ctx, "SELECT * FROM "+t)          // want `\(interfacesinks.SqlxStore\).QueryxContext is built from parameter "t"`
	s.QueryRowxContext(ctx, "SELECT * FROM "+t)       // want `\(interfacesinks.SqlxStore\).QueryRowxContext is built from parameter "t"`
	s.Preparex("SELECT * FROM " + t)                  // want `\(interfacesinks.SqlxStore\).Preparex is built from parameter "t"`
	s.PreparexContext(ctx, "SELECT * FROM "+t)        // want `\(interfacesinks.SqlxStore\).PreparexContext is built from parameter "t"`
	s.MustExec("DELETE FROM " + t)                    // want `\(interfacesinks.SqlxStore\).MustExec is built from parameter "t"`
	s.MustExecContext(ctx, "DELETE FROM "+t)          // want `\(interfacesinks.SqlxStore\).MustExecContext is built from parameter "t"`
	s.NamedExec("DELETE FROM "+t, nil)                // want `\(interfacesinks.SqlxStore\).NamedExec is built from parameter "t"`
	s.NamedExecContext(ctx, "DELETE FROM "+t, nil)    // want `\(interfacesinks.SqlxStore\).NamedExecContext is built from parameter "t"`
	s.NamedQuery("SELECT * FROM "+t, nil)             // want `\(interfacesinks.SqlxStore\).NamedQuery is built from parameter "t"`
	s.NamedQueryContext(ctx, "SELECT * FROM "+t, nil) // want `\(interfacesinks.SqlxStore\).NamedQueryContext is built from parameter "t"`
	s.PrepareNamed("SELECT * FROM " + t)              // want `\(interfacesinks.SqlxStore\).PrepareNamed is built from parameter "t"`
	s.PrepareNamedContext(ctx, "SELECT * FROM "+t)    // want `\(interfacesinks.SqlxStore\).PrepareNamedContext is built from parameter "t"`

	// Select returns only an error, so it is not matched (see the TODO
	// in builtinInterfaceSinks).
	s.Select(nil, "SELECT * FROM "+t)
}
