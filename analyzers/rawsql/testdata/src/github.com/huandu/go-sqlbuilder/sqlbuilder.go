// Package sqlbuilder is a stub of github.com/huandu/go-sqlbuilder for tests.
package sqlbuilder

import "strings"

type SelectBuilder struct{ parts []string }

func NewSelectBuilder() *SelectBuilder { return &SelectBuilder{} }

func (sb *SelectBuilder) Select(cols ...string) *SelectBuilder {
	sb.parts = append(sb.parts, "SELECT "+strings.Join(cols, ", "))
	return sb
}

func (sb *SelectBuilder) From(table string) *SelectBuilder {
	sb.parts = append(sb.parts, "FROM "+table)
	return sb
}

func (sb *SelectBuilder) Equal(field string, value any) string { return field + " = ?" }

func (sb *SelectBuilder) Where(andExpr ...string) *SelectBuilder { return sb }

func (sb *SelectBuilder) Build() (string, []any) { return strings.Join(sb.parts, " "), nil }

func (sb *SelectBuilder) String() string { s, _ := sb.Build(); return s }
