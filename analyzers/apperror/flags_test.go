package apperror_test

import (
	"strings"
	"testing"

	"github.com/secvet/secvet/analyzers/apperror"
)

func TestMinStatusFlagRejectsNonStatus(t *testing.T) {
	for _, value := range []string{"600", "99", "-1", "abc", ""} {
		a := apperror.New(apperror.DefaultConfig())
		err := a.Flags.Set("min-status", value)
		if err == nil || !strings.Contains(err.Error(), "accepted values are HTTP status codes from 100 to 599") {
			t.Errorf("Set(min-status, %q) = %v, want the accepted values", value, err)
		}
	}
}

func TestMinStatusFlagAcceptsStatus(t *testing.T) {
	a := apperror.New(apperror.DefaultConfig())
	if err := a.Flags.Set("min-status", "500"); err != nil {
		t.Fatal(err)
	}
	if got := a.Flags.Lookup("min-status").Value.String(); got != "500" {
		t.Errorf("min-status = %s after Set(500)", got)
	}
	if got := a.Flags.Lookup("min-status").DefValue; got != "400" {
		t.Errorf("min-status default = %s, want 400", got)
	}
}
