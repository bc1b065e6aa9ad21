#!/usr/bin/env bash
# Configures and builds into build/ (or $MODELMARKET_BUILD_DIR). Extra arguments go to cmake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MODELMARKET_BUILD_DIR:-$root/build}
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
elif (($# > 0)); then
    cmake "$build" "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
