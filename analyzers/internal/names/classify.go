package names

// classify is a first rule set: single keywords and the descriptive
// suffixes that veto them. The hardcodedsecret work refines it.
func classify(words []string) Kind {
	if len(words) == 0 {
		return None
	}
	switch words[len(words)-1] {
	case "name", "id", "path", "file", "url", "env", "label", "header", "type",
		"field", "length", "len", "ttl", "count", "expiry", "at":
		return None
	}
	kind := None
	for i, w := range words {
		switch w {
		case "password", "passwd", "pwd", "passphrase":
			kind = Password
		case "secret":
			kind = Secret
		case "token":
			kind = Token
		case "apikey":
			kind = APIKey
		case "key":
			if i > 0 && (words[i-1] == "api" || words[i-1] == "access") {
				kind = APIKey
			}
			if i > 0 && words[i-1] == "private" {
				kind = PrivateKey
			}
		case "authorization", "cookie":
			kind = Auth
		}
	}
	return kind
}
