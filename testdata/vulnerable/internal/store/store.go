// Package store keeps the service's users in PostgreSQL through GORM.
package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
)

// ErrNotFound is returned when no user matches a lookup.
var ErrNotFound = errors.New("user not found")

// User is a registered account. PasswordHash holds a bcrypt hash, never the
// password itself.
type User struct {
	ID           uint   `gorm:"primaryKey"`
	Email        string `gorm:"uniqueIndex;not null"`
	Name         string
	PasswordHash string `gorm:"not null"`
	CreatedAt    time.Time
}

// Store reads and writes users.
type Store struct {
	db *gorm.DB
}

// New returns a Store that uses db.
func New(db *gorm.DB) *Store {
	return &Store{db: db}
}

// Migrate creates or updates the users table.
func (s *Store) Migrate(ctx context.Context) error {
	return s.db.WithContext(ctx).AutoMigrate(&User{})
}

// CreateUser inserts u and sets its ID.
func (s *Store) CreateUser(ctx context.Context, u *User) error {
	return s.db.WithContext(ctx).Create(u).Error
}

// UserByEmail returns the user registered with email.
func (s *Store) UserByEmail(ctx context.Context, email string) (*User, error) {
	var u User
	err := s.db.WithContext(ctx).Where(&User{Email: email}).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &u, nil
}

// UserByID returns the user with the given ID.
func (s *Store) UserByID(ctx context.Context, id uint) (*User, error) {
	var u User
	err := s.db.WithContext(ctx).First(&u, id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &u, nil
}
