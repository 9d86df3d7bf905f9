package server

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"example.com/reference/internal/apperror"
	"example.com/reference/internal/auth"
	"example.com/reference/internal/store"
)

// Limits of a note, in characters.
const (
	maxTitleLength = 200
	maxBodyLength  = 10000
)

type createNoteRequest struct {
	Title string `json:"title"`
	Body  string `json:"body"`
}

type noteResponse struct {
	ID        uint      `json:"id"`
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

type notesResponse struct {
	Notes []noteResponse `json:"notes"`
}

func newNoteResponse(n store.Note) noteResponse {
	return noteResponse{ID: n.ID, Title: n.Title, Body: n.Body, CreatedAt: n.CreatedAt.UTC(), UpdatedAt: n.UpdatedAt.UTC()}
}

func (s *Server) listNotes(w http.ResponseWriter, r *http.Request) {
	userID, ok := auth.UserID(r.Context())
	if !ok {
		s.fail(w, r, errNoUser())
		return
	}

	notes, err := s.store.NotesByUser(r.Context(), userID)
	if err != nil {
		s.fail(w, r, apperror.Internal(err))
		return
	}

	body := notesResponse{Notes: make([]noteResponse, 0, len(notes))}
	for _, n := range notes {
		body.Notes = append(body.Notes, newNoteResponse(n))
	}
	s.writeOK(w, r, body)
}

func (s *Server) createNote(w http.ResponseWriter, r *http.Request) {
	userID, ok := auth.UserID(r.Context())
	if !ok {
		s.fail(w, r, errNoUser())
		return
	}
	var req createNoteRequest
	if err := decodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	title := strings.TrimSpace(req.Title)
	if n := utf8.RuneCountInString(title); n == 0 || n > maxTitleLength {
		s.fail(w, r, apperror.BadRequest(fmt.Errorf("title is %d characters long, want 1 to %d", n, maxTitleLength)))
		return
	}
	if n := utf8.RuneCountInString(req.Body); n > maxBodyLength {
		s.fail(w, r, apperror.BadRequest(fmt.Errorf("body is %d characters long, want at most %d", n, maxBodyLength)))
		return
	}

	note := store.Note{UserID: userID, Title: title, Body: req.Body}
	if err := s.store.CreateNote(r.Context(), &note); err != nil {
		s.fail(w, r, apperror.Internal(err))
		return
	}
	s.writeCreated(w, r, "/notes/"+strconv.FormatUint(uint64(note.ID), 10), newNoteResponse(note))
}

func (s *Server) getNote(w http.ResponseWriter, r *http.Request) {
	userID, ok := auth.UserID(r.Context())
	if !ok {
		s.fail(w, r, errNoUser())
		return
	}
	noteID, err := parseNoteID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}

	note, err := s.store.NoteByID(r.Context(), userID, noteID)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, apperror.NotFound())
		return
	}
	if err != nil {
		s.fail(w, r, apperror.Internal(err))
		return
	}
	s.writeOK(w, r, newNoteResponse(note))
}

func (s *Server) deleteNote(w http.ResponseWriter, r *http.Request) {
	userID, ok := auth.UserID(r.Context())
	if !ok {
		s.fail(w, r, errNoUser())
		return
	}
	noteID, err := parseNoteID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}

	err = s.store.DeleteNote(r.Context(), userID, noteID)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, apperror.NotFound())
		return
	}
	if err != nil {
		s.fail(w, r, apperror.Internal(err))
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// errNoUser reports a notes handler mounted without auth.RequireUser,
// which is a wiring bug and not the client's fault.
func errNoUser() error {
	return apperror.Internal(errors.New("no authenticated user in the request context"))
}

// parseNoteID reads the {id} path value. A value that is not a decimal
// number is a bad request; 0 names no note.
func parseNoteID(r *http.Request) (uint, error) {
	raw := r.PathValue("id")
	id, err := strconv.ParseUint(raw, 10, 0)
	if err != nil {
		return 0, apperror.BadRequest(fmt.Errorf("note id %q is not a decimal number", raw))
	}
	if id == 0 {
		return 0, apperror.NotFound()
	}
	return uint(id), nil
}
