// Package credshape recognises credentials by their shape, whatever the
// name of the variable that holds them: cloud access keys, personal access
// tokens of code hosts, payment and messaging API keys, PEM private keys and
// JSON Web Tokens.
//
// Matching uses byte loops, not regular expressions, so its cost is linear
// in the input. Formats whose alphabet is loose also need a minimum Shannon
// entropy, which rejects placeholders such as "ghp_xxxxxxxx…" and
// "AKIAXXXXXXXXXXXXXXXX", and values that contain "example".
package credshape

import (
	"encoding/base64"
	"math"
	"strings"
)

// Match is a credential found in a string.
type Match struct {
	Shape string // what the credential is, as in "GitHub token"
	Start int    // byte offset of the credential in the string
	End   int    // byte offset just past it

	// SelfIssued is set for JWTs and PEM private keys, which anyone can
	// create, unlike keys that a provider issues. Test suites create their
	// own to exercise signing and TLS code.
	SelfIssued bool
}

// alphabet is a set of ASCII bytes a credential body may contain.
type alphabet uint8

const (
	alnum       alphabet = iota // A-Z a-z 0-9
	alnumUnder                  // alnum and _
	alnumDash                   // alnum, - and _
	upperBase32                 // A-Z 2-7
	lowerHex                    // 0-9 a-f
	base64Std                   // alnum, + and /
)

func (a alphabet) contains(c byte) bool {
	isAlnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	switch a {
	case alnum:
		return isAlnum
	case alnumUnder:
		return isAlnum || c == '_'
	case alnumDash:
		return isAlnum || c == '-' || c == '_'
	case upperBase32:
		return c >= 'A' && c <= 'Z' || c >= '2' && c <= '7'
	case lowerHex:
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f'
	case base64Std:
		return isAlnum || c == '+' || c == '/'
	}
	return false
}

// prefixRule is a credential made of a fixed prefix and a body of one
// alphabet whose length lies in [minLen, maxLen].
type prefixRule struct {
	shape      string
	prefix     string
	body       alphabet
	minLen     int
	maxLen     int
	minEntropy float64 // bits per byte of the body
}

// prefixRules lists the formats that start with a fixed prefix. The lengths
// follow each vendor's published format, with room for longer variants.
var prefixRules = []prefixRule{
	{"AWS access key ID", "AKIA", upperBase32, 16, 16, 2.5},
	{"AWS access key ID", "ASIA", upperBase32, 16, 16, 2.5},
	{"AWS access key ID", "ABIA", upperBase32, 16, 16, 2.5},
	{"AWS access key ID", "ACCA", upperBase32, 16, 16, 2.5},
	{"GitHub token", "ghp_", alnum, 36, 40, 3},
	{"GitHub token", "gho_", alnum, 36, 40, 3},
	{"GitHub token", "ghu_", alnum, 36, 40, 3},
	{"GitHub token", "ghs_", alnum, 36, 40, 3},
	{"GitHub token", "ghr_", alnum, 36, 80, 3},
	{"GitHub token", "github_pat_", alnumUnder, 50, 100, 3},
	{"GitLab token", "glpat-", alnumDash, 20, 64, 3},
	{"Slack token", "xoxb-", alnumDash, 20, 200, 3},
	{"Slack token", "xoxp-", alnumDash, 20, 200, 3},
	{"Slack token", "xoxa-", alnumDash, 20, 200, 3},
	{"Slack token", "xoxr-", alnumDash, 20, 200, 3},
	{"Slack token", "xoxs-", alnumDash, 20, 200, 3},
	{"Slack webhook URL", "https://hooks.slack.com/services/T", base64Std, 20, 120, 3.5},
	{"Stripe secret key", "sk_live_", alnum, 20, 255, 3},
	{"Stripe restricted key", "rk_live_", alnum, 20, 255, 3},
	{"Google API key", "AIza", alnumDash, 35, 35, 3},
	{"npm token", "npm_", alnum, 36, 36, 3},
	{"Shopify token", "shpat_", lowerHex, 32, 32, 3},
	{"Shopify token", "shpss_", lowerHex, 32, 32, 3},
	{"Docker Hub token", "dckr_pat_", alnumDash, 27, 40, 3},
	{"PyPI token", "pypi-AgEIcHlwaS5vcmc", alnumDash, 50, 250, 3},
	{"OpenAI API key", "sk-proj-", alnumDash, 40, 250, 3.5},
	{"Anthropic API key", "sk-ant-", alnumDash, 40, 250, 3.5},
	{"Twilio API key", "SK", lowerHex, 32, 32, 3},
	{"Twilio account SID", "AC", lowerHex, 32, 32, 3},
}

// Find returns the first credential in s, or false when s contains none.
func Find(s string) (Match, bool) {
	best := Match{Start: -1}
	consider := func(m Match, ok bool) {
		if ok && (best.Start < 0 || m.Start < best.Start) {
			best = m
		}
	}
	for i := range prefixRules {
		consider(prefixRules[i].find(s))
	}
	consider(findSendGrid(s))
	consider(findPEMPrivateKey(s))
	consider(findJWT(s))
	consider(findAWSSecretKey(s))
	return best, best.Start >= 0
}

func (r *prefixRule) find(s string) (Match, bool) {
	for from := 0; ; {
		i := strings.Index(s[from:], r.prefix)
		if i < 0 {
			return Match{}, false
		}
		start := from + i
		from = start + 1
		if start > 0 && isWordByte(s[start-1]) {
			continue
		}
		bodyStart := start + len(r.prefix)
		end := bodyStart
		for end < len(s) && end-bodyStart < r.maxLen && r.body.contains(s[end]) {
			end++
		}
		if end-bodyStart < r.minLen || end < len(s) && isWordByte(s[end]) {
			continue
		}
		if !random(s[bodyStart:end], r.minEntropy) {
			continue
		}
		return Match{Shape: r.shape, Start: start, End: end}, true
	}
}

