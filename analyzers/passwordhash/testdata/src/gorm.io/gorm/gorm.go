// Package gorm is a stub of gorm.io/gorm for tests.
package gorm

import "time"

type Model struct {
	ID        uint `gorm:"primarykey"`
	CreatedAt time.Time
	UpdatedAt time.Time
}

type DB struct{ Error error }

func (db *DB) Create(value interface{}) *DB                             { return db }
func (db *DB) Save(value interface{}) *DB                               { return db }
func (db *DB) Updates(values interface{}) *DB                           { return db }
func (db *DB) UpdateColumns(values interface{}) *DB                     { return db }
func (db *DB) Update(column string, value interface{}) *DB              { return db }
func (db *DB) UpdateColumn(column string, value interface{}) *DB        { return db }
func (db *DB) FirstOrCreate(dest interface{}, conds ...interface{}) *DB { return db }
func (db *DB) Assign(attrs ...interface{}) *DB                          { return db }
func (db *DB) Attrs(attrs ...interface{}) *DB                           { return db }
func (db *DB) Where(query interface{}, args ...interface{}) *DB         { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) *DB         { return db }
func (db *DB) Model(value interface{}) *DB                              { return db }
func (db *DB) Exec(sql string, values ...interface{}) *DB               { return db }
func (db *DB) Raw(sql string, values ...interface{}) *DB                { return db }
func (db *DB) Transaction(fc func(tx *DB) error) error                  { return fc(db) }
