package names

import "strings"

// phrase is a run of words that names sensitive data.
type phrase struct {
	words []string
	kind  Kind
}

// phrases lists the sensitive word runs. Longer runs that start with the same
// word come first, so "secret key" wins over "secret".
var phrases = []phrase{
	{[]string{"password"}, Password},
	{[]string{"passwd"}, Password},
	{[]string{"pwd"}, Password},
	{[]string{"pw"}, Password},
	{[]string{"passphrase"}, Password},
	{[]string{"passcode"}, Password},
	{[]string{"pass", "phrase"}, Password},
	{[]string{"pass", "word"}, Password},

	{[]string{"secret", "access", "key"}, APIKey},
	{[]string{"secret", "key"}, Secret},
	{[]string{"secret"}, Secret},
	{[]string{"credential"}, Secret},
	{[]string{"creds"}, Secret},
	{[]string{"pepper"}, Secret},
	{[]string{"psk"}, Secret},
	{[]string{"pre", "shared", "key"}, Secret},
	{[]string{"shared", "key"}, Secret},
	{[]string{"signing", "key"}, Secret},
	{[]string{"sign", "key"}, Secret},
	{[]string{"encryption", "key"}, Secret},
	{[]string{"encrypt", "key"}, Secret},
	{[]string{"enc", "key"}, Secret},
	{[]string{"cipher", "key"}, Secret},
	{[]string{"crypto", "key"}, Secret},
	{[]string{"aes", "key"}, Secret},
	{[]string{"hmac", "key"}, Secret},
	{[]string{"jwt", "key"}, Secret},
	{[]string{"master", "key"}, Secret},
	{[]string{"auth", "key"}, Secret},
	{[]string{"authkey"}, Secret},
	{[]string{"secretkey"}, Secret},

	{[]string{"private", "key"}, PrivateKey},
	{[]string{"priv", "key"}, PrivateKey},
	{[]string{"privkey"}, PrivateKey},
	{[]string{"privatekey"}, PrivateKey},

	{[]string{"api", "key"}, APIKey},
	{[]string{"apikey"}, APIKey},
	{[]string{"access", "key"}, APIKey},
	{[]string{"accesskey"}, APIKey},

	{[]string{"session", "token"}, Token},
	{[]string{"token"}, Token},
	{[]string{"bearer"}, Token},
	{[]string{"jwt"}, Token},

	{[]string{"authorization"}, Auth},
	{[]string{"auth"}, Auth},
	{[]string{"cookie"}, Auth},
	{[]string{"session", "id"}, Auth},
	{[]string{"sessionid"}, Auth},
	{[]string{"session", "cookie"}, Auth},

	{[]string{"credit", "card", "number"}, Personal},
	{[]string{"credit", "card"}, Personal},
	{[]string{"creditcard"}, Personal},
	{[]string{"card", "number"}, Personal},
	{[]string{"cardnumber"}, Personal},
	{[]string{"card", "no"}, Personal},
	{[]string{"cc", "number"}, Personal},
	{[]string{"ccnumber"}, Personal},
	{[]string{"pan"}, Personal},
	{[]string{"cvv"}, Personal},
	{[]string{"cvc"}, Personal},
	{[]string{"cvv", "2"}, Personal},
	{[]string{"card", "security", "code"}, Personal},
	{[]string{"ssn"}, Personal},
	{[]string{"social", "security", "number"}, Personal},
	{[]string{"social", "security"}, Personal},
	{[]string{"iban"}, Personal},
}

