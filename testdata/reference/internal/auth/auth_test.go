package auth

import (
	"crypto/rand"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

// newTestTokens returns Tokens with a random signing key and a clock the
// test can move.
func newTestTokens(t *testing.T, now *time.Time) *Tokens {
	t.Helper()
	tokens := NewTokens([]byte(rand.Text()+rand.Text()), "reference-test", 15*time.Minute)
	tokens.now = func() time.Time { return *now }
	return tokens
}

func TestPasswordsHashAndCompare(t *testing.T) {
	passwords, err := NewPasswords()
	if err != nil {
		t.Fatalf("NewPasswords() error = %v", err)
	}
	plaintext := rand.Text()

	hash, err := passwords.Hash(plaintext)
	if err != nil {
		t.Fatalf("Hash() error = %v", err)
	}

	if strings.Contains(hash, plaintext) {
		t.Error("hash contains the password")
	}
	if cost, err := bcrypt.Cost([]byte(hash)); err != nil || cost < bcrypt.DefaultCost {
		t.Errorf("bcrypt.Cost(hash) = %d, %v; want at least %d", cost, err, bcrypt.DefaultCost)
	}
	if err := passwords.Compare(hash, plaintext); err != nil {
		t.Errorf("Compare(hash, right password) error = %v", err)
	}
	if err := passwords.Compare(hash, plaintext+"x"); !errors.Is(err, ErrPasswordMismatch) {
		t.Errorf("Compare(hash, wrong password) error = %v, want ErrPasswordMismatch", err)
	}
	if err := passwords.CompareDecoy(plaintext); !errors.Is(err, ErrPasswordMismatch) {
		t.Errorf("CompareDecoy() error = %v, want ErrPasswordMismatch", err)
	}
}

func TestHashRejectsPasswordOverBcryptLimit(t *testing.T) {
	passwords, err := NewPasswords()
	if err != nil {
		t.Fatalf("NewPasswords() error = %v", err)
	}

	if _, err := passwords.Hash(strings.Repeat("a", MaxPasswordLength+1)); err == nil {
		t.Error("Hash(73 bytes) error = nil, want an error instead of a silently truncated hash")
	}
}

func TestTokensRoundTrip(t *testing.T) {
	now := time.Now()
	tokens := newTestTokens(t, &now)

	signed, expiresAt, err := tokens.Issue(42)
	if err != nil {
		t.Fatalf("Issue() error = %v", err)
	}
	userID, err := tokens.Verify(signed)

	if err != nil || userID != 42 {
		t.Errorf("Verify() = %d, %v; want 42, nil", userID, err)
	}
	if want := now.Add(15 * time.Minute); !expiresAt.Equal(want) {
		t.Errorf("expiresAt = %s, want %s", expiresAt, want)
	}
}

func TestTokensExpire(t *testing.T) {
	now := time.Now()
	tokens := newTestTokens(t, &now)
	signed, _, err := tokens.Issue(42)
	if err != nil {
		t.Fatalf("Issue() error = %v", err)
	}

	now = now.Add(16 * time.Minute)
	_, err = tokens.Verify(signed)

	if !errors.Is(err, jwt.ErrTokenExpired) {
		t.Errorf("Verify(after ttl) error = %v, want ErrTokenExpired", err)
	}
	if got := rejectionReason(err); got != "token expired" {
		t.Errorf("rejectionReason() = %q, want token expired", got)
	}
}

func TestVerifyRejectsZeroSubject(t *testing.T) {
	now := time.Now()
	tokens := newTestTokens(t, &now)
	signed, _, err := tokens.Issue(0)
	if err != nil {
		t.Fatalf("Issue() error = %v", err)
	}

	if _, err := tokens.Verify(signed); !errors.Is(err, ErrInvalidSubject) {
		t.Errorf("Verify(sub=0) error = %v, want ErrInvalidSubject", err)
	}
}

func TestKeyRejectsOtherMethods(t *testing.T) {
	now := time.Now()
	tokens := newTestTokens(t, &now)

	for _, method := range []jwt.SigningMethod{jwt.SigningMethodHS384, jwt.SigningMethodHS512, jwt.SigningMethodRS256} {
		if _, err := tokens.key(jwt.New(method)); err == nil {
			t.Errorf("key(%s token) error = nil, want an error", method.Alg())
		}
	}
	if _, err := tokens.key(jwt.New(jwt.SigningMethodHS256)); err != nil {
		t.Errorf("key(HS256 token) error = %v", err)
	}
}
