package usesrespond

import (
	"net/http"

	"example.com/apperror"
	"example.com/respond"
)

func Handle(w http.ResponseWriter, r *http.Request) { // want Handle:"bypasses via w.WriteHeader"
	respond.Fail(w)                         // want `respond.Fail bypasses AppError \(it calls w.WriteHeader\); return or write an apperror.AppError`
	respond.Status(w, http.StatusForbidden) // want `respond.Status with status 403 bypasses AppError \(it passes the status to w.WriteHeader\)`
	respond.Status(w, http.StatusAccepted)
	var rs respond.Responder
	rs.NotFound(w, r) // want `rs.NotFound bypasses AppError \(it calls http.NotFound\)`
	apperror.Write(w, apperror.NotFound())
}
