package store

import (
	"context"
	"fmt"
	"strconv"
)

// UserStats is a row of the admin console's user report.
type UserStats struct {
	Domain string
	Count  int
}

// SearchUsers finds users whose name contains term. It splices the search
// term into the query text on purpose; see README.md.
func (s *Store) SearchUsers(ctx context.Context, term string) ([]User, error) {
	var users []User
	q := "SELECT * FROM users WHERE name LIKE '%" + term + "%'"
	err := s.db.WithContext(ctx).Raw(q).Scan(&users).Error // finding: rawsql
	return users, err
}

// UsersSortedBy lists users ordered by a column the caller chooses.
func (s *Store) UsersSortedBy(ctx context.Context, column string) ([]User, error) {
	var users []User
	err := s.db.WithContext(ctx).Order(fmt.Sprintf("%s desc", column)).Find(&users).Error // finding: rawsql
	return users, err
}

// UserByName looks a user up by name with the value quoted by hand.
func (s *Store) UserByName(ctx context.Context, name string) (*User, error) {
	var u User
	err := s.db.WithContext(ctx).Where("name = '" + name + "'").First(&u).Error // finding: rawsql
	return &u, err
}

// DomainStats counts users per e-mail domain with hand-written SQL.
func (s *Store) DomainStats(ctx context.Context, limit int) ([]UserStats, error) {
	var stats []UserStats
	q := "SELECT split_part(email, '@', 2) AS domain, count(*) AS count FROM users GROUP BY 1 LIMIT " + strconv.Itoa(limit)
	err := s.db.WithContext(ctx).Raw(q).Scan(&stats).Error // finding: rawsql
	return stats, err
}

// UsersByDomain filters with a placeholder, which the ORM allows.
func (s *Store) UsersByDomain(ctx context.Context, domain string) ([]User, error) {
	var users []User
	err := s.db.WithContext(ctx).Where("email LIKE ?", "%@"+domain).Find(&users).Error
	return users, err
}
