#!/usr/bin/env bash
# Builds the Debian package from an existing build and checks what it installs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${MODELMARKET_BUILD_DIR:-$root/build}
app_id=io.github.modelmarket.ModelMarket
cd "$build"
rm -f modelmarket_*.deb
cpack -G DEB >/dev/null
deb=$(ls modelmarket_*.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
missing=0
for path in ./usr/bin/modelmarket \
            ./usr/share/applications/$app_id.desktop \
            ./usr/share/metainfo/$app_id.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
            ./usr/share/icons/hicolor/48x48/apps/$app_id.png \
            ./usr/share/icons/hicolor/256x256/apps/$app_id.png; do
    if ! grep -qx "$path" <<<"$contents"; then
        echo "missing from $deb: $path" >&2
        missing=1
    fi
done
dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "Depends lacks the SQLite driver" >&2; missing=1; }
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/packaging/$app_id.metainfo.xml" >/dev/null
fi
((missing == 0)) && echo "ok: $deb"
exit $missing
