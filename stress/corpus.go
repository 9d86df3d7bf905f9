// Package stress generates a Go module of unusual but valid code for
// running secvet's analyzers on: generics, aliases, method values, cgo,
// build tags, //line directives, huge and deeply nested code, recursion,
// dot imports and a vendor directory. Its tests run the suite over that
// module and over the standard library.
//
// Lines where an analyzer must report carry a trailing marker comment
// "// finding: NAME[, NAME...]", as in testdata/vulnerable. Lines with a
// real mistake that the analyzers are known to miss carry
// "// gap: NAME" instead, so a closed gap shows up as a test failure.
package stress

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Options select the parts of the corpus that need tools beyond the go
// command.
type Options struct {
	// Cgo adds a package with import "C"; it needs CGO_ENABLED=1 and a C
	// compiler.
	Cgo bool
}

// Sizes of the generated huge and deep code.
const (
	HugeSecretLen   = 256 << 10 // bytes of the long literal secret
	HugeFileFuncs   = 20000     // exported functions in the huge file
	ConcatTerms     = 5000      // terms of the long concatenations
	ParenDepth      = 200       // nested parentheses around a query
	CallDepth       = 300       // nested calls around a query
	ClosureDepth    = 100       // nested function literals
	HelperChainLen  = 12        // helpers that each call the previous one
	LongHelperChain = 600       // a helper chain longer than the tracer follows
)

// HugeSecret is the string literal assigned to a sensitive name in the
// corpus. Findings must never show more than its first 4 characters.
func HugeSecret() string {
	var b strings.Builder
	for i := 0; b.Len() < HugeSecretLen; i++ {
		fmt.Fprintf(&b, "Zq%07dXv", i*7919)
	}
	return b.String()[:HugeSecretLen]
}

// Write writes the corpus module, example.com/stress, to dir. The module
// replaces its third-party dependencies with local stub modules under
// stubs/; the caller runs go mod vendor to build its vendor directory.
func Write(dir string, opts Options) error {
	files := map[string]string{
		"go.mod":                      goMod,
		"stubs/jwt/go.mod":            "module github.com/golang-jwt/jwt/v5\n\ngo 1.22\n",
		"stubs/jwt/jwt.go":            jwtStub,
		"stubs/sqlx/go.mod":           "module github.com/jmoiron/sqlx\n\ngo 1.22\n",
		"stubs/sqlx/sqlx.go":          sqlxStub,
		"sqlrepo/sqlrepo.go":          sqlrepoSrc,
		"methodvalues/methods.go":     methodValuesSrc,
		"embedded/embedded.go":        embeddedSrc,
		"buildtags/linux.go":          buildTagsLinux,
		"buildtags/other.go":          buildTagsOther,
		"buildtags/tagged.go":         buildTagsCustom,
		"buildtags/ignored.go":        buildTagsIgnored,
		"buildtags/buildtags.go":      "package buildtags\n",
		"linedirective/line.go":       lineDirectiveSrc,
		"recursion/recursion.go":      recursionSrc,
		"recursion/qb/qb.go":          queryBuilderSrc,
		"imports/imports.go":          importsSrc,
		"huge/secret.go":              hugeSecretSrc(),
		"huge/big.go":                 hugeFileSrc(),
		"deep/concat.go":              concatSrc(),
		"deep/nesting.go":             nestingSrc(),
		"closures/closures.go":        closuresSrc(),
		"chain/chain.go":              chainSrc("chain", HelperChainLen, "finding"),
		"longchain/longchain.go":      chainSrc("longchain", LongHelperChain, "gap"),
		"generated/generated.go":      generatedSrc,
		"oddforms/oddforms.go":        oddFormsSrc,
		"testfiles/testfiles.go":      "package testfiles\n",
		"testfiles/testfiles_test.go": testFilesSrc,
	}
	if opts.Cgo {
		files["cgo/cgo.go"] = cgoSrc
	}

	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}

const goMod = `module example.com/stress

go 1.26

require (
	github.com/golang-jwt/jwt/v5 v5.0.0
	github.com/jmoiron/sqlx v1.4.0
)

replace (
	github.com/golang-jwt/jwt/v5 => ./stubs/jwt
	github.com/jmoiron/sqlx => ./stubs/sqlx
)
`

