module github.com/secvet/secvet/integration

go 1.26.8

replace github.com/secvet/secvet => ../

require github.com/secvet/secvet v0.0.0-00010101000000-000000000000

require golang.org/x/tools v0.52.0 // indirect
