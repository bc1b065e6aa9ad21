#!/usr/bin/env bash
# Quick start, second command: install what is missing, build, run every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MODELMARKET_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DMODELMARKET_WARNINGS_AS_ERRORS=ON
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" "$@"
