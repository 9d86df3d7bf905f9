package names

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestWordsSplitsIdentifiers(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"userPassword", []string{"user", "password"}},
		{"user_password", []string{"user", "password"}},
		{"user-password", []string{"user", "password"}},
		{"jwt.secret", []string{"jwt", "secret"}},
		{"JWTSecret", []string{"jwt", "secret"}},
		{"APIKey", []string{"api", "key"}},
		{"X-API-KEY", []string{"x", "api", "key"}},
		{"userIDs", []string{"user", "ids"}},
		{"URLsFor", []string{"urls", "for"}},
		{"oauth2Token", []string{"oauth", "2", "token"}},
		{"v2Secret", []string{"v", "2", "secret"}},
		{"AWS_SECRET_ACCESS_KEY", []string{"aws", "secret", "access", "key"}},
		{"  ", nil},
		{"", nil},
		{"__x__", []string{"x"}},
	}
	for _, tt := range tests {
		if got := Words(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestClassifySensitiveNames(t *testing.T) {
	tests := []struct {
		name string
		want Kind
	}{
		{"password", Password},
		{"Password", Password},
		{"userPassword", Password},
		{"DB_PASSWORD", Password},
		{"DBPASSWORD", Password},
		{"db_pass", Password},
		{"smtpPass", Password},
		{"pass", Password},
		{"passwd", Password},
		{"pwd", Password},
		{"passphrase", Password},
		{"newPassword", Password},
		{"password2", Password},
		{"passwordConfirmation", Password},
		{"encryptedPassword", Password},
		{"secret", Secret},
		{"jwtSecret", Secret},
		{"JWT_SECRET", Secret},
		{"client_secret", Secret},
		{"ClientSecret", Secret},
		{"SECRET_KEY_BASE", Secret},
		{"secretKey", Secret},
		{"signingKey", Secret},
		{"hmacKey", Secret},
		{"encryptionKey", Secret},
		{"jwtKey", Secret},
		{"credentials", Secret},
		{"gcpCredentialsJSON", Secret},
		{"authKey", Secret},
		{"webhookSecretProd", Secret},
		{"token", Token},
		{"accessToken", Token},
		{"refresh_token", Token},
		{"idToken", Token},
		{"bearerToken", Token},
		{"bearer", Token},
		{"jwt", Token},
		{"apitoken", Token},
		{"passwordResetToken", Token},
		{"sessionToken", Token},
		{"apiKey", APIKey},
		{"api_key", APIKey},
		{"APIKEY", APIKey},
		{"x-api-key", APIKey},
		{"accessKey", APIKey},
		{"AWS_SECRET_ACCESS_KEY", APIKey},
		{"stripeAPIKeyLive", APIKey},
		{"privateKey", PrivateKey},
		{"private_key_pem", PrivateKey},
		{"privKey", PrivateKey},
		{"authorization", Auth},
		{"cookie", Auth},
		{"sessionCookie", Auth},
		{"sessionID", Auth},
		{"session_id", Auth},
		{"basicAuth", Auth},
		{"creditCardNumber", Personal},
		{"card_number", Personal},
		{"cvv", Personal},
		{"ssn", Personal},
		{"socialSecurityNumber", Personal},
	}
	for _, tt := range tests {
		if got := Classify(tt.name); got != tt.want {
			t.Errorf("Classify(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestClassifyDescriptiveNames(t *testing.T) {
	tests := []struct {
		name     string
		mentions Kind
	}{
		{"passwordName", Password},
		{"tokenID", Token},
		{"privateKeyPath", PrivateKey},
		{"credentialsFile", Secret},
		{"tokenURL", Token},
		{"apiKeyEnv", APIKey},
		{"secretLabel", Secret},
		{"tokenHeader", Token},
		{"token_type", Token},
		{"passwordField", Password},
		{"minPasswordLength", Password},
		{"tokenTTL", Token},
		{"secretCount", Secret},
		{"PasswordChangedAt", Password},
		{"tokenExpiry", Token},
		{"PasswordHash", Password},
		{"password_hash", Password},
		{"PASSWORDHASH", Password},
		{"HashedPassword", Password},
		{"PasswordPolicy", Password},
		{"has_password", Password},
		{"isTokenValid", Token},
		{"maxTokens", Token},
		{"nextPageToken", Token},
		{"publicKey", None},
		{"public_tokens.route", Token},
		{"accessKeyID", APIKey},
		{"passwordKey", Password},
		{"tokenKey", Token},
		{"cookieName", Auth},
		{"AuthorizationHeader", Auth},
		{"cardNumberLength", Personal},
		{"secretManager", Secret},
		{"tokenSource", Token},
	}
	for _, tt := range tests {
		if got := Classify(tt.name); got != None {
			t.Errorf("Classify(%q) = %v, want none", tt.name, got)
		}
		if got := Mentions(tt.name); got != tt.mentions {
			t.Errorf("Mentions(%q) = %v, want %v", tt.name, got, tt.mentions)
		}
		if tt.mentions != None && !IsDescriptive(tt.name) {
			t.Errorf("IsDescriptive(%q) = false, want true", tt.name)
		}
	}
}

func TestClassifyOrdinaryNames(t *testing.T) {
	for _, name := range []string{
		"", "name", "user", "LabelGroupWriteView", "TokenizationID", "tokenizer",
		"secretary", "bypass", "firstPass", "renderPass", "compass", "keyPair",
		"key", "publicKey", "checksum", "sha256", "orders_per_region_limit_",
		"passthrough", "spanID", "inputTokens", "secrets_dir", "expires_in",
	} {
		if got := Classify(name); got != None {
			t.Errorf("Classify(%q) = %v, want none", name, got)
		}
	}
}

func TestIsPasswordName(t *testing.T) {
	for name, want := range map[string]bool{
		"password":          true,
		"userPassword":      true,
		"DB_PASS":           true,
		"PasswordHash":      false,
		"HashedPassword":    false,
		"PasswordChangedAt": false,
		"PasswordPolicy":    false,
		"passwordSalt":      false,
		"apiKey":            false,
	} {
		if got := IsPasswordName(name); got != want {
			t.Errorf("IsPasswordName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestIsCredentialName(t *testing.T) {
	for name, want := range map[string]bool{
		"jwtSecret":  true,
		"apiKey":     true,
		"privateKey": true,
		"cookie":     false,
		"ssn":        false,
		"tokenType":  false,
	} {
		if got := IsCredentialName(name); got != want {
			t.Errorf("IsCredentialName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestKindString(t *testing.T) {
	if got := PrivateKey.String(); got != "private key" {
		t.Errorf("PrivateKey.String() = %q", got)
	}
	if got := Kind(200).String(); got != "unknown" {
		t.Errorf("Kind(200).String() = %q", got)
	}
}

// FuzzClassify checks invariants of Words and Classify on any input: no
// panic, words are non-empty lower-case runs of letters or of digits,
// splitting is idempotent, and the kind depends only on the words, so
// rewriting a name in SCREAMING_SNAKE, snake or kebab case keeps it.
func FuzzClassify(f *testing.F) {
	for _, seed := range []string{"userPassword", "JWT_SECRET", "X-API-KEY", "passwordHash", "userIDs", "oauth2Token", "ẞecret", "İD", "a\xffb"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, name string) {
		words := Words(name)
		for _, w := range words {
			if w == "" {
				t.Fatalf("Words(%q) has an empty word", name)
			}
			if w != strings.ToLower(w) {
				t.Fatalf("Words(%q) has %q, not lower-case", name, w)
			}
			digits := strings.IndexFunc(w, unicode.IsDigit) >= 0
			letters := strings.IndexFunc(w, unicode.IsLetter) >= 0
			if digits && letters {
				t.Fatalf("Words(%q) has %q, mixing letters and digits", name, w)
			}
		}

		kind := Classify(name)
		if kind > Personal {
			t.Fatalf("Classify(%q) = %d, out of range", name, kind)
		}
		if kind != None && Mentions(name) != kind {
			t.Fatalf("Mentions(%q) = %v, Classify = %v", name, Mentions(name), kind)
		}
		if IsDescriptive(name) && kind != None {
			t.Fatalf("IsDescriptive(%q) with Classify = %v", name, kind)
		}

		snake := strings.Join(words, "_")
		if again := Words(snake); !slices.Equal(again, words) {
			t.Fatalf("Words(%q) = %q, but Words(%q) = %q", name, words, snake, again)
		}
		for _, form := range []string{snake, strings.ToUpper(snake), strings.Join(words, "-"), strings.Join(words, ".")} {
			if !slices.Equal(Words(form), words) {
				// Upper-casing does not round-trip for a few runes
				// such as 'ß'; the words differ, so the kind may too.
				continue
			}
			if got := Classify(form); got != kind {
				t.Fatalf("Classify(%q) = %v, but Classify(%q) = %v", form, got, name, kind)
			}
		}
	})
}
