#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in their own build folder and runs each
# for a bounded time, starting from the seed corpora in fuzz/corpus/<target>/.
#
#   scripts/fuzz.sh                       every target, 60 s each
#   scripts/fuzz.sh -t 180 csv paste      these targets, 180 s each
#   scripts/fuzz.sh -j 2 -- -jobs=2       extra arguments after -- go to every fuzzer
#
# Options:
#   -t SECONDS   time per target (default 60, or $MM_FUZZ_SECONDS)
#   -b DIR       build folder (default build-fuzz, or $MM_FUZZ_BUILD_DIR)
#   -j N         parallel compile jobs (default 1)
#   -n           build only, do not run
#
# New interesting inputs are kept in DIR/fuzz-work/<target>/corpus (not in the source tree);
# crashes and property violations go to DIR/fuzz-work/<target>/ as crash-*, leak-*, timeout-*.
# To keep one as a regression fixture, copy it to tests/data/fuzz-regressions/<target>/ with a
# name that says what it broke; tests/reliability/tst_fuzzregressions replays every fixture in the
# regular build. Replay one input:  DIR/fuzz/fuzz_<target> path/to/input
#
# The script exits 1 when any target found a crash or a violated property.
set -euo pipefail

cd "$(dirname "$0")/.."
source_dir=$(pwd)

seconds=${MM_FUZZ_SECONDS:-60}
build_dir=${MM_FUZZ_BUILD_DIR:-build-fuzz}
jobs=1
build_only=0
all_targets=(csv catalog_import table_import economy_import paste)

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit "${1:-2}"
}

while getopts "t:b:j:nh" option; do
    case $option in
    t) seconds=$OPTARG ;;
    b) build_dir=$OPTARG ;;
    j) jobs=$OPTARG ;;
    n) build_only=1 ;;
    h) usage 0 ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))

targets=()
while [[ $# -gt 0 && $1 != "--" ]]; do
    case " ${all_targets[*]} " in
    *" $1 "*) targets+=("$1") ;;
    *) echo "unknown target '$1' (targets: ${all_targets[*]})" >&2; exit 2 ;;
    esac
    shift
done
[[ ${1:-} == "--" ]] && shift
extra=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all_targets[@]}")

for tool in clang clang++ cmake ninja; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is missing; scripts/install-deps.sh installs it" >&2
        exit 2
    fi
done

CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMODELMARKET_FUZZ=ON -DMODELMARKET_BUILD_TESTS=OFF -DMODELMARKET_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" -j "$jobs" --target "${targets[@]/#/fuzz_}"
[[ $build_only -eq 1 ]] && exit 0

# Deterministic number parsing and quiet Qt; leaks in Qt's own caches are not ours to report.
export LC_ALL=C.UTF-8 QT_LOGGING_RULES='*=false'
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1:quarantine_size_mb=64}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

found=0
summary=()
for target in "${targets[@]}"; do
    work="$build_dir/fuzz-work/$target"
    mkdir -p "$work/corpus"
    dict=()
    case $target in
    csv | catalog_import | paste) dict=(-dict="$source_dir/fuzz/csv.dict") ;;
    table_import) dict=(-dict="$source_dir/fuzz/table.dict") ;;
    economy_import) dict=(-dict="$source_dir/fuzz/economy.dict") ;;
    esac
    log="$work/last-run.log"
    echo "== fuzz_$target for ${seconds}s (log: $log)"
    status=0
    "$build_dir/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$work/" "${dict[@]}" "${extra[@]}" \
        "$work/corpus" "$source_dir/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    corpus=$(find "$work/corpus" -type f | wc -l)
    if [[ $status -ne 0 ]]; then
        found=1
        summary+=("fuzz_$target: FOUND A PROBLEM after ${runs:-?} inputs (exit $status); see $log")
        grep -E '^==[0-9]+==ERROR|property violated|runtime error|SUMMARY' "$log" | head -5 || true
    else
        summary+=("fuzz_$target: ${runs:-?} inputs in ${seconds}s, coverage ${coverage:-?}, corpus $corpus, no findings")
    fi
done

echo
printf '%s\n' "${summary[@]}"
exit $found
