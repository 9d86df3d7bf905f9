// Package libcalls calls functions of other modules and of the standard
// library that write errors themselves; they are not local helpers.
package libcalls

import (
	"net/http"

	"lib.example.org/web"
)

func Serve(w http.ResponseWriter, r *http.Request) error {
	web.Fail(w)
	http.ServeFile(w, r, "index.html")
	srv := &http.Server{}
	return srv.ListenAndServe()
}
