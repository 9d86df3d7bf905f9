// Package qb is an in-house query builder named in -query-builders.
package qb

type Query struct{ text string }

func (q *Query) Where(cond string) *Query { q.text += " WHERE " + cond; return q }

func (q *Query) SQL() string { return q.text }
