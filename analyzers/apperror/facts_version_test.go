package apperror

import (
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/secvet/secvet/analyzers/internal/facttest"
)

// appPkg is the package under analysis in these tests. Its path shares the
// domain element of errsPkg, so sameModule accepts errsPkg's helpers.
var appPkg = types.NewPackage("example.com/app", "app")

func TestAppErrorPackageOtherVersionIgnored(t *testing.T) {
	errsPkg := types.NewPackage("example.com/errs", "errs")
	passWithFact := func(stored *appErrorPackage) *analysis.Pass {
		return &analysis.Pass{
			Pkg: appPkg,
			AllPackageFacts: func() []analysis.PackageFact {
				return []analysis.PackageFact{{Package: errsPkg, Fact: stored}}
			},
		}
	}

	current := findAppErrorPackage(passWithFact(&appErrorPackage{Version: factVersion, TypeName: "AppError"}), &Config{})
	if current == nil || current.pkg != errsPkg {
		t.Errorf("findAppErrorPackage with fact version %d = %+v, want the target %s", factVersion, current, errsPkg.Path())
	}

	other := findAppErrorPackage(passWithFact(&appErrorPackage{Version: factVersion + 1, TypeName: "AppError"}), &Config{})
	if other != nil {
		t.Errorf("findAppErrorPackage with fact version %d = target %s, want nil", factVersion+1, other.pkg.Path())
	}
}

func TestBypassHelperFactOfOtherVersionIsIgnored(t *testing.T) {
	errsPkg := types.NewPackage("example.com/errs", "errs")
	fn := types.NewFunc(token.NoPos, errsPkg, "Fail", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	current := &checker{pass: facttest.PassWithFact(fn, &bypassHelper{Version: factVersion, Via: "net/http.Error"})}
	if got := current.helperFact(fn); got == nil || got.Via != "net/http.Error" {
		t.Errorf("helperFact with fact version %d = %v, want the stored fact", factVersion, got)
	}

	other := &checker{pass: facttest.PassWithFact(fn, &bypassHelper{Version: factVersion + 1, Via: "net/http.Error"})}
	if got := other.helperFact(fn); got != nil {
		t.Errorf("helperFact with fact version %d = %v, want nil", factVersion+1, got)
	}
}
