// Package pgx is a stub of github.com/jackc/pgx/v5 for tests.
package pgx

import "context"

type CommandTag struct{}

type Row interface{ Scan(dest ...any) error }

type Conn struct{}

func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (CommandTag, error) {
	return CommandTag{}, nil
}
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row { return nil }

type Tx interface {
	Exec(ctx context.Context, sql string, arguments ...any) (CommandTag, error)
	Commit(ctx context.Context) error
}
