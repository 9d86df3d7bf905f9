// Package keymaterial uses literals as keys whatever their names.
package keymaterial

import (
	"crypto/aes"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"net/http"
	"os"

	jwt4 "github.com/golang-jwt/jwt/v4"
	jwt "github.com/golang-jwt/jwt/v5"
)

func sign(claims jwt.MapClaims) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return t.SignedString([]byte("k3y-for-hs256")) // want `hardcoded key "k3y-…" \(13 chars\) passed to \(\*jwt.Token\).SignedString; load it from the environment or a secret store and fail when it is missing`
}

func signV4(claims jwt4.MapClaims) (string, error) {
	t := jwt4.NewWithClaims(jwt4.SigningMethodHS256, claims)
	return t.SignedString([]byte("v4-signing")) // want `hardcoded key "v4-s…" \(10 chars\) passed to \(\*jwt.Token\).SignedString`
}

// k is declared once with a literal, so it is that literal.
var k = []byte("0123456789abcdef") // want `hardcoded key "0123…" \(16 chars\) passed to hmac.New`

func mac(msg []byte) []byte {
	h := hmac.New(sha256.New, k)
	h.Write(msg)
	return h.Sum(nil)
}

const blockKey = "aes-key-16-bytes" // want `hardcoded key "aes-…" \(16 chars\) passed to aes.NewCipher`

func encrypt() {
	_, _ = aes.NewCipher([]byte(blockKey))
}

func parse(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (interface{}, error) {
		return []byte("parse-key-1"), nil // want `hardcoded key "pars…" \(11 chars\) returned by the jwt key function`
	})
}

func keyFunc(t *jwt4.Token) (interface{}, error) {
	return []byte("named-keyfunc"), nil // want `hardcoded key "name…" \(13 chars\) returned by the jwt key function`
}

func parseWithClaims(s string) (*jwt4.Token, error) {
	return jwt4.ParseWithClaims(s, jwt4.MapClaims{}, keyFunc)
}

func parser(s string) {
	p := jwt.NewParser()
	_, _ = p.Parse(s, func(*jwt.Token) (interface{}, error) { return "parser-key", nil }) // want `hardcoded key "pars…" \(10 chars\) returned by the jwt key function`
}

func basicAuth(req *http.Request) {
	req.SetBasicAuth("admin", "Adm1n!pass") // want `hardcoded password "Adm1…" \(10 chars\) passed to \(\*http.Request\).SetBasicAuth`
}

func open() {
	_, _ = sql.Open("postgres", "postgres://app:pg-Pa55@db.internal:5432/app")   // want `hardcoded password "pg-…" \(7 chars\) in a connection string; build the connection string from a password read from the environment`
	_, _ = sql.Open("mysql", "root:my5ql-pw@tcp(127.0.0.1:3306)/shop")           // want `hardcoded password "my5q…" \(8 chars\) in a connection string`
	_, _ = sql.Open("postgres", "host=db user=app password=libpq-pw dbname=app") // want `hardcoded password "libp…" \(8 chars\) in a connection string`
}

// Keys read from the environment, and strings that only look similar.
func clean(claims jwt.MapClaims, req *http.Request) {
	key := []byte(os.Getenv("JWT_SECRET"))
	_, _ = jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
	_ = hmac.New(sha256.New, key)

	mutable := []byte("changed-later")
	mutable = append(mutable, '!')
	_ = hmac.New(sha256.New, mutable)

	req.SetBasicAuth("admin", os.Getenv("ADMIN_PASSWORD"))
	req.SetBasicAuth("admin", "")

	_, _ = sql.Open("postgres", "postgres://app@db/app?sslmode=disable")
	_, _ = sql.Open("postgres", "postgres://app:${DB_PASSWORD}@db/app")
	_, _ = sql.Open("postgres", "postgres://%s:%s@%s/%s")
	_, _ = sql.Open("mysql", "user:<password>@tcp(db:3306)/shop")
	_ = "https://example.com/docs?user=a:b@c"
	_ = "see postgres://user:password@host/db for the format"
	_ = "mailto:someone@example.com"
}
