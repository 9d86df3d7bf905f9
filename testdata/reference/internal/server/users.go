package server

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/mail"
	"strings"

	"example.com/reference/internal/apperror"
	"example.com/reference/internal/auth"
	"example.com/reference/internal/store"
)

// maxEmailLength is the longest address that fits an SMTP path (RFC 5321,
// section 4.5.3.1.3).
const maxEmailLength = 254

type credentialsRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

type userResponse struct {
	ID    uint   `json:"id"`
	Email string `json:"email"`
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int64  `json:"expires_in"`
}

// signUp creates an account from an email and a password and stores only
// the password's bcrypt hash.
func (s *Server) signUp(w http.ResponseWriter, r *http.Request) {
	var req credentialsRequest
	if err := decodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	email, err := normalizeEmail(req.Email)
	if err != nil {
		s.fail(w, r, apperror.BadRequest(err))
		return
	}
	if n := len(req.Password); n < auth.MinPasswordLength || n > auth.MaxPasswordLength {
		s.fail(w, r, apperror.BadRequest(fmt.Errorf("password is %d bytes long, want %d to %d", n, auth.MinPasswordLength, auth.MaxPasswordLength)))
		return
	}

	hash, err := s.passwords.Hash(req.Password)
	if err != nil {
		s.fail(w, r, apperror.Internal(err))
		return
	}
	user := store.User{Email: email, PasswordHash: hash}
	err = s.store.CreateUser(r.Context(), &user)
	if errors.Is(err, store.ErrDuplicate) {
		s.fail(w, r, apperror.Conflict())
		return
	}
	if err != nil {
		s.fail(w, r, apperror.Internal(err))
		return
	}

	s.logger.InfoContext(r.Context(), "user signed up", slog.Uint64("user_id", uint64(user.ID)))
	s.writeCreated(w, r, "", userResponse{ID: user.ID, Email: user.Email})
}

// login checks an email and password and returns an access token. An
// unknown email and a wrong password get the same response after about the
// same time, so the response does not reveal which accounts exist.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	var req credentialsRequest
	if err := decodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	email := strings.ToLower(strings.TrimSpace(req.Email))
	if email == "" || req.Password == "" {
		s.fail(w, r, apperror.BadRequest(errors.New("email and password are required")))
		return
	}

	user, err := s.store.UserByEmail(r.Context(), email)
	if errors.Is(err, store.ErrNotFound) {
		_ = s.passwords.CompareDecoy(req.Password)
		s.logger.InfoContext(r.Context(), "login failed", slog.String("reason", "unknown email"))
		s.fail(w, r, apperror.Unauthorized())
		return
	}
	if err != nil {
		s.fail(w, r, apperror.Internal(err))
		return
	}
	err = s.passwords.Compare(user.PasswordHash, req.Password)
	if errors.Is(err, auth.ErrPasswordMismatch) {
		s.logger.InfoContext(r.Context(), "login failed", slog.String("reason", "wrong password"), slog.Uint64("user_id", uint64(user.ID)))
		s.fail(w, r, apperror.Unauthorized())
		return
	}
	if err != nil {
		s.fail(w, r, apperror.Internal(err))
		return
	}

	accessToken, _, err := s.tokens.Issue(user.ID)
	if err != nil {
		s.fail(w, r, apperror.Internal(err))
		return
	}
	s.logger.InfoContext(r.Context(), "user logged in", slog.Uint64("user_id", uint64(user.ID)))
	// RFC 6749, section 5.1: responses that carry tokens must not be cached.
	w.Header().Set("Cache-Control", "no-store")
	s.writeOK(w, r, tokenResponse{
		AccessToken: accessToken,
		TokenType:   "Bearer",
		ExpiresIn:   int64(s.tokens.TTL().Seconds()),
	})
}

// normalizeEmail trims and lower-cases a bare address such as
// "kim@example.com" and rejects anything else, including display names.
func normalizeEmail(raw string) (string, error) {
	email := strings.ToLower(strings.TrimSpace(raw))
	if email == "" {
		return "", errors.New("email is required")
	}
	if len(email) > maxEmailLength {
		return "", fmt.Errorf("email is %d bytes long, want at most %d", len(email), maxEmailLength)
	}
	addr, err := mail.ParseAddress(email)
	if err != nil || addr.Address != email {
		return "", errors.New("email is not a bare address such as name@example.com")
	}
	return email, nil
}
