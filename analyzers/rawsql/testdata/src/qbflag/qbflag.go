// Package qbflag runs SQL from an in-house query builder.
package qbflag

import (
	"database/sql"

	"qbflag/qb"
)

func run(db *sql.DB, q *qb.Query) {
	db.Query(q.SQL())
}
