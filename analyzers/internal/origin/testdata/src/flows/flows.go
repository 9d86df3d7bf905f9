package flows

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"

	"example.com/lib"
)

func sink(v any) {}

type request struct {
	Password string `json:"pwd"`
}

func Params(pw string, n int) {
	sink(pw) // want `^parameter pw$`
	sink(n)  // want `^parameter n$`
}

func Locals(pw string) {
	x := pw + "!"
	sink(x) // want `^parameter pw \[local x after 0\]$`
}

func Fields(req *request) {
	sink(req.Password) // want `^field Password of req$`
}

func LocalStruct(pw string) {
	var r request
	r.Password = pw
	sink(r.Password) // want `^parameter pw \[field Password after 0\]$`
}

func Forms(r *http.Request, q url.Values) {
	sink(r.FormValue("password")) // want `^key password of r.FormValue$`
	sink(q.Get("pwd"))            // want `^key pwd of q.Get$`
}

func Maps(m map[string]string) {
	sink(m["password"]) // want `^key password of m$`
}

func Conversions(pw string) {
	sink([]byte(pw)) // want `^parameter pw -> conversion to \[\]byte$`
}

func Digests(pw string) {
	sum := sha256.Sum256([]byte(pw))
	sink(hex.EncodeToString(sum[:])) // want `^parameter pw -> conversion to \[\]byte -> crypto/sha256.Sum256 -> encoding/hex.EncodeToString \[local sum after 2\]$`
}

func HashWriter(pw string) {
	h := sha256.New()
	h.Write([]byte(pw))
	sink(h.Sum(nil)) // want `^parameter pw -> conversion to \[\]byte -> crypto/sha256.New -> \(hash.Hash\).Sum$`
}

func Variadic(pw string) {
	sink(fmt.Sprintf("%s:%d", pw, 1)) // want `^parameter pw -> fmt.Sprintf$`
}

func helper(s string) string { return s + "" }

func SamePackage(pw string) {
	sink(helper(pw)) // want `^parameter pw -> flows.helper$`
}

func OtherPackage(pw string, u *lib.User) {
	sink(lib.Same(pw))    // want `^parameter pw -> example.com/lib.Same$`
	sink(lib.Trimmed(pw)) // want `^parameter pw -> strings.TrimSpace -> example.com/lib.Trimmed$`
	sink(lib.Digest(pw))  // want `^parameter pw -> conversion to \[\]byte -> crypto/sha256.Sum256 -> example.com/lib.Digest \[local sum after 2\]$`
	sink(u.Secret())      // want `^field Password of u -> \(\*example.com/lib.User\).Secret$`
}

func Closures(pw string) {
	f := func() {
		sink(pw) // want `^parameter pw \[local pw after 0\]$`
	}
	f()
}

type hasher interface{ Hash(string) string }

func Interfaces(h hasher, pw string) {
	sink(h.Hash(pw)) // want `^unknown $`
}

func Phis(pw string, ok bool) {
	v := "none"
	if ok {
		v = pw
	}
	sink(v) // want `parameter pw`
}

func Loops(pw string) {
	v := pw
	for i := 0; i < 3; i++ {
		v = v + "x"
	}
	sink(v) // want `parameter pw`
}
