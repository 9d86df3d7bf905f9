package crosspkg

import (
	"io"
	"log/slog"

	"example.com/safe"
	"example.com/teamlog"
)

func logging(w io.Writer, l *teamlog.Logger, token, password, user string) {
	teamlog.Infow("login", "user", user, "token", token) // want `value of "token" is logged unmasked by teamlog.Infow`
	teamlog.Debugf("login %s %s", user, password)        // want `password is logged unmasked by teamlog.Debugf`
	teamlog.Warnf("token %s", token)                     // want `token is logged unmasked by teamlog.Warnf`
	l.With("password", password).Errorw("x")             // want `value of "password" is logged unmasked by teamlog.Logger.With`
	l.Errorw("x", "secret", token)                       // want `value of "secret" is logged unmasked by teamlog.Logger.Errorw`
	slog.Info("x", teamlog.Field("api_key", token))      // want `value of "api_key" is logged unmasked by teamlog.Field`

	teamlog.Stderrf("token %s", token) // want `token is logged unmasked by teamlog.Stderrf`
	teamlog.Render(w, "token %s", token)

	// A helper of another package that masks its argument clears it.
	teamlog.Infow("login", "token", safe.Token(token))
	slog.Info("login", "password", safe.Token(password))
	masked := safe.Token(token)
	teamlog.Debugf("token %s", masked)

	// A helper that does not mask leaves it sensitive.
	slog.Info("login", "token", safe.Trim(token)) // want `value of "token" is logged unmasked by slog.Info`
}
