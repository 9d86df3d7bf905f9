package httpheaders

import (
	"log"
	"log/slog"
	"net/http"
	"net/http/httputil"
	"os"
	"strings"
)

func handler(w http.ResponseWriter, r *http.Request) {
	for k, v := range r.Header {
		log.Printf("%s: %v", k, v) // want `v holds http.Header values, Authorization and Cookie included, and is logged unmasked by log.Printf; skip them or mask the values`
	}
	log.Printf("ua=%s", r.Header.Get("User-Agent"))
	slog.Info("state", "has_password", true, "password_changed_at", r.Header.Get("Date"))

	log.Printf("auth=%s", r.Header.Get("Authorization"))                                                          // want `value of the "Authorization" header is logged unmasked by log.Printf`
	slog.Info("req", "cookie", r.Header.Values("Cookie"))                                                         // want `value of "cookie" is logged unmasked by slog.Info`
	log.Print(r.Header["Authorization"])                                                                          // want `value of the "Authorization" header is logged unmasked by log.Print`
	log.Printf("%v", r)                                                                                           // want `r \(\*http.Request\) is logged whole by log.Printf, exposing its Authorization and Cookie headers; log selected fields instead`
	slog.Debug("outgoing", slog.Group("request", slog.String("method", r.Method), slog.Any("headers", r.Header))) // want `r.Header \(http.Header\) is logged whole by slog.Any`
	slog.Info("headers", "headers", r.Header)                                                                     // want `r.Header \(http.Header\) is logged whole by slog.Info`
	if c, err := r.Cookie("session"); err == nil {
		log.Printf("cookie %s", c.Value) // want `value of the "Cookie" header is logged unmasked by log.Printf`
	}
	dump, _ := httputil.DumpRequest(r, true)
	log.Printf("%s", dump) // want `dump \(request dump\) is logged whole by log.Printf`

	bearer := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	log.Printf("bearer %s", bearer) // want `bearer is logged unmasked by log.Printf`

	h := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	log.Printf("auth %s", h) // want `value of the "Authorization" header is logged unmasked by log.Printf`

	log.Printf("%s %s from %s", r.Method, r.URL.Path, r.RemoteAddr)
	log.Printf("proxy %s", r.Header.Get("Proxy-Authorization")) // want `value of the "Proxy-Authorization" header is logged unmasked by log.Printf`
	log.Printf("login %s", r.FormValue("password"))             // want `"password" is logged unmasked by log.Printf`
	log.Printf("login %s", r.FormValue("username"))
	log.Printf("key %s", os.Getenv("STRIPE_SECRET_KEY")) // want `"STRIPE_SECRET_KEY" is logged unmasked by log.Printf`
	log.Printf("port %s", os.Getenv("PORT"))
}

// A loop that skips the sensitive headers logs the rest safely.
func filtered(r *http.Request) {
	for k, v := range r.Header {
		if k == "Authorization" || k == "Cookie" {
			continue
		}
		log.Printf("%s: %v", k, v)
	}
}
