package flagtests

import "testing"

func TestLogin(t *testing.T) {
	password := "hunter2" // want `hardcoded password "hun…" \(7 chars\) in password`
	_ = password
}

const testJWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk" // want `hardcoded JSON Web Token "eyJh…"`
