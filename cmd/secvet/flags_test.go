package main

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/apperror"
	"github.com/secvet/secvet/analyzers/hardcodedsecret"
	"github.com/secvet/secvet/analyzers/logmask"
	"github.com/secvet/secvet/analyzers/passwordhash"
	"github.com/secvet/secvet/analyzers/rawsql"
	"github.com/secvet/secvet/analyzers/suite"
)

func TestBadAnalyzerFlagValueIsOneUsageLine(t *testing.T) {
	dir := writeModule(t, fakeModule)
	real := func(suite.Options) []*analysis.Analyzer {
		return []*analysis.Analyzer{
			rawsql.New(rawsql.DefaultConfig()),
			hardcodedsecret.New(hardcodedsecret.DefaultConfig()),
			apperror.New(apperror.DefaultConfig()),
			passwordhash.New(passwordhash.DefaultConfig()),
			logmask.New(logmask.DefaultConfig()),
		}
	}
	tests := []struct{ arg, want string }{
		{"-rawsql.mode=bogus", `secvet: invalid value "bogus" for flag -rawsql.mode: accepted values are all, injection`},
		{"-rawsql.allow-pkgs=[", `secvet: invalid value "[" for flag -rawsql.allow-pkgs: entry "["`},
		{"-rawsql.sinks=foo", `secvet: invalid value "foo" for flag -rawsql.sinks: entry "foo"`},
		{"-rawsql.sanitizers=notaname", `secvet: invalid value "notaname" for flag -rawsql.sanitizers: entry "notaname"`},
		{"-hardcodedsecret.min-length=-5", `secvet: invalid value "-5" for flag -hardcodedsecret.min-length: accepted values are`},
		{"-apperror.min-status=600", `secvet: invalid value "600" for flag -apperror.min-status: accepted values are HTTP status codes`},
		{"-passwordhash.min-cost=99", `secvet: invalid value "99" for flag -passwordhash.min-cost: accepted values are bcrypt costs`},
		{"-logmask.funcs=example.com/log.Info", `secvet: invalid value "example.com/log.Info" for flag -logmask.funcs: entry`},
		{"-rawsql=2", `secvet: invalid value "2" for flag -rawsql: accepted values are true and false` + "\n"},
	}
	for _, tt := range tests {
		r := runSecvet(t, dir, real, tt.arg, "./a")
		if r.code != exitUsage {
			t.Errorf("%s: exit code = %d, want %d; stderr:\n%s", tt.arg, r.code, exitUsage, r.stderr)
		}
		if n := strings.Count(r.stderr, "\n"); n != 1 {
			t.Errorf("%s: stderr has %d lines, want 1:\n%s", tt.arg, n, r.stderr)
		}
		if !strings.HasPrefix(r.stderr, tt.want) {
			t.Errorf("%s: stderr = %q, want it to begin with %q", tt.arg, r.stderr, tt.want)
		}
	}
}

func TestBoolFlagErrorSaysAcceptedValuesOnce(t *testing.T) {
	dir := writeModule(t, fakeModule)
	for _, arg := range []string{"-fakecall=2", "-fix=2"} {
		r := runSecvet(t, dir, defaultFakes(), arg, "./a")
		if n := strings.Count(r.stderr, "accepted values are true and false"); n != 1 {
			t.Errorf("%s: stderr says the accepted values %d times, want once:\n%s", arg, n, r.stderr)
		}
	}
}

func TestLoadErrorHidesFailedPrerequisites(t *testing.T) {
	dir := writeModule(t, fakeModule)
	prereq := &analysis.Analyzer{
		Name:             "fakeprereq",
		Doc:              "fail on packages with type errors",
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			if len(pass.TypeErrors) > 0 {
				return nil, errors.New("cannot work on ill-typed code")
			}
			return nil, nil
		},
	}
	dependent := func(suite.Options) *analysis.Analyzer {
		return &analysis.Analyzer{
			Name:             "fakedependent",
			Doc:              "require fakeprereq",
			RunDespiteErrors: true,
			Requires:         []*analysis.Analyzer{prereq},
			Run:              func(*analysis.Pass) (any, error) { return nil, nil },
		}
	}
	r := runSecvet(t, dir, fakeSuite(dependent, newFakeCall), "./bad")
	if r.code != exitFailure {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFailure, r.stderr)
	}
	if strings.Contains(r.stderr, "failed prerequisites") || strings.Contains(r.stderr, "analysis skipped") {
		t.Errorf("stderr repeats the load error as analyzer failures:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "undefined: missing") {
		t.Errorf("stderr lacks the load error:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "analysis failed for 1 package;") {
		t.Errorf("summary does not count one package in the singular:\n%s", r.stderr)
	}
}

func TestVetFlagsRejectBadAnalyzerValue(t *testing.T) {
	analyzers := []*analysis.Analyzer{rawsql.New(rawsql.DefaultConfig())}
	err := checkVetFlags([]string{"-json", "-rawsql.mode=bogus", "x.cfg"}, analyzers)
	want := `invalid value "bogus" for flag -rawsql.mode: accepted values are all, injection`
	if err == nil || err.Error() != want {
		t.Errorf("checkVetFlags = %v, want %q", err, want)
	}
	if err := checkVetFlags([]string{"-rawsql.mode=injection", "-rawsql", "x.cfg"}, analyzers); err != nil {
		t.Errorf("checkVetFlags of good values = %v", err)
	}
}

// fakeFact makes fakedependent run on dependencies too.
type fakeFact struct{}

func (*fakeFact) AFact() {}

func TestLoadErrorOfDependencyHidesFailedPrerequisites(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":      "module example.com/dep\n\ngo 1.26.8\n",
		"bad/bad.go":  "package bad\n\nfunc Broken() int { return missing }\n",
		"user/use.go": "package user\n\nimport \"example.com/dep/bad\"\n\nfunc Use() { _ = bad.Broken }\n",
	})
	prereq := &analysis.Analyzer{
		Name:             "fakeprereq",
		Doc:              "fail on packages with type errors",
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			if len(pass.TypeErrors) > 0 {
				return nil, errors.New("cannot work on ill-typed code")
			}
			return nil, nil
		},
	}
	dependent := func(suite.Options) *analysis.Analyzer {
		return &analysis.Analyzer{
			Name:             "fakedependent",
			Doc:              "require fakeprereq and use facts",
			RunDespiteErrors: true,
			Requires:         []*analysis.Analyzer{prereq},
			FactTypes:        []analysis.Fact{new(fakeFact)},
			Run:              func(*analysis.Pass) (any, error) { return nil, nil },
		}
	}
	r := runSecvet(t, dir, fakeSuite(dependent), "./user")
	if r.code != exitFailure {
		t.Fatalf("exit code = %d, want %d; stderr:\n%s", r.code, exitFailure, r.stderr)
	}
	if !strings.Contains(r.stderr, "undefined: missing") {
		t.Errorf("stderr lacks the load error of the dependency:\n%s", r.stderr)
	}
	if strings.Contains(r.stderr, "failed prerequisites") {
		t.Errorf("stderr repeats the dependency's load error as analyzer failures:\n%s", r.stderr)
	}
}
