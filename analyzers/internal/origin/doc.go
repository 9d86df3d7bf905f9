// Package origin traces where an SSA value comes from, for analyzers that
// must tell a password read from a request apart from a hash read from a
// table, or a masked value apart from a raw one.
//
// The Analyzer builds the package's SSA form in debug mode (so local
// variable names survive) and returns a *Result. Result.Trace(v) walks
// backwards from v and returns one Path for every way a value reaches v:
//
//	Source  where the value starts: a parameter, a local, a struct field
//	        (with its type, raw tag and whether the struct looks like a
//	        database model), a map or form key ("password" in
//	        m["password"] or r.FormValue("password")), a constant, a
//	        global, the result of a call it does not follow, or Unknown
//	Through the functions and conversions the value passed through, in
//	        order from the source to v, each with its position when it is
//	        in the analyzed package
//	Aliases the locals and fields that held the value on the way, each
//	        with the number of Through steps applied before it held it
//
// The walk follows locals, phi nodes, conversions, string concatenation,
// interface boxing, slices of local arrays, loads from local variables and
// struct fields where every store is in the same function, map lookups
// with constant keys, the variadic argument arrays that calls build,
// closures (a free variable is traced to the value bound where the closure
// is created), hash.Hash values (the data written to the hash flows into
// Sum), and calls:
//
//   - a call of a function of the same package is traced into its body;
//   - a call of a function of another package uses the Summary fact that
//     this analyzer exported for it when it analyzed that package: which
//     parameters or other sources each result derives from, and through
//     which calls;
//   - a call of a standard library function, or of a known password hasher
//     or key derivation function (bcrypt, argon2, scrypt, pbkdf2), is taken
//     to derive its result from all of its arguments, and the function is
//     recorded as a step;
//   - getters that read a named value, such as (*http.Request).FormValue,
//     url.Values.Get or gin's Context.PostForm, become a Key source;
//   - any other call becomes a Call source named after its callee.
//
// When the flow is unclear (a call through an interface or a function
// value, a loop the walk has already entered, a depth or width limit) the
// walk returns a path whose source kind is Unknown, and analyzers should
// stay silent about it. Results are memoized per value and per function,
// so one Result serves many queries cheaply.
//
// Standard library packages are not summarized and get no SSA form, which
// keeps the cost of the dependency passes close to that of type checking.
package origin
