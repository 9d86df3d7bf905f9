package hardcodedsecret

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/names"
)

// checkSensitiveNames reports literals given to a sensitive name: assigned
// or declared, put in a struct field or map key, returned by a function,
// or passed after a key argument.
func (c *checker) checkSensitiveNames() {
	filter := []ast.Node{
		(*ast.AssignStmt)(nil),
		(*ast.ValueSpec)(nil),
		(*ast.CompositeLit)(nil),
		(*ast.CallExpr)(nil),
		(*ast.FuncDecl)(nil),
	}
	c.inspect.Preorder(filter, func(n ast.Node) {
		if c.skipFile(n.Pos()) {
			return
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				return
			}
			for i, lhs := range n.Lhs {
				c.checkNamed(c.nameOf(lhs), n.Rhs[i])
			}
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				return
			}
			for i, id := range n.Names {
				c.checkNamed(id.Name, n.Values[i])
			}
		case *ast.CompositeLit:
			c.checkCompositeLit(n)
		case *ast.CallExpr:
			c.checkKeyedArgs(n)
		case *ast.FuncDecl:
			c.checkReturns(n)
		}
	})
}

// nameOf returns the name an assignment target goes by: the identifier, the
// selected field, or the constant key of a map index.
func (c *checker) nameOf(lhs ast.Expr) string {
	switch lhs := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		return lhs.Name
	case *ast.SelectorExpr:
		return lhs.Sel.Name
	case *ast.IndexExpr:
		return c.constString(lhs.Index)
	}
	return ""
}

// constString returns the value of a constant string expression, or "".
func (c *checker) constString(e ast.Expr) string {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}

func (c *checker) checkCompositeLit(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	_, isStruct := t.Underlying().(*types.Struct)
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		name := ""
		if id, isIdent := kv.Key.(*ast.Ident); isStruct && isIdent {
			name = id.Name
		} else if !isStruct {
			name = c.constString(kv.Key)
		}
		c.checkNamed(name, kv.Value)
	}
}

// keyedCallSkips are packages whose functions take pairs of strings that
// are not a key and its value, such as strings.Replace(s, old, new, n).
var keyedCallSkips = map[string]bool{
	"strings": true, "bytes": true, "regexp": true, "fmt": true, "errors": true,
	"path": true, "path/filepath": true, "strconv": true, "sort": true,
	"slices": true, "maps": true, "unicode": true, "testing": true,
	"text/template": true, "html/template": true, "encoding/json": true,
}

// keyValueCalls are logging functions whose variadic arguments alternate
// keys and values, as in slog.Info("login", "password", "hunter2").
var keyValueCalls = map[string]bool{
	"log/slog.Debug":                              true,
	"log/slog.Info":                               true,
	"log/slog.Warn":                               true,
	"log/slog.Error":                              true,
	"log/slog.Log":                                true,
	"log/slog.DebugContext":                       true,
	"log/slog.InfoContext":                        true,
	"log/slog.WarnContext":                        true,
	"log/slog.ErrorContext":                       true,
	"log/slog.With":                               true,
	"log/slog.Group":                              true,
	"(*log/slog.Logger).Debug":                    true,
	"(*log/slog.Logger).Info":                     true,
	"(*log/slog.Logger).Warn":                     true,
	"(*log/slog.Logger).Error":                    true,
	"(*log/slog.Logger).Log":                      true,
	"(*log/slog.Logger).DebugContext":             true,
	"(*log/slog.Logger).InfoContext":              true,
	"(*log/slog.Logger).WarnContext":              true,
	"(*log/slog.Logger).ErrorContext":             true,
	"(*log/slog.Logger).With":                     true,
	"(*go.uber.org/zap.SugaredLogger).Debugw":     true,
	"(*go.uber.org/zap.SugaredLogger).Infow":      true,
	"(*go.uber.org/zap.SugaredLogger).Warnw":      true,
	"(*go.uber.org/zap.SugaredLogger).Errorw":     true,
	"(*go.uber.org/zap.SugaredLogger).DPanicw":    true,
	"(*go.uber.org/zap.SugaredLogger).Panicw":     true,
	"(*go.uber.org/zap.SugaredLogger).Fatalw":     true,
	"(*go.uber.org/zap.SugaredLogger).With":       true,
	"(github.com/go-logr/logr.Logger).Info":       true,
	"(github.com/go-logr/logr.Logger).Error":      true,
	"(github.com/go-logr/logr.Logger).WithValues": true,
}