// compounds are sensitive words that also occur glued to a prefix or a
// suffix in all-lower or all-upper names, as in "DBPASSWORD", "apitoken" or
// "PASSWORDHASH". Only words long enough not to occur inside ordinary words
// are listed.
var compounds = []string{"password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "secretkey", "privatekey", "credential", "credentials"}

// qualifiers may follow a sensitive word without changing what the name
// holds: "passwordValue", "SECRET_KEY_BASE", "apiKeyProd", "password2".
var qualifiers = set(
	"value", "val", "str", "string", "bytes", "byte", "buf", "raw", "plain",
	"plaintext", "clear", "cleartext", "b", "base", "hex", "encoded", "data",
	"content", "contents", "material", "json", "pem", "der", "literal",
	"prod", "production", "dev", "develop", "development", "test", "testing",
	"staging", "stage", "stg", "live", "sandbox", "local", "default", "def",
	"dflt", "fallback", "override", "old", "new", "current", "cur", "curr",
	"prev", "previous", "primary", "secondary", "backup", "main", "temp", "tmp",
	"confirm", "confirmation", "again", "repeat", "retype", "v", "one", "two",
	"ro", "rw", "hmac", "sha", "secret", "token",
)

// descriptive are head nouns that, after a sensitive word, make the name
// describe the secret instead of holding it. Classify treats every word that
// is not a qualifier the same way; this list documents the common ones and
// feeds the tests.
var descriptive = set(
	"name", "id", "path", "file", "filename", "dir", "url", "uri", "endpoint",
	"env", "var", "variable", "label", "header", "type", "kind", "field",
	"length", "len", "size", "ttl", "count", "changed", "at", "expiry",
	"expires", "expiration", "exp", "hash", "hashed", "digest", "policy",
	"prefix", "suffix", "format", "pattern", "regex", "template", "param",
	"column", "attr", "attribute", "placeholder", "route", "version", "source",
	"provider", "manager", "store", "service", "client", "config", "mode",
	"scheme", "scope", "issuer", "audience", "algorithm", "alg", "in",
	"reset", "validator", "encoder", "hasher", "generator", "required",
	"enabled", "set", "key", "ref", "error", "err", "message", "msg", "text",
)

// leadingVetoes start names of flags, limits and counters: "hasPassword",
// "isTokenSet", "maxTokens".
var leadingVetoes = set(
	"has", "have", "is", "no", "not", "without", "require", "requires",
	"required", "need", "needs", "use", "uses", "allow", "allows", "enable",
	"enabled", "disable", "show", "hide", "must", "should", "can", "max",
	"min", "num", "number", "total", "count", "len", "validate", "check",
	"verify", "compare", "hash",
)

// precedingVetoes are words that, anywhere before a sensitive word of the
// kind, make the name describe something else: a hashed password, a page
// token, a public key.
var precedingVetoes = map[Kind]map[string]bool{
	Password:   set("hashed", "hash", "bcrypt", "argon", "scrypt", "forgot", "forgotten"),
	Token:      set("page", "next", "continuation", "cursor", "sync", "pagination", "resume", "public", "lexer", "csrf", "xsrf", "idempotency", "max", "input", "output", "prompt", "completion"),
	APIKey:     set("public"),
	Secret:     set("public"),
	PrivateKey: set(),
	Auth:       set(),
}

// passAccounts are the words before a bare "pass" that make it a password:
// "DB_PASS", "smtpPass", "adminPass". Elsewhere "pass" is a pass of a
// renderer or an analyzer.
var passAccounts = set(
	"user", "username", "db", "database", "admin", "root", "smtp", "mail",
	"email", "redis", "mysql", "postgres", "pg", "mongo", "mongodb", "ftp",
	"sftp", "ssh", "ldap", "proxy", "login", "my", "app", "rabbit", "rabbitmq",
	"amqp", "nats", "es", "elastic", "kafka", "sasl", "broker", "account",
	"acct", "svc", "client", "server", "bind", "keystore", "truststore",
	"wifi", "vnc", "sql", "sa", "cache", "registry", "docker", "basic", "http",
	"auth", "default", "master", "dsn", "sentinel", "mq",
)

// matchResult is the last sensitive phrase of a name.
type matchResult struct {
	kind   Kind
	vetoed bool // the name describes the phrase instead of holding it
}

// match finds the last sensitive phrase in words and decides whether the
// name holds it.
func match(raw []string) matchResult {
	words := expand(raw)
	last, start, end := None, -1, -1
	for i := 0; i < len(words); {
		kind, n := phraseAt(words, i)
		if n == 0 {
			i++
			continue
		}
		last, start, end = kind, i, i+n
		i += n
	}
	if last == None {
		return matchResult{}
	}

	vetoed := leadingVetoes[words[0]] && start > 0
	for _, w := range words[end:] {
		if !qualifier(w) {
			vetoed = true
		}
	}
	for _, w := range words[:start] {
		if precedingVetoes[last][singular(w)] {
			vetoed = true
		}
	}
	return matchResult{kind: last, vetoed: vetoed}
}

// phraseAt returns the kind and length of the longest phrase at words[i].
func phraseAt(words []string, i int) (Kind, int) {
	w := singular(words[i])
	if w == "pass" && i+1 == len(words) || w == "pass" && i+1 < len(words) && qualifier(words[i+1]) {
		if len(words) == 1 || i > 0 && passAccounts[words[i-1]] {
			return Password, 1
		}
		return None, 0
	}
	for _, p := range phrases {
		if len(p.words) > len(words)-i {
			continue
		}
		ok := true
		for j, pw := range p.words {
			if singular(words[i+j]) != pw && words[i+j] != pw {
				ok = false
				break
			}
		}
		if ok {
			return p.kind, len(p.words)
		}
	}
	return None, 0
}

// expand splits glued compounds such as "dbpassword" or "passwordhash" into
// their words, so all-caps names classify like camelCase ones.
func expand(words []string) []string {
	var out []string
	for _, w := range words {
		out = append(out, splitCompound(w)...)
	}
	return out
}

func splitCompound(w string) []string {
	for _, c := range compounds {
		if len(w) <= len(c) {
			continue
		}
		if rest, ok := strings.CutSuffix(w, c); ok && len(rest) >= 2 {
			return append(splitCompound(rest), c)
		}
		if rest, ok := strings.CutPrefix(w, c); ok && (qualifier(rest) || descriptive[singular(rest)]) {
			return []string{c, rest}
		}
	}
	return []string{w}
}

func qualifier(w string) bool {
	if w == "" || w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return qualifiers[w] || qualifiers[singular(w)]
}

// singular strips a plural "s" so "tokens" matches "token" and "IDs"
// matches "id". Words of three letters or fewer keep it ("pass" is no
// plural, "ids" is).
func singular(w string) string {
	if len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return w[:len(w)-1]
	}
	return w
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
