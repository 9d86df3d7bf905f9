package origin_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/origin"
)

// probe reports, at every call of a function named sink, the paths of its
// argument, sorted and joined by " | ".
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report the origin of sink arguments",
	Requires: []*analysis.Analyzer{origin.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[origin.Analyzer].(*origin.Result)
		for _, fn := range r.SrcFuncs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(*ssa.Call)
					if !ok {
						continue
					}
					f := call.Call.StaticCallee()
					if f == nil || f.Name() != "sink" {
						continue
					}
					var parts []string
					for _, p := range r.Trace(call.Call.Args[0]) {
						parts = append(parts, p.String())
					}
					pass.Reportf(call.Pos(), "%s", strings.Join(parts, " | "))
				}
			}
		}
		return nil, nil
	},
}

func TestTraceFollowsFlows(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "example.com/lib", "flows")
}

func TestSummaryString(t *testing.T) {
	s := &origin.Summary{Results: [][]origin.Path{{{
		Source:  origin.Source{Kind: origin.Param, Name: "pw"},
		Through: []origin.Step{{Func: "crypto/sha256.Sum256"}},
	}}}}
	want := "origin(0: parameter pw -> crypto/sha256.Sum256)"
	if got := s.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestSourceDescribe(t *testing.T) {
	for _, tt := range []struct {
		src  origin.Source
		want string
	}{
		{origin.Source{Kind: origin.Param, Name: "pw"}, "parameter pw"},
		{origin.Source{Kind: origin.Field, Name: "Password", Base: "req"}, "req.Password"},
		{origin.Source{Kind: origin.Key, Name: "password", Base: "r.FormValue", Getter: "(*net/http.Request).FormValue"}, `r.FormValue("password")`},
		{origin.Source{Kind: origin.Key, Name: "password", Base: "m"}, `m["password"]`},
		{origin.Source{Kind: origin.Key, Name: "pwd"}, `key "pwd"`},
		{origin.Source{Kind: origin.Call, Name: "example.com/x.F"}, "the result of example.com/x.F"},
	} {
		if got := tt.src.Describe(); got != tt.want {
			t.Errorf("Describe(%+v) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestSourceTagName(t *testing.T) {
	src := origin.Source{Kind: origin.Field, Tag: `json:"pwd,omitempty" form:"password"`}
	if got := src.TagName("json"); got != "pwd" {
		t.Errorf(`TagName("json") = %q, want "pwd"`, got)
	}
	if got := src.TagName("form"); got != "password" {
		t.Errorf(`TagName("form") = %q, want "password"`, got)
	}
	if got := src.TagName("db"); got != "" {
		t.Errorf(`TagName("db") = %q, want ""`, got)
	}
}

func TestAnalyzerResultType(t *testing.T) {
	if origin.Analyzer.ResultType != reflect.TypeFor[*origin.Result]() {
		t.Errorf("ResultType = %v", origin.Analyzer.ResultType)
	}
	if fmt.Sprint(origin.Unknown) != "unknown" || fmt.Sprint(origin.Key) != "key" {
		t.Errorf("Kind names = %v, %v", origin.Unknown, origin.Key)
	}
}
