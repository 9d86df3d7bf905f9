package flow

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

func sink(s string) {}

const table = "users"

var packageTable = "events"

var sortColumns = map[string]string{"name": "name", "age": "age"}

type store struct{ table string }

type Exposed struct{ Table string }

type queryBuilder struct {
	conditions []string
	order      string
}

func (b *queryBuilder) withID(n int) {
	b.conditions = append(b.conditions, "id = $"+strconv.Itoa(n))
}

func (b *queryBuilder) withStatus() {
	b.conditions = append(b.conditions, "status = 'ok'")
}

func newBuilder(order string) *queryBuilder {
	return &queryBuilder{order: strings.ToLower(order)}
}

func (b *queryBuilder) query() {
	sink("SELECT * FROM t WHERE " + strings.Join(b.conditions, " AND ")) // want `^safe dynamic`
	sink("SELECT * FROM t ORDER BY " + b.order)                          // want `^dynamic: field "order" by concatenation`
}

func (e *Exposed) query() {
	sink("SELECT * FROM " + e.Table) // want `^dynamic: field "Table" by concatenation`
}

func newStore() *store { return &store{table: "users"} }

func literal() {
	sink("SELECT 1") // want `^constant$`
}

func concatenation(id string) {
	q := "SELECT * FROM album WHERE id = "
	q += id
	sink(q) // want `^dynamic: parameter "id" by concatenation @-1$`
}

func constantPhi(admin bool) {
	q := "SELECT * FROM " + table
	if admin {
		q += " WHERE admin"
	}
	sink(q) // want `^constant$`
}

func sprintfOfString(uid string) {
	q := fmt.Sprintf("SELECT name FROM users WHERE id = '%s'", uid)
	sink(q) // want `^dynamic: parameter "uid" with fmt.Sprintf @-1$`
}

func sprintfOfConstant() {
	sink(fmt.Sprintf("SELECT count(*) FROM %s", table)) // want `^constant$`
}

func sprintfOfInt(n int) {
	sink(fmt.Sprintf("SELECT * FROM t LIMIT %d", n)) // want `^safe dynamic @\+0$`
}

func itoa(n int) {
	sink("SELECT * FROM t LIMIT " + strconv.Itoa(n)) // want `^safe dynamic @\+0$`
}

func formatInt(n int64) {
	sink("SELECT * FROM t LIMIT " + strconv.FormatInt(n, 10)) // want `^safe dynamic`
}

func builderOfConstants(cols []int) {
	var sb strings.Builder
	sb.WriteString("SELECT ")
	for range cols {
		sb.WriteString("x, ")
	}
	sb.WriteString("1 FROM t")
	sink(sb.String()) // want `^constant$`
}

func builderOfParameter(name string) {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM t WHERE name = '")
	sb.WriteString(name)
	sb.WriteString("'")
	sink(sb.String()) // want `^dynamic: parameter "name" with a strings.Builder @\+0$`
}

func bufferWithFprintf(name string) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "SELECT * FROM %s", name)
	sink(buf.String()) // want `^dynamic: parameter "name" with fmt.Sprintf`
}

func joinOfConstants() {
	cols := []string{"a", "b", table}
	sink("SELECT " + strings.Join(cols, ", ") + " FROM t") // want `^constant$`
}

func joinOfParameter(col string) {
	cols := []string{"a", col}
	sink("SELECT " + strings.Join(cols, ", ")) // want `^dynamic: parameter "col" with strings.Join`
}

func appendedJoin(extra []string) {
	cols := []string{"a"}
	cols = append(cols, "b")
	sink(strings.Join(cols, ",")) // want `^constant$`
	cols = append(cols, extra...)
	sink(strings.Join(cols, ",")) // want `^dynamic: parameter "extra"`
}

func loopConcatenation(names []string) {
	q := "SELECT * FROM t WHERE name IN ("
	for i := range names {
		if i > 0 {
			q += ","
		}
		q += "?"
	}
	q += ")"
	sink(q) // want `^constant$`
}

func loopOfValues(names []string) {
	q := ""
	for _, n := range names {
		q += n
	}
	sink(q) // want `^dynamic: parameter "names" by concatenation`
}

func (s *store) field() {
	sink("SELECT * FROM " + s.table) // want `^constant$`
}

func packageVariable() {
	sink("SELECT * FROM " + packageTable) // want `^constant$`
}

func allowList(col string) {
	sink("SELECT * FROM t ORDER BY " + sortColumns[col]) // want `^constant$`
}

func interfaceCall(s fmt.Stringer) {
	sink("SELECT * FROM " + s.String()) // want `^dynamic: call result of \(fmt.Stringer\).String by concatenation`
}

func funcValues(name string, build func() string) {
	literal := func() string { return "DELETE FROM t WHERE name = '" + name + "'" }
	sink(literal()) // want `^dynamic: call result of a func literal$`
	sink(build())   // want `^dynamic: call result of function parameter "build"$`
	builders := []func() string{build}
	sink(builders[0]()) // want `^dynamic: call result of a function value$`
}

func whereClause(col string) string {
	return col + " = ?"
}

func tableName() string { return "users" }

func limit(n int) string { return " LIMIT " + strconv.Itoa(n) }

func localHelpers(col string, n int) {
	sink("SELECT * FROM t WHERE " + whereClause("id")) // want `^constant$`
	sink("SELECT * FROM t WHERE " + whereClause(col))  // want `^dynamic: parameter "col" through a call of flow.whereClause`
	sink("SELECT * FROM " + tableName())               // want `^constant$`
	sink("SELECT * FROM t" + limit(n))                 // want `^safe dynamic`
}

func closureCapture(name string) {
	q := "SELECT 1"
	add := func() { q += name }
	add()
	sink(q) // want `^dynamic: parameter "name" by concatenation`
}

func recursive(n int) string {
	if n == 0 {
		return "x"
	}
	return recursive(n-1) + "y"
}

func useRecursive() {
	sink(recursive(3)) // want `^constant$`
}

func byteSlice(name string) {
	b := []byte("SELECT ")
	b = append(b, name...)
	sink(string(b)) // want `^dynamic: parameter "name"`
}

func trimmed(name string) {
	sink(strings.TrimSpace(name)) // want `^dynamic: parameter "name"$`
}

var allowedOrders = map[string]bool{"id": true, "name": true}

type listRequest struct {
	OrderKey string
	Desc     bool
}

func allowListGuard(req listRequest, col string) {
	order := "id"
	if allowedOrders[req.OrderKey] {
		order = req.OrderKey
		if req.Desc {
			order = req.OrderKey + " desc"
		}
	}
	sink(order) // want `^constant$`

	key := req.OrderKey
	if !allowedOrders[key] {
		key = "id"
	}
	sink(key + " desc") // want `^constant$`

	if _, ok := allowedOrders[col]; ok {
		sink("ORDER BY " + col) // want `^constant$`
	}
	if col == "asc" || col == "desc" {
		sink("ORDER BY id " + col) // want `^dynamic: parameter "col"`
	}
	if col != "asc" {
		return
	}
	sink("ORDER BY id " + col) // want `^constant$`
}

func notGuarded(col string, other string) {
	if allowedOrders[other] {
		sink("ORDER BY " + col) // want `^dynamic: parameter "col"`
	}
	open := map[string]bool{col: true}
	if open[col] {
		sink("ORDER BY " + col) // want `^dynamic: parameter "col"`
	}
}
