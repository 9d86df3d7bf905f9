// Package rawsql reports SQL queries built from non-constant strings, and
// raw SQL in hand-written code.
//
// # Analyzer rawsql
//
// rawsql: report SQL injection and raw SQL outside the ORM
//
// The analyzer finds the query argument of database/sql (DB, Tx, Conn:
// Query, QueryRow, Exec, Prepare and their Context forms), sqlx (Select,
// Get, Queryx, QueryRowx, MustExec, NamedExec, NamedQuery and the
// package-level forms), pgx v5 (Conn, Tx, pgxpool Pool: Query, QueryRow,
// Exec), gorm (Raw, Exec, Where, Or, Not, Order, Group, Having, Joins,
// Select, Table, Distinct, Pluck) and squirrel (Where, Prefix, Suffix,
// Expr), and traces how the query string is built.
//
// A query that contains a non-constant string part is reported as SQL
// injection (category sql-injection), naming the part and how it joins the
// query:
//
//	q := "SELECT * FROM album WHERE id = " + id
//	rows, err := db.Query(q) // want: SQL query passed to (*database/sql.DB).Query is built from parameter "id" by concatenation; ...
//
// Numbers formatted with strconv.Itoa or fmt.Sprintf("%d") of an int-typed
// value, constants, and strings built from constants only (including
// strings.Builder, strings.Join, fmt.Sprintf and helpers of other packages
// that return constants) are not injection.
//
// A query built from constants only that is passed to database/sql, sqlx,
// pgx, or gorm's Raw or Exec is reported as raw SQL (category raw-sql),
// because the team's rule is that SQL goes through the ORM or generated
// query code:
//
//	db.Exec("DELETE FROM sessions WHERE expires < now()") // want: raw SQL passed to (*database/sql.DB).Exec; ...
//
// Generated files and packages listed in -allow-pkgs are exempt from
// raw-SQL findings but not from injection; -mode=injection turns raw-SQL
// findings off. Placeholder-style query-builder calls such as
// db.Where("email = ?", email) are not raw SQL. A function that passes its
// parameter to a sink unchanged is a sink itself, also for other packages,
// so the finding appears where the query is built.
//
// A finding is suppressed by //nolint:rawsql (or //nolint:secvet) on the
// sink's line, on the line above it, or on a line where the query was
// built.
//
// The analyzer does not catch queries whose non-constant part reaches the
// sink through a struct field that holds the whole query, a function value
// or an interface method that runs SQL; queries built by functions of other
// packages are followed only through their summaries. It stays silent when
// the query argument is an interface value of unknown content, and when
// the tracer gives up on a flow too deep to follow.
package rawsql

const doc = `report SQL injection and raw SQL outside the ORM

rawsql reports the query argument of database/sql, sqlx, pgx, gorm and
squirrel calls when it contains a non-constant string part (category
sql-injection), and, unless -mode=injection, constant raw SQL passed to
database/sql, sqlx, pgx or gorm Raw/Exec in hand-written code (category
raw-sql). Generated files and -allow-pkgs packages are exempt from raw-SQL
findings. Numbers formatted with strconv or %d are not injection. See the
package documentation for examples and limits.`
