package hardcodedsecret

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"strings"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// keySink is a parameter that takes key material.
type keySink struct {
	arg     int    // index of the argument
	what    string // "key" or "password"
	display string // the callee as messages show it
}

// tables are the callee tables of one analyzer value, built by New and only
// read afterwards.
type tables struct {
	keySinks callee.Table[keySink]
	keyFuncs callee.Table[int] // jwt parse functions: index of the Keyfunc argument
	getenv   callee.Table[int] // os.Getenv and os.LookupEnv: index of the name argument
}

// jwtPaths are the import paths of golang-jwt and its predecessor.
var jwtPaths = []string{
	"github.com/golang-jwt/jwt/v5",
	"github.com/golang-jwt/jwt/v4",
	"github.com/golang-jwt/jwt",
	"github.com/dgrijalva/jwt-go",
}

func newTables() *tables {
	t := &tables{
		keySinks: callee.Table[keySink]{
			"crypto/hmac.New":                           {1, "key", "hmac.New"},
			"crypto/aes.NewCipher":                      {0, "key", "aes.NewCipher"},
			"crypto/des.NewCipher":                      {0, "key", "des.NewCipher"},
			"crypto/des.NewTripleDESCipher":             {0, "key", "des.NewTripleDESCipher"},
			"(*net/http.Request).SetBasicAuth":          {1, "password", "(*http.Request).SetBasicAuth"},
			"golang.org/x/crypto/chacha20poly1305.New":  {0, "key", "chacha20poly1305.New"},
			"golang.org/x/crypto/chacha20poly1305.NewX": {0, "key", "chacha20poly1305.NewX"},
		},
		keyFuncs: callee.Table[int]{},
		getenv: callee.Table[int]{
			"os.Getenv":    0,
			"os.LookupEnv": 0,
		},
	}
	// TODO: add the key parameters of gorilla/sessions (NewCookieStore)
	// and gorilla/securecookie (New), with stubs under testdata/src.
	for _, p := range jwtPaths {
		t.keySinks["(*"+p+".Token).SignedString"] = keySink{0, "key", "(*jwt.Token).SignedString"}
		t.keyFuncs[p+".Parse"] = 1
		t.keyFuncs[p+".ParseWithClaims"] = 2
		t.keyFuncs["(*"+p+".Parser).Parse"] = 1
		t.keyFuncs["(*"+p+".Parser).ParseWithClaims"] = 2
	}
	return t
}

// checkKeyMaterial reports literals used as keys whatever their name:
// arguments of key sinks, values returned by jwt key functions, and
// passwords embedded in connection URLs and DSNs.
func (c *checker) checkKeyMaterial() {
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.BasicLit)(nil)}
	c.inspect.WithStack(filter, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push || c.skipFile(n.Pos()) {
			return true
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			c.checkKeySink(n)
			c.checkKeyFunc(n)
		case *ast.BasicLit:
			// A connection string compared against, as in
			// `dsn == defaultDSN`, supplies no credential.
			if cmp, ok := stack[len(stack)-2].(*ast.BinaryExpr); ok && (cmp.Op == token.EQL || cmp.Op == token.NEQ) {
				return true
			}
			c.checkConnectionString(n)
		}
		return true
	})
}

func (c *checker) checkKeySink(call *ast.CallExpr) {
	_, sink, ok := c.tables.keySinks.Lookup(c.pass.TypesInfo, call)
	if !ok || sink.arg >= len(call.Args) {
		return
	}
	lit, value, ok := c.resolveLiteral(call.Args[sink.arg])
	if !ok || strings.TrimSpace(value) == "" {
		return
	}
	c.add(newFinding(lit, CategoryKeyMaterial, sink.what, value, "passed to "+sink.display,
		"load it from the environment or a secret store and fail when it is missing", call.Pos()))
}

// checkKeyFunc checks the Keyfunc argument of a jwt parse call: a function
// literal, or a function of this package, that returns a literal key.
func (c *checker) checkKeyFunc(call *ast.CallExpr) {
	_, arg, ok := c.tables.keyFuncs.Lookup(c.pass.TypesInfo, call)
	if !ok || arg >= len(call.Args) {
		return
	}
	var body *ast.BlockStmt
	switch fn := ast.Unparen(call.Args[arg]).(type) {
	case *ast.FuncLit:
		body = fn.Body
	case *ast.Ident:
		body = c.funcBody(c.pass.TypesInfo.Uses[fn])
	case *ast.SelectorExpr:
		body = c.funcBody(c.pass.TypesInfo.Uses[fn.Sel])
	}
	if body == nil {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				return true
			}
			lit, value, ok := c.resolveLiteral(n.Results[0])
			if ok && strings.TrimSpace(value) != "" {
				c.add(newFinding(lit, CategoryKeyMaterial, "key", value, "returned by the jwt key function",
					"load it from the environment or a secret store and fail when it is missing", call.Pos()))
			}
		}
		return true
	})
}

