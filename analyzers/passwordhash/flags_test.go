package passwordhash_test

import (
	"strings"
	"testing"

	"github.com/secvet/secvet/analyzers/passwordhash"
)

func TestMinCostFlagRejectsNonBcryptCost(t *testing.T) {
	for _, value := range []string{"99", "3", "32", "ten"} {
		a := passwordhash.New(passwordhash.DefaultConfig())
		err := a.Flags.Set("min-cost", value)
		if err == nil || !strings.Contains(err.Error(), "accepted values are bcrypt costs from 4 to 31") {
			t.Errorf("Set(min-cost, %q) = %v, want the accepted values", value, err)
		}
	}
	a := passwordhash.New(passwordhash.DefaultConfig())
	if err := a.Flags.Set("min-cost", "12"); err != nil {
		t.Errorf("Set(min-cost, 12) = %v", err)
	}
}
