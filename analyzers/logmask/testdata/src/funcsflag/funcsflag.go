package funcsflag

import (
	"context"
	"fmt"
	"net/http"

	"example.com/ifacelog"
)

func logging(l ifacelog.Logger, token, user string) {
	l.Infow("login", "user", user, "token", token)   // want `value of "token" is logged unmasked by ifacelog.Logger.Infow`
	l.Errorf("bad token %s for %s", token, user)     // want `token is logged unmasked by ifacelog.Logger.Errorf`
	l.Infow("login", ifacelog.Attr("secret", token)) // want `value of "secret" is logged unmasked by ifacelog.Attr`
	l.Infow("login", "user", user, "token_type", "bearer")
	fmt.Sprint(token)
}

func msgKV(ctx context.Context, r *http.Request, token, user string) {
	ifacelog.Info(ctx, "login", "user", user, "token", token) // want `value of "token" is logged unmasked by ifacelog.Info`
	ifacelog.Info(r, "login", "user", user)
	ifacelog.Info("login", "secret", token) // want `value of "secret" is logged unmasked by ifacelog.Info`
	ifacelog.Info(r, token)                 // want `token is logged unmasked by ifacelog.Info`
}
