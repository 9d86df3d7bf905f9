package logmask_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

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

func TestFuncsFlagRejectsMalformedName(t *testing.T) {
	for _, tc := range []struct{ value, want string }{
		{"example.com/log.Info(:kv", `in entry "example.com/log.Info(:kv", "example.com/log.Info(" is not a function name because "Info(" is not an identifier; write pkg/path.Func, (pkg/path.T).Method or (*pkg/path.T).Method`},
		{"(*example.com/log.Logger.Infow:kv", `in entry "(*example.com/log.Logger.Infow:kv", "(*example.com/log.Logger.Infow" is not a function name because the receiver has no ")." before the method name`},
		{"Infow:kv", `"Infow" is not a function name because function "Infow" has no package path;`},
		{"example.com/log.(*Logger).Infow:kv", `as in (*example.com/log.Logger).Infow`},
		{"example.com/log.Info:kv,log.Print(:print", `in entry "log.Print(:print", "log.Print(" is not a function name`},
	} {
		a := logmask.New(logmask.DefaultConfig())
		err := a.Flags.Set("funcs", tc.value)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Set(funcs, %q) = %v, want an error containing %q", tc.value, err, tc.want)
		}
	}
}

func TestMaskersFlagRejectsMalformedName(t *testing.T) {
	for _, tc := range []struct{ value, want string }{
		{"example.com/sec.Hide(", `entry "example.com/sec.Hide(" is not a function name because "Hide(" is not an identifier; write pkg/path.Func, (pkg/path.T).Method or (*pkg/path.T).Method`},
		{"(*example.com/sec.Masker.Hide", `entry "(*example.com/sec.Masker.Hide" is not a function name because the receiver has no ")." before the method name`},
		{"Hide", `entry "Hide" is not a function name because function "Hide" has no package path;`},
		{"(*example.com/sec.Masker[T]).Hide", `entry "(*example.com/sec.Masker[T]).Hide" is not a function name because "Masker[T]" is not an identifier;`},
		{"example.com/sec.Masker.Hide", `as in (example.com/sec.Masker).Hide`},
		{"example.com/sec.Hide, example.com/sec .Mask", `entry "example.com/sec .Mask" is not a function name because package path "example.com/sec " contains ' ';`},
	} {
		a := logmask.New(logmask.DefaultConfig())
		err := a.Flags.Set("maskers", tc.value)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Set(maskers, %q) = %v, want an error containing %q", tc.value, err, tc.want)
		}
		if got := a.Flags.Lookup("maskers").Value.String(); got != "" {
			t.Errorf("Set(maskers, %q) failed but left the value %q, want it unchanged", tc.value, got)
		}
	}
}

func TestNameFlagsAcceptQualifiedNames(t *testing.T) {
	for _, tc := range []struct{ flag, value string }{
		{"maskers", "example.com/sec.Hide"},
		{"maskers", "(*example.com/sec.Masker).Hide, (example.com/sec.Masker).Redact"},
		{"maskers", "github.com/my-org/sec_util/v5.Hide,gopkg.in/mask.v1.Hide"},
		{"funcs", "(*example.com/log.Logger).Infow:kv,(example.com/log.Entry).Info:print"},
		{"funcs", "github.com/my-org/log_util/v2.Infof:printf"},
	} {
		a := logmask.New(logmask.DefaultConfig())
		if err := a.Flags.Set(tc.flag, tc.value); err != nil {
			t.Errorf("Set(%q, %q) = %v, want no error", tc.flag, tc.value, err)
		}
	}
}

func TestConfigWithMalformedNameIsRejected(t *testing.T) {
	// example.com/sec imports nothing, so the result's error is run's own
	// and not that of a dependency.
	good := logmask.DefaultConfig()
	good.Maskers = []string{"(*example.com/other.Masker).Hide"}
	good.Funcs = []string{"(*example.com/log.Logger).Infow:kv"}
	if results := analysistest.Run(t, analysistest.TestData(), logmask.New(good), "example.com/sec"); len(results) != 1 || results[0].Err != nil {
		t.Fatalf("config %+v: run returned %d results, want 1 without an error", good, len(results))
	}

	badMasker := logmask.DefaultConfig()
	badMasker.Maskers = []string{"example.com/sec.Hide("}
	badFunc := logmask.DefaultConfig()
	badFunc.Funcs = []string{"example.com/log.Infow(:kv"}
	for _, tc := range []struct {
		cfg  logmask.Config
		want string
	}{
		{badMasker, `invalid logmask Maskers: entry "example.com/sec.Hide(" is not a function name`},
		{badFunc, `invalid -funcs entry "example.com/log.Infow(:kv": "example.com/log.Infow(" is not a function name`},
	} {
		results := analysistest.Run(&testing.T{}, analysistest.TestData(), logmask.New(tc.cfg), "example.com/sec")
		var err error
		if len(results) == 1 {
			err = results[0].Err
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("config %+v: run returned %d results, error %v, want an error containing %q", tc.cfg, len(results), err, tc.want)
		}
	}
}
