package passwordhash

import (
	"strings"

	"github.com/secvet/secvet/analyzers/internal/names"
	"github.com/secvet/secvet/analyzers/internal/origin"
)

// state is the kind of value a traced path carries at its end.
type state uint8

const (
	notPassword  state = iota // not a password, or unclear
	plaintext                 // a password that passed through no hasher
	fastHashed                // a password hashed with a fast digest only
	strongHashed              // a password hashed with an accepted hasher
)

// verdict is the state of one path and the facts a message needs.
type verdict struct {
	state  state
	path   origin.Path
	digest origin.Step // the fast digest, for fastHashed
}

// fastDigestPackages are the packages whose functions compute fast,
// unsalted-by-design digests or checksums.
var fastDigestPackages = map[string]bool{
	"crypto/md5": true, "crypto/sha1": true, "crypto/sha256": true,
	"crypto/sha512": true, "crypto/sha3": true, "crypto/hmac": true,
	"hash": true, "hash/fnv": true, "hash/crc32": true, "hash/crc64": true,
	"hash/adler32": true, "hash/maphash": true,
	"golang.org/x/crypto/md4": true, "golang.org/x/crypto/sha3": true,
	"golang.org/x/crypto/blake2b": true, "golang.org/x/crypto/blake2s": true,
	"golang.org/x/crypto/ripemd160": true,
}

// defaultHashers are the functions whose result is an accepted password
// hash.
var defaultHashers = []string{
	"golang.org/x/crypto/bcrypt.GenerateFromPassword",
	"golang.org/x/crypto/argon2.IDKey",
	"golang.org/x/crypto/argon2.Key",
	"golang.org/x/crypto/scrypt.Key",
}

// pkgOf returns the import path of the package that declares the function
// with full name fullName, such as "crypto/sha256" for
// "crypto/sha256.Sum256" or "(*crypto/sha256.digest).Sum".
func pkgOf(fullName string) string {
	s := strings.TrimLeft(fullName, "(*")
	if i := strings.IndexByte(s, ')'); i >= 0 {
		s = s[:i]
	}
	slash := strings.LastIndexByte(s, '/')
	if dot := strings.IndexByte(s[slash+1:], '.'); dot >= 0 {
		return s[:slash+1+dot]
	}
	return s
}

// shortName returns fullName without the directories of its package path,
// as in "sha256.Sum256" or "(*gorm.DB).Create".
func shortName(fullName string) string {
	pkg := pkgOf(fullName)
	if i := strings.LastIndexByte(pkg, '/'); i >= 0 {
		return strings.Replace(fullName, pkg[:i+1], "", 1)
	}
	return fullName
}

func isFastDigest(step origin.Step) bool {
	return step.Kind == origin.StepCall && fastDigestPackages[pkgOf(step.Func)]
}

// isOtherCrypto reports whether step is a cryptographic function that is
// neither an accepted hasher nor a fast digest, such as an AES cipher. A
// password that passed through one is encrypted or derived in a way this
// analyzer does not judge.
func isOtherCrypto(step origin.Step) bool {
	if step.Kind != origin.StepCall {
		return false
	}
	pkg := pkgOf(step.Func)
	return strings.HasPrefix(pkg, "crypto/") || strings.HasPrefix(pkg, "golang.org/x/crypto/")
}

// isPlainName reports whether a variable, field or key name holds a
// plaintext password.
func isPlainName(name string) bool {
	return name != "" && names.IsPasswordName(name)
}

// hashWords make a name that mentions a password name its hash.
var hashWords = map[string]bool{
	"hash": true, "hashed": true, "digest": true, "bcrypt": true, "crypted": true,
	"encrypted": true, "argon": true, "scrypt": true,
}

// isHashName reports whether name holds a password hash: "PasswordHash",
// "hashedPassword", "pwdDigest", "storedHash", or a bare "hash" or
// "hashed".
func isHashName(name string) bool {
	words := names.Words(name)
	hashed, stored := false, false
	for _, w := range words {
		hashed = hashed || hashWords[w]
		stored = stored || storedWords[w]
	}
	if !hashed {
		return false
	}
	return len(words) == 1 || stored || names.Mentions(name) == names.Password
}

// storedWords make a hash name one of a stored hash: "storedHash",
// "expectedDigest".
var storedWords = map[string]bool{
	"stored": true, "saved": true, "expected": true, "db": true, "existing": true,
	"current": true, "user": true, "account": true,
}

// inputWords in a struct's name mark a request or form type, whose
// password fields hold what a user typed.
var inputWords = map[string]bool{
	"request": true, "req": true, "input": true, "form": true, "payload": true,
	"params": true, "param": true, "body": true, "dto": true, "login": true,
	"signin": true, "signup": true, "register": true, "registration": true,
	"credentials": true, "creds": true, "command": true, "cmd": true, "args": true,
	"change": true, "reset": true, "update": true, "create": true, "new": true,
}

