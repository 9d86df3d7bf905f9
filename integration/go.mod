module github.com/secvet/secvet/integration

go 1.26.8

replace github.com/secvet/secvet => ../
