package suppressed

import "log"

func logging(token string) {
	log.Printf("token %s", token) //nolint:logmask // test fixture token
	//nolint:secvet // the suite name counts too
	log.Printf("token %s", token)
	log.Printf("token %s", token) //nolint:rawsql // another analyzer's directive does not count // want `token is logged unmasked`

	msg := "token " + token
	log.Print(msg) //nolint:logmask

	// A directive where the value comes from also counts.
	line := "token " + token //nolint:logmask // fixture
	log.Print(line)
}
