package strflow

import (
	"fmt"
	"go/token"
	"go/types"
	"sort"
	"strconv"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// Kind classifies a traced string value.
type Kind uint8

const (
	// Constant values are built from literals and named constants only.
	Constant Kind = iota
	// SafeDynamic values also contain numbers or booleans formatted at run
	// time, such as strconv.Itoa(n) or fmt.Sprintf("%d", n). They cannot
	// carry quotes or keywords, but they are not literals.
	SafeDynamic
	// Dynamic values contain at least one string part that is not built
	// from constants; Result.Sources names those parts.
	Dynamic
)

func (k Kind) String() string {
	switch k {
	case Constant:
		return "constant"
	case SafeDynamic:
		return "safe dynamic"
	case Dynamic:
		return "dynamic"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Op is the operation that joins a non-constant part into the string.
type Op uint8

const (
	// Direct means the part is the value itself, passed on unchanged or
	// through a function that keeps its content, such as strings.TrimSpace.
	Direct Op = iota
	// Concat is the + or += operator.
	Concat
	// Format is a call of fmt.Sprintf, fmt.Sprint, fmt.Sprintln or
	// fmt.Fprintf into a builder.
	Format
	// Builder is a write to a strings.Builder or bytes.Buffer.
	Builder
	// Join is strings.Join, bytes.Join or an append to a byte slice.
	Join
	// Call is a function that returns a string built from its argument;
	// Source.Via names the function.
	Call
)

func (o Op) String() string {
	switch o {
	case Direct:
		return "direct"
	case Concat:
		return "concatenation"
	case Format:
		return "fmt.Sprintf"
	case Builder:
		return "strings.Builder"
	case Join:
		return "strings.Join"
	case Call:
		return "call"
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

// SourceKind is the kind of origin of a non-constant part of a string.
type SourceKind uint8

const (
	// Param is a parameter of the function that contains the traced value;
	// Source.Index is its position, -1 for a method receiver.
	Param SourceKind = iota + 1
	// Captured is a variable of an enclosing function captured by a closure.
	Captured
	// Field is a struct field.
	Field
	// Global is a package-level variable whose stored values the tracer
	// cannot see or that stores a non-constant value.
	Global
	// Element is an element of a map, slice or array whose content is not
	// known to be constant.
	Element
	// CallResult is the result of a call the tracer cannot follow: an
	// interface method, a function value, or a function without a summary.
	CallResult
	// Other is any other value, such as a channel receive or a type
	// assertion on an unknown interface.
	Other
	// Unresolved marks a part the tracer stopped following because the
	// flow was too deep or too large. Callers may treat it as unknown.
	Unresolved
)

// Source is one non-constant part of a traced string.
type Source struct {
	Kind SourceKind
	// Name is the parameter, variable or field name, or the qualified name
	// of the called function for CallResult.
	Name string
	// Index is the parameter index for Param (-1 for the receiver).
	Index int
	// Op is the operation that joins the part to the string, and Via is
	// the called function when Op is Call.
	Op  Op
	Via string
	// Funcs lists the functions of other calls the part passed through on
	// its way into the string, innermost first, such as a quoting helper.
	Funcs []string
	// Pos is the position where the part joins the string (the + operator,
	// the Sprintf call, the builder write), or where the value is read when
	// it is used as is.
	Pos token.Pos
}

// String describes the source for messages, for example
// `parameter "email"` or `call result of os.Getenv`.
func (s Source) String() string {
	switch s.Kind {
	case Param:
		if s.Index < 0 {
			return fmt.Sprintf("receiver %q", s.Name)
		}
		return fmt.Sprintf("parameter %q", s.Name)
	case Captured:
		return fmt.Sprintf("captured variable %q", s.Name)
	case Field:
		return fmt.Sprintf("field %q", s.Name)
	case Global:
		return fmt.Sprintf("package variable %s", s.Name)
	case Element:
		return fmt.Sprintf("element of %s", s.Name)
	case CallResult:
		return fmt.Sprintf("call result of %s", callee.Short(s.Name))
	case Unresolved:
		return "value the tracer could not follow"
	}
	return s.Name
}

// How returns the phrase that describes Op in messages: "by concatenation", "with fmt.Sprintf",
// "through a call of F", or "" for Direct.
func (s Source) How() string {
	switch s.Op {
	case Concat:
		return "by concatenation"
	case Format:
		return "with fmt.Sprintf"
	case Builder:
		return "with a strings.Builder"
	case Join:
		return "with strings.Join"
	case Call:
		return "through a call of " + s.Via
	}
	return ""
}

// Result is the classification of one traced value.
type Result struct {
	Kind Kind
	// Sources lists the non-constant parts in the order the tracer met
	// them, which is source order for a concatenation. It is empty unless
	// Kind is Dynamic.
	Sources []Source
	// Pos is the position where the value was last built: the
	// concatenation, the formatting call or the builder's String call. It
	// is token.NoPos for a constant or a value passed on unchanged.
	Pos token.Pos
}

// Positions returns Pos and the position of every source, the lines where
// a suppression directive for a finding about the value may stand.
func (r Result) Positions() []token.Pos {
	var out []token.Pos
	if r.Pos.IsValid() {
		out = append(out, r.Pos)
	}
	for _, s := range r.Sources {
		if s.Pos.IsValid() {
			out = append(out, s.Pos)
		}
	}
	return out
}

// OnlyUnresolved reports whether the value is dynamic only because the
// tracer gave up, with no concrete non-constant source.
func (r Result) OnlyUnresolved() bool {
	if r.Kind != Dynamic {
		return false
	}
	for _, s := range r.Sources {
		if s.Kind != Unresolved {
			return false
		}
	}
	return true
}

// flow is the tracer's working form of a Result.
type flow struct {
	numeric bool // contains numbers or booleans formatted at run time
	sources []Source
	pos     token.Pos
}

var constantFlow = flow{}
var safeFlow = flow{numeric: true}

func sourceFlow(s Source) flow {
	return flow{sources: []Source{s}}
}

func (f flow) kind() Kind {
	switch {
	case len(f.sources) > 0:
		return Dynamic
	case f.numeric:
		return SafeDynamic
	}
	return Constant
}

// merge returns the union of a and b.
func merge(a, b flow) flow {
	out := flow{numeric: a.numeric || b.numeric, pos: a.pos}
	if !out.pos.IsValid() {
		out.pos = b.pos
	}
	out.sources = append(out.sources, a.sources...)
	for _, s := range b.sources {
		if !containsSource(out.sources, s) {
			out.sources = append(out.sources, s)
		}
	}
	return out
}

func containsSource(list []Source, s Source) bool {
	for _, t := range list {
		if t.Kind == s.Kind && t.Name == s.Name && t.Index == s.Index {
			return true
		}
	}
	return false
}

// joined returns f with op recorded on every source that has none yet, so
// the operation nearest to a source is the one a message names.
func joined(f flow, op Op, via string, pos token.Pos) flow {
	if len(f.sources) == 0 {
		if f.numeric {
			f.pos = pos
		}
		return f
	}
	out := flow{numeric: f.numeric, pos: pos, sources: make([]Source, len(f.sources))}
	for i, s := range f.sources {
		if s.Op == Direct {
			s.Op, s.Via = op, via
			if pos.IsValid() {
				s.Pos = pos
			}
		}
		out.sources[i] = s
	}
	return out
}

func (f flow) result() Result {
	r := Result{Kind: f.kind(), Pos: f.pos}
	if r.Kind == Dynamic {
		r.Sources = append([]Source(nil), f.sources...)
	}
	return r
}

// isNumeric reports whether values of t are numbers or booleans.
func isNumeric(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsNumeric|types.IsBoolean) != 0
}

// isStringLike reports whether t is a string, a byte or rune slice, or a
// named type of either.
func isStringLike(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		e, ok := u.Elem().Underlying().(*types.Basic)
		return ok && (e.Kind() == types.Byte || e.Kind() == types.Rune)
	}
	return false
}

// sortedParams returns the distinct parameter indexes of the Param sources.
func sortedParams(sources []Source) []int {
	seen := map[int]bool{}
	var out []int
	for _, s := range sources {
		if s.Kind == Param && s.Index >= 0 && !seen[s.Index] {
			seen[s.Index] = true
			out = append(out, s.Index)
		}
	}
	sort.Ints(out)
	return out
}
