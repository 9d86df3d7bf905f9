# Common tasks. `make test` is the command CI runs.

GO ?= go
BIN := bin/secvet

.PHONY: build example test test-root test-integration test-reference lint fuzz clean

build:
	$(GO) build -o $(BIN) ./cmd/secvet

# Run secvet on the deliberately vulnerable example. secvet exits 3 when it
# reports findings, which is the expected result here.
example: build
	cd testdata/vulnerable && ../../$(BIN) ./... || test $$? -eq 3

test: test-root test-integration test-reference

test-root:
	$(GO) test -timeout 30m ./...

test-integration:
	cd integration && $(GO) test -timeout 40m ./...

test-reference:
	cd testdata/reference && CGO_ENABLED=0 $(GO) test -timeout 30m ./...

# Run every fuzz target for a bounded time; FUZZTIME sets the time per target.
FUZZTIME ?= 20s
fuzz:
	scripts/fuzz.sh $(FUZZTIME)

# Lint secvet's own code with secvet.
lint: build
	./$(BIN) ./...

clean:
	rm -rf bin
