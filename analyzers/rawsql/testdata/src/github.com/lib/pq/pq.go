// Package pq is a stub of github.com/lib/pq for tests.
package pq

import "strings"

// QuoteIdentifier quotes an identifier the way the real package does.
func QuoteIdentifier(name string) string {
	end := strings.IndexRune(name, 0)
	if end > -1 {
		name = name[:end]
	}
	return `"` + strings.Replace(name, `"`, `""`, -1) + `"`
}
