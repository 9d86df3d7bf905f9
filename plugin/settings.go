package plugin

import (
	"flag"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/suite"
)

// Keys of the settings mapping that are not analyzer names.
const (
	keyEnable       = "enable"
	keyDisable      = "disable"
	keyNolintReason = "nolint-reason"
)

// settings is the decoded form of the plugin's settings mapping.
type settings struct {
	enable        []string // nil when the key is absent
	disable       []string
	requireReason *bool                     // nil when the key is absent
	options       map[string]map[string]any // analyzer name -> flag name -> raw value
}

// decodeSettings checks the shape of the raw settings. Analyzer and flag
// names are checked later by apply, once the analyzers are built.
func decodeSettings(raw any) (*settings, error) {
	s := &settings{options: make(map[string]map[string]any)}
	if raw == nil {
		return s, nil
	}

	top, ok := asMapping(raw)
	if !ok {
		return nil, fmt.Errorf("secvet settings: expected a mapping, got %s", describe(raw))
	}

	for _, key := range slices.Sorted(maps.Keys(top)) {
		value := top[key]
		switch key {
		case keyEnable, keyDisable:
			names, err := stringList(value)
			if err != nil {
				return nil, fmt.Errorf("secvet settings: %s: %w", key, err)
			}
			if key == keyEnable {
				if len(names) == 0 {
					return nil, fmt.Errorf("secvet settings: enable: the list is empty, so no analyzer would run; remove the key to run every analyzer")
				}
				s.enable = names
			} else {
				s.disable = names
			}

		case keyNolintReason:
			b, ok := value.(bool)
			if !ok {
				return nil, fmt.Errorf("secvet settings: %s: expected a boolean, got %s", key, describe(value))
			}
			s.requireReason = &b

		default:
			options, ok := asMapping(value)
			if !ok && value != nil {
				return nil, fmt.Errorf("secvet settings: %s: expected a mapping of the analyzer's options, got %s", key, describe(value))
			}
			s.options[key] = options
		}
	}
	return s, nil
}

// apply builds the analyzers, sets their flags and returns the enabled ones
// in the suite's order.
func (s *settings) apply(build func(suite.Options) []*analysis.Analyzer) ([]*analysis.Analyzer, error) {
	var opts suite.Options
	if s.requireReason != nil {
		opts.Suppress.RequireReason = *s.requireReason
	}
	all := build(opts)

	byName := make(map[string]*analysis.Analyzer, len(all))
	var names []string
	for _, a := range all {
		byName[a.Name] = a
		names = append(names, a.Name)
	}
	known := strings.Join(names, ", ")

	for _, key := range []string{keyEnable, keyDisable} {
		list := s.enable
		if key == keyDisable {
			list = s.disable
		}
		for _, name := range list {
			if byName[name] == nil {
				return nil, fmt.Errorf("secvet settings: %s: unknown analyzer %q; the analyzers are: %s", key, name, known)
			}
		}
	}
	for _, name := range s.disable {
		if slices.Contains(s.enable, name) {
			return nil, fmt.Errorf("secvet settings: analyzer %q is listed in both enable and disable", name)
		}
	}

	for _, name := range slices.Sorted(maps.Keys(s.options)) {
		a := byName[name]
		if a == nil {
			return nil, fmt.Errorf("secvet settings: unknown key %q; the keys are %s, %s, %s and the analyzer names: %s",
				name, keyEnable, keyDisable, keyNolintReason, known)
		}
		if err := setFlags(a, s.options[name]); err != nil {
			return nil, err
		}
	}

	var enabled []*analysis.Analyzer
	for _, a := range all {
		if s.enable != nil && !slices.Contains(s.enable, a.Name) {
			continue
		}
		if slices.Contains(s.disable, a.Name) {
			continue
		}
		enabled = append(enabled, a)
	}
	return enabled, nil
}

// setFlags sets the flags of a from options, a mapping from flag name to
// the value read from the configuration file.
func setFlags(a *analysis.Analyzer, options map[string]any) error {
	for _, name := range slices.Sorted(maps.Keys(options)) {
		f := a.Flags.Lookup(name)
		if f == nil {
			var flags []string
			a.Flags.VisitAll(func(f *flag.Flag) { flags = append(flags, f.Name) })
			return fmt.Errorf("secvet settings: %s: unknown option %q; the options of %s are: %s",
				a.Name, name, a.Name, strings.Join(flags, ", "))
		}

		text, err := flagText(f, options[name])
		if err != nil {
			return fmt.Errorf("secvet settings: %s.%s: %w", a.Name, name, err)
		}
		if err := f.Value.Set(text); err != nil {
			return fmt.Errorf("secvet settings: %s.%s: invalid value %q: %v", a.Name, name, text, err)
		}
	}
	return nil
}

// flagKind is the type of value a flag accepts, as far as the plugin can
// tell from its flag.Value.
type flagKind int

const (
	kindText     flagKind = iota // a flag.Value of a type not listed below
	kindBool                     // bool
	kindString                   // string
	kindInt                      // int, int64, uint, uint64
	kindFloat                    // float64
	kindDuration                 // time.Duration
	kindList                     // a flag.Getter whose Get returns []string, or a usage starting with "comma-separated"
)

