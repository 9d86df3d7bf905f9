// Package server wires the HTTP API: routes, handlers and the middleware
// that logs requests and recovers from panics.
//
// Handlers report every failure through Server.fail, which logs it and
// sends it with apperror.Write; no handler writes an error status itself.
package server

import (
	"log/slog"
	"net/http"

	"example.com/reference/internal/apperror"
	"example.com/reference/internal/auth"
	"example.com/reference/internal/store"
)

// Deps are the services the handlers use.
type Deps struct {
	Store     *store.Store
	Passwords *auth.Passwords
	Tokens    *auth.Tokens
	Logger    *slog.Logger
}

// Server holds the handlers' dependencies.
type Server struct {
	store     *store.Store
	passwords *auth.Passwords
	tokens    *auth.Tokens
	logger    *slog.Logger
}

// New returns the API's handler:
//
//	POST   /signup      create an account
//	POST   /login       exchange email and password for an access token
//	GET    /notes       list the caller's notes
//	POST   /notes       create a note
//	GET    /notes/{id}  read one of the caller's notes
//	DELETE /notes/{id}  delete one of the caller's notes
//
// The /notes routes require a bearer token. Every other method and path
// gets apperror.NotFound.
func New(deps Deps) http.Handler {
	s := &Server{store: deps.Store, passwords: deps.Passwords, tokens: deps.Tokens, logger: deps.Logger}
	requireUser := auth.RequireUser(s.tokens, s.logger)

	mux := http.NewServeMux()
	mux.HandleFunc("POST /signup", s.signUp)
	mux.HandleFunc("POST /login", s.login)
	mux.Handle("GET /notes", requireUser(http.HandlerFunc(s.listNotes)))
	mux.Handle("POST /notes", requireUser(http.HandlerFunc(s.createNote)))
	mux.Handle("GET /notes/{id}", requireUser(http.HandlerFunc(s.getNote)))
	mux.Handle("DELETE /notes/{id}", requireUser(http.HandlerFunc(s.deleteNote)))
	// Without this catch-all, ServeMux would send its own plain-text 404
	// and 405 responses for unknown paths and methods.
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, apperror.NotFound())
	})

	return s.logRequests(s.recoverPanics(mux))
}

// fail logs err and sends it to the client with apperror.Write. Server
// errors are logged at error level with their cause; client errors at info
// level, with the cause when there is one.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	appErr := apperror.From(err)
	attrs := []any{
		slog.String("method", r.Method),
		slog.String("path", r.URL.Path),
		slog.String("status", appErr.Status),
	}
	if appErr.Err != nil {
		attrs = append(attrs, slog.String("error", appErr.Err.Error()))
	}

	if appErr.HTTPStatus >= http.StatusInternalServerError {
		s.logger.ErrorContext(r.Context(), "request failed", attrs...)
	} else {
		s.logger.InfoContext(r.Context(), "request rejected", attrs...)
	}
	apperror.Write(w, appErr)
}
