package logruslog

import "github.com/sirupsen/logrus"

func logging(l *logrus.Logger, user, password string) {
	logrus.WithField("password", password).Info("login")                             // want `value of "password" is logged unmasked by logrus.WithField`
	l.WithField("user", user).WithField("token", password).Info("x")                 // want `value of "token" is logged unmasked by logrus.Entry.WithField`
	logrus.WithFields(logrus.Fields{"user": user, "secret": password}).Info("login") // want `value of "secret" is logged unmasked by logrus.Fields`
	fields := logrus.Fields{"api_key": password}                                     // want `value of "api_key" is logged unmasked by logrus.Fields`
	l.WithFields(fields).Info("x")
	logrus.Printf("login %s %s", user, password) // want `password is logged unmasked by logrus.Printf`
	l.Warnf("bad password for %s", user)
	logrus.WithFields(logrus.Fields{"user": user, "has_password": password != ""}).Info("login")
}
