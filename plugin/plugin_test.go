package plugin

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/suite"
)

// listFlag is a comma-separated list flag of the kind secvet's analyzers
// bind: a flag.Getter whose Get returns []string.
type listFlag struct{ items *[]string }

func (l listFlag) String() string {
	if l.items == nil {
		return ""
	}
	return strings.Join(*l.items, ",")
}

func (l listFlag) Set(s string) error {
	*l.items = strings.Split(s, ",")
	return nil
}

func (l listFlag) Get() any { return *l.items }

// plainList is a list flag that is not a flag.Getter. The plugin knows it
// is a list only when its usage starts with "comma-separated".
type plainList struct{ items *[]string }

func (l plainList) String() string     { return listFlag(l).String() }
func (l plainList) Set(s string) error { return listFlag(l).Set(s) }

// fakeConfig is the configuration of one fake analyzer, shaped like the
// Config of secvet's analyzers.
type fakeConfig struct {
	Mode          string
	AllowPkgs     []string
	MaxDepth      int
	Ratio         float64
	Timeout       time.Duration
	DenyPkgs      []string
	Other         []string
	RequireReason bool
}

// fakeSuite builds fake analyzers named a, b and c with one flag of every
// kind, and records the options and configs it built them with.
type fakeSuite struct {
	opts    suite.Options
	configs map[string]*fakeConfig
}

