// Package sqlx is a stub of github.com/jmoiron/sqlx for tests.
package sqlx

import (
	"context"
	"database/sql"
	"strconv"
)

type DB struct {
	*sql.DB
	driverName string
}

type Tx struct{ *sql.Tx }

type Rows struct{ *sql.Rows }

type Row struct{}

func (r *Row) Scan(dest ...any) error { return nil }

type Stmt struct{ *sql.Stmt }

type NamedStmt struct{}

type Queryer interface {
	Query(query string, args ...any) (*sql.Rows, error)
	Queryx(query string, args ...any) (*Rows, error)
	QueryRowx(query string, args ...any) *Row
}

type Execer interface {
	Exec(query string, args ...any) (sql.Result, error)
}

func (db *DB) Select(dest any, query string, args ...any) error { return nil }
func (db *DB) Get(dest any, query string, args ...any) error    { return nil }
func (db *DB) SelectContext(ctx context.Context, dest any, query string, args ...any) error {
	return nil
}
func (db *DB) Queryx(query string, args ...any) (*Rows, error)     { return nil, nil }
func (db *DB) QueryRowx(query string, args ...any) *Row            { return nil }
func (db *DB) MustExec(query string, args ...any) sql.Result       { return nil }
func (db *DB) NamedExec(query string, arg any) (sql.Result, error) { return nil, nil }
func (db *DB) NamedQuery(query string, arg any) (*Rows, error)     { return nil, nil }
func (tx *Tx) Get(dest any, query string, args ...any) error       { return nil }
func Select(q Queryer, dest any, query string, args ...any) error  { return nil }
func In(query string, args ...any) (string, []any, error)          { return query, args, nil }

// Rebind rewrites ? placeholders to $N, the way the real package does it.
func (db *DB) Rebind(query string) string {
	rqb := make([]byte, 0, len(query)+10)
	j := 1
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			rqb = append(rqb, '$')
			rqb = strconv.AppendInt(rqb, int64(j), 10)
			j++
			continue
		}
		rqb = append(rqb, query[i])
	}
	return string(rqb)
}
