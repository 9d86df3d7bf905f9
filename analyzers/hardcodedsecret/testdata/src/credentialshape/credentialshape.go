// Package credentialshape holds credentials of known formats under names
// that say nothing about them. Every value is made up.
package credentialshape

var (
	awsID   = "AKIAQZ7R4MBN2XK5TW3J"                                                                                                                                     // want `hardcoded AWS access key ID "AKIA…" \(20 chars\); revoke it and read its replacement from the environment`
	gh      = "ghp_Zq8vN3kR7tY2wX5pL9mB4cD6fG1hJ0sA3eT7"                                                                                                                 // want `hardcoded GitHub token "ghp_…" \(40 chars\)`
	gl      = "glpat-x7Kq2Lm9Np4Rs8Tv1Wz3"                                                                                                                               // want `hardcoded GitLab token "glpa…" \(26 chars\)`
	slack   = "xoxb-1234567890-0987654321-Zq8vN3kR7tY2wX5pL9mB"                                                                                                          // want `hardcoded Slack token "xoxb…"`
	stripe  = "sk_live_51Hq8vN3kR7tY2wX5pL9mB4c"                                                                                                                         // want `hardcoded Stripe secret key "sk_l…" \(32 chars\)`
	google  = "AIzaSyD3kR7tY2wX5pL9mB4cD6fG1hJ0sA3eT7q"                                                                                                                  // want `hardcoded Google API key "AIza…"`
	sg      = "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"                                                                                    // want `hardcoded SendGrid API key "SG.Z…"`
	twilio  = "SK0123456789abcdef0123456789abcdef"                                                                                                                       // want `hardcoded Twilio API key "SK01…"`
	npm     = "npm_Zq8vN3kR7tY2wX5pL9mB4cD6fG1hJ0sA3eT7"                                                                                                                 // want `hardcoded npm token "npm_…"`
	jwt     = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"                                              // want `hardcoded JSON Web Token "eyJh…"`
	header  = "Bearer ghp_Zq8vN3kR7tY2wX5pL9mB4cD6fG1hJ0sA3eT7"                                                                                                          // want `hardcoded GitHub token "ghp_…" \(40 chars\)`
	pemKey  = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOtB2eS8GAVmoAoGCCqGSM49AwEHoUQDQgAEMIIBIjANBgkqhk\n-----END EC PRIVATE KEY-----" // want `hardcoded PEM private key "----…"`
	example = "AKIAIOSFODNN7EXAMPLE"
	fake    = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	marker  = "-----BEGIN RSA PRIVATE KEY-----"
	test    = "sk_test_51Hq8vN3kR7tY2wX5pL9mB4c"
	sha1    = "da39a3ee5e6b4b0d3255bfef95601890afd80709"
)

const rawKey = /* want `hardcoded PEM private key "----…"` */ `-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu
-----END PRIVATE KEY-----`
