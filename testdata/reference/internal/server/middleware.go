package server

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"example.com/reference/internal/apperror"
	"example.com/reference/internal/masking"
)

// logRequests logs one line per request after it completes. Query
// parameters and headers go through masking.MaskMap, so the Authorization
// header and a "password" or "token" parameter appear as masking.Mask.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		recorder := &statusRecorder{ResponseWriter: w}

		next.ServeHTTP(recorder, r)

		s.logger.InfoContext(r.Context(), "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Any("query", masking.MaskMap(r.URL.Query())),
			slog.Any("headers", masking.MaskMap(r.Header)),
			slog.String("remote_addr", r.RemoteAddr),
			slog.Int("status", recorder.statusCode()),
			slog.Duration("duration", time.Since(start)),
		)
	})
}

// recoverPanics turns a panic in a handler into apperror.Internal and logs
// it with its stack. http.ErrAbortHandler is re-raised, since net/http uses
// it to abort a response on purpose.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			recovered := recover()
			if recovered == nil {
				return
			}
			if recovered == http.ErrAbortHandler {
				panic(recovered)
			}
			s.logger.ErrorContext(r.Context(), "handler panicked",
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.String("panic", fmt.Sprint(recovered)),
				slog.String("stack", string(debug.Stack())),
			)
			apperror.Write(w, apperror.Internal(fmt.Errorf("panic: %v", recovered)))
		}()
		next.ServeHTTP(w, r)
	})
}

// statusRecorder remembers the status code sent through it.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter {
	return r.ResponseWriter
}

// statusCode returns the status sent, or 200 when the handler wrote nothing,
// which is what net/http then sends.
func (r *statusRecorder) statusCode() int {
	if r.status == 0 {
		return http.StatusOK
	}
	return r.status
}
