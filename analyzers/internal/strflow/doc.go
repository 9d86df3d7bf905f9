// Package strflow traces how string values are built, on the SSA form of
// a package, for analyzers that must tell a query or command assembled from
// constants from one that contains outside data.
//
// # Contract
//
// Tracer.Trace classifies a string, byte slice or string slice value:
//
//   - Constant: built from literals and named constants only. This covers
//     phis of constants (if/else, loops), += on locals, strings.Builder and
//     bytes.Buffer writes of constants, fmt.Sprintf and strings.Join of
//     constants, constant-only allow-list maps, package-level variables of
//     the same package that are only assigned constants, and calls of
//     functions whose summary marks the result constant.
//   - SafeDynamic: also contains numbers or booleans formatted at run time
//     (strconv.Itoa, fmt.Sprintf("%d", n) of an int-typed n). Such a string
//     cannot carry quotes or keywords, but it is not a literal.
//   - Dynamic: contains at least one non-constant string part. Each part is
//     a Source naming where it comes from (parameter, captured variable,
//     field, package variable, element, call result) and how it joins the
//     string (concatenation, fmt.Sprintf, builder, strings.Join, a call of
//     a helper). A value the tracer cannot follow, such as the result of an
//     interface method or of a function value, is Dynamic with a
//     CallResult source naming the call; only the depth and step limits
//     produce Unresolved sources, which callers may treat as unknown.
//
// Result.Pos is where the value was last built and Source.Pos where each
// part joined it, so a finding about the value may be suppressed on the
// line that built it (Result.Positions).
//
// Calls are followed through summaries. A function of the package being
// analyzed is summarized on demand; a function of another package through
// its FuncFact, which Analyzer exports for every exported function that
// returns a string, a byte slice or a string slice. A summary lists the
// parameters whose content flows into the result, how the first joins it,
// and whether the function adds a non-constant part of its own, so a helper
// such as
//
//	func Where(col string) string { return col + " = ?" }
//
// makes Where("id") constant and Where(name) dynamic with parameter "name"
// as the source.
//
// # Limits
//
// Traces are memoized per SSA value; cycles through phis and recursive
// calls add nothing new, and a trace stops after 128 nested values or 20000
// visited values. Fields are not followed: a field read is a Field source
// even when every write to it is constant, and a method that returns a
// string built from a receiver field is summarized as dynamic. Builders
// passed to functions of other packages, writes through copies of a slice
// header, and package-level variables of other packages are reported as
// dynamic parts.
//
// # Use
//
// An analyzer lists Analyzer and ssaonce.Analyzer in Requires and reads
// the tracer. The values it traces must come from ssaonce, which builds
// the one SSA program that the tracer reads; values from buildssa belong
// to another program and are never recognized:
//
//	ssaInfo := pass.ResultOf[ssaonce.Analyzer].(*ssaonce.Result).SSA()
//	tracer := pass.ResultOf[strflow.Analyzer].(*strflow.Tracer)
//	res := tracer.Trace(arg) // arg is an ssa.Value of ssaInfo.Pkg
//
// CalledFunc and CallArgs resolve an SSA call to its declared function and
// its arguments in signature order, including bound method values.
package strflow
