// Package gorm is a stub of gorm.io/gorm for tests.
package gorm

type DB struct{ Error error }

func (db *DB) Raw(sql string, values ...any) *DB   { return db }
func (db *DB) Exec(sql string, values ...any) *DB  { return db }
func (db *DB) Where(query any, args ...any) *DB    { return db }
func (db *DB) Or(query any, args ...any) *DB       { return db }
func (db *DB) Not(query any, args ...any) *DB      { return db }
func (db *DB) Order(value any) *DB                 { return db }
func (db *DB) Group(name string) *DB               { return db }
func (db *DB) Having(query any, args ...any) *DB   { return db }
func (db *DB) Joins(query string, args ...any) *DB { return db }
func (db *DB) Select(query any, args ...any) *DB   { return db }
func (db *DB) Table(name string, args ...any) *DB  { return db }
func (db *DB) Distinct(args ...any) *DB            { return db }
func (db *DB) Pluck(column string, dest any) *DB   { return db }
func (db *DB) Find(dest any, conds ...any) *DB     { return db }
func (db *DB) First(dest any, conds ...any) *DB    { return db }
func (db *DB) Scan(dest any) *DB                   { return db }
func (db *DB) Model(value any) *DB                 { return db }