// jwtStub declares the parts of github.com/golang-jwt/jwt/v5 the corpus
// calls, with the real package's signatures.
const jwtStub = `// Package jwt is a stub of github.com/golang-jwt/jwt/v5.
package jwt

type Claims interface{}

type MapClaims map[string]any

type SigningMethod interface{ Alg() string }

type Token struct {
	Raw    string
	Method SigningMethod
	Claims Claims
	Valid  bool
}

type Keyfunc func(*Token) (any, error)

type Parser struct{ validMethods []string }

type ParserOption func(*Parser)

func NewParser(options ...ParserOption) *Parser { return &Parser{} }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseUnverified(tokenString string, claims Claims) (*Token, []string, error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func WithValidMethods(methods []string) ParserOption { return nil }
`

const sqlxStub = `// Package sqlx is a stub of github.com/jmoiron/sqlx.
package sqlx

import "database/sql"

type DB struct{ *sql.DB }

func (db *DB) MustExec(query string, args ...any) sql.Result         { return nil }
func (db *DB) Select(dest any, query string, args ...any) error      { return nil }
func (db *DB) Get(dest any, query string, args ...any) error         { return nil }
func (db *DB) NamedExec(query string, arg any) (sql.Result, error)   { return nil, nil }
`

const sqlrepoSrc = `// Package sqlrepo uses database/sql through generics and type aliases.
package sqlrepo

import (
	"context"
	"database/sql"
)

// Repo is a generic repository over one table.
type Repo[T any] struct {
	DB    *sql.DB
	Table string
}

func (r *Repo[T]) ByName(ctx context.Context, name string) (*sql.Rows, error) {
	return r.DB.QueryContext(ctx, "SELECT * FROM users WHERE name = '"+name+"'") // finding: rawsql
}

// Exec passes q to the database unchanged, so its callers are checked.
func Exec[T any](db *sql.DB, q string, arg T) error {
	_, err := db.Exec(q, arg)
	return err
}

// Querier is a generic interface a sink satisfies.
type Querier[R any] interface {
	QueryContext(ctx context.Context, query string, args ...any) (R, error)
}

type DB = sql.DB

type Alias[T any] = Repo[T]

type Users = Alias[string]

func UseAlias(db *DB, name string) {
	db.Query("DELETE FROM users WHERE name = '" + name + "'") // finding: rawsql
}

func UseInstance(db *sql.DB, name string) error {
	return Exec[int](db, "UPDATE users SET n = 1 WHERE name = '"+name+"'", 1) // finding: rawsql
}

func UseInferred(db *sql.DB, name string) error {
	return Exec(db, "UPDATE users SET n = 2 WHERE name = '"+name+"'", "x") // finding: rawsql
}

func UseGenericAlias(ctx context.Context, u *Users, name string) {
	u.ByName(ctx, name)
}

func UseTypeParam[DBT interface{ *sql.DB }](db DBT, name string) {
	(*sql.DB)(db).Query("SELECT * FROM t WHERE name = '" + name + "'") // finding: rawsql
}

func UseGenericInterface[R any](ctx context.Context, q Querier[R], name string) {
	q.QueryContext(ctx, "SELECT * FROM t WHERE name = '"+name+"'") // gap: rawsql
}

func UseConstant(db *sql.DB) {
	db.Exec("DELETE FROM sessions") // finding: rawsql
}
`

const methodValuesSrc = `// Package methodvalues calls sinks through method values, method
// expressions, defer and go statements.
package methodvalues

import "database/sql"

func BoundMethodValue(db *sql.DB, name string) {
	query := db.Query
	query("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
}

func MethodExpression(db *sql.DB, name string) {
	(*sql.DB).Query(db, "SELECT * FROM users WHERE name = '"+name+"'") // finding: rawsql
}

func MethodExpressionValue(db *sql.DB, name string) {
	exec := (*sql.DB).Exec
	exec(db, "DELETE FROM users WHERE name = '"+name+"'") // finding: rawsql
}

func Deferred(db *sql.DB, name string) {
	defer db.Exec("DELETE FROM users WHERE name = '" + name + "'") // finding: rawsql
}

func Goroutine(db *sql.DB, name string) {
	go db.Exec("DELETE FROM users WHERE name = '" + name + "'") // finding: rawsql
}

func InterfaceMethodValue(q interface {
	Query(string, ...any) (*sql.Rows, error)
}, name string) {
	f := q.Query
	f("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
}
`

