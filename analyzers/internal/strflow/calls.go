package strflow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// model is the way a standard library function builds its string result.
type model uint8

const (
	modelFormat       model = iota + 1 // fmt.Sprintf(format, args...)
	modelPrint                         // fmt.Sprint(args...), fmt.Sprintln(args...)
	modelJoin                          // strings.Join(elems, sep)
	modelNumber                        // strconv.Itoa and friends
	modelKeep                          // result contains only its string arguments
	modelBuilderRead                   // (*strings.Builder).String and friends
	modelAppendNumber                  // strconv.AppendInt(dst, ...)
	modelEmbedded                      // (embed.FS).ReadFile: a file compiled into the binary
	modelReplace                       // strings.Replace(s, old, new, n): new is joined into s
)

var models = callee.Table[model]{
	"fmt.Sprintf":  modelFormat,
	"fmt.Sprint":   modelPrint,
	"fmt.Sprintln": modelPrint,

	"strings.Join": modelJoin,
	"bytes.Join":   modelJoin,

	"strconv.Itoa":          modelNumber,
	"strconv.FormatInt":     modelNumber,
	"strconv.FormatUint":    modelNumber,
	"strconv.FormatFloat":   modelNumber,
	"strconv.FormatBool":    modelNumber,
	"strconv.FormatComplex": modelNumber,
	"strconv.AppendInt":     modelAppendNumber,
	"strconv.AppendUint":    modelAppendNumber,
	"strconv.AppendFloat":   modelAppendNumber,
	"strconv.AppendBool":    modelAppendNumber,

	"strconv.Quote":         modelKeep,
	"strconv.QuoteToASCII":  modelKeep,
	"strings.ToLower":       modelKeep,
	"strings.ToUpper":       modelKeep,
	"strings.ToTitle":       modelKeep,
	"strings.Title":         modelKeep,
	"strings.TrimSpace":     modelKeep,
	"strings.Trim":          modelKeep,
	"strings.TrimLeft":      modelKeep,
	"strings.TrimRight":     modelKeep,
	"strings.TrimPrefix":    modelKeep,
	"strings.TrimSuffix":    modelKeep,
	"strings.Repeat":        modelKeep,
	"strings.Replace":       modelReplace,
	"strings.ReplaceAll":    modelReplace,
	"strings.Clone":         modelKeep,
	"strings.Split":         modelKeep,
	"strings.SplitN":        modelKeep,
	"strings.SplitAfter":    modelKeep,
	"strings.SplitAfterN":   modelKeep,
	"strings.Fields":        modelKeep,
	"strings.FieldsFunc":    modelKeep,
	"strings.TrimFunc":      modelKeep,
	"strings.TrimLeftFunc":  modelKeep,
	"strings.TrimRightFunc": modelKeep,
	"strings.ToValidUTF8":   modelKeep,
	"bytes.TrimSpace":       modelKeep,
	"bytes.Trim":            modelKeep,
	"bytes.TrimPrefix":      modelKeep,
	"bytes.TrimSuffix":      modelKeep,
	"bytes.ToLower":         modelKeep,
	"bytes.ToUpper":         modelKeep,
	"bytes.Clone":           modelKeep,
	"bytes.Repeat":          modelKeep,
	"bytes.Replace":         modelReplace,
	"bytes.ReplaceAll":      modelReplace,

	"(embed.FS).ReadFile": modelEmbedded,

	"(*strings.Builder).String": modelBuilderRead,
	"(*bytes.Buffer).String":    modelBuilderRead,
	"(*bytes.Buffer).Bytes":     modelBuilderRead,
}

// builderWrites are the methods that add their argument to a builder.
var builderWrites = callee.Table[bool]{
	"(*strings.Builder).WriteString": true,
	"(*strings.Builder).Write":       true,
	"(*strings.Builder).WriteByte":   true,
	"(*strings.Builder).WriteRune":   true,
	"(*bytes.Buffer).WriteString":    true,
	"(*bytes.Buffer).Write":          true,
	"(*bytes.Buffer).WriteByte":      true,
	"(*bytes.Buffer).WriteRune":      true,
}

