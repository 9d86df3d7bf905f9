// Package helpers builds query fragments for package crosspkg.
package helpers

import (
	"os"
	"strconv"
)

// Where returns a condition on column col.
func Where(col string) string { return col + " = ?" } // want Where:`strflow\(result 0 constant params=\[0\] op=concatenation\)`

// Table returns a fixed table name.
func Table() string { return "users" } // want Table:`strflow\(result 0 constant params=\[\] op=direct\)`

// Limit returns a LIMIT clause.
func Limit(n int) string { return " LIMIT " + strconv.Itoa(n) } // want Limit:`strflow\(result 0 safe dynamic`

// Clean returns s unchanged.
func Clean(s string) string { return s } // want Clean:`strflow\(result 0 constant params=\[0\] op=direct\)`

// FromEnv reads a table name from the environment.
func FromEnv() string { return os.Getenv("TABLE") }

// Repo is a table-bound repository.
type Repo struct{ Name string }

// Select returns a query on the repository's table.
func (r Repo) Select() string { return "SELECT * FROM " + r.Name }
