#!/usr/bin/env bash
# Run every fuzz target of the root module for a bounded time each.
#
# Usage: scripts/fuzz.sh [DURATION]
#   DURATION  -fuzztime of each target, such as 20s or 1m (default 20s)
#
# A target that finds a failing input writes it under its package's
# testdata/fuzz/TARGET/; commit that file as a regression seed once the bug
# is fixed. The script runs every target and exits 1 when any failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fuzztime=${1:-20s}
failed=()

# Targets are found by their declarations, which is faster than compiling
# every package's tests for go test -list.
while IFS= read -r file; do
	dir=./$(dirname "$file")
	for target in $(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$file"); do
		echo "fuzz: $dir $target for $fuzztime"
		if ! go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "$dir"; then
			failed+=("$dir $target")
		fi
	done
done < <(grep -rl --include='*_test.go' '^func Fuzz' analyzers cmd stress 2>/dev/null | grep -v /testdata/ | sort)

if ((${#failed[@]} > 0)); then
	printf 'fuzz: failed: %s\n' "${failed[@]}" >&2
	exit 1
fi
