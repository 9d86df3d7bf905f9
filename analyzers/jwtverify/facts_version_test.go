package jwtverify

import (
	"go/ast"
	"go/token"
	"go/types"
	"testing"

	"github.com/secvet/secvet/analyzers/internal/facttest"
)

// authPkg is the package of another module whose facts these tests store.
var authPkg = types.NewPackage("example.com/auth", "auth")

func TestKeyfuncFactOfOtherVersionIsIgnored(t *testing.T) {
	fn := types.NewFunc(token.NoPos, authPkg, "Keyfunc", types.NewSignatureType(nil, nil, nil, nil, nil, false))

	current := &checker{pass: facttest.PassWithFact(fn, &keyfuncFact{Version: factVersion, ChecksMethod: true})}
	if got := current.function(fn); !got.known || !got.checks {
		t.Errorf("function with fact version %d = %+v, want known and checks", factVersion, got)
	}

	// A function of another package without a fact is known not to check.
	other := &checker{pass: facttest.PassWithFact(fn, &keyfuncFact{Version: factVersion + 1, ChecksMethod: true})}
	if got := other.function(fn); !got.known || got.checks {
		t.Errorf("function with fact version %d = %+v, want known and not checks", factVersion+1, got)
	}
}

func TestParserFactOfOtherVersionIsIgnored(t *testing.T) {
	parser := types.NewVar(token.NoPos, authPkg, "Parser", types.Typ[types.Invalid])
	id := ast.NewIdent("Parser")
	build := func(version int) *checker {
		pass := facttest.PassWithFact(parser, &parserFact{Version: version, ValidMethods: true, ExpRequired: true})
		pass.TypesInfo.Uses[id] = parser
		return &checker{pass: pass}
	}

	if got := build(factVersion).parserOptions(id, 0); !got.known || !got.validMethods || !got.expRequired {
		t.Errorf("parserOptions with fact version %d = %+v, want known with valid methods and exp required", factVersion, got)
	}
	if got := build(factVersion+1).parserOptions(id, 0); got.known {
		t.Errorf("parserOptions with fact version %d = %+v, want unknown", factVersion+1, got)
	}
}

func TestAlwaysExpiresFactOfOtherVersionIsIgnored(t *testing.T) {
	// type Claims struct{}; func (Claims) GetExpirationTime() in package auth.
	claimsType := types.NewNamed(types.NewTypeName(token.NoPos, authPkg, "Claims", nil), types.NewStruct(nil, nil), nil)
	recv := types.NewParam(token.NoPos, authPkg, "", claimsType)
	method := types.NewFunc(token.NoPos, authPkg, "GetExpirationTime", types.NewSignatureType(recv, nil, nil, nil, nil, false))
	claimsType.AddMethod(method)
	claims := ast.NewIdent("claims")
	build := func(version int) *checker {
		pass := facttest.PassWithFact(method, &alwaysExpires{Version: version})
		pass.TypesInfo.Types[claims] = types.TypeAndValue{Type: claimsType}
		return &checker{pass: pass}
	}

	if !build(factVersion).claimsAlwaysExpire(claims) {
		t.Errorf("claimsAlwaysExpire with fact version %d = false, want true", factVersion)
	}
	if build(factVersion + 1).claimsAlwaysExpire(claims) {
		t.Errorf("claimsAlwaysExpire with fact version %d = true, want false", factVersion+1)
	}
}
