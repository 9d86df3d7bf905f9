package logmask

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/names"
	"github.com/secvet/secvet/analyzers/internal/suppress"
)

// checker holds the state of one run over one package.
type checker struct {
	pass     *analysis.Pass
	cfg      *Config
	sinks    callee.Table[sink] // the built-in logging functions
	extra    callee.Table[sink] // the -funcs entries
	maskers  map[*types.Func]bool
	wrappers map[*types.Func]sink
	reporter *suppress.Reporter

	// defs maps each local variable to the expressions assigned to it; a
	// nil entry stands for an assignment logmask cannot follow.
	defs map[*types.Var][]ast.Expr
	// writes maps each local strings.Builder or bytes.Buffer to the values
	// written into it with its Write methods or fmt.Fprint*.
	writes map[*types.Var][]ast.Expr
	// headerValues are the value variables of range loops over an
	// http.Header whose body never names a sensitive header.
	headerValues map[*types.Var]bool

	structs  map[structKey]string // sensitive field path per type, "" for none
	reported map[token.Pos]bool
	fileMask map[*ast.File][]maskerChoice
}

func newChecker(pass *analysis.Pass, cfg *Config, extra callee.Table[sink]) *checker {
	return &checker{
		pass:         pass,
		cfg:          cfg,
		sinks:        builtinSinks(cfg.JSONOutput),
		extra:        extra,
		maskers:      make(map[*types.Func]bool),
		wrappers:     make(map[*types.Func]sink),
		reporter:     suppress.NewReporter(pass, name, cfg.Suppress),
		defs:         make(map[*types.Var][]ast.Expr),
		writes:       make(map[*types.Var][]ast.Expr),
		headerValues: make(map[*types.Var]bool),
		structs:      make(map[structKey]string),
		reported:     make(map[token.Pos]bool),
		fileMask:     make(map[*ast.File][]maskerChoice),
	}
}

// sinkOf returns the logging function call invokes and where it takes its
// values, with positions resolved against the callee's signature.
func (c *checker) sinkOf(call *ast.CallExpr) (*types.Func, sink, bool) {
	fn := callee.Func(c.pass.TypesInfo, call)
	if fn == nil {
		return nil, sink{}, false
	}
	full := callee.Name(fn)
	if s, ok := c.sinks[full]; ok {
		return fn, s, true
	}
	if s, ok := c.extra[full]; ok {
		return resolvePositions(fn, s)
	}
	if s, ok := c.wrappers[fn]; ok {
		return fn, s, true
	}
	if s, ok := c.importedWrapper(fn); ok {
		return fn, s, true
	}
	return nil, sink{}, false
}

// resolvePositions fills in First for a -funcs entry from fn's signature.
func resolvePositions(fn *types.Func, s sink) (*types.Func, sink, bool) {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return nil, s, false
	}
	params := sig.Params()
	last := params.Len() - 1
	switch s.Style {
	case stylePrintf:
		if !sig.Variadic() || last < 1 {
			return nil, s, false
		}
		s.First = last - 1
	case stylePrint:
		s.First = 0
		if sig.Variadic() {
			s.First = last
		}
	case styleKV, styleMsgKV:
		if !sig.Variadic() {
			return nil, s, false
		}
		s.First = last
	case styleField:
		s.First = -1
		for i := 0; i+1 < params.Len(); i++ {
			if b, ok := params.At(i).Type().Underlying().(*types.Basic); ok && b.Kind() == types.String {
				s.First = i
				break
			}
		}
		if s.First < 0 {
			return nil, s, false
		}
	}
	return fn, s, true
}

// isMasker reports whether fn returns a masked form of its argument.
func (c *checker) isMasker(fn *types.Func) bool {
	for _, prefix := range c.cfg.MaskerPrefixes {
		if prefix == "" {
			continue
		}
		lower := strings.ToLower(prefix[:1]) + prefix[1:]
		if strings.HasPrefix(fn.Name(), prefix) || strings.HasPrefix(fn.Name(), lower) {
			return true
		}
	}
	full := callee.Name(fn)
	for _, m := range c.cfg.Maskers {
		if m == full {
			return true
		}
	}
	if c.maskers[fn] {
		return true
	}
	return c.importedMasker(fn)
}