const embeddedSrc = `// Package embedded reaches sinks through embedded fields and embedded
// interfaces.
package embedded

import "database/sql"

type Store struct{ *sql.DB }

func (s Store) Find(name string) {
	s.Query("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
}

type Nested struct {
	Store
	Label string
}

func (n *Nested) Remove(name string) {
	n.Exec("DELETE FROM users WHERE name = '" + name + "'") // finding: rawsql
}

type Querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
}

type QueryCloser interface {
	Querier
	Close() error
}

func ThroughInterface(qc QueryCloser, name string) {
	qc.Query("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
}
`

const buildTagsLinux = `//go:build linux

package buildtags

import "database/sql"

func Linux(db *sql.DB, name string) {
	db.Query("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
}
`

const buildTagsOther = `//go:build !linux

package buildtags

import "database/sql"

func Other(db *sql.DB, name string) {
	db.Query("SELECT * FROM users WHERE name = '" + name + "'")
}
`

const buildTagsCustom = `//go:build secvetstress

package buildtags

import "database/sql"

func Tagged(db *sql.DB, name string) {
	db.Query("SELECT * FROM users WHERE name = '" + name + "'")
}
`

// buildTagsIgnored is excluded by its build constraint and does not parse.
const buildTagsIgnored = `//go:build ignore

package buildtags

func Broken( {
`

const lineDirectiveSrc = `// Package linedirective has code whose positions //line directives
// move to other files and lines.
package linedirective

import "database/sql"

//line templates/users.tmpl:100
func Find(db *sql.DB, name string) {
	db.Query("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
}

//line :7
func NoFile(db *sql.DB, name string) {
	db.Query("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
}

//line /nonexistent/abs.go:2000000:1
func Absolute(db *sql.DB, name string) {
	/*line inline.go:1:1*/ db.Query("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
}
`

const recursionSrc = `// Package recursion builds queries with recursive and mutually
// recursive helpers, here and in package qb.
package recursion

import (
	"database/sql"

	"example.com/stress/recursion/qb"
)

func build(n int, name string) string {
	if n == 0 {
		return "SELECT * FROM users WHERE name = '" + name + "'"
	}
	return build(n-1, name)
}

func Find(db *sql.DB, name string) {
	db.Query(build(3, name)) // finding: rawsql
}

func even(n int, s string) string {
	if n <= 0 {
		return s
	}
	return odd(n-1, s+" AND 1 = 1")
}

func odd(n int, s string) string { return even(n-1, s) }

func Mutual(db *sql.DB, name string) {
	db.Query(even(4, "SELECT * FROM users WHERE name = '"+name+"'")) // finding: rawsql
}

func MutualConstant(db *sql.DB) {
	db.Query(even(4, "SELECT * FROM users")) // finding: rawsql
}

func AcrossPackages(db *sql.DB, name string) {
	db.Query(qb.Build(2, name)) // finding: rawsql
}

func AcrossPackagesConstant(db *sql.DB) {
	db.Query(qb.Build(2, "admin")) // finding: rawsql
}

func RecursiveSink(db *sql.DB, name string) {
	qb.Run(db, "DELETE FROM users WHERE name = '"+name+"'", 3) // finding: rawsql
}
`

const queryBuilderSrc = `// Package qb has exported recursive helpers, so their callers depend on
// facts.
package qb

import "database/sql"

// Build returns a query for name after n recursive steps.
func Build(n int, name string) string {
	if n <= 0 {
		return "SELECT * FROM users WHERE name = '" + name + "'"
	}
	return Where(n-1, Build(n-1, name))
}

// Where appends a condition, calling Build back for odd n.
func Where(n int, q string) string {
	if n%2 == 1 {
		return Build(n-1, q)
	}
	return q + " AND active"
}

// Run executes q after calling itself n times.
func Run(db *sql.DB, q string, n int) {
	if n > 0 {
		Run(db, q, n-1)
		return
	}
	db.Exec(q)
}
`

