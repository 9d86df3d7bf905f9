// Package dbx is an in-house database layer named in -sinks.
package dbx

type Conn struct{}

func (c *Conn) Run(query string, args ...any) error { return nil }

func Fragment(clause string) {}
