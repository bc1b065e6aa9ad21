#!/usr/bin/env bash
# Quick start, second command: install what is missing, build, run every test through ctest.
# The PostgreSQL tests get a throwaway cluster (scripts/pg-test-cluster.sh) through
# MODELMARKET_TEST_PG_URL; it is stopped and removed when ctest ends, passed or failed.
#
# In CI (CI=true), or with MODELMARKET_SANITIZE=1, the build has AddressSanitizer and
# UndefinedBehaviorSanitizer (and LeakSanitizer, part of ASan) compiled in and the whole suite
# runs under them, in build-sanitize/. CI builds only that one configuration: a plain build and a
# sanitized one together do not fit its 15-minute budget on 2 cores. -O1 -g1 keeps the sanitized
# build quick to compile while still giving file:line in every report; the benchmarks are left
# out of it (their figures mean nothing under the sanitizers, and the plain build compiles them).
# MODELMARKET_SANITIZE=0 turns it off.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sanitize=${MODELMARKET_SANITIZE:-$([[ "${CI:-}" == "true" ]] && echo 1 || echo 0)}
"$root/scripts/install-deps.sh"
if [[ "$sanitize" == "1" ]]; then
    export MODELMARKET_BUILD_DIR=${MODELMARKET_BUILD_DIR:-$root/build-sanitize}
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
    "$root/scripts/build.sh" -DMODELMARKET_WARNINGS_AS_ERRORS=ON -DMODELMARKET_SANITIZE=ON \
        -DMODELMARKET_BUILD_BENCH=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
else
    "$root/scripts/build.sh" -DMODELMARKET_WARNINGS_AS_ERRORS=ON
fi
cd "${MODELMARKET_BUILD_DIR:-$root/build}"
# The PostgreSQL tests run against a throwaway cluster, stopped and removed however ctest ends.
pg_dir=$("$root/scripts/pg-test-cluster.sh" start)
trap '"$root/scripts/pg-test-cluster.sh" stop "$pg_dir"' EXIT
MODELMARKET_TEST_PG_URL=$("$root/scripts/pg-test-cluster.sh" url "$pg_dir")
export MODELMARKET_TEST_PG_URL
ctest --output-on-failure --parallel "$(nproc)" "$@"
