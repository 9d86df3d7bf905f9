package zerologlog

import "github.com/rs/zerolog"

type card struct {
	Holder string
	Number string `json:"card_number"`
}

type hidden struct {
	Holder string
	CVV    string `json:"-"`
}

func logging(l *zerolog.Logger, user, token string, c card, h hidden) {
	l.Info().Str("user", user).Str("token", token).Msg("login")       // want `value of "token" is logged unmasked by zerolog.Event.Str`
	l.Info().Bytes("password", []byte(token)).Send()                  // want `value of "password" is logged unmasked by zerolog.Event.Bytes`
	l.Info().Interface("card", c).Send()                              // want `c is logged whole by zerolog.Event.Interface, exposing field Number`
	l.Info().Interface("card", h).Send()                              // JSON leaves CVV out
	l.Info().Dict("auth", zerolog.Dict().Str("secret", token)).Send() // want `value of "secret" is logged unmasked by zerolog.Event.Str`
	l.Info().Fields(map[string]any{"token": token}).Send()            // want `map with key "token" is logged unmasked by zerolog.Event.Fields`
	l.Info().Msgf("token %s", token)                                  // want `token is logged unmasked by zerolog.Event.Msgf`
	l.With().Str("api_key", token).Logger()                           // want `value of "api_key" is logged unmasked by zerolog.Context.Str`
	l.Info().Msgf("user was: %#v", h)                                 // want `h is logged whole by zerolog.Event.Msgf, exposing field CVV`
	l.Info().Int("token", 4).Bool("password", true).Str("token_type", "bearer").Msg("ok")
}
