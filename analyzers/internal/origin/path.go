package origin

import (
	"fmt"
	"go/token"
	"reflect"
	"strings"
)

// Kind is the kind of place a value starts from.
type Kind uint8

const (
	Unknown  Kind = iota // the walk could not tell
	Param                // a parameter of the function the value was traced in
	Local                // a local variable whose stores are not visible
	Field                // a struct field read without a visible store
	Key                  // a map key or the name given to a form or query getter
	Call                 // the result of a call the walk does not follow
	Const                // a constant
	Global               // a package-level variable
	Computed             // arithmetic, a comparison, make, len or a function value
)

var kindNames = [...]string{"unknown", "parameter", "local", "field", "key", "call", "constant", "global", "computed"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Source is the place a value starts from. Only the fields listed for its
// Kind are set.
type Source struct {
	Kind Kind

	// Name is the parameter, local, field or global name, the key, or
	// the callee's full name for a Call source.
	Name string

	// Base describes what a Field or Key source was read from, such as
	// "req" for req.Password or "r.FormValue" for r.FormValue("pwd").
	Base string

	// Struct is the named struct type of a Field source, such as
	// "example.com/app.User", or "" for an unnamed struct.
	Struct string

	// Tag is the raw struct tag of a Field source.
	Tag string

	// Model reports that the struct of a Field source looks like a
	// database model: a field has a gorm, db, bson, pg, bun or xorm tag, or
	// the struct embeds gorm.Model (of gorm v2 or v1).
	Model bool

	// Getter is the full name of the function a Key source was read
	// through, such as "(*net/http.Request).FormValue", or "" for a map
	// index.
	Getter string

	// Index is the position of a Param source in its function's
	// signature, counting a method's receiver as 0.
	Index int

	// Pos is the source position, valid only in the analyzed package.
	Pos token.Pos
}

// TagName returns the name that the struct tag key (such as "json" or
// "form") gives a Field source, or "".
func (s Source) TagName(key string) string {
	value := reflect.StructTag(s.Tag).Get(key)
	name, _, _ := strings.Cut(value, ",")
	return name
}

// Describe returns a short text naming the source for a message, such as
// "req.Password", "parameter pw", `r.FormValue("password")` or
// `m["password"]`.
func (s Source) Describe() string {
	switch s.Kind {
	case Param:
		return "parameter " + s.Name
	case Local:
		return "variable " + s.Name
	case Field:
		if s.Base != "" {
			return s.Base + "." + s.Name
		}
		return "field " + s.Name
	case Key:
		switch {
		case s.Base != "" && s.Getter != "":
			return fmt.Sprintf("%s(%q)", s.Base, s.Name)
		case s.Base != "":
			return fmt.Sprintf("%s[%q]", s.Base, s.Name)
		}
		return fmt.Sprintf("key %q", s.Name)
	case Call:
		return "the result of " + s.Name
	case Global:
		return "global " + s.Name
	}
	return s.Kind.String() + " value"
}

// StepKind is the kind of operation a value passed through.
type StepKind uint8

const (
	StepCall    StepKind = iota // a call; Func is the callee's full name
	StepConvert                 // a conversion; Func is "conversion to T"
)

// Step is one operation a value passed through.
type Step struct {
	Kind StepKind
	Func string    // the callee's full name, as (*types.Func).FullName
	Pos  token.Pos // the call's position, when it is in the analyzed package
}

// Alias is a local variable or struct field that held the value.
type Alias struct {
	Kind  Kind   // Local or Field
	Name  string // the variable's or field's name
	After int    // the number of Path.Through steps applied before it
}

// Path is one way a value reaches the traced value.
type Path struct {
	Source  Source
	Through []Step  // in order from the source to the traced value
	Aliases []Alias // in no particular order
}

// Known reports whether the path's source is something other than Unknown.
func (p Path) Known() bool { return p.Source.Kind != Unknown }

// String renders the path for tests and debugging.
func (p Path) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", p.Source.Kind, p.Source.Name)
	if p.Source.Base != "" {
		fmt.Fprintf(&b, " of %s", p.Source.Base)
	}
	for _, s := range p.Through {
		fmt.Fprintf(&b, " -> %s", s.Func)
	}
	for _, a := range p.Aliases {
		fmt.Fprintf(&b, " [%s %s after %d]", a.Kind, a.Name, a.After)
	}
	return b.String()
}

// key identifies a path for de-duplication, positions aside.
func (p Path) key() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d|%s|%s|%s|%d", p.Source.Kind, p.Source.Name, p.Source.Base, p.Source.Struct, p.Source.Index)
	for _, s := range p.Through {
		b.WriteString("|" + s.Func)
	}
	for _, a := range p.Aliases {
		fmt.Fprintf(&b, "|%s@%d", a.Name, a.After)
	}
	return b.String()
}

// then returns p extended by step, sharing nothing with p.
func (p Path) then(step Step) Path {
	through := make([]Step, len(p.Through), len(p.Through)+1)
	copy(through, p.Through)
	p.Through = append(through, step)
	return p
}

// withAlias returns p with one more alias held after the current steps.
func (p Path) withAlias(kind Kind, name string) Path {
	for _, a := range p.Aliases {
		if a.Name == name && a.After == len(p.Through) {
			return p
		}
	}
	aliases := make([]Alias, len(p.Aliases), len(p.Aliases)+1)
	copy(aliases, p.Aliases)
	p.Aliases = append(aliases, Alias{Kind: kind, Name: name, After: len(p.Through)})
	return p
}

// join returns the path of a value that started as outer (the argument of
// a call) and then went through inner (a path of the callee's summary that
// starts at the parameter outer was passed to).
func join(outer, inner Path) Path {
	out := Path{Source: outer.Source}
	out.Through = append(append(out.Through, outer.Through...), inner.Through...)
	out.Aliases = append(out.Aliases, outer.Aliases...)
	for _, a := range inner.Aliases {
		a.After += len(outer.Through)
		out.Aliases = append(out.Aliases, a)
	}
	return out
}

// FactVersion is stored in every Summary. Readers treat a Summary of another
// version as absent instead of misreading it. Increase it when the fields
// of Summary or Path, or their meaning, change.
const FactVersion = 1

// Summary is the fact exported for a function: for each result, the paths
// that reach it, with Param sources standing for the call's arguments.
// Positions are cleared, because they mean nothing in another package's
// pass.
type Summary struct {
	Version int
	Results [][]Path
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

func (s *Summary) String() string {
	var parts []string
	for i, paths := range s.Results {
		for _, p := range paths {
			parts = append(parts, fmt.Sprintf("%d: %s", i, p))
		}
	}
	return "origin(" + strings.Join(parts, "; ") + ")"
}

func unknown() []Path { return []Path{{}} }

func single(src Source) []Path { return []Path{{Source: src}} }
