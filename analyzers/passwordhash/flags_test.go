package passwordhash_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

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

func TestHashersFlagRejectsMalformedName(t *testing.T) {
	for _, tc := range []struct{ value, want string }{
		{"example.com/auth.Hash(", `entry "example.com/auth.Hash(" is not a function name because "Hash(" is not an identifier; write pkg/path.Func, (pkg/path.T).Method or (*pkg/path.T).Method`},
		{"(*example.com/auth.Hasher.Hash", `entry "(*example.com/auth.Hasher.Hash" is not a function name because the receiver has no ")." before the method name`},
		{"HashPassword", `entry "HashPassword" is not a function name because function "HashPassword" has no package path;`},
		{"(*Hasher).Hash", `entry "(*Hasher).Hash" is not a function name because type "Hasher" has no package path;`},
		{"example.com//auth.Hash", `entry "example.com//auth.Hash" is not a function name because package path "example.com//auth" has an empty element;`},
		{"example.com/auth.(*Hasher).Hash", `entry "example.com/auth.(*Hasher).Hash" is not a function name because a method name puts the receiver first, as in (*example.com/auth.Hasher).Hash;`},
		{"example.com/auth.Hasher.Hash", `as in (example.com/auth.Hasher).Hash`},
		{"example.com/auth.HashPassword,auth.Hash(", `entry "auth.Hash(" is not a function name`},
	} {
		a := passwordhash.New(passwordhash.DefaultConfig())
		err := a.Flags.Set("hashers", tc.value)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Set(hashers, %q) = %v, want an error containing %q", tc.value, err, tc.want)
		}
		if got := a.Flags.Lookup("hashers").Value.String(); got != "" {
			t.Errorf("Set(hashers, %q) failed but left the value %q, want it unchanged", tc.value, got)
		}
	}
}

func TestHashersFlagAcceptsQualifiedNames(t *testing.T) {
	for _, value := range []string{
		"example.com/auth.HashPassword",
		"(*example.com/auth.Hasher).Hash, (example.com/auth.Hasher).HashString",
		"github.com/my-org/auth_lib/v5.Hash",
		"(*github.com/my-org/auth_lib/v5.Hasher).Hash",
		"gopkg.in/hash.v2.Sum",
	} {
		a := passwordhash.New(passwordhash.DefaultConfig())
		if err := a.Flags.Set("hashers", value); err != nil {
			t.Errorf("Set(hashers, %q) = %v, want no error", value, err)
		}
	}
}

func TestConfigWithMalformedHasherIsRejected(t *testing.T) {
	// example.com/vault imports nothing, so the result's error is run's own
	// and not that of a dependency.
	good := passwordhash.DefaultConfig()
	good.Hashers = []string{"(*example.com/auth.Hasher).Hash"}
	if results := analysistest.Run(t, analysistest.TestData(), passwordhash.New(good), "example.com/vault"); len(results) != 1 || results[0].Err != nil {
		t.Fatalf("Hashers %q: run returned %d results, want 1 without an error", good.Hashers, len(results))
	}

	bad := passwordhash.DefaultConfig()
	bad.Hashers = []string{"example.com/auth.Hash("}
	results := analysistest.Run(&testing.T{}, analysistest.TestData(), passwordhash.New(bad), "example.com/vault")
	var err error
	if len(results) == 1 {
		err = results[0].Err
	}
	want := `invalid passwordhash Hashers: entry "example.com/auth.Hash(" is not a function name`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Hashers %q: run returned %d results, error %v, want an error containing %q", bad.Hashers, len(results), err, want)
	}
}
