// Package gorm is a stub of github.com/jinzhu/gorm (gorm v1) for tests.
package gorm

import "errors"

var ErrRecordNotFound = errors.New("record not found")

type DB struct{ Error error }

func (s *DB) Select(query interface{}, args ...interface{}) *DB { return s }
func (s *DB) Where(query interface{}, args ...interface{}) *DB  { return s }
func (s *DB) First(out interface{}, where ...interface{}) *DB   { return s }
func (s *DB) Create(value interface{}) *DB                      { return s }
