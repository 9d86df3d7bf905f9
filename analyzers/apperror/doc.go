// Package apperror defines an analyzer that reports HTTP error responses
// written outside the team's AppError type.
package apperror

const doc = `report HTTP error responses written outside AppError

Every error response of the service goes through one AppError type that
renders {"status": "RESOURCE_NOT_FOUND", "message": "..."}. The analyzer
reports, outside the AppError package:

  - uses of http.Error, http.NotFound and http.NotFoundHandler, called or
    passed as handlers (http.Error whatever its status, since it always
    writes text/plain);
  - WriteHeader with a constant status of 400 or more on an
    http.ResponseWriter or a type that implements it;
  - gin's Context.JSON, String, AbortWithStatus, AbortWithStatusJSON,
    AbortWithError and Status, echo's Context.JSON, String and NoContent,
    echo.NewHTTPError, and chi's render.Status, with such a status;
  - calls of functions of the same module that do one of the above, found
    through facts in this and other packages, and calls with a constant
    error status of functions that pass a status parameter unchanged to one
    of the writers above.

For example:

	func getUser(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no such user", http.StatusNotFound) // http.Error bypasses AppError; return or write apperror.NotFound()
	}

The AppError package is a package that declares a type named AppError, or
one named by -pkg. Inside it everything is allowed. Messages name the
AppError package that the analyzed package imports, directly or not; when
several do, the one whose path shares the most leading elements with the
analyzed package wins. When a constant status is known and the package
exports a function named after its status text (NotFound for 404), the
message names that function. A JSON body whose type is declared in the
AppError package, as in c.JSON(404, apperror.NotFound()), is allowed.

Not reported: statuses below -min-status, dynamic statuses such as
w.WriteHeader(resp.StatusCode), _test.go files and generated files,
functions of other modules and of the standard library (http.ServeFile
writes its own errors), and a helper whose bypass carries a //nolint
directive (its callers are then not reported either). Error writers that
are neither in this list nor reached through a same-module helper, such as
a template or a raw w.Write of an error body with the default status, are
not seen. A sink inside a function literal is reported, but it does not
make the enclosing function a helper.`
