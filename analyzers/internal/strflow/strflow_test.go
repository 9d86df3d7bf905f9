package strflow_test

import (
	"fmt"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/ssaonce"
	"github.com/secvet/secvet/analyzers/internal/strflow"
)

// probe reports the tracer's classification of the argument of every call
// of a function named sink, as "KIND: SOURCE HOW, ...".
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report strflow results at calls of sink",
	Requires: []*analysis.Analyzer{ssaonce.Analyzer, strflow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		ssaInfo := pass.ResultOf[ssaonce.Analyzer].(*ssaonce.Result).SSA()
		tracer := pass.ResultOf[strflow.Analyzer].(*strflow.Tracer)
		for _, fn := range ssaInfo.SrcFuncs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(*ssa.Call)
					if !ok {
						continue
					}
					f := strflow.CalledFunc(call.Common())
					if f == nil || f.Name() != "sink" {
						continue
					}
					_, args := strflow.CallArgs(call.Common())
					pass.Reportf(call.Pos(), "%s", describe(pass, call.Pos(), tracer.Trace(args[0])))
				}
			}
		}
		return nil, nil
	},
}

// describe formats r, with the line of r.Pos relative to the sink's line.
func describe(pass *analysis.Pass, at token.Pos, r strflow.Result) string {
	var parts []string
	for _, s := range r.Sources {
		part := s.String()
		if how := s.How(); how != "" {
			part += " " + how
		}
		parts = append(parts, part)
	}
	text := r.Kind.String()
	if len(parts) > 0 {
		text += ": " + strings.Join(parts, ", ")
	}
	if r.Pos.IsValid() {
		text += fmt.Sprintf(" @%+d", pass.Fset.Position(r.Pos).Line-pass.Fset.Position(at).Line)
	}
	return text
}

func TestTracerClassifiesValues(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "flow")
}

func TestTracerFollowsHelpersOfOtherPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), strflow.Analyzer, "helpers")
	analysistest.Run(t, analysistest.TestData(), probe, "crosspkg")
}

func TestTracerFollowsLongConcatenations(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "longconcat")
}

func TestTracerFollowsBytesAndRunesOfStrings(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "runes")
}

func TestTracerFollowsArrayElements(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "arrays")
}

func TestTracerModelsStandardLibraryCalls(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "stdmodels")
}
