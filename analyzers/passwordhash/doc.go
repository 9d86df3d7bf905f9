// Package passwordhash defines an Analyzer that reports passwords stored
// or compared without bcrypt.
//
// # Analyzer passwordhash
//
// passwordhash: report passwords stored or compared without bcrypt
//
// A password is a value that a parameter, local, struct field, JSON or
// form tag, form key or map key names as one: password, passwd, pwd,
// passphrase, passcode and the like, but not PasswordHash, HashedPassword,
// PasswordChangedAt or PasswordPolicy. A value stored in a field or column
// so named is a password too. The analyzer traces values backwards through SSA form
// (see the origin package), across functions and packages, and reports:
//
//   - plaintext-storage: a password that reaches storage without passing
//     through bcrypt.GenerateFromPassword, argon2.IDKey, argon2.Key,
//     scrypt.Key or a function listed in -hashers. Storage is an argument
//     of a database/sql, sqlx or pgx v5 query, a gorm Exec, Raw or Where
//     argument, a model given to gorm's Create, Save, Updates,
//     UpdateColumns, FirstOrCreate, Assign or Attrs (or to sqlx's NamedExec),
//     or to a function of any package that passes its parameter to one of
//     them, whose password field the function set, a map entry given to
//     them, or gorm's Update("password", v);
//   - fast-hash: a password hashed with a fast digest (md5, sha1, sha256,
//     sha512, sha3, hmac, fnv, crc32, blake2 and the like, salted or not)
//     that is stored, or returned by the function that hashed it;
//   - unsafe-compare: a stored password or password hash compared with ==,
//     !=, bytes.Equal, strings.EqualFold, subtle.ConstantTimeCompare or
//     hmac.Equal to a password or its digest;
//   - low-cost: bcrypt.GenerateFromPassword with a constant cost below
//     -min-cost (bcrypt.DefaultCost, 10, by default).
//
// The finding is on the call, comparison or return statement where the
// value reaches storage or is compared, for example:
//
//	func (s *Store) Register(ctx context.Context, req SignupRequest) error {
//		_, err := s.db.ExecContext(ctx,
//			"INSERT INTO accounts (email, password) VALUES ($1, $2)",
//			req.Email, req.Password) // password from req.Password is stored in accounts.password without bcrypt; hash it with bcrypt.GenerateFromPassword
//		return err
//	}
//
//	func hashPassword(pw string) []byte {
//		s := sha256.Sum256([]byte(pw))
//		return s[:] // password from parameter pw is hashed with sha256.Sum256, a fast digest, and returned; hash it with bcrypt.GenerateFromPassword
//	}
//
// It does not report length or emptiness checks, two request values
// compared with each other (password == confirmation), digests of data
// that is not named as a password, or a model whose type has a gorm
// BeforeSave, BeforeCreate or BeforeUpdate hook, where the password is
// usually hashed.
//
// When the flow is unclear it stays silent: values from calls through
// interfaces or function values, fields set in another function than the
// one that stores the model or calls the function that stores it, queries
// built at run time, and passwords encrypted with other cryptographic
// functions are not reported.
package passwordhash

const doc = `report passwords stored or compared without bcrypt

passwordhash traces passwords (values named password, passwd, pwd,
passphrase and the like, in variables, parameters, fields, JSON or form
tags and map keys) through SSA form, across functions and packages, and
reports four mistakes:

  plaintext-storage  a password reaches an SQL query, a gorm or sqlx model
                     or gorm's Update without bcrypt, argon2 or scrypt
  fast-hash          a password hashed with md5, sha1, sha256, sha512, hmac
                     or another fast digest is stored or returned
  unsafe-compare     a stored password or hash is compared with ==, !=,
                     bytes.Equal, strings.EqualFold or
                     subtle.ConstantTimeCompare instead of
                     bcrypt.CompareHashAndPassword
  low-cost           bcrypt.GenerateFromPassword with a constant cost below
                     -min-cost

Example:

	db.Exec("INSERT INTO accounts (email, password) VALUES ($1, $2)", email, password)
	// password from parameter password is stored in accounts.password without bcrypt;
	// hash it with bcrypt.GenerateFromPassword

It stays silent when the data flow is unclear: calls through interfaces or
function values, fields set in another function, and models with a gorm
BeforeSave, BeforeCreate or BeforeUpdate hook.`
