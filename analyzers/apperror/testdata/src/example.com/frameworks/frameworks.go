package frameworks

import (
	"net/http"

	"example.com/apperror"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/render"
	"github.com/labstack/echo/v4"
)

func Gin(c *gin.Context, code int) { // want Gin:"bypasses via c.JSON; forwards param 1 to c.JSON"
	c.JSON(http.StatusNotFound, gin.H{"error": "missing"}) // want `c.JSON with status 404 bypasses AppError; return or write apperror.NotFound\(\)`
	c.String(400, "bad %s", "input")                       // want `c.String with status 400 bypasses AppError`
	c.AbortWithStatus(http.StatusUnauthorized)             // want `c.AbortWithStatus with status 401 bypasses AppError`
	c.AbortWithStatusJSON(http.StatusForbidden, gin.H{})   // want `c.AbortWithStatusJSON with status 403 bypasses AppError`
	c.Status(http.StatusInternalServerError)               // want `c.Status with status 500 bypasses AppError`
	c.Writer.WriteHeader(http.StatusBadGateway)            // want `c.Writer.WriteHeader with status 502 bypasses AppError`
	c.JSON(http.StatusOK, gin.H{"ok": true})
	c.JSON(code, gin.H{})
	c.JSON(http.StatusNotFound, apperror.NotFound())
	c.AbortWithStatusJSON(http.StatusBadRequest, apperror.BadRequest("x"))
}

func Echo(c echo.Context) error { // want Echo:"bypasses via echo.NewHTTPError"
	if c.Request() == nil {
		return echo.NewHTTPError(http.StatusNotFound, "missing") // want `echo.NewHTTPError with status 404 bypasses AppError`
	}
	if c.Request().URL == nil {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "x"}) // want `c.JSON with status 400 bypasses AppError`
	}
	if c.Request().Body == nil {
		return c.String(http.StatusConflict, "conflict") // want `c.String with status 409 bypasses AppError`
	}
	if c.Request().Form == nil {
		return c.NoContent(http.StatusGone) // want `c.NoContent with status 410 bypasses AppError`
	}
	if c.Request().Host == "" {
		return c.JSON(http.StatusNotFound, apperror.NotFound())
	}
	return c.NoContent(http.StatusNoContent)
}

func Chi(w http.ResponseWriter, r *http.Request) { // want Chi:"bypasses via render.Status"
	render.Status(r, http.StatusUnprocessableEntity) // want `render.Status with status 422 bypasses AppError`
	render.JSON(w, r, map[string]string{"error": "x"})
	render.Status(r, http.StatusCreated)
}

// recorder wraps a ResponseWriter; its own WriteHeader is a writer too.
type recorder struct {
	http.ResponseWriter
	status int
}

func (rec *recorder) WriteHeader(code int) { // want WriteHeader:"forwards param 0 to rec.ResponseWriter.WriteHeader"
	rec.status = code
	rec.ResponseWriter.WriteHeader(code)
}

func Wrapped(w http.ResponseWriter) { // want Wrapped:"bypasses via rec.WriteHeader"
	rec := &recorder{ResponseWriter: w}
	rec.WriteHeader(http.StatusNotFound) // want `rec.WriteHeader with status 404 bypasses AppError`
}