// funcBody returns the body of a function declared in this package.
func (c *checker) funcBody(obj types.Object) *ast.BlockStmt {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() != c.pass.Pkg {
		return nil
	}
	for _, f := range c.pass.Files {
		if f.Pos() > fn.Pos() || fn.Pos() > f.End() {
			continue
		}
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Name.Pos() == fn.Pos() {
				return fd.Body
			}
		}
	}
	return nil
}

// resolveLiteral returns the literal that e is, or that the variable or
// constant e names was declared with, when it is never assigned again.
// TODO: follow constants of other packages, whose declarations are not in
// this pass; a fact per exported literal constant would carry them.
func (c *checker) resolveLiteral(e ast.Expr) (ast.Expr, string, bool) {
	if value, ok := literal(c.pass.TypesInfo, e); ok {
		return e, value, true
	}

	// Look through []byte(k) and string(k) conversions of a named value.
	inner := ast.Unparen(e)
	if call, ok := inner.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, found := c.pass.TypesInfo.Types[call.Fun]; found && tv.IsType() && isStringOrBytes(tv.Type) {
			inner = ast.Unparen(call.Args[0])
		}
	}
	id, ok := inner.(*ast.Ident)
	if !ok {
		return nil, "", false
	}
	init, ok := c.initializers()[c.pass.TypesInfo.Uses[id]]
	if !ok {
		return nil, "", false
	}
	value, ok := literal(c.pass.TypesInfo, init)
	return init, value, ok
}

// initializers maps each variable and constant of the package that is
// declared with a literal and never assigned again to that literal.
func (c *checker) initializers() map[types.Object]ast.Expr {
	if c.inits != nil {
		return c.inits
	}
	c.inits = make(map[types.Object]ast.Expr)
	assigned := make(map[types.Object]int)
	c.inspect.Preorder([]ast.Node{(*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				return
			}
			for i, id := range n.Names {
				if obj := c.pass.TypesInfo.Defs[id]; obj != nil {
					c.inits[obj] = n.Values[i]
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				id, ok := ast.Unparen(lhs).(*ast.Ident)
				if !ok {
					continue
				}
				if obj := c.pass.TypesInfo.Defs[id]; obj != nil && n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
					c.inits[obj] = n.Rhs[i]
					continue
				}
				if obj := c.pass.TypesInfo.Uses[id]; obj != nil {
					assigned[obj]++
				}
			}
		case *ast.UnaryExpr:
			// A variable whose address is taken may change anywhere.
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				if obj := c.pass.TypesInfo.Uses[id]; obj != nil {
					assigned[obj]++
				}
			}
		}
	})
	for obj := range assigned {
		delete(c.inits, obj)
	}
	return c.inits
}

// checkConnectionString reports a literal that is a URL with a password,
// "scheme://user:pass@host", a MySQL DSN "user:pass@tcp(host)/db", or a
// key=value DSN with "password=…".
func (c *checker) checkConnectionString(lit *ast.BasicLit) {
	if lit.Kind != token.STRING {
		return
	}
	value, ok := literal(c.pass.TypesInfo, lit)
	if !ok {
		return
	}
	password := connectionPassword(strings.TrimSpace(value))
	if password == "" || isPlaceholder(password) || isTemplate(password) {
		return
	}
	c.add(newFinding(lit, CategoryKeyMaterial, "password", password, "in a connection string",
		"build the connection string from a password read from the environment"))
}

// connectionPassword returns the password embedded in s, or "".
func connectionPassword(s string) string {
	if s == "" || len(s) > 2000 {
		return ""
	}

	// scheme://user:pass@host/…, with no blanks around it.
	if i := strings.Index(s, "://"); i > 0 && !strings.ContainsAny(s, " \t\n") {
		if u, err := url.Parse(s); err == nil && u.User != nil {
			if p, ok := u.User.Password(); ok {
				return p
			}
		}
		return ""
	}

	// user:pass@tcp(host:3306)/db, the go-sql-driver/mysql form.
	if at := strings.Index(s, "@"); at > 0 && !strings.ContainsAny(s, " \t\n") {
		rest := s[at+1:]
		if strings.HasPrefix(rest, "tcp(") || strings.HasPrefix(rest, "unix(") || strings.HasPrefix(rest, "/") {
			if _, pass, ok := strings.Cut(s[:at], ":"); ok {
				return pass
			}
		}
		return ""
	}

	// host=db user=app password=secret dbname=app, the libpq form, or the
	// "Server=…;Password=…;" form of SQL Server.
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ';' })
	if len(fields) < 2 {
		return ""
	}
	password := ""
	for _, f := range fields {
		key, val, ok := strings.Cut(f, "=")
		if !ok {
			return "" // not a DSN: prose or a list
		}
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "password", "pwd", "pass", "passwd":
			password = strings.Trim(val, `'"`)
		}
	}
	return password
}
