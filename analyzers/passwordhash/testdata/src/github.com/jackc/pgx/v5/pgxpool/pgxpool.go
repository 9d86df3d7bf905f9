// Package pgxpool is a stub of github.com/jackc/pgx/v5/pgxpool for tests.
package pgxpool

import (
	"context"

	"github.com/jackc/pgx/v5"
)

type Pool struct{}

func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgx.CommandTag, error) {
	return pgx.CommandTag{}, nil
}
func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error) { return nil, nil }
