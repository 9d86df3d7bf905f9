// Package handlers serves the users API over HTTP.
package handlers

import (
	"log/slog"
	"net/http"

	"example.com/vulnerable/internal/store"
)

// Handler serves the API's endpoints.
type Handler struct {
	users  *store.Store
	jwtKey []byte
	log    *slog.Logger
}

// Routes returns the API's routes. jwtKey signs and verifies bearer tokens.
func Routes(users *store.Store, jwtKey []byte, log *slog.Logger) http.Handler {
	h := &Handler{users: users, jwtKey: jwtKey, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /register", h.Register)
	mux.HandleFunc("POST /login", h.Login)
	mux.Handle("GET /me", h.RequireAuth(http.HandlerFunc(h.Me)))
	return mux
}