// sensitive reports whether a key, variable or field name names data that
// must be masked, and not a description of it such as "token_type".
func (c *checker) sensitive(name string) bool {
	if names.Classify(name) != names.None {
		return true
	}
	if len(c.cfg.Keys) == 0 || names.IsDescriptive(name) {
		return false
	}
	for _, w := range names.Words(name) {
		for _, k := range c.cfg.Keys {
			if strings.EqualFold(w, k) {
				return true
			}
		}
	}
	return false
}

// checkCall checks the values a logging call receives.
func (c *checker) checkCall(call *ast.CallExpr, stack []ast.Node) {
	fn, s, ok := c.sinkOf(call)
	if !ok {
		return
	}
	if s.StdWriter && (len(call.Args) == 0 || !c.isStdStream(call.Args[0])) {
		return
	}
	site := sinkSite{call: call, fn: fn, sink: s, name: sinkName(fn), file: enclosingFile(stack)}

	args := call.Args
	if call.Ellipsis.IsValid() {
		// A forwarded slice cannot be paired with keys or verbs.
		args = args[:len(args)-1]
	}
	if s.Msg && s.First >= 1 && s.First-1 < len(args) {
		c.checkValue(site, s.First-1, args[s.First-1], "")
	}
	if s.First >= len(args) {
		return
	}

	switch s.Style {
	case stylePrintf:
		format := args[s.First]
		verbs, known := c.formatVerbs(format)
		if !known {
			c.checkValue(site, s.First, format, "")
		}
		for i := s.First + 1; i < len(args); i++ {
			if verb, ok := verbs[i-s.First-1]; known && ok && (verb == 'T' || verb == 'p') {
				continue
			}
			c.checkValue(site, i, args[i], "")
		}
	case stylePrint:
		end := len(args)
		if s.Count > 0 && s.First+s.Count < end {
			end = s.First + s.Count
		}
		for i := s.First; i < end; i++ {
			c.checkValue(site, i, args[i], "")
		}
	case styleKV:
		c.checkPairs(site, args, site.sink.First)
	case styleMsgKV:
		// Leading values such as a context or a request only carry the
		// logger to use, so they are not checked.
		i := site.sink.First
		for i < len(args) && !isString(c.pass.TypesInfo.TypeOf(args[i])) {
			i++
		}
		if i < len(args) {
			c.checkValue(site, i, args[i], "")
			c.checkPairs(site, args, i+1)
		}
	case styleField:
		if s.First+1 < len(args) {
			c.checkValue(site, s.First+1, args[s.First+1], c.constString(args[s.First]))
		}
	}
}

// checkPairs walks alternating keys and values the way slog and zap's
// SugaredLogger read them. An Attr or Field is a whole pair by itself, a
// string is a key followed by its value, and anything else is a value
// without a key.
func (c *checker) checkPairs(site sinkSite, args []ast.Expr, first int) {
	for i := first; i < len(args); {
		t := c.pass.TypesInfo.TypeOf(args[i])
		switch {
		case isStructuredField(t):
			i++
		case isString(t):
			if i+1 < len(args) {
				c.checkValue(site, i+1, args[i+1], c.constString(args[i]))
			}
			i += 2
		default:
			c.checkValue(site, i, args[i], "")
			i++
		}
	}
}

// checkFieldsLiteral checks a logrus.Fields literal, which is logged by
// whatever WithFields call it reaches, and a slog.Attr literal.
func (c *checker) checkFieldsLiteral(lit *ast.CompositeLit, stack []ast.Node) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if namedIs(t, "log/slog", "Attr", false) {
		c.checkAttrLiteral(lit, stack)
		return
	}
	if !isLogrusFields(t) {
		return
	}
	site := sinkSite{name: "logrus.Fields", file: enclosingFile(stack), sink: sink{Style: styleKV, JSON: c.cfg.JSONOutput}}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		c.checkValue(site, -1, kv.Value, c.constString(kv.Key))
	}
}

