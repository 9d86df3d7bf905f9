// Command rawsql runs the rawsql analyzer alone: SQL injection and raw SQL
// outside the ORM.
//
//	rawsql ./...
//	go vet -vettool=$(which rawsql) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/secvet/secvet/analyzers/rawsql"
)

func main() { singlechecker.Main(rawsql.Analyzer) }
