// Package logmask defines an analyzer that reports sensitive values logged
// without masking.
//
// # Analyzer logmask
//
// logmask: report passwords, tokens and credentials logged unmasked
//
// The team's rule is that every log call masks sensitive values. logmask
// follows values into the calls of log/slog, log, fmt.Print* (and
// fmt.Fprint* to os.Stdout or os.Stderr), zap, zerolog and logrus, into the
// team's own wrappers, and reports a value that reaches one of them
// unmasked when it is:
//
//   - the value of a sensitive key, as in slog.Info("login", "password", pw),
//     zap.String("token", t) or logrus.Fields{"api_key": k}, unless the value
//     is a bool, a number, a time.Time or a time.Duration, or the key
//     describes the secret instead of holding it (token_type, expires_in,
//     password_changed_at, has_password);
//   - a variable, field, map entry, form value or environment variable with a
//     sensitive name, printed positionally, as in log.Printf("%s", user.Password);
//   - a map built with a sensitive key, or a struct, or a pointer to one, that
//     holds a sensitive text field at any depth, logged whole. A type that
//     declares String, Format, LogValue, MarshalLogObject or
//     MarshalZerologObject itself decides what is shown and is not
//     reported. zap's and zerolog's JSON encoders leave out fields tagged
//     json:"-" and unexported ones, so those do not count there;
//   - the Authorization or Cookie header, a cookie, a whole *http.Request or
//     http.Header, a request dump, or the values of a range loop over an
//     http.Header whose body never names a sensitive header.
//
// The message of a slog call is checked like a print argument, so
// slog.Info("token " + token) is reported. Taint passes through +,
// conversions, the strings and bytes functions, fmt.Sprint*, append, string
// list literals and a local strings.Builder or bytes.Buffer.
//
// A value is masked when it comes from a call of a masker: a function whose
// name begins with Mask or Redact (flag -masker-prefixes), one listed in
// -maskers, or one, in this package or another, that returns such a call's
// result. Short prefixes such as token[:4] count as masked.
//
// Example:
//
//	slog.Info("login", "user", name, "password", pw) // value of "password" is logged unmasked by slog.Info; wrap it in masking.MaskValue
//
// When the file can call a masker whose parameter accepts the value, the
// diagnostic offers a fix that wraps the value in it.
//
// A function that passes its parameters on to a logging call, such as a
// team's Infow(msg string, kv ...any), is found through facts and checked
// like the call it wraps. -funcs names others, such as interface methods,
// as FULLNAME:STYLE with STYLE printf, print, kv, msgkv or field.
//
// logmask does not follow values through fields assigned after the fact,
// map entries added after the literal, channels, closures or function
// values, and it follows a local variable only when it has one definition.
// A variable defined only by constants, as in jwtSecret := "...", is not a
// secret that arrives at run time and is not reported (hardcodedsecret
// reports the literal).
// It cannot tell which slog handler or logrus formatter renders a value, so
// it treats both as rendering structs with fmt, field tags ignored, unless
// -json-output says they encode with encoding/json. When the flow is
// unclear it stays silent.
package logmask

// doc is the analyzer's Doc: the title line and the text after it.
const doc = `report passwords, tokens and credentials logged unmasked

logmask follows values into the calls of log/slog, log, fmt.Print*,
zap, zerolog, logrus and the team's own logging wrappers, and reports a
value that reaches one unmasked when it is the value of a sensitive key,
a sensitive-named variable or field printed positionally, a map or struct
holding a sensitive field logged whole, or an Authorization or Cookie
header, a cookie or a whole request or header set.

A value is masked when it passes through a function whose name begins with
Mask or Redact, or one listed in -maskers. See the package documentation
for the full rules and what the analyzer does not catch.`
