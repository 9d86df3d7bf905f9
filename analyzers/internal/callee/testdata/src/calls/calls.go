package calls

import (
	"fmt"
	"io"
	str "strings"
)

type Repo[T any] struct{}

func (r *Repo[T]) Query(q string) T {
	var zero T
	return zero
}

func generic[T any](v T) T { return v }

func calls(w io.Writer) {
	fmt.Sprintf("%d", 1) // want `fmt.Sprintf`
	_ = str.ToUpper("a") // want `strings.ToUpper`
	var r Repo[int]
	_ = r.Query("q")  // want `\(\*calls.Repo\).Query`
	_ = generic(1)    // want `calls.generic`
	w.Write(nil)      // want `\(io.Writer\).Write`
	f := fmt.Sprint   // a function value is not a call
	_ = f(1)          // no static callee
	_ = []byte("x")   // a conversion has no callee
	_ = len("x")      // a builtin has no callee
	method := r.Query // method value
	_ = method("q")   // no static callee
}
