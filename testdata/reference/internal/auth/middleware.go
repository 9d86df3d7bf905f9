package auth

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"

	"example.com/reference/internal/apperror"
)

type userIDKey struct{}

// UserID returns the authenticated user's ID that RequireUser put into ctx.
func UserID(ctx context.Context) (uint, bool) {
	id, ok := ctx.Value(userIDKey{}).(uint)
	return id, ok && id != 0
}

// WithUserID returns a copy of ctx that carries userID.
func WithUserID(ctx context.Context, userID uint) context.Context {
	return context.WithValue(ctx, userIDKey{}, userID)
}

// RequireUser returns middleware that accepts a request only with an
// "Authorization: Bearer <token>" header whose token tokens.Verify accepts.
// It rejects anything else with apperror.Unauthorized and a
// WWW-Authenticate challenge (RFC 6750, section 3), and logs why at info
// level without the token.
func RequireUser(tokens *Tokens, logger *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			bearer, ok := bearerToken(r)
			if !ok {
				logger.InfoContext(r.Context(), "request rejected", slog.String("path", r.URL.Path), slog.String("reason", "missing bearer token"))
				w.Header().Set("WWW-Authenticate", `Bearer realm="reference"`)
				apperror.Write(w, apperror.Unauthorized())
				return
			}

			userID, err := tokens.Verify(bearer)
			if err != nil {
				logger.InfoContext(r.Context(), "request rejected", slog.String("path", r.URL.Path), slog.String("reason", rejectionReason(err)))
				w.Header().Set("WWW-Authenticate", `Bearer realm="reference", error="invalid_token"`)
				apperror.Write(w, apperror.Unauthorized())
				return
			}

			next.ServeHTTP(w, r.WithContext(WithUserID(r.Context(), userID)))
		})
	}
}

// bearerToken returns the token of an "Authorization: Bearer" header. The
// scheme is case-insensitive (RFC 9110, section 11.1).
func bearerToken(r *http.Request) (string, bool) {
	scheme, bearer, found := strings.Cut(r.Header.Get("Authorization"), " ")
	if !found || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	bearer = strings.TrimSpace(bearer)
	return bearer, bearer != ""
}

// rejectionReason names why Verify rejected a token in words fit for a log:
// the error text of a malformed token is not logged, since it may quote
// parts of the token.
func rejectionReason(err error) string {
	switch {
	case errors.Is(err, jwt.ErrTokenExpired):
		return "token expired"
	case errors.Is(err, jwt.ErrTokenRequiredClaimMissing):
		return "token lacks a required claim"
	case errors.Is(err, jwt.ErrTokenInvalidIssuer):
		return "token has another issuer"
	case errors.Is(err, jwt.ErrTokenNotValidYet), errors.Is(err, jwt.ErrTokenUsedBeforeIssued):
		return "token not valid yet"
	case errors.Is(err, jwt.ErrTokenSignatureInvalid):
		return "token signature invalid"
	case errors.Is(err, jwt.ErrTokenUnverifiable):
		return "token signing method not accepted"
	case errors.Is(err, jwt.ErrTokenMalformed):
		return "token malformed"
	case errors.Is(err, ErrInvalidSubject):
		return "token subject invalid"
	default:
		return "token invalid"
	}
}
