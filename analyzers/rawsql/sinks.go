package rawsql

import (
	"fmt"
	"go/types"
	"strconv"
	"strings"
)

// sink describes a function whose argument number arg is an SQL query.
type sink struct {
	arg int
	// raw marks functions that run SQL text as written (database/sql, sqlx,
	// pgx, gorm Raw and Exec), where even a constant query breaks the rule
	// that SQL goes through the ORM or generated query code. Query-builder
	// methods such as gorm's Where take SQL fragments with placeholders and
	// are checked for injection only.
	raw bool
}

const (
	databaseSQL = "database/sql"
	sqlxPath    = "github.com/jmoiron/sqlx"
	pgxPath     = "github.com/jackc/pgx/v5"
	pgxpoolPath = "github.com/jackc/pgx/v5/pgxpool"
	gormPath    = "gorm.io/gorm"
	squirrel    = "github.com/Masterminds/squirrel"
)

// sinkPackages are the packages the built-in sinks belong to.
var sinkPackages = []string{databaseSQL, sqlxPath, pgxPath, gormPath, squirrel}

// builtinSinks returns the table of known sinks, keyed by the names of
// callee.Name.
func builtinSinks() map[string]sink {
	table := make(map[string]sink)
	add := func(recvs []string, methods map[string]int, raw bool) {
		for _, r := range recvs {
			for m, arg := range methods {
				table[r+"."+m] = sink{arg: arg, raw: raw}
			}
		}
	}

	add([]string{"(*database/sql.DB)", "(*database/sql.Tx)", "(*database/sql.Conn)"}, map[string]int{
		"Query": 0, "QueryRow": 0, "Exec": 0, "Prepare": 0,
		"QueryContext": 1, "QueryRowContext": 1, "ExecContext": 1, "PrepareContext": 1,
	}, true)

	add([]string{"(*" + sqlxPath + ".DB)", "(*" + sqlxPath + ".Tx)", "(*" + sqlxPath + ".Conn)"}, map[string]int{
		"Select": 1, "Get": 1, "Queryx": 0, "QueryRowx": 0, "MustExec": 0,
		"NamedExec": 0, "NamedQuery": 0, "Preparex": 0, "PrepareNamed": 0,
		"SelectContext": 2, "GetContext": 2, "QueryxContext": 1, "QueryRowxContext": 1,
		"MustExecContext": 1, "NamedExecContext": 1, "NamedQueryContext": 1,
		"PreparexContext": 1, "PrepareNamedContext": 1,
	}, true)
	for name, arg := range map[string]int{
		"Select": 2, "Get": 2, "SelectContext": 3, "GetContext": 3,
		"NamedExec": 1, "NamedQuery": 1, "NamedExecContext": 2, "NamedQueryContext": 2,
		"MustExec": 1, "MustExecContext": 2,
	} {
		table[sqlxPath+"."+name] = sink{arg: arg, raw: true}
	}

	add([]string{"(*" + pgxPath + ".Conn)", "(" + pgxPath + ".Tx)", "(*" + pgxpoolPath + ".Pool)", "(*" + pgxpoolPath + ".Conn)", "(*" + pgxpoolPath + ".Tx)"}, map[string]int{
		"Query": 1, "QueryRow": 1, "Exec": 1,
	}, true)

	add([]string{"(*" + gormPath + ".DB)"}, map[string]int{"Raw": 0, "Exec": 0}, true)
	add([]string{"(*" + gormPath + ".DB)"}, map[string]int{
		"Where": 0, "Or": 0, "Not": 0, "Order": 0, "Group": 0, "Having": 0,
		"Joins": 0, "Select": 0, "Table": 0, "Distinct": 0, "Pluck": 0,
	}, false)

	builders := []string{"(" + squirrel + ".SelectBuilder)", "(" + squirrel + ".UpdateBuilder)", "(" + squirrel + ".DeleteBuilder)", "(" + squirrel + ".InsertBuilder)"}
	add(builders, map[string]int{"Prefix": 0, "Suffix": 0}, false)
	add(builders[:3], map[string]int{"Where": 0}, false)
	table[squirrel+".Expr"] = sink{arg: 0}

	// TODO: go-sqlbuilder's SQL and Where(string) and goqu's L and
	// Literal take SQL text too; their output is trusted (see
	// builtinQueryBuilders), so text passed to them is not checked yet.
	return table
}

