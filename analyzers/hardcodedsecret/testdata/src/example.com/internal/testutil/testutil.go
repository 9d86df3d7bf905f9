// Package testutil creates fixtures for tests; only credential shapes are
// reported in it.
package testutil

type Account struct {
	Username string
	Password string
}

func Admin() Account {
	return Account{Username: "admin", Password: "admin"}
}

var Token = "ghp_Zq8vN3kR7tY2wX5pL9mB4cD6fG1hJ0sA3eT7" // want `hardcoded GitHub token "ghp_…"`
