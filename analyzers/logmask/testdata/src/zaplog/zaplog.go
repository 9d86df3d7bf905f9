package zaplog

import (
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

type session struct {
	UserID int
	Token  string
}

type marshaled struct{ Token string }

func (m marshaled) MarshalLogObject(enc zapcore.ObjectEncoder) error { return nil }

func logging(l *zap.Logger, s *zap.SugaredLogger, user, token string, sess session, m marshaled) {
	l.Info("login", zap.String("user", user), zap.String("token", token)) // want `value of "token" is logged unmasked by zap.String`
	l.Info("login", zap.Strings("passwords", []string{token}))            // want `value of "passwords" is logged unmasked by zap.Strings`
	l.With(zap.ByteString("secret", []byte(token))).Info("x")             // want `value of "secret" is logged unmasked by zap.ByteString`
	l.Info("login", zap.Any("session", sess))                             // want `sess is logged whole by zap.Any, exposing field Token`
	l.Info("login", zap.Any("session", m), zap.Int("token", 3), zap.Bool("password", true))
	s.Infow("login", "user", user, "token", token) // want `value of "token" is logged unmasked by zap.SugaredLogger.Infow`
	s.With("password", token).Info("x")            // want `value of "password" is logged unmasked by zap.SugaredLogger.With`
	s.Infof("token %s", token)                     // want `token is logged unmasked by zap.SugaredLogger.Infof`
	s.Info("token ", token)                        // want `token is logged unmasked by zap.SugaredLogger.Info`
	s.Infow("login", zap.String("api_key", token)) // want `value of "api_key" is logged unmasked by zap.String`
}
