// Package apperror defines the one error type that the API sends to
// clients and the one function that writes it.
//
// Every error response has the body {"status": CODE, "message": TEXT}:
// CODE is a stable machine-readable code such as "RESOURCE_NOT_FOUND", and
// TEXT is the Korean sentence shown to the user. Handlers return or pass an
// error to Write; they never call http.Error or WriteHeader with a 4xx or
// 5xx status themselves.
package apperror

import (
	"encoding/json"
	"errors"
	"net/http"
)

// Codes sent in the "status" field of an error body.
const (
	CodeNotFound     = "RESOURCE_NOT_FOUND"
	CodeConflict     = "RESOURCE_CONFLICT"
	CodeUnauthorized = "UNAUTHORIZED"
	CodeForbidden    = "FORBIDDEN"
	CodeBadRequest   = "BAD_REQUEST"
	CodeInternal     = "INTERNAL_ERROR"
)

// User-facing messages, in the wording the team uses in its products.
const (
	MessageNotFound     = "찾으시는 정보가 없어요"
	MessageConflict     = "이미 등록된 정보예요"
	MessageUnauthorized = "로그인이 필요해요"
	MessageForbidden    = "접근 권한이 없어요"
	MessageBadRequest   = "요청을 다시 확인해 주세요"
	MessageInternal     = "잠시 후 다시 시도해 주세요"
)

// AppError is an error that maps to one HTTP response.
type AppError struct {
	// Status is the machine-readable code sent as "status", e.g.
	// "RESOURCE_NOT_FOUND".
	Status string
	// HTTPStatus is the HTTP status code of the response.
	HTTPStatus int
	// Message is the user-facing text sent as "message".
	Message string
	// Err is the underlying cause, kept for logs and errors.Is. It is
	// never sent to the client.
	Err error
}

// Error returns the code and message, followed by the cause when there is one.
func (e *AppError) Error() string {
	if e.Err != nil {
		return e.Status + ": " + e.Message + ": " + e.Err.Error()
	}
	return e.Status + ": " + e.Message
}

// Unwrap returns the cause.
func (e *AppError) Unwrap() error {
	return e.Err
}

// NotFound reports that the requested resource does not exist or belongs to
// another user. Both cases look the same so that callers cannot probe for
// other users' data.
func NotFound() *AppError {
	return &AppError{Status: CodeNotFound, HTTPStatus: http.StatusNotFound, Message: MessageNotFound}
}

// Conflict reports that the resource already exists.
func Conflict() *AppError {
	return &AppError{Status: CodeConflict, HTTPStatus: http.StatusConflict, Message: MessageConflict}
}

// Unauthorized reports missing or invalid credentials.
func Unauthorized() *AppError {
	return &AppError{Status: CodeUnauthorized, HTTPStatus: http.StatusUnauthorized, Message: MessageUnauthorized}
}

// Forbidden reports that the authenticated user may not perform the action.
func Forbidden() *AppError {
	return &AppError{Status: CodeForbidden, HTTPStatus: http.StatusForbidden, Message: MessageForbidden}
}

// BadRequest reports a request that is malformed or fails validation. The
// cause is kept for logs only.
func BadRequest(cause error) *AppError {
	return &AppError{Status: CodeBadRequest, HTTPStatus: http.StatusBadRequest, Message: MessageBadRequest, Err: cause}
}

// Internal reports an unexpected failure. The cause is kept for logs only.
func Internal(cause error) *AppError {
	return &AppError{Status: CodeInternal, HTTPStatus: http.StatusInternalServerError, Message: MessageInternal, Err: cause}
}

// body is the JSON shape of every error response.
type body struct {
	Status  string `json:"status"`
	Message string `json:"message"`
}

// From returns the AppError in err's chain, or an Internal error wrapping
// err when the chain has none.
func From(err error) *AppError {
	var appErr *AppError
	if errors.As(err, &appErr) {
		return appErr
	}
	return Internal(err)
}

// Write sends err as a JSON error response. An error that is not an
// AppError is sent as Internal, so no cause text ever reaches the client.
func Write(w http.ResponseWriter, err error) {
	appErr := From(err)
	payload, marshalErr := json.Marshal(body{Status: appErr.Status, Message: appErr.Message})
	if marshalErr != nil {
		// Two string fields always marshal; this branch is unreachable.
		payload = []byte(`{"status":"` + CodeInternal + `","message":"` + MessageInternal + `"}`)
	}

	header := w.Header()
	header.Set("Content-Type", "application/json; charset=utf-8")
	header.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(appErr.HTTPStatus)
	// A failed write means the client went away; there is no one left to tell.
	_, _ = w.Write(payload)
}
