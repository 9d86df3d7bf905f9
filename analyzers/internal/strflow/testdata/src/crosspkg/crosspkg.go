package crosspkg

import "helpers"

func sink(s string) {}

func queries(col string, n int) {
	sink("SELECT * FROM t WHERE " + helpers.Where("id")) // want `^constant$`
	sink("SELECT * FROM t WHERE " + helpers.Where(col))  // want `^dynamic: parameter "col" through a call of helpers.Where`
	sink("SELECT * FROM " + helpers.Table())             // want `^constant$`
	sink("SELECT * FROM t" + helpers.Limit(n))           // want `^safe dynamic`
	sink(helpers.Clean(col))                             // want `^dynamic: parameter "col"$`
	sink("SELECT * FROM " + helpers.FromEnv())           // want `^dynamic: call result of helpers.FromEnv by concatenation`
	sink(helpers.Repo{Name: "users"}.Select())           // want `^dynamic: call result of \(helpers.Repo\).Select$`
	sink(helpers.Repo{Name: col}.Select())               // want `^dynamic: call result of \(helpers.Repo\).Select$`
}
