package flagtests

import "testing"

func TestLogin(t *testing.T) {
	password := "hunter2" // want `hardcoded password "hun…" \(7 chars\) in password`
	_ = password
}