// methodShape is the signature of a sink method that an interface method
// can copy. It records the index of the query parameter and the result
// types in the form resultTypes returns.
type methodShape struct {
	arg     int
	results string
}

// builtinInterfaceSinks returns, by method name, the shapes of the sink
// methods of database/sql (DB, Tx, Conn), sqlx (DB, Tx, Conn) and pgx v5
// (Conn, Tx, pgxpool). Interfaces such as sqlc's DBTX and sqlx's Queryer
// copy these methods. Requiring the same results keeps out unrelated
// methods named Query, such as those of search or GraphQL clients.
func builtinInterfaceSinks() map[string][]methodShape {
	const (
		result = databaseSQL + ".Result, error"
		rows   = "*" + databaseSQL + ".Rows, error"
		row    = "*" + databaseSQL + ".Row"
		stmt   = "*" + databaseSQL + ".Stmt, error"
		rowsx  = "*" + sqlxPath + ".Rows, error"
		rowx   = "*" + sqlxPath + ".Row"
		stmtx  = "*" + sqlxPath + ".Stmt, error"
		named  = "*" + sqlxPath + ".NamedStmt, error"
	)

	// TODO: sqlx's Select and Get return only an error, so an interface
	// method copying them cannot be distinguished from an unrelated method
	// and is not a sink.
	return map[string][]methodShape{
		"Exec":             {{0, result}, {1, pgxPath + "/pgconn.CommandTag, error"}},
		"ExecContext":      {{1, result}},
		"Query":            {{0, rows}, {1, pgxPath + ".Rows, error"}},
		"QueryContext":     {{1, rows}},
		"QueryRow":         {{0, row}, {1, pgxPath + ".Row"}},
		"QueryRowContext":  {{1, row}},
		"Prepare":          {{0, stmt}},
		"PrepareContext":   {{1, stmt}},
		"Queryx":           {{0, rowsx}},
		"QueryxContext":    {{1, rowsx}},
		"QueryRowx":        {{0, rowx}},
		"QueryRowxContext": {{1, rowx}},
		"Preparex":         {{0, stmtx}},
		"PreparexContext":  {{1, stmtx}},

		"MustExec":            {{0, databaseSQL + ".Result"}},
		"MustExecContext":     {{1, databaseSQL + ".Result"}},
		"NamedExec":           {{0, result}},
		"NamedExecContext":    {{1, result}},
		"NamedQuery":          {{0, rowsx}},
		"NamedQueryContext":   {{1, rowsx}},
		"PrepareNamed":        {{0, named}},
		"PrepareNamedContext": {{1, named}},
	}
}

// interfaceSink returns the sink for fn when fn is an interface method,
// or the method of a type parameter's constraint, whose name, query
// parameter and results match a sink method of database/sql, sqlx or pgx.
// Such a method runs SQL text as written.
func (s *settings) interfaceSink(fn *types.Func) (sink, bool) {
	sig := fn.Signature()
	if sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) {
		return sink{}, false
	}
	for _, shape := range s.ifaceSinks[fn.Name()] {
		if shape.arg < sig.Params().Len() &&
			types.Identical(sig.Params().At(shape.arg).Type(), types.Typ[types.String]) &&
			resultTypes(sig) == shape.results {
			return sink{arg: shape.arg, raw: true}, true
		}
	}
	return sink{}, false
}

// resultTypes returns the result types of sig, aliases resolved, each
// written by types.TypeString with full package paths and joined by ", ".
func resultTypes(sig *types.Signature) string {
	var b strings.Builder
	for i := range sig.Results().Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(types.TypeString(types.Unalias(sig.Results().At(i).Type()), nil))
	}
	return b.String()
}

// builtinSanitizers returns the functions whose result is safe in SQL
// text: they quote an identifier or a literal.
func builtinSanitizers() map[string]bool {
	return map[string]bool{
		"github.com/lib/pq.QuoteIdentifier":             true,
		"github.com/lib/pq.QuoteLiteral":                true,
		"(" + pgxPath + ".Identifier).Sanitize":         true,
		"(github.com/jackc/pgx/v4.Identifier).Sanitize": true,
	}
}

