package lowcost

import "golang.org/x/crypto/bcrypt"

const fastCost = 6

func Fast(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.MinCost) // want `bcrypt cost 4 is below 10; pass bcrypt.DefaultCost or a higher constant`
}

func Named(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), fastCost) // want `bcrypt cost 6 is below 10`
}

// The rest is clean.

func Default(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func Higher(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), 12)
}

func Configured(password string, cost int) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), cost)
}