// builderReads are the methods that read or reset a builder without
// adding content.
var builderReads = callee.Table[bool]{
	"(*strings.Builder).String": true,
	"(*strings.Builder).Len":    true,
	"(*strings.Builder).Cap":    true,
	"(*strings.Builder).Grow":   true,
	"(*strings.Builder).Reset":  true,
	"(*bytes.Buffer).String":    true,
	"(*bytes.Buffer).Bytes":     true,
	"(*bytes.Buffer).Len":       true,
	"(*bytes.Buffer).Cap":       true,
	"(*bytes.Buffer).Grow":      true,
	"(*bytes.Buffer).Reset":     true,
	"(*bytes.Buffer).Truncate":  true,
}

var fprints = callee.Table[bool]{
	"fmt.Fprintf":  true,
	"fmt.Fprint":   false,
	"fmt.Fprintln": false,
}

// call classifies result number index of a call.
func (t *Tracer) call(common *ssa.CallCommon, index int, pos token.Pos, depth int) flow {
	fn := calledFunc(common)
	if fn == nil {
		return sourceFlow(Source{Kind: CallResult, Name: callName(common), Pos: pos})
	}
	name := callee.Name(fn)
	recv, args := CallArgs(common)

	if m, ok := models[name]; ok && index == 0 {
		return t.modelled(m, name, recv, args, pos, depth)
	}
	if common.IsInvoke() {
		return sourceFlow(Source{Kind: CallResult, Name: name, Pos: pos})
	}

	var fact *FuncFact
	var own flow // the parts a function of this package adds itself
	if s := t.pkg.Prog.FuncValue(fn); s != nil && s.Pkg == t.pkg {
		s = originOf(s)
		fact = t.summarize(s, depth)
		if fact == nil && t.summarizing[s] {
			return constantFlow // a recursive call adds nothing new
		}
		own = t.ownParts[s][index]
	} else {
		fact = t.facts[fn]
	}
	summary := fact.result(index)
	if summary == nil {
		return sourceFlow(Source{Kind: CallResult, Name: name, Pos: pos})
	}
	f := t.apply(summary, name, recv, args, pos, depth)
	if summary.Kind == Dynamic && len(own.sources) > 0 {
		// Name the callee's own parts, such as a field it reads, in place
		// of the call.
		f.sources = removeSource(f.sources, Source{Kind: CallResult, Name: name})
		f = merge(f, through(own, name))
	}
	return f
}

func removeSource(list []Source, s Source) []Source {
	var out []Source
	for _, t := range list {
		if t.Kind == s.Kind && t.Name == s.Name && t.Index == s.Index {
			continue
		}
		out = append(out, t)
	}
	return out
}

// apply classifies a call's result from the callee's summary and the
// caller's arguments.
func (t *Tracer) apply(s *ResultSummary, name string, recv ssa.Value, args []ssa.Value, pos token.Pos, depth int) flow {
	f := constantFlow
	switch s.Kind {
	case SafeDynamic:
		f = safeFlow
	case Dynamic:
		f = sourceFlow(Source{Kind: CallResult, Name: name, Pos: pos})
	}
	if len(s.Params) == 0 {
		if f.numeric {
			f.pos = pos
		}
		return f
	}

	var fromArgs flow
	for _, p := range s.Params {
		var arg ssa.Value
		switch {
		case p < 0:
			arg = recv
		case p < len(args):
			arg = args[p]
		}
		if arg == nil {
			continue
		}
		fromArgs = merge(fromArgs, t.trace(arg, depth+1))
	}
	if s.Op != Direct {
		fromArgs = joined(fromArgs, Call, name, pos)
	}
	fromArgs = through(fromArgs, name)
	return merge(fromArgs, f)
}

// through records that every source of f passed through the function name.
func through(f flow, name string) flow {
	if len(f.sources) == 0 {
		return f
	}
	out := f
	out.sources = make([]Source, len(f.sources))
	for i, s := range f.sources {
		s.Funcs = append(append([]string(nil), s.Funcs...), name)
		out.sources[i] = s
	}
	return out
}

