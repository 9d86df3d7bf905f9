package jsonoutput

import (
	"log"
	"log/slog"

	"github.com/sirupsen/logrus"
)

type account struct {
	Email        string
	PasswordHash string `json:"-"`
	APIToken     string `json:"-"`
	resetToken   string
}

type visible struct {
	Email    string
	APIToken string `json:"api_token"`
}

// With -json-output, slog and logrus encode structs with encoding/json,
// which leaves out fields tagged json:"-" and unexported ones.
func logging(a account, v visible) {
	slog.Info("account", "account", a)
	logrus.WithField("account", a).Info("x")
	logrus.WithFields(logrus.Fields{"account": a}).Info("x")
	slog.Info("account", "account", v) // want `v is logged whole by slog.Info, exposing field APIToken`
	log.Printf("%+v", a)               // want `a is logged whole by log.Printf, exposing field APIToken`
}
