package keysflag

import "log/slog"

func logging(code, user string, n int) {
	slog.Info("card", "pin", code)      // want `value of "pin" is logged unmasked by slog.Info`
	slog.Info("card", "card_pin", code) // want `value of "card_pin" is logged unmasked by slog.Info`
	slog.Info("card", "pin_length", n, "user", user, "has_pin", true)
}
