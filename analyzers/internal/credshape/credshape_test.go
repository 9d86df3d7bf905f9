package credshape

import (
	"math"
	"strings"
	"testing"
	"time"
)

// The values below are made up for these tests; none is a live credential.
// They are assembled from parts so that secret scanners reading this
// repository do not take them for real ones.
var (
	githubToken = "ghp_" + "Zq8vN3kR7tY2wX5pL9mB4cD6fG1hJ0sA3eT7"
	googleKey   = "AIza" + "SyD3kR7tY2wX5pL9mB4cD6fG1hJ0sA3eT7q"
	jwt         = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "." + "eyJzdWIiOiIxMjM0NTY3ODkwIn0" + "." + "dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"
	pemKey      = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----"
)

func TestFindRecognisesShapes(t *testing.T) {
	tests := []struct {
		value string
		shape string
	}{
		{"AKIA" + "QZ7R4MBN2XK5TW3J", "AWS access key ID"},
		{"ASIA" + "QZ7R4MBN2XK5TW3J", "AWS access key ID"},
		{"wJalrXUt" + "nFEMI/K7MDENG/bPxRfiCY3kQ9mZ2pLw", "AWS secret access key"},
		{githubToken, "GitHub token"},
		{"github_pat_" + "11ABCDEFG0" + strings.Repeat("aB3dE5fG7h", 6), "GitHub token"},
		{"glpat-" + "x7Kq2Lm9Np4Rs8Tv1Wz3", "GitLab token"},
		{"xoxb-" + "1234567890-0987654321-Zq8vN3kR7tY2wX5pL9mB", "Slack token"},
		{"https://hooks.slack.com/services/T" + "0ABCDE12/B0FGHIJ34/Zq8vN3kR7tY2wX5pL9mB4cD6", "Slack webhook URL"},
		{"sk_live_" + "51Hq8vN3kR7tY2wX5pL9mB4c", "Stripe secret key"},
		{"rk_live_" + "51Hq8vN3kR7tY2wX5pL9mB4c", "Stripe restricted key"},
		{googleKey, "Google API key"},
		{"SG." + "Zq8vN3kR7tY2wX5pL9mB4c" + "." + "D6fG1hJ0sA3eT7qZq8vN3kR7tY2wX5pL9mB4cD6fG1h", "SendGrid API key"},
		{"SK" + "0123456789abcdef0123456789abcdef", "Twilio API key"},
		{"AC" + "9f8e7d6c5b4a39281706f5e4d3c2b1a0", "Twilio account SID"},
		{"npm_" + "Zq8vN3kR7tY2wX5pL9mB4cD6fG1hJ0sA3eT7", "npm token"},
		{pemKey, "PEM private key"},
		{"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\nMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\\n-----END PRIVATE KEY-----\\n", "PEM private key"},
		{jwt, "JSON Web Token"},
	}
	for _, tt := range tests {
		m, ok := Find(tt.value)
		if !ok {
			t.Errorf("Find(%.12q…) found nothing, want %s", tt.value, tt.shape)
			continue
		}
		if m.Shape != tt.shape {
			t.Errorf("Find(%.12q…).Shape = %q, want %q", tt.value, m.Shape, tt.shape)
		}
		wantSelfIssued := tt.shape == "JSON Web Token" || tt.shape == "PEM private key"
		if m.SelfIssued != wantSelfIssued {
			t.Errorf("Find(%.12q…).SelfIssued = %v, want %v", tt.value, m.SelfIssued, wantSelfIssued)
		}
	}
}

func TestFindLocatesEmbeddedCredential(t *testing.T) {
	s := "Authorization: Bearer " + githubToken + "\n"
	m, ok := Find(s)
	if !ok {
		t.Fatal("Find found no token after Bearer")
	}
	if got := s[m.Start:m.End]; got != githubToken {
		t.Errorf("Find matched %q, want the token alone", got)
	}

	s = "token=" + jwt + "&next=1"
	m, ok = Find(s)
	if !ok || s[m.Start:m.End] != jwt {
		t.Errorf("Find(%q) = %+v, %v, want the JWT alone", s, m, ok)
	}
}

