module github.com/secvet/secvet/integration

go 1.26.8

replace github.com/secvet/secvet => ../

require github.com/secvet/secvet v0.0.0-00010101000000-000000000000

require (
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3 // indirect
	golang.org/x/text v0.14.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
)
