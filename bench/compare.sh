#!/usr/bin/env bash
# compare.sh times secvet against the no-op driver (bench/noop), plain
# go vet and gosec on generated corpora, in interleaved rounds, and prints
# medians of wall time, CPU time (user+sys) and peak RSS with their ratios
# to the no-op driver.
#
#	bench/compare.sh                      # 20 and 200 packages, 3 rounds
#	SIZES="20 200 1000" ROUNDS=5 bench/compare.sh
#	MODE=vettool SIZES=1000 bench/compare.sh
#
# MODE=driver (default) runs each tool on ./... of each corpus. Each round
# runs every tool once, in an order that rotates from round to round, so
# that a burst of load on the shared machine does not land on one tool.
#
# MODE=vettool runs `go vet -vettool=TOOL ./...` with secvet and with the
# no-op tool: a cold run (no vet result cached; the compiled dependencies
# stay in the build cache) and then warm reruns after one line is
# appended to one file of the corpus. A wrapper runs each vet tool
# process under /usr/bin/time, so the table shows the peak RSS of the
# largest single process and the CPU time of all tool processes.
#
# Environment:
#	SIZES        corpus sizes in packages (default "20 200")
#	ROUNDS       rounds per size (default 3)
#	TOOLS        tools for MODE=driver (default "noop secvet govet gosec")
#	MAX_SECONDS  stop starting new rounds after this long (default 840)
#	BENCH_CACHE  where binaries and corpora live
#	             (default $(go env GOCACHE)/../secvet-bench, the directory
#	             that bench_test.go uses)
#
# gosec v2.30.0 is installed into $BENCH_CACHE/bin on first use; building
# it takes a few minutes and needs the Go module proxy.
set -euo pipefail

MODE=${MODE:-driver}
SIZES=${SIZES:-"20 200"}
ROUNDS=${ROUNDS:-3}
TOOLS=${TOOLS:-"noop secvet govet gosec"}
MAX_SECONDS=${MAX_SECONDS:-840}
GOSEC_VERSION=v2.30.0
CORPUS_VERSION=1 # must equal corpusVersion in bench_test.go

repo=$(cd "$(dirname "$0")/.." && pwd)
if [[ -z "${BENCH_CACHE:-}" ]]; then
	BENCH_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/secvet-bench"
fi
bin="$BENCH_CACHE/bin"
mkdir -p "$bin"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$SECONDS

log() { printf '%s\n' "$*" >&2; }

build_tools() {
	log "building secvet and the no-op driver into $bin"
	(cd "$repo" && go build -o "$bin/secvet" ./cmd/secvet && go build -o "$bin/noop" ./bench/noop)
	if [[ $MODE == driver && " $TOOLS " == *" gosec "* && ! -x "$bin/gosec" ]]; then
		log "installing gosec $GOSEC_VERSION (a few minutes the first time)"
		(cd "$work" && GOBIN="$bin" go install "github.com/securego/gosec/v2/cmd/gosec@$GOSEC_VERSION")
	fi
}

# corpus_dir N prints the directory of the N-package corpus, generating it
# when it is missing.
corpus_dir() {
	local dir="$BENCH_CACHE/v$CORPUS_VERSION-n$1"
	if [[ ! -f "$dir/go.sum" ]]; then
		log "generating the $1-package corpus in $dir"
		rm -rf "$dir.tmp"
		(cd "$repo" && go run ./bench/gencorpus -n "$1" -o "$dir.tmp" >&2)
		rm -rf "$dir"
		mv "$dir.tmp" "$dir"
	fi
	printf '%s\n' "$dir"
}

# run_tool TOOL DIR appends "TOOL wall cpu rss_kib" to $work/results-SIZE.
run_tool() {
	local tool=$1 dir=$2 size=$3 out="$work/time"
	local -a cmd
	case $tool in
	noop) cmd=("$bin/noop" ./...) ;;
	secvet) cmd=("$bin/secvet" ./...) ;;
	govet) cmd=(go vet ./...) ;;
	gosec) cmd=("$bin/gosec" -quiet -fmt=json -out=/dev/null ./...) ;;
	*) log "unknown tool $tool; use noop, secvet, govet or gosec"; exit 2 ;;
	esac
	# Findings make the tools exit non-zero, so the status is not checked;
	# a tool that fails to run shows as an implausibly short time.
	(cd "$dir" && /usr/bin/time -o "$out" -f '%e %U %S %M' "${cmd[@]}" >/dev/null 2>"$work/stderr-$tool") || true
	local line
	line=$(tail -n 1 "$out")
	read -r wall user sys rss <<<"$line"
	printf '%s %s %s %s\n' "$tool" "$wall" "$(echo "$user + $sys" | bc)" "$rss" >>"$work/results-$size"
	log "  $tool: wall ${wall}s cpu $(echo "$user + $sys" | bc)s rss $((rss / 1024))MiB"
}

