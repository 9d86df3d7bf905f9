#!/usr/bin/env bash
# Build a golangci-lint binary with the secvet module plugin compiled in.
#
# This does what `golangci-lint custom` does with .custom-gcl.yml, without
# cloning golangci-lint from GitHub: every module comes from the Go module
# proxy. A wrapper module in WORK_DIR requires golangci-lint, replaces
# github.com/secvet/secvet with this checkout, and has a main package that
# blank-imports github.com/secvet/secvet/plugin.
#
# Usage: scripts/build-golangci.sh [-o OUTPUT] [-w WORK_DIR]
#   -o OUTPUT    binary to write (default: bin/golangci-lint-secvet)
#   -w WORK_DIR  wrapper module directory, kept between runs so that later
#                builds skip the module resolution (default: a temporary
#                directory removed on exit)
# GOLANGCI_LINT_VERSION overrides the golangci-lint version (default v2.15.0).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
version=${GOLANGCI_LINT_VERSION:-v2.15.0}
output=$root/bin/golangci-lint-secvet
work=

while getopts "o:w:" opt; do
	case $opt in
	o) output=$OPTARG ;;
	w) work=$OPTARG ;;
	*) echo "usage: $0 [-o OUTPUT] [-w WORK_DIR]" >&2; exit 2 ;;
	esac
done
case $output in /*) ;; *) output=$PWD/$output ;; esac

if [[ -z $work ]]; then
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work" "$(dirname "$output")"
cd "$work"

# The go.mod stays as written while the version and the checkout path are
# the same, so a kept WORK_DIR resolves the modules only once.
gomod="module secvet.invalid/golangci-lint-secvet

go 1.26.8

require (
	github.com/golangci/golangci-lint/v2 $version
	github.com/secvet/secvet v0.0.0
)

replace github.com/secvet/secvet => $root
"
if [[ ! -f go.mod.in ]] || [[ $(cat go.mod.in) != "$gomod" ]]; then
	printf '%s' "$gomod" >go.mod.in
	printf '%s' "$gomod" >go.mod
	rm -f go.sum
	resolve=1
fi

cat >main.go <<'EOF'
// Command golangci-lint is golangci-lint with the secvet module plugin.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/secvet/secvet/plugin"
)

func main() {
	info := commands.BuildInfo{GoVersion: runtime.Version(), Commit: "custom build with the secvet plugin", Date: "(unknown)"}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range bi.Deps {
			if dep.Path == "github.com/golangci/golangci-lint/v2" {
				info.Version = dep.Version + "-secvet"
			}
		}
	}

	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
EOF

export GOFLAGS="${GOFLAGS:+$GOFLAGS }-mod=mod"
if [[ ${resolve:-} == 1 ]]; then
	go mod tidy
fi

# secvet pins golang.org/x/tools; a golangci-lint release that needs a newer
# one would build secvet against an x/tools it was not tested with.
want_tools=$(cd "$root" && go list -m -f '{{.Version}}' golang.org/x/tools)
got_tools=$(go list -m -f '{{.Version}}' golang.org/x/tools)
if [[ $got_tools != "$want_tools" ]]; then
	echo "build-golangci: golangci-lint $version resolves golang.org/x/tools $got_tools, but secvet pins $want_tools" >&2
	exit 1
fi

go build -trimpath -o "$output" .
echo "$output"
