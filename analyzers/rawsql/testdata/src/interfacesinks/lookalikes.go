package interfacesinks

import (
	"context"
	"database/sql"
)

// SearchClient has a Query method that sends text to a search service.
type SearchClient interface {
	Query(string) (string, error)
}

// GraphQL has methods named like database/sql's but with other results.
type GraphQL interface {
	Query(string, ...any) (map[string]any, error)
	Exec(string, ...any) error
	QueryContext(context.Context, string, ...any) (map[string]any, error)
}

// Mismatched copies database/sql's results but takes the query at
// another position or with another type.
type Mismatched interface {
	Query(context.Context, string, ...any) (*sql.Rows, error)
	Exec(query []byte, args ...any) (sql.Result, error)
}

type Text string

type NamedText interface {
	QueryRow(Text, ...any) *sql.Row
}

func lookalikes(ctx context.Context, s SearchClient, g GraphQL, m Mismatched, n NamedText, term string) {
	s.Query("title:" + term)
	g.Query("{ user(name: \"" + term + "\") { id } }")
	g.Exec("mutation { delete(name: \"" + term + "\") }")
	g.QueryContext(ctx, "{ user(name: \""+term+"\") { id } }")
	m.Query(ctx, "SELECT * FROM users WHERE name = '"+term+"'")
	m.Exec([]byte("DELETE FROM users WHERE name = '" + term + "'"))
	n.QueryRow(Text("SELECT * FROM users WHERE name = '" + term + "'"))
}