const importsSrc = `// Package imports reaches every sink package through dot imports and
// renamed imports.
package imports

import (
	. "crypto/sha256"
	. "database/sql"
	sq "database/sql"
	"encoding/hex"
	lg "log/slog"
	h "net/http"

	j "github.com/golang-jwt/jwt/v5"
	x "github.com/jmoiron/sqlx"
)

func DotQuery(db *DB, name string) {
	db.Query("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
}

func RenamedQuery(db *sq.DB, name string) {
	db.Exec("DELETE FROM users WHERE name = '" + name + "'") // finding: rawsql
}

func LogPassword(user, password string) {
	lg.Info("login", "user", user, "password", password) // finding: logmask
}

func StoreDigest(db *sq.DB, user, password string) {
	sum := Sum256([]byte(password))
	db.Exec("UPDATE users SET password = $1 WHERE name = $2", hex.EncodeToString(sum[:]), user) // finding: rawsql, passwordhash
}

func Unverified(tokenString string) (*j.Token, error) {
	tok, _, err := j.NewParser().ParseUnverified(tokenString, j.MapClaims{}) // finding: jwtverify
	return tok, err
}

func Vendored(db *x.DB, name string) {
	db.MustExec("DELETE FROM users WHERE name = '" + name + "'") // finding: rawsql
}

func Handler(w h.ResponseWriter, r *h.Request) {
	lg.Info("request", "authorization", r.Header.Get("Authorization")) // finding: logmask
}
`

//nolint:hardcodedsecret // the corpus plants made-up credentials on purpose
const oddFormsSrc = `// Package oddforms reaches the logging, secret and JWT sinks through
// defer and go statements, method values, method expressions, aliases and
// generics.
package oddforms

import (
	"log"
	"log/slog"

	"github.com/golang-jwt/jwt/v5"
)

func DeferredLog(password string) {
	defer log.Printf("password %s", password) // finding: logmask
}

func GoroutineLog(token string) {
	go slog.Info("refresh", "token", token) // finding: logmask
}

func MethodValueLog(l *slog.Logger, password string) {
	info := l.Info
	info("login", "password", password) // gap: logmask
}

func MethodExpressionLog(l *slog.Logger, password string) {
	(*slog.Logger).Info(l, "login", "password", password) // gap: logmask
}

func GenericLog[T any](password T) {
	slog.Info("login", "password", password) // finding: logmask
}

type Text = string

const dbPassword Text = "hunter2-correct-horse" // finding: hardcodedsecret

var apiKey, apiToken = "AKIAIOSFODNN7EXAMPLE", "ghp_0123456789abcdefghijABCDEFGHIJ012345" // finding: hardcodedsecret

func Keys() (string, string, string) { return dbPassword, apiKey, apiToken }

func MethodValueParse(p *jwt.Parser, tokenString string) {
	parse := p.ParseUnverified
	parse(tokenString, jwt.MapClaims{}) // gap: jwtverify
}

func DeferredParse(p *jwt.Parser, tokenString string) {
	defer p.ParseUnverified(tokenString, jwt.MapClaims{}) // finding: jwtverify
}
`

const generatedSrc = `// Code generated by stress. DO NOT EDIT.

package generated

import "database/sql"

func Constant(db *sql.DB) {
	db.Exec("DELETE FROM sessions")
}

func Injected(db *sql.DB, name string) {
	db.Exec("DELETE FROM users WHERE name = '" + name + "'") // finding: rawsql
}
`

const testFilesSrc = `package testfiles

import (
	"database/sql"
	"testing"
)

func TestQuery(t *testing.T) {
	var db *sql.DB
	name := t.Name()
	if db != nil {
		db.Query("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
	}
}
`

const cgoSrc = `// Package cgo mixes C and a sink in one package.
package cgo

/*
static int add(int a, int b) { return a + b; }
*/
import "C"

import "database/sql"

func Add(a, b int) int { return int(C.add(C.int(a), C.int(b))) }

func Find(db *sql.DB, name string) {
	db.Query("SELECT * FROM users WHERE name = '" + name + "'") // finding: rawsql
}
`

func hugeSecretSrc() string {
	return "// Package huge has a huge literal secret and a huge file.\npackage huge\n\n" +
		"var apiPassword = \"" + HugeSecret() + "\" // finding: hardcodedsecret\n\n" +
		"func Password() string { return apiPassword }\n"
}

func hugeFileSrc() string {
	var b strings.Builder
	b.WriteString("package huge\n\nimport \"database/sql\"\n\n")
	for i := range HugeFileFuncs {
		fmt.Fprintf(&b, "// F%d returns s with a suffix.\nfunc F%d(s string) string { return s + \"_%d\" }\n\n", i, i, i)
	}
	b.WriteString("func Huge(db *sql.DB, name string) {\n")
	fmt.Fprintf(&b, "\tdb.Query(\"SELECT * FROM t WHERE name = '\" + F%d(name) + \"'\") // finding: rawsql\n}\n", HugeFileFuncs-1)
	return b.String()
}

