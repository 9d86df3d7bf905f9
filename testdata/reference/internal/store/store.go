// Package store keeps users and notes in SQLite through GORM.
//
// Queries are built from struct conditions and GORM's clause types; no SQL
// text is written here. GORM leaves zero-valued fields out of struct
// conditions, so every method that filters on a field rejects a zero value
// first: Where(&Note{UserID: 0}) would otherwise match every user's notes.
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/logger"
)

var (
	// ErrNotFound is returned when no row matches.
	ErrNotFound = errors.New("record not found")
	// ErrDuplicate is returned when a unique column already has the value.
	ErrDuplicate = errors.New("duplicate record")
	// errZeroCondition is returned instead of running a query whose struct
	// condition would lose a zero-valued field.
	errZeroCondition = errors.New("store: empty or zero query condition")
)

// User is an account. PasswordHash holds a bcrypt hash, never a password.
type User struct {
	ID           uint   `gorm:"primaryKey"`
	Email        string `gorm:"uniqueIndex;not null"`
	PasswordHash string `gorm:"not null"`
	CreatedAt    time.Time
	// Notes is never loaded; it declares the foreign key from notes.user_id.
	Notes []Note `gorm:"constraint:OnDelete:CASCADE"`
}

// Note is a short text owned by one user.
type Note struct {
	ID        uint   `gorm:"primaryKey"`
	UserID    uint   `gorm:"index;not null"`
	Title     string `gorm:"not null"`
	Body      string `gorm:"not null"`
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Store is the service's data access layer.
type Store struct {
	db *gorm.DB
}

// Open opens or creates the SQLite database at path, with foreign keys on
// and write-ahead logging, and migrates the schema.
func Open(path string) (*Store, error) {
	dsn := path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)"
	db, err := gorm.Open(sqlite.Open(dsn), &gorm.Config{
		// Turn driver errors such as unique violations into gorm.ErrDuplicatedKey.
		TranslateError: true,
		// GORM's own logger prints SQL with its arguments, which may include
		// user data; the service logs failures itself through slog.
		Logger: logger.Discard,
	})
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := db.AutoMigrate(&User{}, &Note{}); err != nil {
		return nil, fmt.Errorf("migrate database %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// CreateUser inserts u and sets its ID. It returns ErrDuplicate when the
// email is taken.
func (s *Store) CreateUser(ctx context.Context, u *User) error {
	err := s.db.WithContext(ctx).Create(u).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return ErrDuplicate
	}
	if err != nil {
		return fmt.Errorf("create user: %w", err)
	}
	return nil
}

// UserByEmail returns the user with the given email, or ErrNotFound.
func (s *Store) UserByEmail(ctx context.Context, email string) (User, error) {
	if email == "" {
		return User{}, errZeroCondition
	}
	var u User
	err := s.db.WithContext(ctx).Where(&User{Email: email}).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return User{}, ErrNotFound
	}
	if err != nil {
		return User{}, fmt.Errorf("find user by email: %w", err)
	}
	return u, nil
}

// CreateNote inserts n and sets its ID and timestamps.
func (s *Store) CreateNote(ctx context.Context, n *Note) error {
	if n.UserID == 0 {
		return errZeroCondition
	}
	if err := s.db.WithContext(ctx).Create(n).Error; err != nil {
		return fmt.Errorf("create note: %w", err)
	}
	return nil
}

// NotesByUser returns the notes of userID, oldest first.
func (s *Store) NotesByUser(ctx context.Context, userID uint) ([]Note, error) {
	if userID == 0 {
		return nil, errZeroCondition
	}
	notes := []Note{}
	err := s.db.WithContext(ctx).
		Where(&Note{UserID: userID}).
		Order(clause.OrderByColumn{Column: clause.Column{Name: "id"}}).
		Find(&notes).Error
	if err != nil {
		return nil, fmt.Errorf("list notes of user %d: %w", userID, err)
	}
	return notes, nil
}

// NoteByID returns note id if userID owns it, and ErrNotFound otherwise, so
// another user's note looks the same as a missing one.
func (s *Store) NoteByID(ctx context.Context, userID, id uint) (Note, error) {
	if userID == 0 || id == 0 {
		return Note{}, errZeroCondition
	}
	var n Note
	err := s.db.WithContext(ctx).Where(&Note{ID: id, UserID: userID}).First(&n).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return Note{}, ErrNotFound
	}
	if err != nil {
		return Note{}, fmt.Errorf("find note %d: %w", id, err)
	}
	return n, nil
}

// DeleteNote deletes note id if userID owns it, and returns ErrNotFound
// otherwise.
func (s *Store) DeleteNote(ctx context.Context, userID, id uint) error {
	if userID == 0 || id == 0 {
		return errZeroCondition
	}
	result := s.db.WithContext(ctx).Where(&Note{ID: id, UserID: userID}).Delete(&Note{})
	if result.Error != nil {
		return fmt.Errorf("delete note %d: %w", id, result.Error)
	}
	if result.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}
