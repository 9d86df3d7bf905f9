// Package sensitivename holds literals given to names of secrets.
package sensitivename

import (
	"flag"
	"net/http"
	"os"
)

var jwtSecret = "s3cr3t-signing-key" // want `hardcoded secret "s3cr…" \(18 chars\) in jwtSecret; read it from the environment and fail when it is missing`

const DBPassword = "hunter2" // want `hardcoded password "hun…" \(7 chars\) in DBPassword`

var webhookSecret = "6ba7b810-9dad-11d1-80b4-00c04fd430c8" // want `hardcoded secret "6ba7…" \(36 chars\) in webhookSecret`

var signingKey = []byte("k9#mQ2!vL") // want `hardcoded secret "k9#m…" \(9 chars\) in signingKey`

type Config struct {
	Addr         string
	Password     string
	APIKey       string
	ClientSecret []byte
	TokenHeader  string
}

func assignments() {
	var cfg Config
	cfg.Password = "p4ssw0rd!"  // want `hardcoded password "p4ss…" \(9 chars\) in Password`
	apiKey := "a1b2c3d4e5f6"    // want `hardcoded API key "a1b2…" \(12 chars\) in apiKey`
	refresh_token := "r3fr3sh!" // want `hardcoded token "r3fr…" \(8 chars\) in refresh_token`
	_, _ = apiKey, refresh_token

	settings := map[string]string{}
	settings["db_password"] = "tr0ub4dor" // want `hardcoded password "tr0u…" \(9 chars\) in db_password`
}

var defaults = Config{
	Addr:         ":8080",
	Password:     "admin123",                // want `hardcoded password "admi…" \(8 chars\) in Password`
	APIKey:       "live-4f9a8b",             // want `hardcoded API key "live…" \(11 chars\) in APIKey`
	ClientSecret: []byte("0af3-client-9x2"), // want `hardcoded secret "0af3…" \(15 chars\) in ClientSecret`
	TokenHeader:  "Authorization",
}

var env = map[string]string{
	"API_KEY":     "k-1234abcd", // want `hardcoded API key "k-12…" \(10 chars\) in API_KEY`
	"LOG_LEVEL":   "debug",
	"private_key": "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu", // want `hardcoded private key "MIIB…" \(64 chars\) in private_key`
}

func keyedCalls(req *http.Request) {
	os.Setenv("DB_PASSWORD", "s3cret!")                         // want `hardcoded password "s3c…" \(7 chars\) in DB_PASSWORD`
	req.Header.Set("X-API-Key", "9f8e7d6c")                     // want `hardcoded API key "9f8e…" \(8 chars\) in X-API-Key`
	req.Header.Set("Authorization", "Bearer abcdef0123456789")  // want `hardcoded token "abcd…" \(16 chars\) in Authorization`
	_ = flag.String("jwt-secret", "dev-signing-9x", "HMAC key") // want `hardcoded secret "dev-…" \(14 chars\) in jwt-secret`
	req.Header.Set("Authorization", "Bearer <token>")
	req.Header.Set("Cookie", "session=1")
	_ = flag.String("token", "", "API token; empty disables the API")
}

func defaultPassword() string {
	return "letmein" // want `hardcoded password "let…" \(7 chars\) in defaultPassword`
}

// Values that sensitive names hold besides secrets.
var (
	passwordPlaceholder = "<your-password>"
	apiToken            = "${API_TOKEN}"
	dbPass              = "$DB_PASS"
	secretKey           = "xxxxxxxx"
	userPassword        = "********"
	stripeKey           = "your-stripe-key-here"
	jwtSecretName       = "JWT_SECRET"
	secret              = "JWT_SECRET"
	apiKeyEnv           = "API_KEY"
	tokenHeader         = "Authorization"
	authToken           = "X-Auth-Token"
	passwordField       = "password"
	password            = "Password"
	adminSecret         = "/run/secrets/admin"
	privateKeyFile      = "certs/server.key"
	credentials         = "credentials.json"
	resetToken          = "/api/v1/password/reset"
	tokenURL            = "https://auth.example.com/oauth/token"
	passwordPrompt      = "Enter your password: "
	errBadPassword      = "invalid password"
	msgInvalidToken     = "the token is invalid or expired."
	secretFmt           = "secret-%s"
	tokenTemplate       = "Bearer %s"
	clientSecretLabel   = "Client Secret"
	accessToken         = "none"
	secretID            = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
	privateKey          = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----"
	jwtSecretKey        = "jwt_secret_key"
	sessionToken        = ""
)

// Names that describe a secret or are not about secrets at all.
var (
	passwordHash      = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"
	checksum          = "9e107d9d372bb6826bd81d3542a419d6"
	sha256Sum         = "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
	requestID         = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
	TokenizationID    = "tok_9f8e7d6c5b4a"
	publicTokensRoute = "public_tokens.route"
	k                 = "orders_per_region_limit_"
	tokenType         = "bearer-v2"
	passwordMinLength = "12"
	PasswordChangedAt = "2024-01-01"
	nextPageToken     = "CgwIARIIY3Vyc29yMQ"
	maxTokens         = "4096"
	publicKey         = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb6"
	hasPassword       = "yes-it-does"
)

const LabelGroupWriteView = "Group Write View"

var privateKeyValue []byte

func init() {
	privateKeyValue, _ = os.ReadFile("key.pem")
	_ = os.Getenv("API_KEY")
}

// A sentinel with symbols is a password, not prose.
const sentinelPassword = "A String Very Very Strong!!@##$!@#4" // want `hardcoded password "A St…" \(35 chars\) in sentinelPassword`

const defaultDSN = "user=postgres password=postgres dbname=app" // want `hardcoded password "post…" \(8 chars\) in a connection string`

func isDefaultDSN(dsn string) bool {
	return dsn == "user=postgres password=postgres dbname=app"
}

// lookup follows a path of keys; its arguments are a list, not key-value
// pairs.
func lookup(m map[string]any, keys ...string) any { return nil }

func lists(m map[string]any) {
	_ = lookup(m, "adminAuthToken", "duration")
	excluded := append([]string{}, "passwordConfirm", "oldPassword")
	_ = excluded
}

const (
	EmailPlaceholderToken = "{TOKEN}"
	smtpPassword          = "%SMTP_PASSWORD%"
	webhookToken          = "__WEBHOOK_TOKEN__"
)

// StringVarP stubs cobra's flag definition: name, shorthand, value, usage.
func StringVarP(p *string, name, shorthand string, value string, usage string) {}

// Where stubs a query builder.
func Where(query string, args ...any) {}

func moreCalls() {
	var p string
	StringVarP(&p, "password", "p", "", "password of the admin user")
	Where("password = ?", "hunter2")
	Where("api_key", "k-5678efgh") // want `hardcoded API key "k-56…" \(10 chars\) in api_key`
}

// A translation table holds labels.
var german = map[string]string{
	"password": "Passwort",
	"token":    "Zugangstoken",
}
