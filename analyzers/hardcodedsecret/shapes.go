package hardcodedsecret

import (
	"go/ast"
	"go/token"
	"strconv"

	"github.com/secvet/secvet/analyzers/internal/credshape"
)

// checkCredentialShapes reports every string literal that contains a
// credential of a known format. In test code without -tests, JWTs and PEM
// private keys are left out: tests mint their own to exercise signing and
// TLS, while a provider's key in a test is as live as anywhere else.
func (c *checker) checkCredentialShapes() {
	c.inspect.Preorder([]ast.Node{(*ast.BasicLit)(nil)}, func(n ast.Node) {
		lit := n.(*ast.BasicLit)
		if lit.Kind != token.STRING {
			return
		}
		value, err := strconv.Unquote(lit.Value)
		if err != nil {
			return
		}
		m, ok := credshape.Find(value)
		if !ok || m.SelfIssued && c.skipFile(lit.Pos()) {
			return
		}
		c.add(newFinding(lit, CategoryCredentialShape, m.Shape, value[m.Start:m.End], "",
			"revoke it and read its replacement from the environment"))
	})
}
