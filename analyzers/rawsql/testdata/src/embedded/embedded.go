// Package embedded runs a migration file compiled into the binary, which
// is constant SQL, not a query built at run time.
package embedded

import (
	"database/sql"
	"embed"
)

//go:embed schema.sql
var files embed.FS

func Migrate(db *sql.DB) error {
	schema, err := files.ReadFile("schema.sql")
	if err != nil {
		return err
	}
	_, err = db.Exec(string(schema)) // want `raw SQL passed to \(\*sql.DB\).Exec;`
	return err
}
