// Package jwtverify defines an analyzer that reports JWT parses that skip
// or weaken signature and claims verification.
package jwtverify

const doc = `report JWT parses that skip or weaken verification

The analyzer checks calls into github.com/golang-jwt/jwt (v3 API), /v4 and
/v5, github.com/dgrijalva/jwt-go and their request subpackages. It reports:

  - ParseUnverified, unless a Parse or ParseWithClaims of the same token
    string sits in a block that encloses it, in the same function or, for
    an unexported helper whose parameter is the token, in every caller;
  - Parse, ParseWithClaims and ParseFromRequest with no WithValidMethods
    (v4, v5) or Parser.ValidMethods (v3) when the keyfunc does not check
    the signing method: a type assertion on t.Method, a comparison or
    switch on t.Method, t.Method.Alg() or t.Header["alg"], or passing one
    of them or the token to a function that checks, all count;
  - jwt.UnsafeAllowNoneSignatureType and jwt.SigningMethodNone used other
    than in a comparison or a switch case, jwt.New or NewWithClaims
    with SigningMethodNone, and WithValidMethods given a literal list, or
    a variable only ever assigned literals, that contains "none";
  - v5 parses without WithExpirationRequired: without it a token that has
    no exp claim never expires;
  - a parse whose error is discarded while the token or the claims it
    filled are used afterwards, unless the token's Valid field is read
    (assigning them to the blank identifier is not a use).

For example:

	tok, err := jwt.Parse(s, func(t *jwt.Token) (any, error) { // jwt.Parse without jwt.WithValidMethods and the keyfunc does not check t.Method; pass jwt.WithValidMethods([]string{"HS256"})
		return secret, nil
	})

Options count wherever the parser is built: jwt.NewParser(...) called in
place, stored in a variable or an unexported field of this package (every
assigned value must set the option), or in a package-level variable of
another package (through a fact). Options passed as opts... count when the
slice is a literal or a variable only ever assigned literals. Keyfuncs
defined as functions, methods, factories returning a keyfunc, or in
variables are followed, across packages through facts.

Stays silent when it cannot see: a parser or keyfunc that comes from a
parameter, an interface method, or a call it cannot read; options built by
append or by functions of the program; a v5 parse with
WithoutClaimsValidation (the expiration check) or with claims whose
GetExpirationTime never returns nil. v3 and v4 have no expiration option
and are not checked for it. Test files are skipped unless -tests is set.
Verification done by other means (an OPA policy, another JOSE library) is
not recognized, so such a ParseUnverified is reported.`
