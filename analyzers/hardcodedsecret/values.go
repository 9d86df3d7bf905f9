package hardcodedsecret

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"github.com/secvet/secvet/analyzers/internal/names"
)

// literal returns the string value of e when e is a string literal, a
// constant concatenation of string literals, or the []byte or string
// conversion of one. Named constants do not count, because their own
// declaration is the literal.
func literal(info *types.Info, e ast.Expr) (value string, ok bool) {
	e = ast.Unparen(e)
	if call, isCall := e.(*ast.CallExpr); isCall && len(call.Args) == 1 {
		tv, found := info.Types[call.Fun]
		if !found || !tv.IsType() || !isStringOrBytes(tv.Type) {
			return "", false
		}
		return literal(info, call.Args[0])
	}
	if !onlyLiterals(e) {
		return "", false
	}
	tv, found := info.Types[e]
	if !found || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// onlyLiterals reports whether e is built from string literals and + alone.
func onlyLiterals(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return e.Kind == token.STRING
	case *ast.BinaryExpr:
		return e.Op == token.ADD && onlyLiterals(e.X) && onlyLiterals(e.Y)
	}
	return false
}

func isStringOrBytes(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// notASecret returns why value, held by a name of the given words, is not a
// secret, or "" when it may be one. The reasons are the shapes of values
// that such names hold besides secrets: placeholders, names of environment
// variables and headers, labels, paths, templates and prose.
func notASecret(value string, nameWords []string) string {
	trimmed := strings.TrimSpace(value)
	switch {
	case trimmed == "":
		return "blank"
	case isPlaceholder(trimmed):
		return "placeholder"
	case isEnvName(trimmed):
		return "environment variable name"
	case isHeaderName(trimmed):
		return "header name"
	case isTemplate(trimmed):
		return "format template"
	case isPathOrURL(trimmed):
		return "path, route or URL"
	case isProse(trimmed):
		return "label or prose"
	case isKeyword(trimmed):
		return "keyword"
	case strings.Contains(trimmed, "-----BEGIN ") && !strings.Contains(trimmed, "PRIVATE KEY"):
		return "public key or certificate"
	case namesItself(trimmed, nameWords):
		return "its own name"
	}
	return ""
}

// placeholderParts mark a value as a placeholder wherever they occur in it.
// placeholderWords count only as whole words, because they also occur
// inside real passwords.
var (
	placeholderParts = []string{"your", "placeholder", "example", "dummy", "redacted", "replaceme", "changeme", "change_me", "change-me"}
	placeholderWords = map[string]bool{"todo": true, "fixme": true, "here": true, "insert": true, "enter": true, "replace": true, "change": true, "xxx": true}
)

// isPlaceholder reports whether s is "<your-key>", "${VAR}", "{{ .Secret }}",
// "$DB_PASSWORD", "xxx", "***", "your-api-key-here" and the like.
func isPlaceholder(s string) bool {
	if strings.ContainsAny(s, "<>") || strings.Contains(s, "${") || strings.Contains(s, "{{") || strings.Contains(s, "$(") {
		return true
	}
	if s[0] == '$' && isIdentifier(s[1:]) {
		return true
	}

	// "{TOKEN}", "%API_KEY%" and "__SECRET__" are filled in by templates.
	for _, delims := range [][2]string{{"{", "}"}, {"%", "%"}, {"__", "__"}, {"[", "]"}} {
		inner, ok := strings.CutPrefix(s, delims[0])
		if inner, found := strings.CutSuffix(inner, delims[1]); ok && found && isIdentifier(strings.TrimSpace(inner)) {
			return true
		}
	}
	if strings.Trim(s, "xX*.-_?#0 ") == "" {
		return true
	}
	lower := strings.ToLower(s)
	for _, part := range placeholderParts {
		if strings.Contains(lower, part) {
			return true
		}
	}
	for _, w := range names.Words(lower) {
		if placeholderWords[w] {
			return true
		}
	}
	return false
}

// isEnvName reports whether s is an environment variable name such as
// "JWT_SECRET": upper-case letters, digits and underscores, with an
// underscore.
func isEnvName(s string) bool {
	if s == "" || !strings.Contains(s, "_") || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	letters := false
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters = true
		case r >= '0' && r <= '9' || r == '_':
		default:
			return false
		}
	}
	return letters
}

// headerNames are the request and response headers that carry credentials.
var headerNames = map[string]bool{
	"authorization": true, "proxy-authorization": true, "cookie": true,
	"set-cookie": true, "www-authenticate": true, "proxy-authenticate": true,
}

// isHeaderName reports whether s is a credential header name or an "X-"
// header such as "X-API-Key".
func isHeaderName(s string) bool {
	lower := strings.ToLower(s)
	if headerNames[lower] {
		return true
	}
	if !strings.HasPrefix(lower, "x-") || len(s) < 4 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// isTemplate reports whether s contains a fmt verb or a template action.
func isTemplate(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '%' && strings.IndexByte("svdqxXtTfgbeo+#-0123456789", s[i+1]) >= 0 {
			return true
		}
	}
	return strings.Contains(s, "{}") || strings.Contains(s, "{0}")
}

