// Package app calls the in-house sinks of package dbx.
package app

import "extrasinks/dbx"

func run(c *dbx.Conn, id string) {
	c.Run("SELECT 1")                         // want `raw SQL passed to \(\*dbx.Conn\).Run`
	c.Run("SELECT * FROM t WHERE id = " + id) // want `\(\*dbx.Conn\).Run is built from parameter "id"`
	dbx.Fragment("id = 1")
	dbx.Fragment("id = " + id) // want `dbx.Fragment is built from parameter "id"`
}