// findSendGrid finds "SG." followed by a 22-byte id, a dot and a 43-byte
// secret, both base64url.
func findSendGrid(s string) (Match, bool) {
	for from := 0; ; {
		i := strings.Index(s[from:], "SG.")
		if i < 0 {
			return Match{}, false
		}
		start := from + i
		from = start + 1
		if start > 0 && isWordByte(s[start-1]) {
			continue
		}
		id := run(s, start+3, alnumDash)
		if id-(start+3) != 22 || id >= len(s) || s[id] != '.' {
			continue
		}
		end := run(s, id+1, alnumDash)
		if end-(id+1) != 43 || !random(s[id+1:end], 3.5) {
			continue
		}
		return Match{Shape: "SendGrid API key", Start: start, End: end}, true
	}
}

// findPEMPrivateKey finds a PEM block whose type ends in "PRIVATE KEY" and
// that has a body, so the bare header a parser compares against is no match.
func findPEMPrivateKey(s string) (Match, bool) {
	for from := 0; ; {
		i := strings.Index(s[from:], "-----BEGIN ")
		if i < 0 {
			return Match{}, false
		}
		start := from + i
		from = start + 1
		line := s[start+len("-----BEGIN "):]
		j := strings.Index(line[:min(len(line), 64)], "-----")
		if j < 0 || j > 40 || !strings.HasSuffix(line[:j], "PRIVATE KEY") {
			continue
		}
		body := line[j+5:]
		n := 0
		k := 0
		for k < len(body) && k < 4096 && n < 64 {
			c := body[k]
			switch {
			case base64Std.contains(c) || c == '=':
				n++
			case c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == ':' || c == ',' || c == '-':
				// Line breaks, and the Proc-Type headers of encrypted
				// keys, interrupt the body.
			case c == '\\' && k+1 < len(body) && body[k+1] == 'n':
				k++ // an escaped line break in a JSON or a raw string
			default:
				k = len(body)
				continue
			}
			k++
		}
		if n < 64 {
			continue
		}
		end := start + len("-----BEGIN ") + j + 5 + k
		if e := strings.Index(s[end:], "PRIVATE KEY-----"); e >= 0 {
			end += e + len("PRIVATE KEY-----")
		}
		return Match{Shape: "PEM private key", Start: start, End: end, SelfIssued: true}, true
	}
}

// findJWT finds three base64url parts separated by dots whose first part
// decodes to a JSON header with an "alg" member.
func findJWT(s string) (Match, bool) {
	for from := 0; ; {
		i := strings.Index(s[from:], "eyJ")
		if i < 0 {
			return Match{}, false
		}
		start := from + i
		from = start + 1
		if start > 0 && (isWordByte(s[start-1]) || s[start-1] == '.') {
			continue
		}
		headerEnd := run(s, start, alnumDash)
		// Later candidates inside this run cannot start a token, and
		// skipping them keeps the scan linear.
		from = headerEnd
		if headerEnd >= len(s) || s[headerEnd] != '.' || headerEnd-start > 2000 {
			continue
		}
		payloadEnd := run(s, headerEnd+1, alnumDash)
		if payloadEnd-headerEnd-1 < 10 || payloadEnd >= len(s) || s[payloadEnd] != '.' {
			continue
		}
		end := run(s, payloadEnd+1, alnumDash)
		if end-payloadEnd-1 < 16 || end < len(s) && isWordByte(s[end]) {
			continue
		}
		header, err := base64.RawURLEncoding.DecodeString(s[start:headerEnd])
		if err != nil || !strings.Contains(string(header), `"alg"`) {
			continue
		}
		return Match{Shape: "JSON Web Token", Start: start, End: end, SelfIssued: true}, true
	}
}

// findAWSSecretKey matches a whole value of 40 base64 bytes with upper-case,
// lower-case, digits and a '+' or '/', the shape of an AWS secret access
// key. Only the whole value counts, because 40-byte runs inside longer
// base64 strings are common.
func findAWSSecretKey(s string) (Match, bool) {
	if len(s) != 40 || run(s, 0, base64Std) != 40 {
		return Match{}, false
	}
	var upper, lower, digit, symbol bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
		digit = digit || c >= '0' && c <= '9'
		symbol = symbol || c == '+' || c == '/'
	}
	if !upper || !lower || !digit || !symbol || !random(s, 4.2) {
		return Match{}, false
	}
	return Match{Shape: "AWS secret access key", Start: 0, End: 40}, true
}

// run returns the end of the run of bytes of alphabet a that starts at i.
func run(s string, i int, a alphabet) int {
	for i < len(s) && a.contains(s[i]) {
		i++
	}
	return i
}

func isWordByte(c byte) bool {
	return alnumUnder.contains(c)
}

// random reports whether body has at least minEntropy bits per byte, no run
// of six equal bytes and no "example", the marks of a placeholder.
func random(body string, minEntropy float64) bool {
	if Entropy(body) < minEntropy {
		return false
	}
	if strings.Contains(strings.ToLower(body), "example") {
		return false
	}
	same := 1
	for i := 1; i < len(body); i++ {
		if body[i] == body[i-1] {
			same++
			if same >= 6 {
				return false
			}
		} else {
			same = 1
		}
	}
	return true
}

// Entropy returns the Shannon entropy of s in bits per byte: 0 for "" and
// for a string of one repeated byte, at most 8, and at most log2(len(s)).
func Entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	n := float64(len(s))
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}
