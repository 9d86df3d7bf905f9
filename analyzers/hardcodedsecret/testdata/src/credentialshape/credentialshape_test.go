package credentialshape

import "testing"

func TestLogin(t *testing.T) {
	password := "hunter2"                               // test fixtures name fake passwords freely
	token := "ghp_Zq8vN3kR7tY2wX5pL9mB4cD6fG1hJ0sA3eT7" // want `hardcoded GitHub token "ghp_…" \(40 chars\)`
	_, _ = password, token
}
