package mincost

import "golang.org/x/crypto/bcrypt"

func Default(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) // want `bcrypt cost 10 is below 12`
}

func Twelve(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), 12)
}
