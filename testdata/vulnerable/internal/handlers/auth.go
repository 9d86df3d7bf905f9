package handlers

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"

	"example.com/vulnerable/internal/apperror"
	"example.com/vulnerable/internal/store"
)

type credentials struct {
	Email    string `json:"email"`
	Name     string `json:"name"`
	Password string `json:"password"`
}

type userIDKey struct{}

// Register creates an account and stores a bcrypt hash of its password.
func (h *Handler) Register(w http.ResponseWriter, r *http.Request) {
	var c credentials
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		apperror.Write(w, apperror.New(http.StatusBadRequest, "invalid request body", err))
		return
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(c.Password), bcrypt.DefaultCost)
	if err != nil {
		apperror.Write(w, apperror.New(http.StatusBadRequest, "invalid password", err))
		return
	}
	u := &store.User{Email: c.Email, Name: c.Name, PasswordHash: string(hash)}
	if err := h.users.CreateUser(r.Context(), u); err != nil {
		apperror.Write(w, apperror.New(http.StatusConflict, "account already exists", err))
		return
	}
	h.log.Info("user registered", "user_id", u.ID)
	w.WriteHeader(http.StatusCreated)
}

// Login checks a password against its stored hash and returns a signed
// bearer token.
func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	var c credentials
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		apperror.Write(w, apperror.New(http.StatusBadRequest, "invalid request body", err))
		return
	}
	u, err := h.users.UserByEmail(r.Context(), c.Email)
	if err != nil {
		apperror.Write(w, apperror.New(http.StatusUnauthorized, "invalid email or password", err))
		return
	}
	if err := bcrypt.CompareHashAndPassword([]byte(u.PasswordHash), []byte(c.Password)); err != nil {
		apperror.Write(w, apperror.New(http.StatusUnauthorized, "invalid email or password", err))
		return
	}

	claims := jwt.RegisteredClaims{
		Subject:   strconv.FormatUint(uint64(u.ID), 10),
		IssuedAt:  jwt.NewNumericDate(time.Now()),
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour)),
	}
	token, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(h.jwtKey)
	if err != nil {
		apperror.Write(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]string{"token": token})
}

// RequireAuth rejects requests without a valid bearer token and passes the
// token's user ID to next through the request context.
func (h *Handler) RequireAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok {
			apperror.Write(w, apperror.New(http.StatusUnauthorized, "missing bearer token", nil))
			return
		}
		var claims jwt.RegisteredClaims
		_, err := jwt.ParseWithClaims(raw, &claims, func(*jwt.Token) (any, error) {
			return h.jwtKey, nil
		}, jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithExpirationRequired())
		if err != nil {
			apperror.Write(w, apperror.New(http.StatusUnauthorized, "invalid bearer token", err))
			return
		}
		id, err := strconv.ParseUint(claims.Subject, 10, 64)
		if err != nil {
			apperror.Write(w, apperror.New(http.StatusUnauthorized, "invalid bearer token", err))
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userIDKey{}, uint(id))))
	})
}

// Me returns the authenticated user's profile.
func (h *Handler) Me(w http.ResponseWriter, r *http.Request) {
	id, ok := r.Context().Value(userIDKey{}).(uint)
	if !ok {
		apperror.Write(w, apperror.New(http.StatusUnauthorized, "missing bearer token", nil))
		return
	}
	u, err := h.users.UserByID(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		apperror.Write(w, apperror.New(http.StatusNotFound, "user not found", err))
		return
	}
	if err != nil {
		apperror.Write(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"id": u.ID, "email": u.Email, "name": u.Name})
}