// checkKeyedArgs checks calls that pass a constant key followed by a
// literal value, such as os.Setenv("DB_PASSWORD", "hunter2"),
// header.Set("X-API-Key", "…") or flag.String("jwt-secret", "…", usage).
func (c *checker) checkKeyedArgs(call *ast.CallExpr) {
	if len(call.Args) < 2 {
		return
	}
	fn := callee.Func(c.pass.TypesInfo, call)
	if fn != nil && keyedCallSkips[callee.PkgPath(fn)] {
		return
	}
	keyValues := fn != nil && keyValueCalls[callee.Name(fn)]
	tv, ok := c.pass.TypesInfo.Types[call.Fun]
	if !ok || tv.IsType() || tv.IsBuiltin() {
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok {
		return
	}
	for i := 0; i+1 < len(call.Args); i++ {
		// Two arguments of one variadic parameter are a list, such as
		// the path of keys in lookup(m, "authToken", "duration"), unless
		// the function takes alternating keys and values, as slog does.
		if first := sig.Params().Len() - 1; sig.Variadic() && i >= first && call.Ellipsis == token.NoPos {
			if !keyValues {
				break
			}
			if (i-first)%2 != 0 {
				continue
			}
		}
		// A key is one token such as "DB_PASSWORD" or "X-API-Key", not a
		// query such as "password = ?".
		key := c.constString(call.Args[i])
		if key == "" || len(key) > 64 || strings.ContainsAny(key, " \t\n") {
			continue
		}
		if descriptiveParams[paramName(sig, i+1)] {
			continue
		}
		c.checkNamed(key, call.Args[i+1])
	}
}

// descriptiveParams are parameter names of strings that follow a key but
// are not its value, as in cobra's StringP(name, shorthand, value, usage).
var descriptiveParams = map[string]bool{
	"shorthand": true, "short": true, "usage": true, "help": true,
	"desc": true, "description": true, "name": true, "key": true,
	"format": true, "msg": true, "message": true, "label": true,
	"title": true, "prefix": true, "suffix": true, "path": true,
	"url": true, "env": true, "envvar": true, "flag": true, "alias": true,
}

// paramName returns the lower-case name of the parameter that argument i of
// a call of sig binds to, or "".
func paramName(sig *types.Signature, i int) string {
	params := sig.Params()
	if params.Len() == 0 {
		return ""
	}
	if i >= params.Len() {
		if !sig.Variadic() {
			return ""
		}
		i = params.Len() - 1
	}
	return strings.ToLower(params.At(i).Name())
}

// checkReturns checks functions such as `func defaultPassword() string`
// that return a literal.
func (c *checker) checkReturns(fn *ast.FuncDecl) {
	if fn.Body == nil || fn.Type.Results == nil || len(fn.Type.Results.List) == 0 {
		return
	}
	name := fn.Name.Name
	if !names.IsCredentialName(name) {
		return
	}
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				c.checkNamed(name, n.Results[0])
			}
		}
		return true
	})
}

// checkNamed reports value when it is a literal secret held by name.
func (c *checker) checkNamed(name string, value ast.Expr) {
	if name == "" {
		return
	}
	kind := names.Classify(name)
	if kind == names.None {
		return
	}
	s, ok := literal(c.pass.TypesInfo, value)
	if !ok {
		return
	}

	// An Authorization header or cookie value counts when it carries a
	// credential after its scheme, as in "Bearer eyJ…".
	if !kind.IsCredential() {
		if kind != names.Auth {
			return
		}
		scheme, rest, found := strings.Cut(strings.TrimSpace(s), " ")
		if !found || !authSchemes[strings.ToLower(scheme)] {
			return
		}
		s, kind = strings.TrimSpace(rest), names.Token
	} else if scheme, rest, found := strings.Cut(strings.TrimSpace(s), " "); found && authSchemes[strings.ToLower(scheme)] {
		s = strings.TrimSpace(rest)
	}

	if len([]rune(s)) < c.cfg.MinLength || notASecret(s, names.Words(name)) != "" {
		return
	}
	c.add(newFinding(value, CategorySensitiveName, kindWord(kind), s, "in "+name,
		"read it from the environment and fail when it is missing"))
}

// authSchemes are the Authorization schemes whose parameter is a credential.
var authSchemes = map[string]bool{"bearer": true, "basic": true, "token": true, "apikey": true}

// kindWord names a kind of credential in a message.
func kindWord(k names.Kind) string {
	switch k {
	case names.Password:
		return "password"
	case names.Token:
		return "token"
	case names.APIKey:
		return "API key"
	case names.PrivateKey:
		return "private key"
	}
	return "secret"
}