func concatSrc() string {
	var b strings.Builder
	b.WriteString("// Package deep has very long and very deeply nested expressions.\npackage deep\n\nimport \"database/sql\"\n\n")

	// A parameter first, then constants: the dynamic part sits at the
	// bottom of a chain of ConcatTerms concatenations.
	b.WriteString("func DynamicFirst(db *sql.DB, name string) {\n\tq := name")
	for i := range ConcatTerms {
		fmt.Fprintf(&b, " + \" c%d\"", i)
	}
	b.WriteString("\n\tdb.Query(q) // finding: rawsql\n}\n\n")

	// Constants first, then a parameter at the end.
	b.WriteString("func DynamicLast(db *sql.DB, name string) {\n\tq := \"SELECT\"")
	for i := range ConcatTerms {
		fmt.Fprintf(&b, " + \" c%d\"", i)
	}
	b.WriteString(" + name\n\tdb.Query(q) // finding: rawsql\n}\n\n")

	// Only constants, which go/types folds into one constant.
	b.WriteString("const long = \"DELETE FROM t WHERE id IN (0\"")
	for i := range ConcatTerms {
		fmt.Fprintf(&b, " + \", %d\"", i)
	}
	b.WriteString(" + \")\"\n\nfunc Constant(db *sql.DB) {\n\tdb.Exec(long) // finding: rawsql\n}\n\n")

	// Constant variables joined at run time, one += per term.
	b.WriteString("func Appended(db *sql.DB, name string) {\n\tq := \"SELECT 1\"\n")
	for i := range ConcatTerms / 10 {
		fmt.Fprintf(&b, "\tq += \" UNION SELECT %d\"\n", i)
	}
	b.WriteString("\tq += name\n\tdb.Query(q) // finding: rawsql\n}\n")
	return b.String()
}

func nestingSrc() string {
	var b strings.Builder
	b.WriteString("package deep\n\nimport (\n\t\"database/sql\"\n\t\"strings\"\n)\n\n")
	b.WriteString("func Parens(db *sql.DB, name string) {\n\tdb.Query(")
	b.WriteString(strings.Repeat("(", ParenDepth))
	b.WriteString("\"SELECT * FROM t WHERE name = '\" + name + \"'\"")
	b.WriteString(strings.Repeat(")", ParenDepth))
	b.WriteString(") // finding: rawsql\n}\n\n")

	b.WriteString("func Calls(db *sql.DB, name string) {\n\tdb.Query(")
	b.WriteString(strings.Repeat("strings.TrimSpace(", CallDepth))
	b.WriteString("\"SELECT * FROM t WHERE name = '\" + name + \"'\"")
	b.WriteString(strings.Repeat(")", CallDepth))
	b.WriteString(") // gap: rawsql\n}\n")
	return b.String()
}

func closuresSrc() string {
	var b strings.Builder
	b.WriteString("// Package closures nests function literals deeply.\npackage closures\n\nimport \"database/sql\"\n\n")
	b.WriteString("func Nested(db *sql.DB, name string) {\n")
	for i := range ClosureDepth {
		fmt.Fprintf(&b, "%sfunc() {\n", strings.Repeat("\t", i+1))
	}
	indent := strings.Repeat("\t", ClosureDepth+1)
	fmt.Fprintf(&b, "%sdb.Query(\"SELECT * FROM t WHERE name = '\" + name + \"'\") // finding: rawsql\n", indent)
	for i := ClosureDepth - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "%s}()\n", strings.Repeat("\t", i+1))
	}
	b.WriteString("}\n")
	return b.String()
}

// chainSrc returns a package where helper i calls helper i-1 and adds a
// constant, and a function passes the last helper's result, built from a
// parameter, to db.Query with the given marker.
func chainSrc(pkg string, n int, marker string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// Package %s passes a query through %d helpers.\npackage %s\n\nimport \"database/sql\"\n\n", pkg, n, pkg)
	b.WriteString("func h0(s string) string { return \"SELECT * FROM t WHERE name = '\" + s }\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "func h%d(s string) string { return h%d(s) + \" \" }\n", i, i-1)
	}
	fmt.Fprintf(&b, "\nfunc Chain(db *sql.DB, name string) {\n\tdb.Query(h%d(name)) // %s: rawsql\n}\n", n-1, marker)
	return b.String()
}
