// Package hardcodedsecret defines an analyzer that reports secrets written
// into Go source.
//
// # Analyzer hardcodedsecret
//
// hardcodedsecret: report passwords, keys and tokens written in the source
//
// A secret in the source is in every clone, build cache, binary and log of
// the repository, and rotating it means a release. The rule is to read it
// from the environment and fail when it is missing. The analyzer reports a
// non-empty string literal, or a []byte conversion of one, in four cases.
//
// Sensitive name (category sensitive-name): a name that holds a secret
// (password, secret, token, API key, private key, credentials, signing
// key, …) receives the literal. The name is that of an assigned or
// declared variable, a struct field, a map key, a key argument passed just
// before the literal, or a function that returns it:
//
//	var jwtSecret = "s3cr3t-signing-key" // hardcoded secret "s3cr…" (18 chars) in jwtSecret; read it from the environment and fail when it is missing
//
// Names that describe a secret instead of holding it (passwordField,
// tokenHeader, apiKeyEnv, PasswordHash) are not sensitive, and values that
// are placeholders ("<your-key>", "${VAR}", "xxx"), environment variable or
// header names, labels, paths, routes, format templates, prose or a word of
// the name itself are not secrets.
//
// Key material (category key-material): whatever its name, the literal is
// the key of hmac.New, aes.NewCipher, (*jwt.Token).SignedString, the value
// returned by a jwt key function passed to jwt.Parse, the password of
// (*http.Request).SetBasicAuth, or a password inside a connection string
// ("postgres://app:pw@db/app", "app:pw@tcp(db)/app", "password=pw"). A
// variable or constant declared with a literal and never assigned again
// counts as that literal.
//
// Environment fallback (category env-fallback): the literal is the default
// of a sensitive environment variable, in `if v == "" { v = "…" }` after
// os.Getenv or os.LookupEnv, in cmp.Or(os.Getenv(…), "…"), or as the
// default argument of a getenv helper such as
// `func getenv(name, fallback string) string`, also one from another
// package. Such defaults are reported even when they look like dummies,
// like "change-me", because they are what runs when the variable is unset.
//
// Credential shape (category credential-shape): the literal contains a
// credential of a known format whatever its name: AWS, GitHub, GitLab,
// Slack, Stripe, Google, SendGrid, Twilio, npm and other API keys and
// tokens, PEM private keys and JSON Web Tokens.
//
// Messages show at most the first 4 characters of a secret, never more
// than half of it, and its length.
//
// Test files are checked for credential shapes only, unless the -tests
// flag is set. Findings can be suppressed with //nolint:hardcodedsecret.
//
// The analyzer does not follow data flow: a secret built at run time, read
// from an embedded file, or passed through a variable that is assigned
// more than once is not reported. Passphrases of several words read as
// prose and are not reported under a sensitive name.
package hardcodedsecret

const doc = `report passwords, keys and tokens written in the source

A secret in the source is in every clone, build cache and binary of the
repository. The analyzer reports string literals held by sensitive names
(category sensitive-name), used as keys of hmac, jwt, ciphers, basic auth
or connection strings whatever their name (key-material), given as the
default of a sensitive environment variable (env-fallback), or shaped like
a known credential such as an AWS key or a GitHub token (credential-shape).
Read the secret from the environment and fail when it is missing.

Test files are checked for credential shapes only unless -tests is set.
Messages show at most the first 4 characters of a secret and its length.
A secret built at run time or passed through a variable assigned more than
once is not followed.`
