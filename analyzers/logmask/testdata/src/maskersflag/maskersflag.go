package maskersflag

import (
	"log"

	"example.com/sec"
)

func logging(token string) {
	log.Printf("token %s", sec.Hide(token))
	log.Printf("token %s", token) // want `token is logged unmasked by log.Printf; wrap it in sec.Hide`
}
