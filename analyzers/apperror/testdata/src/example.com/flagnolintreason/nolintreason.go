// Package flagnolintreason is checked with -nolint-reason.
package flagnolintreason

import "net/http"

func Handle(w http.ResponseWriter) { // want Handle:"bypasses via http.Error"
	http.Error(w, "a", http.StatusBadRequest) /* want `//nolint directive suppresses a apperror finding without a reason` */ //nolint:apperror
	http.Error(w, "b", http.StatusBadRequest) //nolint:apperror // the health probe expects text
	http.Error(w, "c", http.StatusBadRequest) // want `http.Error bypasses AppError`
}