// builtinQueryBuilders returns the methods of query-builder libraries
// whose result is SQL the library generated, with values as placeholders.
// A query made only of such results is neither injection nor raw SQL; the
// builders' own methods that take SQL text are sinks instead.
func builtinQueryBuilders() map[string]bool {
	const sqlbuilder = "github.com/huandu/go-sqlbuilder"
	const goqu = "github.com/doug-martin/goqu/v9"
	out := map[string]bool{
		"(" + sqlbuilder + ".Builder).Build":           true,
		"(" + sqlbuilder + ".Builder).BuildWithFlavor": true,
		"(" + squirrel + ".Sqlizer).ToSql":             true,
	}
	for _, b := range []string{"SelectBuilder", "InsertBuilder", "UpdateBuilder", "DeleteBuilder", "UnionBuilder", "CreateTableBuilder", "CTEBuilder"} {
		for _, m := range []string{"Build", "BuildWithFlavor", "String"} {
			out["(*"+sqlbuilder+"."+b+")."+m] = true
		}
	}
	for _, b := range []string{"SelectBuilder", "InsertBuilder", "UpdateBuilder", "DeleteBuilder", "CaseBuilder"} {
		out["("+squirrel+"."+b+").ToSql"] = true
		out["("+squirrel+"."+b+").MustSql"] = true
	}
	for _, d := range []string{"SelectDataset", "InsertDataset", "UpdateDataset", "DeleteDataset", "TruncateDataset"} {
		out["(*"+goqu+"."+d+").ToSQL"] = true
	}
	return out
}

// parseSinks parses the -sinks flag: comma-separated "NAME:ARG" entries,
// with an optional ":raw" suffix, such as
// "example.com/db.(*Conn).Run:0:raw".
func parseSinks(specs []string) (map[string]sink, error) {
	out := make(map[string]sink)
	for _, spec := range specs {
		name, rest, ok := cutLastColon(spec)
		raw := false
		if ok && rest == "raw" {
			raw = true
			name, rest, ok = cutLastColon(name)
		}
		if !ok || name == "" {
			return nil, fmt.Errorf("invalid -sinks entry %q: want NAME:ARG or NAME:ARG:raw, as in example.com/db.(*Conn).Run:0", spec)
		}
		arg, err := strconv.Atoi(rest)
		if err != nil || arg < 0 {
			return nil, fmt.Errorf("invalid -sinks entry %q: argument index %q is not a non-negative integer", spec, rest)
		}
		out[fullName(name)] = sink{arg: arg, raw: raw}
	}
	return out, nil
}

// fullName converts the flag's "PKG.(*T).Method" and "PKG.T.Method" forms
// to the "(*PKG.T).Method" form of callee.Name; function names and names
// already in that form are returned unchanged.
//
// NOTE: a function of a package whose last path element has a dot, such as
// gopkg.in/yaml.v3.Marshal, is taken for a method "(gopkg.in/yaml.v3).Marshal"
// and so matches nothing.
func fullName(name string) string {
	if strings.HasPrefix(name, "(") {
		return name
	}
	if pkg, rest, ok := strings.Cut(name, ".("); ok {
		typ, method, ok := strings.Cut(rest, ").")
		if !ok {
			return name
		}
		if ptr, ok := strings.CutPrefix(typ, "*"); ok {
			return "(*" + pkg + "." + ptr + ")." + method
		}
		return "(" + pkg + "." + typ + ")." + method
	}
	slash := strings.LastIndexByte(name, '/')
	parts := strings.Split(name[slash+1:], ".")
	if len(parts) == 3 {
		return "(" + name[:slash+1] + parts[0] + "." + parts[1] + ")." + parts[2]
	}
	return name
}

// sinkPackagePath returns the import path of a qualified function name such
// as "(*example.com/db.Conn).Run" or "example.com/db.Run".
func sinkPackagePath(name string) string {
	name = strings.TrimPrefix(name, "(")
	name = strings.TrimPrefix(name, "*")
	slash := strings.LastIndexByte(name, '/')
	dot := strings.IndexByte(name[slash+1:], '.')
	if dot < 0 {
		return name
	}
	return name[:slash+1+dot]
}
func cutLastColon(s string) (before, after string, ok bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}
