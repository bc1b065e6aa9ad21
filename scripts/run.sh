#!/usr/bin/env bash
# Quick start, first command: install what is missing, build, launch on the default database.
# Any arguments are passed to the app (for example --db other.sqlite).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
exec "${MODELMARKET_BUILD_DIR:-$root/build}/src/app/modelmarket" "$@"