func (t *Tracer) modelled(m model, name string, recv ssa.Value, args []ssa.Value, pos token.Pos, depth int) flow {
	switch m {
	case modelFormat:
		f := t.trace(args[0], depth)
		if len(args) > 1 {
			f = merge(f, t.elements(args[1], depth))
		}
		return joined(f, Format, "", pos)
	case modelPrint:
		return joined(t.elements(args[0], depth), Format, "", pos)
	case modelJoin:
		return joined(merge(t.elements(args[0], depth), t.trace(args[1], depth)), Join, "", pos)
	case modelNumber:
		f := safeFlow
		f.pos = pos
		return f
	case modelAppendNumber:
		return merge(t.elements(args[0], depth), safeFlow)
	case modelEmbedded:
		return constantFlow
	case modelReplace:
		// The replacement is written into the string, so a parameter
		// there builds the result as much as a concatenation would.
		inserted := merge(t.trace(args[1], depth), t.trace(args[2], depth))
		return merge(t.trace(args[0], depth), joined(inserted, Call, name, pos))
	case modelKeep:
		f := constantFlow
		for _, a := range args {
			if isStringLike(a.Type()) {
				f = merge(f, t.trace(a, depth))
			}
		}
		return f
	case modelBuilderRead:
		f := t.builder(recv, depth)
		if f.kind() != Constant {
			f.pos = pos
		}
		return f
	}
	return sourceFlow(Source{Kind: Other, Pos: pos})
}

// builder classifies everything written to the strings.Builder or
// bytes.Buffer that ptr points to.
func (t *Tracer) builder(ptr ssa.Value, depth int) flow {
	return t.memoized(memoKey{ptr, modeBuilder}, depth, func() flow {
		depth++
		switch p := ptr.(type) {
		case *ssa.Alloc:
			return t.builderWrites(p, depth)
		case *ssa.Call:
			name := callName(p.Common())
			switch name {
			case "bytes.NewBufferString", "bytes.NewBuffer":
				return merge(t.trace(p.Common().Args[0], depth), t.builderWrites(p, depth))
			}
			return sourceFlow(Source{Kind: CallResult, Name: name, Pos: p.Pos()})
		case *ssa.Phi:
			f := constantFlow
			for _, e := range p.Edges {
				f = merge(f, t.builder(e, depth))
			}
			return f
		case *ssa.FreeVar:
			if b := t.binding(p); b != nil {
				return t.builder(b, depth)
			}
			return sourceFlow(Source{Kind: Captured, Name: p.Name()})
		case *ssa.Parameter:
			return sourceFlow(paramSource(p))
		case *ssa.FieldAddr:
			return sourceFlow(Source{Kind: Field, Name: fieldName(p.X.Type(), p.Field)})
		}
		return sourceFlow(Source{Kind: Other, Name: "builder of type " + ptr.Type().String()})
	})
}

// builderWrites classifies the writes to a builder through the pointer b,
// including writes by closures and by functions of this package that
// receive it.
func (t *Tracer) builderWrites(b ssa.Value, depth int) flow {
	f := constantFlow
	refs := b.Referrers()
	if refs == nil || depth > maxDepth {
		return f
	}
	for _, ref := range *refs {
		switch ref := ref.(type) {
		case *ssa.Call:
			f = merge(f, t.builderCall(b, ref, depth))
		case *ssa.MakeInterface:
			f = merge(f, t.builderAsWriter(ref, depth))
		case *ssa.MakeClosure:
			fn := ref.Fn.(*ssa.Function)
			for i, v := range ref.Bindings {
				if v == b {
					f = merge(f, t.builderWrites(fn.FreeVars[i], depth+1))
				}
			}
		case *ssa.Store:
			if ref.Val == b {
				f = merge(f, sourceFlow(Source{Kind: Other, Name: "builder whose address is stored", Pos: ref.Pos()}))
			}
		}
	}
	return f
}

// builderCall classifies one call that receives the builder b.
func (t *Tracer) builderCall(b ssa.Value, call *ssa.Call, depth int) flow {
	common := call.Common()
	fn := calledFunc(common)
	if fn == nil {
		return sourceFlow(Source{Kind: CallResult, Name: "builder passed to " + callName(common), Pos: call.Pos()})
	}
	name := callee.Name(fn)
	recv, args := CallArgs(common)
	if recv == b {
		if builderWrites[name] {
			return joined(t.trace(args[0], depth), Builder, "", call.Pos())
		}
		if builderReads[name] {
			return constantFlow
		}
	}

	// A function of this package that writes to the builder it receives.
	if s := t.pkg.Prog.FuncValue(fn); s != nil && s.Pkg == t.pkg && len(s.Blocks) > 0 {
		f := constantFlow
		params := s.Params
		for i, a := range common.Args {
			if a == b && i < len(params) {
				f = merge(f, t.memoized(memoKey{params[i], modeBuilder}, depth, func() flow {
					return t.builderWrites(params[i], depth+1)
				}))
			}
		}
		return f
	}
	// TODO: follow builders passed to functions of other packages through
	// a fact; until then the writes are unknown.
	return sourceFlow(Source{Kind: CallResult, Name: "builder passed to " + name, Pos: call.Pos()})
}

