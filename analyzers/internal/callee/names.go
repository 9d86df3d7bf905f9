package callee

import (
	"fmt"
	"go/token"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NameForms lists the forms of a qualified name that CheckName accepts, for
// help text and error messages.
const NameForms = "pkg/path.Func, (pkg/path.T).Method or (*pkg/path.T).Method"

// NameError is the error CheckName returns for a malformed name.
type NameError struct {
	Name   string // the rejected name
	Reason string // the part that is wrong, such as `"Hash(" is not an identifier`
}

func (e *NameError) Error() string {
	return fmt.Sprintf("%q is not a function name because %s; write %s", e.Name, e.Reason, NameForms)
}

// CheckName returns a *NameError unless name is written as Name writes a
// function or method declared in a package: "pkg/path.Func",
// "(pkg/path.T).Method" or "(*pkg/path.T).Method", where pkg/path is an
// import path and Func, T and Method are identifiers. Configured names are
// compared with Name's result as strings, so a name in any other form would
// match no function.
//
// A dot may appear in the last element of an import path, as in
// gopkg.in/yaml.v3, so "pkg/path.T.Method" is syntactically a function
// named Method. CheckName takes it for a method written without the
// parentheses when T begins with an upper-case letter, and rejects it with
// an error that shows the parenthesized form.
//
// NOTE: for this reason a function of a package whose last path element has
// an upper-case word after a dot, such as example.com/Foo.Bar, cannot be
// named.
func CheckName(name string) error {
	if reason := nameProblem(name); reason != "" {
		return &NameError{Name: name, Reason: reason}
	}
	return nil
}

// nameProblem returns what is wrong with name, or "" for a valid name.
func nameProblem(name string) string {
	recv, ok := strings.CutPrefix(name, "(")
	if !ok {
		if method := methodForm(name); method != "" {
			return "a method name puts the receiver first, as in " + method
		}
		return memberProblem(name, "function")
	}

	recv, method, ok := strings.Cut(recv, ").")
	if !ok {
		return `the receiver has no ")." before the method name`
	}
	if !token.IsIdentifier(method) {
		return fmt.Sprintf("%q is not an identifier", method)
	}
	return memberProblem(strings.TrimPrefix(recv, "*"), "type")
}

// memberProblem returns what is wrong with name as an import path, a dot
// and an identifier, or "" for a valid one. Kind, "function" or "type",
// names the identifier in messages.
func memberProblem(name, kind string) string {
	dot := strings.LastIndexByte(name, '.')
	if dot < 0 {
		return fmt.Sprintf("%s %q has no package path", kind, name)
	}
	path, ident := name[:dot], name[dot+1:]
	if !token.IsIdentifier(ident) {
		return fmt.Sprintf("%q is not an identifier", ident)
	}
	return importPathProblem(path)
}

// importPathProblem returns what is wrong with path as an import path, or
// "" for a valid one. It applies the rules of
// golang.org/x/mod/module.CheckImportPath (x/mod v0.42.0): no leading dash,
// and elements that are not empty, not only dots, without a trailing dot,
// made of ASCII letters, digits and - . _ ~ +. It leaves out that
// function's rejection of Windows reserved names such as CON, which guards
// file systems and not the syntax of a name.
func importPathProblem(path string) string {
	if path == "" {
		return "the package path is empty"
	}
	if strings.HasPrefix(path, "-") {
		return fmt.Sprintf("package path %q begins with a dash", path)
	}
	for _, elem := range strings.Split(path, "/") {
		if elem == "" {
			return fmt.Sprintf("package path %q has an empty element", path)
		}
		if strings.Trim(elem, ".") == "" || strings.HasSuffix(elem, ".") {
			return fmt.Sprintf("package path %q has the invalid element %q", path, elem)
		}
		for _, r := range elem {
			if !isImportPathChar(r) {
				return fmt.Sprintf("package path %q contains %q", path, r)
			}
		}
	}
	return ""
}

func isImportPathChar(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune("-._~+", r)
}

// methodForm returns name in the "(pkg/path.T).Method" or
// "(*pkg/path.T).Method" form when it is a method written as
// "pkg/path.(*T).Method", "pkg/path.(T).Method" or "pkg/path.T.Method"
// with T upper-case, and the result is a valid name. Otherwise it returns "".
func methodForm(name string) string {
	var form string
	if pkg, rest, ok := strings.Cut(name, ".("); ok {
		typ, method, ok := strings.Cut(rest, ").")
		if !ok {
			return ""
		}
		star := ""
		if t, ok := strings.CutPrefix(typ, "*"); ok {
			typ, star = t, "*"
		}
		form = "(" + star + pkg + "." + typ + ")." + method
	} else {
		last := name[strings.LastIndexByte(name, '/')+1:]
		parts := strings.Split(last, ".")
		if len(parts) < 3 {
			return ""
		}
		first, _ := utf8.DecodeRuneInString(parts[len(parts)-2])
		if !unicode.IsUpper(first) {
			return ""
		}
		dot := strings.LastIndexByte(name, '.')
		form = "(" + name[:dot] + ")." + name[dot+1:]
	}

	if nameProblem(form) != "" {
		return ""
	}
	return form
}
