package location_test

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/secvet/secvet/analyzers/internal/location"
)

// kind records location.Standard for a package, so that the package that imports
// it can report the result.
type kind struct{ Standard bool }

func (*kind) AFact() {}

func (k *kind) String() string { return fmt.Sprint(k.Standard) }

// classifier reports location.Standard for the root package and for each of its
// direct imports.
var classifier = &analysis.Analyzer{
	Name:      "classifier",
	Doc:       "report whether packages are in the standard library",
	FactTypes: []analysis.Fact{new(kind)},
	Run: func(pass *analysis.Pass) (any, error) {
		pass.ExportPackageFact(&kind{Standard: location.Standard(pass)})
		if len(pass.Files) == 0 {
			return nil, nil
		}
		pos := pass.Files[0].Package
		describe := func(std bool) string {
			if std {
				return "standard"
			}
			return "not standard"
		}
		imports := pass.Pkg.Imports()
		slices.SortFunc(imports, func(a, b *types.Package) int { return strings.Compare(a.Path(), b.Path()) })
		for _, imp := range imports {
			var k kind
			if pass.ImportPackageFact(imp, &k) {
				pass.Reportf(pos, "imports %s: %s", imp.Path(), describe(k.Standard))
			}
		}
		pass.Reportf(pos, "%s: %s", pass.Pkg.Path(), describe(location.Standard(pass)))
		return nil, nil
	},
}

func TestStandardUsesFileLocationNotPath(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), classifier, "app")
}