// isPathOrURL reports whether s is a file path, a route or a URL without a
// password. URLs with a password are the key-material rule's business.
func isPathOrURL(s string) bool {
	if strings.Contains(s, "://") {
		return !hasURLPassword(s)
	}
	for _, p := range []string{"/", "./", "../", "~/"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			return true
		}
	}
	if strings.ContainsAny(s, " \t") {
		return false
	}

	// A relative path has at least two segments of readable words, or ends
	// in a file extension: "secrets/jwt.key", "config.yaml". Base64 keys
	// contain slashes too, but their segments mix cases.
	segments := strings.Split(s, "/")
	if len(segments) >= 2 {
		for _, seg := range segments {
			if seg == "" || looksRandom(seg) || mixesCase(seg) {
				return false
			}
		}
		return true
	}
	if dot := strings.LastIndexByte(s, '.'); dot > 0 && fileExtensions[strings.ToLower(s[dot+1:])] {
		return !looksRandom(s[:dot])
	}
	return false
}

var fileExtensions = map[string]bool{
	"pem": true, "key": true, "crt": true, "cer": true, "der": true, "p12": true,
	"pfx": true, "json": true, "yaml": true, "yml": true, "toml": true,
	"txt": true, "env": true, "conf": true, "cfg": true, "ini": true,
	"jks": true, "pub": true, "html": true, "tmpl": true, "gohtml": true,
}

// mixesCase reports whether s has a lower-case letter before an upper-case
// one, as in "wJalrX" but not in "Secrets" or "API".
func mixesCase(s string) bool {
	lower := false
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && lower:
			return true
		}
	}
	return false
}

// looksRandom reports whether s mixes letters and digits the way generated
// keys do: 12 characters or more with digits and letters of both cases, or
// 20 or more with letters and digits.
func looksRandom(s string) bool {
	var upper, lower, digit int
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			digit++
		}
	}
	if len(s) >= 12 && upper > 0 && lower > 0 && digit > 0 {
		return true
	}
	return len(s) >= 20 && digit > 0 && upper+lower > 0
}

// isProse reports whether s reads as words for people: a label such as
// "Group Write View", a prompt, or an error text. Symbols such as @#$ that
// prose rarely contains make it a passphrase instead.
func isProse(s string) bool {
	if strings.Count(s, "@")+strings.Count(s, "#")+strings.Count(s, "$")+strings.Count(s, "^")+
		strings.Count(s, "&")+strings.Count(s, "*")+strings.Count(s, "=")+strings.Count(s, "~")+
		strings.Count(s, "|")+strings.Count(s, "\\") >= 2 {
		return false
	}
	fields := strings.Fields(s)
	if len(fields) < 2 {
		// "Password:" is a label, and so is a capitalised word such as
		// "Passwort" in a translation table.
		word := strings.TrimSuffix(s, ":")
		return isWord(word) && (word != s || isCapitalised(word))
	}
	words := 0
	for _, f := range fields {
		if isWord(strings.Trim(f, ".,:;!?()'\"")) {
			words++
		}
	}
	return words*2 > len(fields)
}

// isCapitalised reports whether word is an upper-case letter followed by
// lower-case letters only, like "Passwort".
func isCapitalised(word string) bool {
	for i, r := range word {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return len(word) > 1
}

// isWord reports whether s is made of letters only, possibly with an
// apostrophe or an inner hyphen ("don't", "e-mail").
func isWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '\'' && r != '-' {
			return false
		}
	}
	return true
}

// keywords are values that configure an option instead of being a secret:
// `Password: "required"`, `Token: "none"`.
var keywords = map[string]bool{
	"true": true, "false": true, "yes": true, "no": true, "on": true, "off": true,
	"none": true, "null": true, "nil": true, "empty": true, "required": true,
	"optional": true, "disabled": true, "enabled": true, "hidden": true,
	"masked": true, "bcrypt": true, "argon2": true, "argon2id": true,
	"scrypt": true, "plain": true, "plaintext": true, "bearer": true,
	"basic": true, "digest": true, "oauth": true, "oauth2": true, "jwt": true,
	"hs256": true, "hs384": true, "hs512": true, "rs256": true, "es256": true,
	"header": true, "query": true, "cookie": true, "body": true, "form": true,
	"env": true, "file": true, "vault": true, "string": true, "text": true,
	"password": true, "secret": true, "token": true, "n/a": true, "-": true,
}

func isKeyword(s string) bool {
	return keywords[strings.ToLower(s)]
}

// namesItself reports whether value is an identifier made only of words of
// the name that holds it, as in `passwordField = "password"` or
// `const JWTSecret = "jwt_secret"`: such a value is a key or a label.
func namesItself(value string, nameWords []string) bool {
	for _, r := range value {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("_-.:", r)) {
			return false
		}
	}
	words := names.Words(value)
	if len(words) == 0 {
		return false
	}
	known := make(map[string]bool, len(nameWords))
	for _, w := range nameWords {
		known[w] = true
		known[strings.TrimSuffix(w, "s")] = true
	}
	for _, w := range words {
		if !known[w] && !known[strings.TrimSuffix(w, "s")] {
			return false
		}
	}
	return true
}

// isIdentifier reports whether s is an ASCII identifier such as "PASSWORD".
func isIdentifier(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// hasURLPassword reports whether the URL s carries a password.
func hasURLPassword(s string) bool {
	return connectionPassword(s) != ""
}
