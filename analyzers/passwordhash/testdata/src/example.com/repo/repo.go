// Package repo stores users for the handlers of another package.
package repo

import "gorm.io/gorm"

type User struct {
	gorm.Model
	Email    string
	Password string
}

type Repo struct{ db *gorm.DB }

// CreateUser inserts u.
func (r *Repo) CreateUser(u *User) error { // want CreateUser:`storesModel\(\[1\]\)`
	return r.db.Create(u).Error
}

// Save stores u through CreateUser.
func (r *Repo) Save(u *User) error { // want Save:`storesModel\(\[1\]\)`
	return r.CreateUser(u)
}
