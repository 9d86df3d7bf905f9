// Package notfindings holds calls that look like SQL but are no findings.
package notfindings

import (
	"database/sql"
	"fmt"

	"gorm.io/gorm"
)

type User struct{ Email string }

// Index has Query and Exec methods unrelated to SQL.
type Index struct{}

func (Index) Query(q string) []string { return nil }
func (Index) Exec(cmd string) error   { return nil }

func unrelated(idx Index, term string) {
	idx.Query("title:" + term)
	idx.Exec("reindex " + term)
}

func neverReachesSink(id string) string {
	return fmt.Sprintf("SELECT * FROM users WHERE id = '%s'", id)
}

func placeholders(db *gorm.DB, email string) {
	var u User
	db.Where("email = ?", email).First(&u)
	db.Where(&User{Email: email}).First(&u)
	db.Where(map[string]any{"email": email}).Find(&u)
	db.Order("created_at desc").Find(&u)
	db.Select("name", "email").Find(&u)
}

func unknownInterface(db *gorm.DB, cond any) {
	var u User
	db.Where(cond).Find(&u)
}

var sortColumns = map[string]string{"name": "name", "created": "created_at"}

func allowList(db *gorm.DB, sort string) {
	var u []User
	db.Order(sortColumns[sort]).Find(&u)
}

func ints(db *gorm.DB, n int) {
	var u []User
	db.Order(fmt.Sprintf("position %d", n)).Find(&u)
}

func placeholderArgs(db *sql.DB, email string) {
	//nolint:rawsql // the raw-SQL rule is pinned elsewhere; this file checks injection
	db.Query("SELECT * FROM users WHERE email = $1", email)
}

var allowedOrders = map[string]bool{"id": true, "username": true}

type listRequest struct {
	OrderKey string
	Desc     bool
}

func guardedOrder(db *gorm.DB, req listRequest) {
	var u []User
	order := "id"
	if allowedOrders[req.OrderKey] {
		order = req.OrderKey
		if req.Desc {
			order = req.OrderKey + " desc"
		}
	}
	db.Order(order).Find(&u)

	key := req.OrderKey
	allowed := map[string]bool{"id": true, "size": true}
	if !allowed[key] {
		key = "id"
	}
	db.Order(key + " desc").Find(&u)

	if _, ok := allowedOrders[req.OrderKey]; ok {
		db.Order(req.OrderKey).Find(&u)
	}
}
