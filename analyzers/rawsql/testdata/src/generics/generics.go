// Package generics holds a generic repository that runs SQL.
package generics

import "database/sql"

type Entity interface{ TableName() string }

type Repo[T Entity] struct{ db *sql.DB }

func (r *Repo[T]) FindBy(column string, value any) {
	r.db.Query("SELECT * FROM items WHERE "+column+" = ?", value) // want `built from parameter "column" by concatenation`
}

func (r *Repo[T]) All() {
	var zero T
	r.db.Query("SELECT * FROM " + zero.TableName()) // want `built from call result of \(generics.Entity\).TableName`
}

func (r *Repo[T]) Count() {
	r.db.QueryRow("SELECT count(*) FROM items") // want `raw SQL passed`
}

func Query[T any](db *sql.DB, q string) { // want Query:`rawsql-sink\(param 1 to \(\*database/sql.DB\).Query raw\)`
	db.Query(q)
}

func useQuery(db *sql.DB, id string) {
	Query[int](db, "SELECT * FROM t WHERE id = "+id) // want `generics.Query is built from parameter "id"`
}
