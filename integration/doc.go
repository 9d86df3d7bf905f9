// Package integration holds the tests that run secvet the way teams do:
// through go vet, a custom golangci-lint, pre-commit, and as a SARIF
// producer checked against the published schema. It is a separate module so
// that its test-only dependencies stay out of the analyzers' module.
package integration
