package apperror

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

const (
	ginPath    = "github.com/gin-gonic/gin"
	echoPath   = "github.com/labstack/echo/v4"
	renderPath = "github.com/go-chi/render"
)

// Categories of findings.
const (
	categoryHTTPError   = "http-error"       // http.Error, http.NotFound, http.NotFoundHandler
	categoryWriteHeader = "write-header"     // w.WriteHeader with an error status
	categoryFramework   = "framework-status" // gin, echo and chi/render status writers
	categoryHelper      = "helper-call"      // a call of a local helper that does one of the above
)

// plainErrors write a text/plain body, whatever the status. The value is
// the status they write, or 0 when it is their argument at index 2.
var plainErrors = map[string]int{
	"net/http.Error":           0,
	"net/http.NotFound":        404,
	"net/http.NotFoundHandler": 404,
}

// statusWriter describes a framework method that writes a status.
type statusWriter struct {
	status int // index of the status argument
	body   int // index of a JSON body argument that may be an AppError, or -1
}

// frameworkWriters are the framework functions that set the response status.
// A call whose JSON body is a value of the AppError package is allowed.
var frameworkWriters = callee.Table[statusWriter]{
	"(*" + ginPath + ".Context).JSON":                {0, 1},
	"(*" + ginPath + ".Context).String":              {0, -1},
	"(*" + ginPath + ".Context).AbortWithStatus":     {0, -1},
	"(*" + ginPath + ".Context).AbortWithStatusJSON": {0, 1},
	"(*" + ginPath + ".Context).Status":              {0, -1},
	"(*" + ginPath + ".Context).AbortWithError":      {0, -1},
	"(" + echoPath + ".Context).JSON":                {0, 1},
	"(" + echoPath + ".Context).String":              {0, -1},
	"(" + echoPath + ".Context).NoContent":           {0, -1},
	echoPath + ".NewHTTPError":                       {0, -1},
	renderPath + ".Status":                           {1, -1},
}

// sink is one call or use that writes a response outside AppError.
type sink struct {
	node     ast.Node
	category string
	label    string   // the call as the message names it, e.g. "http.Error"
	status   ast.Expr // the status argument, or nil when fixed or absent
	fixed    int      // the status when status is nil, or 0
}

// statusValue returns the constant value of e as an int.
func statusValue(info *types.Info, e ast.Expr) (int, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v, exact := constant.Int64Val(constant.ToInt(tv.Value))
	if !exact {
		return 0, false
	}
	return int(v), true
}

// classifyCall returns the sink that call is, if any.
func (c *checker) classifyCall(call *ast.CallExpr) (*sink, bool) {
	info := c.pass.TypesInfo
	fn := callee.Func(info, call)
	if fn == nil {
		return nil, false
	}
	name := callee.Name(fn)

	if fixed, ok := plainErrors[name]; ok {
		s := &sink{node: call, category: categoryHTTPError, label: "http." + fn.Name(), fixed: fixed}
		if fixed == 0 && len(call.Args) == 3 {
			s.status = call.Args[2]
		}
		return s, true
	}

	if fn.Name() == "WriteHeader" && c.isResponseWriterMethod(fn) && len(call.Args) == 1 {
		return &sink{node: call, category: categoryWriteHeader, label: label(call), status: call.Args[0]}, true
	}

	if w, ok := frameworkWriters[name]; ok && len(call.Args) > w.status {
		if w.body >= 0 && len(call.Args) > w.body && c.target.isAppErrorType(info.TypeOf(call.Args[w.body])) {
			return nil, false
		}
		return &sink{node: call, category: categoryFramework, label: label(call), status: call.Args[w.status]}, true
	}
	return nil, false
}

// isResponseWriterMethod reports whether fn is the WriteHeader method of
// http.ResponseWriter or of a type that implements it.
func (c *checker) isResponseWriterMethod(fn *types.Func) bool {
	if callee.Name(fn) == "(net/http.ResponseWriter).WriteHeader" {
		return true
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || c.writer == nil {
		return false
	}
	recv := sig.Recv().Type()
	return types.Implements(recv, c.writer) || types.Implements(types.NewPointer(recv), c.writer)
}

// label returns how a message names the function call invokes: the call's
// function expression when it is a chain of names ("w.WriteHeader",
// "g.C.JSON"), else the function's name.
func label(call *ast.CallExpr) string {
	if isNameChain(call.Fun) {
		return types.ExprString(ast.Unparen(call.Fun))
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.Sel.Name
	}
	return "call"
}

// isNameChain reports whether e is an identifier or a selector chain of
// identifiers such as a.b.c.
func isNameChain(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return isNameChain(e.X)
	}
	return false
}
