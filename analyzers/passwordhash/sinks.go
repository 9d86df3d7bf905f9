package passwordhash

// sqlSink describes a function that sends a query and its arguments to a
// database. Indices count a method's receiver as 0.
type sqlSink struct {
	query int // the query text
	args  int // the first query argument; later arguments follow
}

// sqlSinks lists the SQL functions whose arguments are checked.
var sqlSinks = map[string]sqlSink{}

func addSQL(recvs []string, methods map[string]sqlSink) {
	for _, r := range recvs {
		for m, s := range methods {
			sqlSinks["("+r+")."+m] = s
		}
	}
}

func init() {
	// database/sql and sqlx, whose DB and Tx embed or mirror them.
	addSQL([]string{"*database/sql.DB", "*database/sql.Tx", "*database/sql.Conn"}, map[string]sqlSink{
		"Exec": {1, 2}, "Query": {1, 2}, "QueryRow": {1, 2},
		"ExecContext": {2, 3}, "QueryContext": {2, 3}, "QueryRowContext": {2, 3},
	})
	addSQL([]string{"*database/sql.Stmt"}, map[string]sqlSink{
		"Exec": {-1, 1}, "Query": {-1, 1}, "QueryRow": {-1, 1},
		"ExecContext": {-1, 2}, "QueryContext": {-1, 2}, "QueryRowContext": {-1, 2},
	})
	addSQL([]string{"*github.com/jmoiron/sqlx.DB", "*github.com/jmoiron/sqlx.Tx"}, map[string]sqlSink{
		"MustExec": {1, 2}, "MustExecContext": {2, 3},
		"Queryx": {1, 2}, "QueryRowx": {1, 2}, "QueryxContext": {2, 3}, "QueryRowxContext": {2, 3},
		"Get": {2, 3}, "Select": {2, 3}, "GetContext": {3, 4}, "SelectContext": {3, 4},
	})
	// pgx v5 connections, pools and transactions.
	addSQL([]string{
		"*github.com/jackc/pgx/v5.Conn", "github.com/jackc/pgx/v5.Tx",
		"*github.com/jackc/pgx/v5/pgxpool.Pool", "*github.com/jackc/pgx/v5/pgxpool.Conn", "*github.com/jackc/pgx/v5/pgxpool.Tx",
	}, map[string]sqlSink{
		"Exec": {2, 3}, "Query": {2, 3}, "QueryRow": {2, 3},
	})
	// gorm's raw SQL and conditions: a password in a condition means the
	// table holds it as it was typed.
	for _, pkg := range gormPackages {
		addSQL([]string{"*" + pkg + ".DB"}, map[string]sqlSink{
			"Exec": {1, 2}, "Raw": {1, 2}, "Where": {1, 2}, "Or": {1, 2}, "Not": {1, 2},
		})
		for _, m := range []string{"Create", "CreateInBatches", "Save", "Updates", "UpdateColumns", "FirstOrCreate", "Assign", "Attrs", "Where"} {
			modelSinks["(*"+pkg+".DB)."+m] = 1
		}
		for _, m := range []string{"Update", "UpdateColumn"} {
			columnSinks["(*"+pkg+".DB)."+m] = [2]int{1, 2}
		}
	}
}

// gormPackages are gorm v2 and v1, whose DB methods have the same shapes.
var gormPackages = []string{"gorm.io/gorm", "github.com/jinzhu/gorm"}

// modelSinks lists the functions that store a model, map or struct, by the
// index of the argument that holds it (variadic arguments are expanded).
var modelSinks = map[string]int{
	"(*github.com/jmoiron/sqlx.DB).NamedExec":        2,
	"(*github.com/jmoiron/sqlx.Tx).NamedExec":        2,
	"(*github.com/jmoiron/sqlx.DB).NamedExecContext": 3,
	"(*github.com/jmoiron/sqlx.Tx).NamedExecContext": 3,
	"(*github.com/jmoiron/sqlx.DB).NamedQuery":       2,
	"(*github.com/jmoiron/sqlx.Tx).NamedQuery":       2,
}

// columnSinks lists the functions that store one value in a named column,
// by the indices of the column name and the value.
var columnSinks = map[string][2]int{}

// compareFuncs lists the functions that compare two byte strings or
// strings, by the indices of the two operands.
var compareFuncs = map[string][2]int{
	"bytes.Equal":                       {0, 1},
	"strings.EqualFold":                 {0, 1},
	"strings.Compare":                   {0, 1},
	"bytes.EqualFold":                   {0, 1},
	"bytes.Compare":                     {0, 1},
	"crypto/subtle.ConstantTimeCompare": {0, 1},
	"crypto/hmac.Equal":                 {0, 1},
	"reflect.DeepEqual":                 {0, 1},
}

// gormHooks are the model methods gorm calls before it writes a row; a
// model with one may hash its password there.
var gormHooks = []string{"BeforeSave", "BeforeCreate", "BeforeUpdate"}

const bcryptGenerate = "golang.org/x/crypto/bcrypt.GenerateFromPassword"
