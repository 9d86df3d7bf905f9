package rawsql

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/strflow"
)

func (c *checker) reportInjection(st *site, res strflow.Result) {
	src := res.Sources[0]
	part := src.String()
	if how := src.How(); how != "" {
		part += " " + how
	}
	if more := len(res.Sources) - 1; more == 1 {
		part += " and 1 more non-constant part"
	} else if more > 1 {
		part += fmt.Sprintf(" and %d more non-constant parts", more)
	}
	msg := fmt.Sprintf("SQL query passed to %s is built from %s; pass values as placeholder arguments and pick identifiers from a constant allow-list", callee.Short(st.target), part)
	if st.param != nil && st.param.Built {
		msg = fmt.Sprintf("SQL query that %s builds from its parameter %q gets %s; pass values as placeholder arguments and pick identifiers from a constant allow-list", callee.Short(st.target), st.param.Name, part)
	}
	c.reporter.Report(c.diagnostic(st, CategoryInjection, msg), append([]token.Pos{st.call.Common().Pos()}, res.Positions()...)...)
}

func (c *checker) reportRaw(st *site, res strflow.Result) {
	target := callee.Short(st.target)
	if st.via != st.target {
		target += ", which runs it with " + callee.Short(st.via)
	}
	msg := fmt.Sprintf("raw SQL passed to %s; run queries through the ORM or generated query code", target)
	c.reporter.Report(c.diagnostic(st, CategoryRaw, msg), res.Positions()...)
}

// diagnostic builds every finding of the analyzer.
func (c *checker) diagnostic(st *site, category, msg string) analysis.Diagnostic {
	pos, end := c.argRange(st)
	return analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: category,
		URL:      docURL + "#" + category,
		Message:  msg,
	}
}