var kindNames = map[flagKind]string{
	kindText:     "a string, a number, a boolean or a list of them",
	kindBool:     "a boolean",
	kindString:   "a string",
	kindInt:      "an integer",
	kindFloat:    "a number",
	kindDuration: `a duration such as "30s"`,
	kindList:     "a list of strings",
}

// kindOf returns the kind of value f accepts. A list flag that is not a
// flag.Getter is recognised by its usage text, which secvet's analyzers
// start with "comma-separated".
func kindOf(f *flag.Flag) flagKind {
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return kindBool
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		if strings.HasPrefix(f.Usage, "comma-separated") {
			return kindList
		}
		return kindText
	}
	switch g.Get().(type) {
	case bool:
		return kindBool
	case string:
		return kindString
	case int, int64, uint, uint64:
		return kindInt
	case float64:
		return kindFloat
	case time.Duration:
		return kindDuration
	case []string:
		return kindList
	}
	return kindText
}

// flagText converts a value from the configuration file to the text that
// the flag's Set method takes, checking that its type fits the flag.
func flagText(f *flag.Flag, raw any) (string, error) {
	kind := kindOf(f)
	wrongType := fmt.Errorf("expected %s, got %s", kindNames[kind], describe(raw))

	switch kind {
	case kindBool:
		if b, ok := raw.(bool); ok {
			return strconv.FormatBool(b), nil
		}
	case kindString, kindDuration:
		if s, ok := raw.(string); ok {
			return s, nil
		}
	case kindInt:
		if n, ok := integer(raw); ok {
			return strconv.FormatInt(n, 10), nil
		}
	case kindFloat:
		switch n := raw.(type) {
		case float64:
			return strconv.FormatFloat(n, 'g', -1, 64), nil
		default:
			if i, ok := integer(raw); ok {
				return strconv.FormatInt(i, 10), nil
			}
		}
	case kindList:
		if s, ok := raw.(string); ok {
			return s, nil
		}
		if list, err := stringList(raw); err == nil {
			return strings.Join(list, ","), nil
		} else if _, isList := raw.([]any); isList {
			return "", err
		}
	case kindText:
		if s, ok := scalarText(raw); ok {
			return s, nil
		}
		if list, ok := raw.([]any); ok {
			var parts []string
			for i, elem := range list {
				s, ok := scalarText(elem)
				if !ok {
					return "", fmt.Errorf("element %d: expected a string, a number or a boolean, got %s", i, describe(elem))
				}
				if strings.Contains(s, ",") {
					return "", fmt.Errorf("element %d: %q contains a comma, which the flag would read as a separator", i, s)
				}
				parts = append(parts, s)
			}
			return strings.Join(parts, ","), nil
		}
	}
	return "", wrongType
}

// stringList converts a list of strings, rejecting elements that contain a
// comma because the flag would split them.
func stringList(raw any) ([]string, error) {
	list, ok := raw.([]any)
	if !ok {
		if ss, ok := raw.([]string); ok {
			list = make([]any, len(ss))
			for i, s := range ss {
				list[i] = s
			}
		} else {
			return nil, fmt.Errorf("expected a list of strings, got %s", describe(raw))
		}
	}

	out := make([]string, 0, len(list))
	for i, elem := range list {
		s, ok := elem.(string)
		if !ok {
			return nil, fmt.Errorf("element %d: expected a string, got %s", i, describe(elem))
		}
		if strings.Contains(s, ",") {
			return nil, fmt.Errorf("element %d: %q contains a comma, which the flag would read as a separator", i, s)
		}
		out = append(out, s)
	}
	return out, nil
}

// integer returns raw as an int64 when it is a whole number. YAML decoders
// produce int, and a JSON round trip produces float64.
func integer(raw any) (int64, bool) {
	switch n := raw.(type) {
	case int:
		return int64(n), true
	case int64:
		return n, true
	case uint64:
		if n <= math.MaxInt64 {
			return int64(n), true
		}
	case float64:
		if n == math.Trunc(n) && math.Abs(n) < 1<<53 {
			return int64(n), true
		}
	}
	return 0, false
}

func scalarText(raw any) (string, bool) {
	switch v := raw.(type) {
	case string:
		return v, true
	case bool:
		return strconv.FormatBool(v), true
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), true
	}
	if n, ok := integer(raw); ok {
		return strconv.FormatInt(n, 10), true
	}
	return "", false
}

// asMapping returns raw as a map with string keys. golangci-lint passes
// map[string]any, while some YAML decoders produce map[any]any.
func asMapping(raw any) (map[string]any, bool) {
	switch m := raw.(type) {
	case map[string]any:
		return m, true
	case map[any]any:
		out := make(map[string]any, len(m))
		for k, v := range m {
			out[fmt.Sprint(k)] = v
		}
		return out, true
	}
	return nil, false
}

// describe names the type of a configuration value for error messages.
func describe(raw any) string {
	switch v := raw.(type) {
	case nil:
		return "nothing"
	case string:
		return fmt.Sprintf("the string %q", v)
	case bool:
		return fmt.Sprintf("the boolean %t", v)
	case int, int64, uint64:
		return fmt.Sprintf("the integer %v", v)
	case float64:
		return fmt.Sprintf("the number %v", v)
	case []any, []string:
		return "a list"
	}
	if _, ok := asMapping(raw); ok {
		return "a mapping"
	}
	return fmt.Sprintf("a value of type %T", raw)
}
