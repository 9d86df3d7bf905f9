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
		log=$(mktemp)
		if ! go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "$dir" 2>&1 | tee "$log"; then
			# The go command's fuzzing can end with "context deadline
			# exceeded" and no failing input when -fuzztime runs out on a
			# loaded machine. That shows no fault in the target, so it
			# gets one more run.
			if grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written' "$log"; then
				echo "fuzz: $dir $target stopped at the deadline without a failing input; running it again"
				go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "$dir" || failed+=("$dir $target")
			else
				failed+=("$dir $target")
			fi
		fi
		rm -f "$log"
	done
done < <(grep -rl --include='*_test.go' '^func Fuzz' analyzers cmd stress 2>/dev/null | grep -v /testdata/ | sort)

if ((${#failed[@]} > 0)); then
	printf 'fuzz: failed: %s\n' "${failed[@]}" >&2
	exit 1
fi
