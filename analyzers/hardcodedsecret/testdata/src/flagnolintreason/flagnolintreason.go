// Package flagnolintreason suppresses findings with and without a reason.
package flagnolintreason

var (
	password = "hunter2" /* want `//nolint directive suppresses a hardcodedsecret finding without a reason` */ //nolint:hardcodedsecret
	apiKey   = "a1b2c3"  //nolint:hardcodedsecret // the staging sandbox key, revoked nightly
)