# summarize FILE BASE prints a markdown table of medians per tool from
# lines "TOOL wall cpu rss_kib", with ratios to tool BASE.
summarize() {
	local file=$1 base=$2 title=$3
	python3 - "$file" "$base" "$title" <<'EOF'
import statistics, sys
path, base, title = sys.argv[1:4]
rows = {}
for line in open(path):
    tool, wall, cpu, rss = line.split()
    rows.setdefault(tool, []).append((float(wall), float(cpu), float(rss) / 1024))
med = {t: [statistics.median(v[i] for v in vals) for i in range(3)] for t, vals in rows.items()}
print(f"\n{title}\n")
print("| tool | runs | wall s | CPU s | peak RSS MiB | wall / %s | CPU / %s | RSS / %s |" % (base, base, base))
print("|---|---|---|---|---|---|---|---|")
for tool, (wall, cpu, rss) in med.items():
    b = med.get(base)
    ratio = lambda i, x: f"{x / b[i]:.2f}" if b and b[i] else "-"
    print(f"| {tool} | {len(rows[tool])} | {wall:.1f} | {cpu:.1f} | {rss:.0f} | {ratio(0, wall)} | {ratio(1, cpu)} | {ratio(2, rss)} |")
EOF
}

driver_mode() {
	local size dir round i tools
	read -ra tools <<<"$TOOLS"
	for size in $SIZES; do
		dir=$(corpus_dir "$size")
		: >"$work/results-$size"
		for ((round = 0; round < ROUNDS; round++)); do
			if ((SECONDS - start > MAX_SECONDS)); then
				log "time budget of ${MAX_SECONDS}s used up; skipping the remaining rounds"
				break
			fi
			log "size $size, round $((round + 1)) of $ROUNDS, load $(cut -d' ' -f1-3 /proc/loadavg)"
			for ((i = 0; i < ${#tools[@]}; i++)); do
				run_tool "${tools[(i + round) % ${#tools[@]}]}" "$dir" "$size"
			done
		done
		summarize "$work/results-$size" noop "$size packages ($(go list -C "$dir" ./... | wc -l) packages, $(cat "$dir"/internal/*/*.go | wc -l) lines; load at the end $(cut -d' ' -f1-3 /proc/loadavg))"
	done
}

# vet_run TOOL DIR SALT LABEL SIZE runs go vet with TOOL behind a timing
# wrapper and appends "TOOL-LABEL wall toolcpu maxrss_kib" to the results.
# The wrapper replies to go vet's -V=full with a tool ID made of SALT: go vet
# keys its cached results by that ID, so a new SALT makes a cold run while
# the compiled export data of the dependencies stays in the build cache.
vet_run() {
	local tool=$1 dir=$2 salt=$3 label=$4 size=$5
	local wrapper="$work/vet-$tool" tlog="$work/vetlog-$tool"
	cat >"$wrapper" <<EOF
#!/bin/sh
if [ "\$1" = "-V=full" ]; then
	echo "$tool version devel buildID=$salt"
	exit 0
fi
exec /usr/bin/time -a -o "$tlog" -f '%e %U %S %M' "$bin/$tool" "\$@"
EOF
	chmod +x "$wrapper"
	: >"$tlog"
	(cd "$dir" && /usr/bin/time -o "$work/time" -f '%e' go vet -vettool="$wrapper" ./... >/dev/null 2>"$work/stderr-vet-$tool") || true
	local wall cpu rss
	wall=$(tail -n 1 "$work/time")
	cpu=$(awk '{s += $2 + $3} END {printf "%.2f", s}' "$tlog")
	rss=$(awk '$4 > m {m = $4} END {print m + 0}' "$tlog")
	printf '%s %s %s %s\n' "$tool-$label" "$wall" "$cpu" "$rss" >>"$work/results-vet-$size"
	log "  $tool $label: wall ${wall}s tool cpu ${cpu}s max process rss $((rss / 1024))MiB, $(wc -l <"$tlog") tool processes"
}

vettool_mode() {
	local size dir round tool touched salt
	salt=$(date +%s%N)
	for size in $SIZES; do
		dir=$(corpus_dir "$size")
		: >"$work/results-vet-$size"
		touched="$dir/internal/svc0001/config.go"
		cp "$touched" "$work/touched.orig"
		for tool in noop secvet; do
			log "size $size, cold go vet -vettool=$tool, load $(cut -d' ' -f1-3 /proc/loadavg)"
			vet_run "$tool" "$dir" "$tool-$salt-$size" cold "$size"
		done
		for ((round = 0; round < ROUNDS; round++)); do
			if ((SECONDS - start > MAX_SECONDS)); then
				log "time budget of ${MAX_SECONDS}s used up; skipping the remaining rounds"
				break
			fi
			for tool in noop secvet; do
				printf '// rerun %s %d\n' "$tool" "$round" >>"$touched"
				log "size $size, warm rerun $((round + 1)) with $tool, load $(cut -d' ' -f1-3 /proc/loadavg)"
				vet_run "$tool" "$dir" "$tool-$salt-$size" warm "$size"
			done
		done
		cp "$work/touched.orig" "$touched"
		summarize "$work/results-vet-$size" noop-warm "go vet -vettool, $size packages: wall of go vet, CPU of the tool processes, peak RSS of the largest tool process (load at the end $(cut -d' ' -f1-3 /proc/loadavg))"
	done
}

build_tools
case $MODE in
driver) driver_mode ;;
vettool) vettool_mode ;;
*) log "MODE=$MODE is invalid; use driver or vettool"; exit 2 ;;
esac
