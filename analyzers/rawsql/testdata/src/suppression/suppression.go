// Package suppression pins where a //nolint directive silences a finding.
package suppression

import "database/sql"

func sinkLine(db *sql.DB, id string) {
	db.Query("SELECT * FROM t WHERE id = " + id) //nolint:rawsql // id is checked by the router
}

func lineAbove(db *sql.DB, id string) {
	//nolint:rawsql // id is checked by the router
	db.Query("SELECT * FROM t WHERE id = " + id)
}

func constructionLine(db *sql.DB, id string) {
	q := "SELECT * FROM t WHERE id = " + id //nolint:rawsql // id is checked by the router
	db.Query(q)
}

func suiteName(db *sql.DB, id string) {
	db.Query("SELECT * FROM t WHERE id = " + id) //nolint:secvet // id is checked by the router
}

func bareNolint(db *sql.DB) {
	db.Exec("VACUUM") //nolint
}

func otherLinter(db *sql.DB, id string) {
	db.Query("SELECT * FROM t WHERE id = " + id) /* want `built from parameter "id"` */ //nolint:logmask // wrong analyzer
}

func directiveTwoLinesAbove(db *sql.DB, id string) {
	//nolint:rawsql // too far away
	_ = id
	db.Query("SELECT * FROM t WHERE id = " + id) // want `built from parameter "id"`
}

func rawOnConstructionLine(db *sql.DB) {
	q := "SELECT 1" //nolint:rawsql // a health check
	db.Query(q)     // want `raw SQL passed`
}
