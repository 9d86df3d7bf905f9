package credentialshape

import "testing"

// Tests mint their own JWTs and keys; those are not reported without
// -tests, but a provider's token is.
const testJWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"

const testKey = `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu
-----END PRIVATE KEY-----`

func TestLogin(t *testing.T) {
	password := "hunter2"                               // test fixtures name fake passwords freely
	token := "ghp_Zq8vN3kR7tY2wX5pL9mB4cD6fG1hJ0sA3eT7" // want `hardcoded GitHub token "ghp_…" \(40 chars\)`
	_, _ = password, token
}
