package hardcodedsecret

import (
	"go/ast"
	"go/token"
	"strconv"

	"github.com/secvet/secvet/analyzers/internal/credshape"
)

// checkCredentialShapes reports every string literal, in test files too,
// that contains a credential of a known format.
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
		if !ok {
			return
		}
		c.add(newFinding(lit, CategoryCredentialShape, m.Shape, value[m.Start:m.End], "",
			"revoke it and read its replacement from the environment"))
	})
}
