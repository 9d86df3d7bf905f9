package apperror_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"example.com/reference/internal/apperror"
)

func TestWriteRendersEachConstructor(t *testing.T) {
	cause := errors.New("disk full")
	tests := []struct {
		name       string
		err        *apperror.AppError
		wantStatus int
		wantBody   string
	}{
		{"not found", apperror.NotFound(), http.StatusNotFound, `{"status":"RESOURCE_NOT_FOUND","message":"찾으시는 정보가 없어요"}`},
		{"conflict", apperror.Conflict(), http.StatusConflict, `{"status":"RESOURCE_CONFLICT","message":"이미 등록된 정보예요"}`},
		{"unauthorized", apperror.Unauthorized(), http.StatusUnauthorized, `{"status":"UNAUTHORIZED","message":"로그인이 필요해요"}`},
		{"forbidden", apperror.Forbidden(), http.StatusForbidden, `{"status":"FORBIDDEN","message":"접근 권한이 없어요"}`},
		{"bad request", apperror.BadRequest(cause), http.StatusBadRequest, `{"status":"BAD_REQUEST","message":"요청을 다시 확인해 주세요"}`},
		{"internal", apperror.Internal(cause), http.StatusInternalServerError, `{"status":"INTERNAL_ERROR","message":"잠시 후 다시 시도해 주세요"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			apperror.Write(rec, tt.err)

			if rec.Code != tt.wantStatus {
				t.Errorf("status = %d, want %d", rec.Code, tt.wantStatus)
			}
			if got := rec.Body.String(); got != tt.wantBody {
				t.Errorf("body = %s, want %s", got, tt.wantBody)
			}
			if got := rec.Header().Get("Content-Type"); got != "application/json; charset=utf-8" {
				t.Errorf("Content-Type = %q, want application/json; charset=utf-8", got)
			}
		})
	}
}

func TestWriteHidesUnknownErrorText(t *testing.T) {
	rec := httptest.NewRecorder()
	apperror.Write(rec, errors.New("near \"SELEC\": syntax error"))

	if rec.Code != http.StatusInternalServerError {
		t.Errorf("status = %d, want 500", rec.Code)
	}
	want := `{"status":"INTERNAL_ERROR","message":"잠시 후 다시 시도해 주세요"}`
	if got := rec.Body.String(); got != want {
		t.Errorf("body = %s, want %s", got, want)
	}
}

func TestWriteFindsWrappedAppError(t *testing.T) {
	rec := httptest.NewRecorder()
	apperror.Write(rec, fmt.Errorf("load note 7: %w", apperror.NotFound()))

	if rec.Code != http.StatusNotFound {
		t.Errorf("status = %d, want 404", rec.Code)
	}
}

func TestAppErrorUnwrapsCause(t *testing.T) {
	cause := errors.New("disk full")
	err := apperror.Internal(cause)

	if !errors.Is(err, cause) {
		t.Error("errors.Is(Internal(cause), cause) = false, want true")
	}
	if got, want := err.Error(), "INTERNAL_ERROR: 잠시 후 다시 시도해 주세요: disk full"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
