package localmasker

import "log"

// redactToken keeps the first four characters of a token.
func redactToken(t string) string {
	if len(t) < 4 {
		return "****"
	}
	return t[:4] + "****"
}

func logging(token string) {
	log.Printf("token %s", token) // want `token is logged unmasked by log.Printf; wrap it in redactToken`
	log.Printf("token %s", redactToken(token))
}
