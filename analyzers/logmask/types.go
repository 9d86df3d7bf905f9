package logmask

import (
	"go/types"
	"reflect"
	"strings"
)

// namedIs reports whether t, after removing one pointer when ptr is set, is
// the named type path.name.
func namedIs(t types.Type, path, name string, ptr bool) bool {
	if t == nil {
		return false
	}
	if ptr {
		p, ok := t.(*types.Pointer)
		if !ok {
			return false
		}
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == path && obj.Name() == name
}

func isRequest(t types.Type) bool {
	return namedIs(t, "net/http", "Request", true) || namedIs(t, "net/http", "Request", false)
}

func isHeader(t types.Type) bool { return namedIs(t, "net/http", "Header", false) }

func isCookie(t types.Type) bool {
	if s, ok := types.Unalias(t).(*types.Slice); ok {
		t = s.Elem()
	}
	return namedIs(t, "net/http", "Cookie", true) || namedIs(t, "net/http", "Cookie", false)
}

func isLogrusFields(t types.Type) bool {
	return namedIs(t, "github.com/sirupsen/logrus", "Fields", false)
}

// isStructuredField reports whether t is a slog.Attr, zap.Field or
// zapcore.Field, which are checked where they are built.
func isStructuredField(t types.Type) bool {
	return namedIs(t, "log/slog", "Attr", false) ||
		namedIs(t, "go.uber.org/zap", "Field", false) ||
		namedIs(t, "go.uber.org/zap/zapcore", "Field", false)
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// exemptType reports whether values of type t cannot carry a secret as
// text: booleans, numbers, time.Time, time.Duration, errors, functions,
// channels, contexts and the structured fields of slog and zap.
func (c *checker) exemptType(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsBoolean|types.IsNumeric) != 0
	case *types.Signature, *types.Chan:
		return true
	case *types.Interface:
		if u.Empty() {
			return false
		}
	}
	if namedIs(t, "time", "Time", false) || namedIs(t, "time", "Duration", false) ||
		namedIs(t, "time", "Time", true) || namedIs(t, "context", "Context", false) ||
		isStructuredField(t) {
		return true
	}
	return types.Implements(t, errorType)
}

// textLike reports whether t holds text a secret can be written in: a
// string, a byte slice, a slice of strings, a pointer to a string, or an
// empty interface.
func textLike(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok {
			return b.Kind() == types.Byte || b.Info()&types.IsString != 0
		}
	case *types.Array:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok {
			return b.Kind() == types.Byte
		}
	case *types.Pointer:
		return isString(u.Elem())
	case *types.Interface:
		return u.Empty()
	}
	return false
}

type structKey struct {
	t    types.Type
	json bool
}

// maxFieldDepth bounds how deep sensitiveField looks into nested types.
const maxFieldDepth = 5

// sensitiveField returns the path of the first field of t, or of a type it
// holds, whose name is sensitive and that holds text, as in "Password" or
// "Auth.Token". It returns "" when there is none or when the type controls
// how it is printed. With json set, fields encoding/json leaves out
// (unexported or tagged json:"-") are skipped.
func (c *checker) sensitiveField(t types.Type, json bool) string {
	return c.sensitiveFieldDepth(t, json, 0)
}

func (c *checker) sensitiveFieldDepth(t types.Type, json bool, depth int) string {
	if t == nil || depth > maxFieldDepth {
		return ""
	}
	t = types.Unalias(t)
	switch u := t.(type) {
	case *types.Pointer:
		return c.sensitiveFieldDepth(u.Elem(), json, depth)
	case *types.Slice:
		return c.sensitiveFieldDepth(u.Elem(), json, depth+1)
	case *types.Array:
		return c.sensitiveFieldDepth(u.Elem(), json, depth+1)
	case *types.Map:
		return c.sensitiveFieldDepth(u.Elem(), json, depth+1)
	}
	named, _ := t.(*types.Named)
	if named != nil {
		// Types of the standard library print what they choose to; the
		// http types that carry credentials are handled apart.
		if pkg := named.Obj().Pkg(); pkg == nil || isStdlib(pkg.Path()) {
			return ""
		}
		if controlsOutput(named, json) {
			return ""
		}
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}

	key := structKey{t, json}
	if path, ok := c.structs[key]; ok {
		return path
	}
	c.structs[key] = "" // breaks cycles through recursive types
	path := ""
	for i := 0; i < st.NumFields() && path == ""; i++ {
		f := st.Field(i)
		tag := reflect.StructTag(st.Tag(i)).Get("json")
		jsonName, _, _ := strings.Cut(tag, ",")
		if json && (!f.Exported() || jsonName == "-") {
			continue
		}
		ft := f.Type()
		if c.exemptType(ft) {
			continue
		}
		if textLike(ft) && (c.sensitive(f.Name()) || jsonName != "" && jsonName != "-" && c.sensitive(jsonName)) {
			path = f.Name()
			break
		}
		if sub := c.sensitiveFieldDepth(ft, json, depth+1); sub != "" {
			path = f.Name() + "." + sub
		}
	}
	c.structs[key] = path
	return path
}

// stdRoots are the first elements of the standard library's import paths.
var stdRoots = map[string]bool{
	"archive": true, "bufio": true, "bytes": true, "cmp": true, "compress": true,
	"container": true, "context": true, "crypto": true, "database": true,
	"debug": true, "embed": true, "encoding": true, "errors": true,
	"expvar": true, "flag": true, "fmt": true, "go": true, "hash": true,
	"html": true, "image": true, "index": true, "io": true, "iter": true,
	"log": true, "maps": true, "math": true, "mime": true, "net": true,
	"os": true, "path": true, "plugin": true, "reflect": true, "regexp": true,
	"runtime": true, "slices": true, "sort": true, "strconv": true,
	"strings": true, "structs": true, "sync": true, "syscall": true,
	"testing": true, "text": true, "time": true, "unicode": true,
	"unique": true, "unsafe": true, "weak": true, "internal": true, "vendor": true,
}

// isStdlib reports whether path is a standard library package.
func isStdlib(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return stdRoots[first]
}

// controlsOutput reports whether the named type declares, itself and not
// through an embedded field, a method that decides how loggers render it:
// String, Format, LogValue, MarshalLogObject, MarshalZerologObject, or
// MarshalJSON for sinks that encode with encoding/json.
func controlsOutput(named *types.Named, json bool) bool {
	methods := []string{"String", "Format", "LogValue", "MarshalLogObject", "MarshalZerologObject"}
	if json {
		methods = append(methods, "MarshalJSON")
	}
	mset := types.NewMethodSet(types.NewPointer(named))
	for _, m := range methods {
		sel := mset.Lookup(named.Obj().Pkg(), m)
		if sel == nil {
			continue
		}
		if len(sel.Index()) == 1 {
			return true
		}
	}
	return false
}