func (f *fakeSuite) build(opts suite.Options) []*analysis.Analyzer {
	f.opts = opts
	f.configs = make(map[string]*fakeConfig)

	var out []*analysis.Analyzer
	for _, name := range []string{"a", "b", "c"} {
		cfg := &fakeConfig{Mode: "default", AllowPkgs: []string{"x"}, RequireReason: opts.Suppress.RequireReason}
		f.configs[name] = cfg

		a := &analysis.Analyzer{
			Name: name,
			Doc:  "fake analyzer " + name,
			Run:  func(*analysis.Pass) (any, error) { return nil, nil },
		}
		a.Flags.StringVar(&cfg.Mode, "mode", cfg.Mode, "the mode")
		a.Flags.Var(listFlag{&cfg.AllowPkgs}, "allow-pkgs", "comma-separated packages")
		a.Flags.IntVar(&cfg.MaxDepth, "max-depth", 0, "the maximum depth")
		a.Flags.Float64Var(&cfg.Ratio, "ratio", 0, "a ratio")
		a.Flags.DurationVar(&cfg.Timeout, "timeout", 0, "a timeout")
		a.Flags.Var(plainList{&cfg.DenyPkgs}, "deny-pkgs", "comma-separated packages, in a list flag that is not a flag.Getter")
		a.Flags.Var(plainList{&cfg.Other}, "other", "a flag of a type the plugin does not know")
		a.Flags.BoolVar(&cfg.RequireReason, "nolint-reason", cfg.RequireReason, "require a reason")
		out = append(out, a)
	}
	return out
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func mustBuild(t *testing.T, settings any) (*fakeSuite, []*analysis.Analyzer) {
	t.Helper()
	f := &fakeSuite{}
	p, err := newPlugin(settings, f.build)
	if err != nil {
		t.Fatalf("newPlugin: %v", err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	return f, as
}

func buildError(t *testing.T, settings any) string {
	t.Helper()
	f := &fakeSuite{}
	_, err := newPlugin(settings, f.build)
	if err == nil {
		t.Fatalf("newPlugin(%#v) succeeded, want an error", settings)
	}
	return err.Error()
}

func TestNoSettingsEnablesEveryAnalyzer(t *testing.T) {
	_, as := mustBuild(t, nil)
	if got, want := names(as), []string{"a", "b", "c"}; !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}

	_, as = mustBuild(t, map[string]any{})
	if got, want := names(as), []string{"a", "b", "c"}; !slices.Equal(got, want) {
		t.Errorf("analyzers with empty settings = %v, want %v", got, want)
	}
}

func TestDisableDropsAnalyzer(t *testing.T) {
	_, as := mustBuild(t, map[string]any{"disable": []any{"b"}})
	if got, want := names(as), []string{"a", "c"}; !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
}

func TestEnableKeepsOnlyListedAnalyzers(t *testing.T) {
	_, as := mustBuild(t, map[string]any{"enable": []any{"c", "a"}})
	if got, want := names(as), []string{"a", "c"}; !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v (in the suite's order)", got, want)
	}
}

func TestEnableAndDisableCombine(t *testing.T) {
	_, as := mustBuild(t, map[string]any{"enable": []any{"a", "b"}, "disable": []any{"c"}})
	if got, want := names(as), []string{"a", "b"}; !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want %v", got, want)
	}
}

func TestOptionsReachAnalyzer(t *testing.T) {
	f, as := mustBuild(t, map[string]any{
		"b": map[string]any{
			"mode":       "injection",
			"allow-pkgs": []any{"example.com/db", "example.com/sqlc"},
			"max-depth":  3,
			"ratio":      0.5,
			"timeout":    "2s",
			"deny-pkgs":  []any{"unsafe", "os/exec"},
			"other":      []any{"v", 2, true},
		},
	})

	cfg := f.configs["b"]
	if cfg.Mode != "injection" {
		t.Errorf("mode = %q, want injection", cfg.Mode)
	}
	if want := []string{"example.com/db", "example.com/sqlc"}; !slices.Equal(cfg.AllowPkgs, want) {
		t.Errorf("allow-pkgs = %q, want %q", cfg.AllowPkgs, want)
	}
	if cfg.MaxDepth != 3 {
		t.Errorf("max-depth = %d, want 3", cfg.MaxDepth)
	}
	if cfg.Ratio != 0.5 {
		t.Errorf("ratio = %v, want 0.5", cfg.Ratio)
	}
	if cfg.Timeout != 2*time.Second {
		t.Errorf("timeout = %v, want 2s", cfg.Timeout)
	}
	if want := []string{"unsafe", "os/exec"}; !slices.Equal(cfg.DenyPkgs, want) {
		t.Errorf("deny-pkgs = %q, want %q", cfg.DenyPkgs, want)
	}
	if want := []string{"v", "2", "true"}; !slices.Equal(cfg.Other, want) {
		t.Errorf("other = %q, want %q", cfg.Other, want)
	}

	// The flag and the configuration are the same variable, so what the
	// analyzer's Run reads is what the flag shows.
	if got := as[1].Flags.Lookup("mode").Value.String(); got != "injection" {
		t.Errorf("analyzer b's mode flag = %q, want injection", got)
	}

	if other := f.configs["a"]; other.Mode != "default" || !slices.Equal(other.AllowPkgs, []string{"x"}) {
		t.Errorf("analyzer a's config changed to %+v; options of b must not reach it", other)
	}
}

func TestWholeNumberFromJSONFitsIntFlag(t *testing.T) {
	// golangci-lint and register.DecodeSettings may round-trip settings
	// through JSON, which turns 3 into 3.0.
	f, _ := mustBuild(t, map[string]any{"a": map[string]any{"max-depth": 3.0}})
	if f.configs["a"].MaxDepth != 3 {
		t.Errorf("max-depth = %d, want 3", f.configs["a"].MaxDepth)
	}
}

func TestNolintReasonAppliesToEveryAnalyzer(t *testing.T) {
	f, _ := mustBuild(t, map[string]any{"nolint-reason": true})
	if !f.opts.Suppress.RequireReason {
		t.Errorf("suite options RequireReason = false, want true")
	}

	// An analyzer's own nolint-reason overrides the suite-wide one.
	f, _ = mustBuild(t, map[string]any{"nolint-reason": true, "c": map[string]any{"nolint-reason": false}})
	if f.configs["c"].RequireReason {
		t.Errorf("analyzer c RequireReason = true, want its own false")
	}
	if !f.configs["a"].RequireReason {
		t.Errorf("analyzer a RequireReason = false, want the suite-wide true")
	}
}

func TestMapWithAnyKeysIsAccepted(t *testing.T) {
	f, _ := mustBuild(t, map[any]any{"a": map[any]any{"mode": "strict"}})
	if f.configs["a"].Mode != "strict" {
		t.Errorf("mode = %q, want strict", f.configs["a"].Mode)
	}
}

func TestInvalidSettingsAreRejected(t *testing.T) {
	tests := []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{"top level not a mapping", []any{"a"}, []string{"expected a mapping", "a list"}},
		{"unknown top-level key", map[string]any{"rawsqll": map[string]any{}}, []string{`unknown key "rawsqll"`, "a, b, c"}},
		{"unknown analyzer in disable", map[string]any{"disable": []any{"z"}}, []string{"disable", `unknown analyzer "z"`, "a, b, c"}},
		{"unknown analyzer in enable", map[string]any{"enable": []any{"a", "z"}}, []string{"enable", `unknown analyzer "z"`}},
		{"empty enable", map[string]any{"enable": []any{}}, []string{"enable", "empty"}},
		{"disable not a list", map[string]any{"disable": "a"}, []string{"disable", "expected a list of strings", `the string "a"`}},
		{"disable element not a string", map[string]any{"disable": []any{1}}, []string{"disable", "element 0", "expected a string"}},
		{"analyzer in enable and disable", map[string]any{"enable": []any{"a"}, "disable": []any{"a"}}, []string{`"a"`, "both"}},
		{"nolint-reason not a boolean", map[string]any{"nolint-reason": "yes"}, []string{"nolint-reason", "expected a boolean"}},
		{"analyzer options not a mapping", map[string]any{"a": "strict"}, []string{"a:", "expected a mapping"}},
		{"unknown option", map[string]any{"a": map[string]any{"moed": "x"}}, []string{`unknown option "moed"`, "mode", "allow-pkgs"}},
		{"flag name with analyzer prefix", map[string]any{"a": map[string]any{"a.mode": "x"}}, []string{`unknown option "a.mode"`}},
		{"string option given a list", map[string]any{"a": map[string]any{"mode": []any{"x"}}}, []string{"a.mode", "expected a string", "a list"}},
		{"string option given a number", map[string]any{"a": map[string]any{"mode": 1}}, []string{"a.mode", "expected a string", "the integer 1"}},
		{"list option given a number", map[string]any{"a": map[string]any{"allow-pkgs": 7}}, []string{"a.allow-pkgs", "expected a list of strings"}},
		{"list option element not a string", map[string]any{"a": map[string]any{"allow-pkgs": []any{"x", true}}}, []string{"a.allow-pkgs", "element 1", "expected a string"}},
		{"list option element with a comma", map[string]any{"a": map[string]any{"allow-pkgs": []any{"x,y"}}}, []string{"a.allow-pkgs", "comma"}},
		{"usage-marked list option given a boolean", map[string]any{"a": map[string]any{"deny-pkgs": true}}, []string{"a.deny-pkgs", "expected a list of strings", "the boolean true"}},
		{"unknown-type option given a mapping", map[string]any{"a": map[string]any{"other": map[string]any{}}}, []string{"a.other", "expected a string, a number, a boolean or a list of them", "a mapping"}},
		{"int option given a string", map[string]any{"b": map[string]any{"max-depth": "3"}}, []string{"b.max-depth", "expected an integer", `the string "3"`}},
		{"int option given a fraction", map[string]any{"b": map[string]any{"max-depth": 2.5}}, []string{"b.max-depth", "expected an integer"}},
		{"bool option given a string", map[string]any{"b": map[string]any{"nolint-reason": "true"}}, []string{"b.nolint-reason", "expected a boolean"}},
		{"duration option given a number", map[string]any{"c": map[string]any{"timeout": 5}}, []string{"c.timeout", "expected a duration"}},
		{"duration option not parsable", map[string]any{"c": map[string]any{"timeout": "soon"}}, []string{"c.timeout", "invalid value", `"soon"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := buildError(t, tt.settings)
			for _, want := range tt.want {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not contain %q", msg, want)
				}
			}
		})
	}
}

func TestPluginIsRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin(Name)
	if err != nil {
		t.Fatalf("GetPlugin(%q): %v", Name, err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatalf("New(nil): %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}

	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	if got, want := names(as), suite.Names(); !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want the suite's %v", got, want)
	}
}

func TestEveryAnalyzerFlagHasKnownType(t *testing.T) {
	// The plugin can check a value's type only for flags whose type it
	// recognises. A flag of another type still works, but accepts any
	// scalar or list, so configuration mistakes go unnoticed.
	for _, a := range suite.New(suite.Options{}) {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if kindOf(f) == kindText {
				t.Errorf("%s.%s: the plugin cannot check values of flag type %T; make it a flag.Getter or, for a list, start its usage with \"comma-separated\"", a.Name, f.Name, f.Value)
			}
		})
	}
}

func TestRealAnalyzersAreIndependentCopies(t *testing.T) {
	// Two plugin instances (two golangci-lint configurations in one
	// process) must not share flag values.
	all := suite.New(suite.Options{})
	if len(all) == 0 {
		t.Skip("the suite has no analyzers yet")
	}

	var target, flagName string
	for _, a := range all {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if flagName == "" && kindOf(f) == kindBool {
				target, flagName = a.Name, f.Name
			}
		})
	}
	if flagName == "" {
		t.Skip("no analyzer has a boolean flag")
	}

	first, err := New(map[string]any{target: map[string]any{flagName: true}})
	if err != nil {
		t.Fatal(err)
	}
	second, err := New(map[string]any{target: map[string]any{flagName: false}})
	if err != nil {
		t.Fatal(err)
	}
	lookup := func(p register.LinterPlugin) string {
		as, _ := p.BuildAnalyzers()
		for _, a := range as {
			if a.Name == target {
				return a.Flags.Lookup(flagName).Value.String()
			}
		}
		return "<missing>"
	}
	if got := lookup(first); got != "true" {
		t.Errorf("first plugin %s.%s = %s, want true", target, flagName, got)
	}
	if got := lookup(second); got != "false" {
		t.Errorf("second plugin %s.%s = %s, want false", target, flagName, got)
	}
}

func TestExampleConfigShowsEveryOption(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")

	for _, a := range suite.New(suite.Options{}) {
		keys, ok := exampleKeys(lines, a.Name)
		if !ok {
			t.Errorf(".golangci.example.yml has no %s: block with its options", a.Name)
			continue
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if !slices.Contains(keys, f.Name) {
				t.Errorf(".golangci.example.yml does not show option %s of %s", f.Name, a.Name)
			}
		})
	}
}

// exampleKeys returns the keys of the YAML block that starts with the line
// "NAME:", read by indentation.
func exampleKeys(lines []string, name string) ([]string, bool) {
	indent := func(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }

	for i, line := range lines {
		if strings.TrimSpace(line) != name+":" {
			continue
		}
		var keys []string
		for _, inner := range lines[i+1:] {
			trimmed := strings.TrimSpace(inner)
			if trimmed == "" || strings.HasPrefix(trimmed, "#") {
				continue
			}
			if indent(inner) <= indent(line) {
				break
			}
			if key, _, ok := strings.Cut(trimmed, ":"); ok {
				keys = append(keys, key)
			}
		}
		return keys, true
	}
	return nil, false
}
