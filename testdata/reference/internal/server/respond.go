package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"example.com/reference/internal/apperror"
)

// maxBodyBytes caps a request body. The largest valid body, a note, is
// about 40 KiB of UTF-8.
const maxBodyBytes = 64 << 10

// decodeJSON decodes the request body into dst. It rejects unknown fields,
// trailing data and bodies over maxBodyBytes with apperror.BadRequest.
func decodeJSON(w http.ResponseWriter, r *http.Request, dst any) error {
	decoder := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(dst); err != nil {
		return apperror.BadRequest(fmt.Errorf("decode request body: %w", err))
	}
	if decoder.More() {
		return apperror.BadRequest(errors.New("request body has data after the JSON value"))
	}
	return nil
}

// writeOK sends body as JSON with status 200.
func (s *Server) writeOK(w http.ResponseWriter, r *http.Request, body any) {
	payload, err := json.Marshal(body)
	if err != nil {
		s.fail(w, r, apperror.Internal(fmt.Errorf("encode response: %w", err)))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	s.writePayload(w, r, payload)
}

// writeCreated sends body as JSON with status 201 and a Location header.
func (s *Server) writeCreated(w http.ResponseWriter, r *http.Request, location string, body any) {
	payload, err := json.Marshal(body)
	if err != nil {
		s.fail(w, r, apperror.Internal(fmt.Errorf("encode response: %w", err)))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if location != "" {
		w.Header().Set("Location", location)
	}
	w.WriteHeader(http.StatusCreated)
	s.writePayload(w, r, payload)
}

func (s *Server) writePayload(w http.ResponseWriter, r *http.Request, payload []byte) {
	if _, err := w.Write(payload); err != nil {
		// The status is already sent, so nothing more can reach the client.
		// This is almost always a client that closed the connection.
		s.logger.DebugContext(r.Context(), "response write failed", "path", r.URL.Path, "error", err.Error())
	}
}
