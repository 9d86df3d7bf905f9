package fixes

import (
	"log"
	"log/slog"

	"example.com/masking"
	"go.uber.org/zap"
)

func logging(pw, token, user string, l *zap.Logger) {
	slog.Info("login", "user", user, "password", pw) // want `value of "password" is logged unmasked by slog.Info; wrap it in masking.MaskValue`
	log.Printf("token=%s", token)                    // want `token is logged unmasked by log.Printf; wrap it in masking.MaskValue`
	l.Info("login", zap.String("token", token))      // want `value of "token" is logged unmasked by zap.String; wrap it in masking.MaskValue`
	log.Print("token=" + token)                      // want `token is logged unmasked by log.Print; wrap it in masking.MaskValue`

	body := map[string]any{"user": user, "password": pw}
	slog.Info("body", "body", body) // want `map with key "password" is logged unmasked by slog.Info; wrap it in masking.MaskMap`
}

func masked(pw, token string) {
	slog.Info("login", "password", masking.MaskValue(pw))
	hidden := masking.MaskValue(token)
	log.Printf("token=%s", hidden)
	body := masking.MaskMap(map[string]any{"password": pw})
	slog.Info("body", "body", body)
	slog.Info("body", "body", map[string]any{"password": masking.MaskValue(pw)})
}
