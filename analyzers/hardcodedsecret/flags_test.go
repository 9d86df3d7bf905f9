package hardcodedsecret_test

import (
	"strings"
	"testing"

	"github.com/secvet/secvet/analyzers/hardcodedsecret"
)

func TestMinLengthFlagRejectsNonPositive(t *testing.T) {
	for _, value := range []string{"-5", "0", "abc"} {
		a := hardcodedsecret.New(hardcodedsecret.DefaultConfig())
		err := a.Flags.Set("min-length", value)
		if err == nil || !strings.Contains(err.Error(), "accepted values are 1 or more") {
			t.Errorf("Set(min-length, %q) = %v, want the accepted values", value, err)
		}
	}
	a := hardcodedsecret.New(hardcodedsecret.DefaultConfig())
	if err := a.Flags.Set("min-length", "8"); err != nil {
		t.Errorf("Set(min-length, 8) = %v", err)
	}
}
