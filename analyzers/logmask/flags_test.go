package logmask_test

import (
	"strings"
	"testing"

	"github.com/secvet/secvet/analyzers/logmask"
)

func TestFuncsFlagRejectsBadEntry(t *testing.T) {
	for _, value := range []string{"example.com/log.Infow", "example.com/log.Infow:json", "example.com/log.Info:kv,:kv"} {
		a := logmask.New(logmask.DefaultConfig())
		err := a.Flags.Set("funcs", value)
		if err == nil || !strings.Contains(err.Error(), "accepted values are entries such as example.com/log.Infow:kv") {
			t.Errorf("Set(funcs, %q) = %v, want the accepted values", value, err)
		}
	}
	a := logmask.New(logmask.DefaultConfig())
	if err := a.Flags.Set("funcs", "example.com/log.Infow:kv, example.com/log.Printf:printf"); err != nil {
		t.Errorf("Set(funcs) of good entries = %v", err)
	}
}