// builderAsWriter classifies uses of a builder converted to an interface,
// such as fmt.Fprintf(&sb, ...).
func (t *Tracer) builderAsWriter(mi *ssa.MakeInterface, depth int) flow {
	f := constantFlow
	refs := mi.Referrers()
	if refs == nil {
		return f
	}
	for _, ref := range *refs {
		call, ok := ref.(*ssa.Call)
		if !ok {
			continue
		}
		common := call.Common()
		fn := calledFunc(common)
		if fn == nil {
			f = merge(f, sourceFlow(Source{Kind: CallResult, Name: "builder passed to " + callName(common), Pos: call.Pos()}))
			continue
		}
		name := callee.Name(fn)
		formatted, ok := fprints[name]
		if !ok || common.Args[0] != mi {
			f = merge(f, sourceFlow(Source{Kind: CallResult, Name: "builder passed to " + name, Pos: call.Pos()}))
			continue
		}
		written := t.elements(common.Args[len(common.Args)-1], depth)
		if formatted {
			written = merge(t.trace(common.Args[1], depth), written)
		}
		f = merge(f, joined(written, Format, "", call.Pos()))
	}
	return f
}

// summarize computes the summary of fn's string results in terms of its
// parameters. It returns nil for functions without a body or string
// result, and while fn is being summarized (a recursive call).
func (t *Tracer) summarize(fn *ssa.Function, depth int) *FuncFact {
	fn = originOf(fn)
	if s, ok := t.summaries[fn]; ok {
		return s
	}
	if t.summarizing[fn] {
		t.cycleHits++
		return nil
	}
	if len(fn.Blocks) == 0 {
		t.summaries[fn] = nil
		return nil
	}

	t.summarizing[fn] = true
	defer delete(t.summarizing, fn)

	results := fn.Signature.Results()
	fact := &FuncFact{Version: FactVersion}
	for i := 0; i < results.Len(); i++ {
		if !isStringLike(results.At(i).Type()) && !isStringSlice(results.At(i).Type()) {
			continue
		}
		f := constantFlow
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
				f = merge(f, t.trace(ret.Results[i], depth+1))
			}
		}
		fact.Results = append(fact.Results, summaryOf(i, f))
		if t.ownParts[fn] == nil {
			t.ownParts[fn] = make(map[int]flow)
		}
		t.ownParts[fn][i] = ownParts(f)
	}
	if len(fact.Results) == 0 {
		fact = nil
	}
	t.summaries[fn] = fact
	return fact
}

func summaryOf(index int, f flow) ResultSummary {
	s := ResultSummary{Index: index, Kind: Constant, Params: sortedParams(f.sources)}
	if f.numeric {
		s.Kind = SafeDynamic
	}
	opSet := false
	for _, src := range f.sources {
		if src.Kind == Param && src.Index >= 0 || src.Kind == Param && src.Index == -1 {
			if !opSet {
				s.Op, opSet = src.Op, true
			}
			if src.Index == -1 && !containsInt(s.Params, -1) {
				s.Params = append([]int{-1}, s.Params...)
			}
			continue
		}
		if s.Kind != Dynamic {
			s.Kind = Dynamic
			s.Other = src.String()
		}
	}
	return s
}

// ownParts returns the parts of f that are not parameters.
func ownParts(f flow) flow {
	out := flow{numeric: f.numeric}
	for _, s := range f.sources {
		if s.Kind != Param {
			out.sources = append(out.sources, s)
		}
	}
	return out
}

func containsInt(list []int, n int) bool {
	for _, m := range list {
		if m == n {
			return true
		}
	}
	return false
}

func isStringSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && isStringLike(s.Elem()) && !isSliceType(s.Elem())
}

func originOf(fn *ssa.Function) *ssa.Function {
	if o := fn.Origin(); o != nil {
		return o
	}
	return fn
}
