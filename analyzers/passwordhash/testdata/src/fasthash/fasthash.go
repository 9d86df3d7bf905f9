package fasthash

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"database/sql"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

func hashPassword(pw string) []byte {
	s := sha256.Sum256([]byte(pw))
	return s[:] // want `password from parameter pw is hashed with sha256.Sum256, a fast digest, and returned; hash it with bcrypt.GenerateFromPassword`
}

func md5Hex(password string) string {
	return fmt.Sprintf("%x", md5.Sum([]byte(password))) // want `password from parameter password is hashed with md5.Sum, a fast digest, and returned`
}

func saltedSHA512(salt, passwd string) string {
	sum := sha512.Sum512([]byte(salt + passwd))
	return hex.EncodeToString(sum[:]) // want `password from parameter passwd is hashed with sha512.Sum512, a fast digest, and returned`
}

func streamed(password string) []byte {
	h := sha1.New()
	io.WriteString(h, password)
	return h.Sum(nil) // want `password from parameter password is hashed with sha1.New, a fast digest, and returned`
}

func written(salt []byte, password string) []byte {
	h := sha256.New()
	h.Write(salt)
	h.Write([]byte(password))
	return h.Sum(nil) // want `password from parameter password is hashed with sha256.New, a fast digest, and returned`
}

func keyed(key []byte, password string) string {
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(password))
	return hex.EncodeToString(mac.Sum(nil)) // want `password from parameter password is hashed with hmac.New, a fast digest, and returned`
}

func checksum(pwd string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(pwd))
	return h.Sum32() // want `password from parameter pwd is hashed with fnv.New32a, a fast digest, and returned`
}

type Store struct{ db *sql.DB }

func (s *Store) StoreDigest(email, password string) {
	sum := md5.Sum([]byte(password))
	s.db.Exec("INSERT INTO accounts (email, password) VALUES ($1, $2)", email, hex.EncodeToString(sum[:])) // want `password from parameter password is hashed with md5.Sum, a fast digest, and stored in accounts.password`
}

func (s *Store) StoreHelperDigest(email, password string) {
	// The helper's return statement carries the finding.
	s.db.Exec("INSERT INTO accounts (email, password) VALUES ($1, $2)", email, hashPassword(password))
}

func (s *Store) StoreChecksum(r *http.Request) {
	h := fnv.New64()
	h.Write([]byte(r.FormValue("password")))
	s.db.Exec("UPDATE accounts SET pin = $1", fmt.Sprint(h.Sum64())) // want `password from r.FormValue\("password"\) is hashed with fnv.New64, a fast digest, and stored in accounts.pin`
}

// The rest is clean.

func bodyDigest(r *http.Request) ([]byte, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(body)
	return sum[:], nil
}

func newAPIKey() (key string, digest []byte, err error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", nil, err
	}
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(raw), sum[:], nil
}

func apiKeyDigest(apiKey string) []byte {
	sum := sha256.Sum256([]byte(apiKey))
	return sum[:]
}

func prehashedBcrypt(password string) ([]byte, error) {
	sum := sha256.Sum256([]byte(password))
	return bcrypt.GenerateFromPassword([]byte(hex.EncodeToString(sum[:])), bcrypt.DefaultCost)
}