// checkAttrLiteral checks slog.Attr{Key: k, Value: slog.StringValue(v)}
// and the same with slog.AnyValue.
func (c *checker) checkAttrLiteral(lit *ast.CompositeLit, stack []ast.Node) {
	var key, value ast.Expr
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Key" {
				key = kv.Value
			} else if ok && id.Name == "Value" {
				value = kv.Value
			}
		} else if i == 0 {
			key = elt
		} else if i == 1 {
			value = elt
		}
	}
	call, ok := ast.Unparen(value).(*ast.CallExpr)
	if key == nil || !ok || len(call.Args) != 1 {
		return
	}
	switch callee.FullName(c.pass.TypesInfo, call) {
	case "log/slog.StringValue", "log/slog.AnyValue":
		site := sinkSite{name: "slog.Attr", file: enclosingFile(stack), sink: sink{Style: styleField, JSON: c.cfg.JSONOutput}}
		c.checkValue(site, -1, call.Args[0], c.constString(key))
	}
}

// sinkSite is one logging call or Fields literal being checked.
type sinkSite struct {
	call *ast.CallExpr // nil for a Fields literal
	fn   *types.Func
	sink sink
	name string // as shown in messages, e.g. "slog.Info"
	file *ast.File
}

// checkValue reports arg, the argument at index i of the site, when it
// exposes sensitive data. key is the constant key logged with it, or "".
func (c *checker) checkValue(site sinkSite, i int, arg ast.Expr, key string) {
	if c.reported[arg.Pos()] {
		return
	}
	t := c.pass.TypesInfo.TypeOf(arg)
	if key != "" && c.sensitive(key) && !c.exemptType(t) && !c.isConstant(arg) && !c.masked(arg, 0) && !describesSecret(arg) {
		c.report(site, i, arg, &exposure{kind: exposeKey, name: key, node: arg})
		return
	}
	if e := c.expose(arg, site.sink.JSON, 0); e != nil {
		c.report(site, i, arg, e)
	}
}

// describesSecret reports whether arg is a variable or field whose name
// describes a secret instead of holding it, as tokenType or cfg.AuthMode
// do, so that "auth", cfg.AuthMode is not taken for a credential.
func describesSecret(arg ast.Expr) bool {
	switch e := ast.Unparen(arg).(type) {
	case *ast.Ident:
		return names.IsDescriptive(e.Name)
	case *ast.SelectorExpr:
		return names.IsDescriptive(e.Sel.Name)
	}
	return false
}

// formatVerbs maps operand indexes to their verbs when format is a
// constant without explicit argument indexes.
func (c *checker) formatVerbs(format ast.Expr) (map[int]rune, bool) {
	tv, ok := c.pass.TypesInfo.Types[format]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil, false
	}
	s := constant.StringVal(tv.Value)
	verbs := make(map[int]rune)
	operand := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		i++
		for ; i < len(s); i++ {
			ch := s[i]
			if ch == '[' {
				return nil, false
			}
			if ch == '*' {
				operand++
				continue
			}
			if strings.IndexByte("+-# 0.123456789", ch) < 0 {
				break
			}
		}
		if i >= len(s) || s[i] == '%' {
			continue
		}
		verbs[operand] = rune(s[i])
		operand++
	}
	return verbs, true
}

func (c *checker) constString(e ast.Expr) string {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}

func (c *checker) isConstant(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && (tv.Value != nil || tv.IsNil())
}

// isStdStream reports whether e is os.Stdout or os.Stderr.
func (c *checker) isStdStream(e ast.Expr) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.Ident:
		id = e
	default:
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && (v.Name() == "Stdout" || v.Name() == "Stderr")
}

// sinkName returns how messages show fn: "slog.Info", "slog.Logger.Info",
// "zap.SugaredLogger.Infow".
func sinkName(fn *types.Func) string {
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Name() + "."
	}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			return pkg + n.Obj().Name() + "." + fn.Name()
		}
	}
	return pkg + fn.Name()
}

func enclosingFile(stack []ast.Node) *ast.File {
	if len(stack) > 0 {
		if f, ok := stack[0].(*ast.File); ok {
			return f
		}
	}
	return nil
}
