#!/usr/bin/env bash
# Installs what ModelMarket needs to build, test and package on Debian 12, and nothing that is
# already there. Safe to run any number of times; as root it uses apt-get directly, otherwise sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libqt6opengl6-dev libgl-dev sqlite3 libsqlite3-dev
)
# Extra tools for the reliability checks (fuzzing) and screenshots; small, and CI uses them.
packages+=(clang libclang-rt-14-dev xvfb xauth appstream)
# lld links the test executables several times faster than GNU ld (cmake/FastLinker.cmake).
packages+=(lld)
# The economy JSON schema test (tests/cli/check_economy_schema.py) validates with it.
packages+=(python3 python3-jsonschema)
# The PostgreSQL backend (docs/team-server.md): Qt's QPSQL driver, and the server the tests start
# a throwaway cluster of (scripts/pg-test-cluster.sh), and openssl for its TLS certificate.
packages+=(libqt6sql6-psql postgresql openssl)

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Installing: ${missing[*]}"
as_root=()
if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