// accountWords in a struct's name mark a stored account.
var accountWords = map[string]bool{
	"user": true, "account": true, "member": true, "customer": true, "admin": true,
	"employee": true, "staff": true, "principal": true, "identity": true,
	"profile": true, "person": true, "operator": true, "owner": true,
}

// isStoredField reports whether a Field source is read from a stored
// record, whose password field contains what the database contains. That
// is so when the struct looks like a database model or an account and no
// json or form tag names the field as a password someone sends.
func isStoredField(src origin.Source) bool {
	if src.Kind != origin.Field {
		return false
	}
	for _, key := range []string{"json", "form", "query", "xml", "yaml"} {
		if tag := src.TagName(key); tag != "" && tag != "-" && isPlainName(tag) && !src.Model {
			return false
		}
	}
	if src.Model {
		return true
	}
	typeName := src.Struct
	if i := strings.LastIndexByte(typeName, '.'); i >= 0 {
		typeName = typeName[i+1:]
	}
	account := false
	for _, w := range names.Words(typeName) {
		if inputWords[w] {
			return false
		}
		if accountWords[w] {
			account = true
		}
	}
	return account
}

// sourceIsPlain reports whether the source itself is a plaintext password.
func sourceIsPlain(src origin.Source) bool {
	switch src.Kind {
	case origin.Param, origin.Local, origin.Global, origin.Key:
		return isPlainName(src.Name)
	case origin.Field:
		if isStoredField(src) {
			return false
		}
		if isPlainName(src.Name) {
			return true
		}
		for _, key := range []string{"json", "form", "query"} {
			if isPlainName(src.TagName(key)) {
				return true
			}
		}
	}
	return false
}

// holdsData reports whether a source can be a password at all when it is
// stored in a password field: request data, not a call result, constant or
// computed value. A parameter counts only through its own name, because
// callers may pass a hash to a parameter named p or value.
func holdsData(src origin.Source) bool {
	switch src.Kind {
	case origin.Local, origin.Key:
		return true
	case origin.Field:
		return !isStoredField(src)
	}
	return false
}

// judge returns the state of the value p reaches. When holder is true the
// value ends in a password field or column, so a value from named data
// counts as a password even when its own name says nothing.
func (c *checker) judge(p origin.Path, holder bool) verdict {
	v := verdict{path: p}
	for _, s := range p.Through {
		if s.Kind == origin.StepCall && c.hashers[s.Func] {
			v.state = strongHashed
			return v
		}
	}

	// start is the number of steps applied before the value was first
	// held under a password name.
	start := -1
	if sourceIsPlain(p.Source) {
		start = 0
	}
	for _, a := range p.Aliases {
		if isPlainName(a.Name) && (start < 0 || a.After < start) {
			start = a.After
		}
	}
	if start < 0 && holder && holdsData(p.Source) {
		start = 0
	}
	if start < 0 {
		return v
	}

	for _, s := range p.Through[:start] {
		if isFastDigest(s) {
			return v // a digest of other data that is named like a password
		}
	}
	for _, s := range p.Through[start:] {
		if isFastDigest(s) {
			v.state, v.digest = fastHashed, s
			return v
		}
	}

	// A name that calls the value a hash, after a call that may have
	// hashed it, means a hasher this analyzer does not know.
	if isHashName(p.Source.Name) && p.Source.Kind != origin.Key {
		return v
	}
	calls := 0
	for _, s := range p.Through[start:] {
		if s.Kind == origin.StepCall {
			calls++
		}
	}
	for _, a := range p.Aliases {
		if isHashName(a.Name) && calls > 0 {
			return v
		}
	}
	for _, s := range p.Through[start:] {
		if isOtherCrypto(s) {
			return v
		}
	}
	v.state = plaintext
	return v
}

// first returns the first verdict among paths with one of the states.
func (c *checker) first(paths []origin.Path, holder bool, states ...state) (verdict, bool) {
	for _, p := range paths {
		v := c.judge(p, holder)
		for _, s := range states {
			if v.state == s {
				return v, true
			}
		}
	}
	return verdict{}, false
}

// isStored reports whether a path reads a stored password or hash: a
// password field of a stored record, or a value named as a password hash
// where it is used. A hash-named local inside a digest helper does not
// count, because the value changed after it.
func isStored(p origin.Path) bool {
	src := p.Source
	if src.Kind == origin.Field && isStoredField(src) && (names.Mentions(src.Name) == names.Password || isHashName(src.Name)) {
		return true
	}
	if isHashName(src.Name) && src.Kind != origin.Const && src.Kind != origin.Call {
		return true
	}
	for _, a := range p.Aliases {
		if isHashName(a.Name) && a.After == len(p.Through) {
			return true
		}
	}
	return false
}
