package maskerprefixes

import (
	"log"
	"log/slog"

	"example.com/masking"
	"example.com/scrub"
)

func logging(token string) {
	log.Printf("token %s", scrub.ScrubToken(token))
	log.Printf("token %s", token)                         // want `token is logged unmasked by log.Printf; wrap it in scrub.ScrubToken`
	slog.Info("login", "token", masking.MaskValue(token)) // want `value of "token" is logged unmasked by slog.Info; wrap it in scrub.ScrubToken`
}
