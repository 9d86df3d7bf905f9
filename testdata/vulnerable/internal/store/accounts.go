package store

import (
	"context"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

// AdminAccount is an operator of the legacy admin console. Its password
// handling breaks the team's rules on purpose; see README.md.
type AdminAccount struct {
	ID       uint   `gorm:"primaryKey"`
	Login    string `gorm:"uniqueIndex;not null"`
	Password string `gorm:"not null"`
}

// CreateAdmin stores a console operator with the password as typed.
func (s *Store) CreateAdmin(ctx context.Context, login, password string) error {
	a := AdminAccount{Login: login, Password: password}
	return s.db.WithContext(ctx).Create(&a).Error // finding: passwordhash
}

// ResetAdminPassword replaces an operator's password with its MD5 digest.
func (s *Store) ResetAdminPassword(ctx context.Context, id uint, password string) error {
	sum := md5.Sum([]byte(password))
	return s.db.WithContext(ctx).Model(&AdminAccount{}).Where("id = ?", id).Update("password", hex.EncodeToString(sum[:])).Error // finding: passwordhash
}

// CheckAdmin returns the operator whose login and password match.
func (s *Store) CheckAdmin(ctx context.Context, login, password string) (*AdminAccount, error) {
	var a AdminAccount
	if err := s.db.WithContext(ctx).Where(&AdminAccount{Login: login}).First(&a).Error; err != nil {
		return nil, ErrNotFound
	}
	if a.Password != legacyDigest(password) { // finding: passwordhash
		return nil, ErrNotFound
	}
	return &a, nil
}

// legacyDigest is the console's old password digest.
func legacyDigest(password string) string {
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:]) // finding: passwordhash
}

// QuickHash hashes a password with the lowest bcrypt cost to speed up the
// console's tests.
func QuickHash(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.MinCost) // finding: passwordhash
}
