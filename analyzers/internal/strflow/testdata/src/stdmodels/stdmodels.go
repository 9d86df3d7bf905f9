// Package stdmodels checks the table entries for standard library
// functions: the analyzers do not summarize the standard library, so a
// function missing from the table would turn any string into an unknown
// call result.
package stdmodels

import (
	"bytes"
	"embed"
	"strings"
	"unicode"
)

func sink(s string) {}

//go:embed schema.sql
var files embed.FS

func embedded() {
	schema, _ := files.ReadFile("schema.sql")
	sink(string(schema)) // want `^constant$`
}

func fieldsOfConstant() {
	sink(strings.Join(strings.FieldsFunc("name, age", unicode.IsPunct), ",")) // want `^constant$`
}

func fieldsOfParameter(order string) {
	sink(strings.Join(strings.FieldsFunc(order, unicode.IsPunct), ",")) // want `^dynamic: parameter "order" with strings.Join`
}

func splitOfParameter(cols string) {
	sink(strings.Join(strings.SplitN(cols, ",", 3), ",")) // want `^dynamic: parameter "cols" with strings.Join`
}

func trimmedParameter(name string) {
	sink("SELECT " + strings.TrimFunc(name, unicode.IsSpace)) // want `^dynamic: parameter "name" by concatenation`
}

func trimmedBytes(q []byte) {
	sink(string(bytes.TrimSuffix(q, []byte(";")))) // want `^dynamic: parameter "q"`
}

func trimmedConstantBytes() {
	sink(string(bytes.ReplaceAll([]byte("SELECT 1;"), []byte(";"), nil))) // want `^constant$`
}

func replacedIntoConstant(name string) {
	sink(strings.ReplaceAll("SELECT * FROM t WHERE name = '{x}'", "{x}", name)) // want `^dynamic: parameter "name" through a call of strings.ReplaceAll`
}

func replacedInParameter(q string) {
	sink(strings.Replace(q, ";", "", -1)) // want `^dynamic: parameter "q"$`
}