func TestFindIgnoresLookalikes(t *testing.T) {
	for _, value := range []string{
		"",
		"AKIAIOSFODNN7EXAMPLE",
		"AKIAXXXXXXXXXXXXXXXX",
		"AKIAQZ7R4MBN2XK5TW3",   // one byte short
		"XAKIAQZ7R4MBN2XK5TW3J", // no word boundary before it
		"ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
		"ghp_" + "Zq8vN3kR7tY2wX5pL9mB", // too short
		"sk_test_51Hq8vN3kR7tY2wX5pL9mB4c",
		"-----BEGIN RSA PRIVATE KEY-----",
		"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END PUBLIC KEY-----",
		"-----BEGIN CERTIFICATE-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END CERTIFICATE-----",
		"eyJhbGciOiJIUzI1NiJ9", // header only
		"eyJub3QiOiJhIGhlYWRlciJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl", // no "alg"
		"6ba7b810-9dad-11d1-80b4-00c04fd430c8",
		"da39a3ee5e6b4b0d3255bfef95601890afd80709", // SHA-1, lower-case hex
		"0123456789012345678901234567890123456789",
		"orders_per_region_limit_",
		"SKIP_THIS_STEP",
		"ACCOUNT_SID",
		"AIzaSy_your_api_key_here_xxxxxxxxxxxxx",
	} {
		if m, ok := Find(value); ok {
			t.Errorf("Find(%q) = %+v, want no match", value, m)
		}
	}
}

func TestEntropy(t *testing.T) {
	tests := []struct {
		s    string
		want float64
	}{
		{"", 0},
		{"aaaa", 0},
		{"ab", 1},
		{"abcd", 2},
		{"0123456789abcdef", 4},
	}
	for _, tt := range tests {
		if got := Entropy(tt.s); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Entropy(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestFindIsLinearOnRepeatedPrefixes(t *testing.T) {
	// Each of these would make a backtracking or restart-at-every-byte
	// matcher quadratic.
	for _, s := range []string{
		strings.Repeat("eyJ", 200000),
		strings.Repeat("eyJ-", 200000),
		strings.Repeat("SG.", 200000),
		strings.Repeat("-----BEGIN ", 100000),
		strings.Repeat("ghp_", 200000),
	} {
		start := time.Now()
		Find(s)
		if elapsed := time.Since(start); elapsed > 2*time.Second {
			t.Errorf("Find on %d bytes of %.8q… took %v", len(s), s, elapsed)
		}
	}
}

// FuzzFind checks that Find never panics, returns a range inside its input
// that begins with a known shape, and finds the same shape again in the
// matched text alone. Entropy stays within [0, log2(len)].
func FuzzFind(f *testing.F) {
	for _, seed := range []string{githubToken, googleKey, jwt, pemKey, "AKIAQZ7R4MBN2XK5TW3J", "SG.a.b", "eyJ.eyJ.x", "-----BEGIN X PRIVATE KEY-----\\n"} { //nolint:hardcodedsecret // made-up key as a fuzz seed
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Entropy(s)
		if h < 0 || len(s) > 0 && h > math.Log2(float64(len(s)))+1e-9 {
			t.Fatalf("Entropy(%q) = %v out of range", s, h)
		}

		m, ok := Find(s)
		if !ok {
			return
		}
		if m.Start < 0 || m.End > len(s) || m.Start >= m.End || m.Shape == "" {
			t.Fatalf("Find(%q) = %+v, out of range", s, m)
		}
		again, ok := Find(s[m.Start:m.End])
		if !ok || again.Shape != m.Shape && m.Shape != "AWS secret access key" {
			t.Fatalf("Find(%q) = %+v, but its match alone gives %+v, %v", s, m, again, ok)
		}
	})
}
