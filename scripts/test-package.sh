#!/usr/bin/env bash
# The Debian package, end to end: builds it from ./build (cpack), checks it with lintian,
# installs it with apt, checks the installed program (version, a headless offline run on
# generated samples, the window on the offscreen platform), the desktop entry, the AppStream
# metadata, the icons and the documents (DEP-5 copyright, changelog, manual page), then removes
# it and checks it is gone. Also builds the TGZ and checks its layout. Called by
# scripts/test.sh after ctest; runs as root (CI) or through sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

fail() {
    echo "test-package: FAIL: $*" >&2
    exit 1
}

app_id=org.herbstream.Herbstream
# The version and its date are the newest entry of packaging/changelog (their one source).
version=$(dpkg-parsechangelog -l packaging/changelog -S Version)
release_date=$(date -u -d "@$(dpkg-parsechangelog -l packaging/changelog -S Timestamp)" +%F)
[ -n "$version" ] || fail "no version in packaging/changelog"

# The packages from the current build (icons and all targets built first).
cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/herbstream_*.deb "$build"/herbstream-*.tar.gz
(cd "$build" && cpack -G DEB && cpack -G TGZ) >"$build/cpack.log" 2>&1 \
    || { cat "$build/cpack.log"; fail "cpack"; }
debs=("$build"/herbstream_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "no herbstream_${version}_*.deb in $build"
deb=${debs[0]}
echo "test-package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
echo "test-package: Depends: $(dpkg-deb -f "$deb" Depends)"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6core6 libqt6widgets6 libtesseract5 tesseract-ocr-eng tesseract-ocr-fra \
    tesseract-ocr-osd qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins qt6-translations-l10n; do
    [[ ", $depends," == *", $needed"[\ ,]* ]] || fail "Depends lacks $needed: $depends"
done

# Debian's package checker: no error, and a warning only when packaging/README.md lists its
# tag with the reason it stays (as "- `tag`: reason" under "### Accepted warnings").
status=0
lintian --tag-display-limit 0 "$deb" >"$build/lintian.log" 2>&1 || status=$?
# 2 is "found errors" (reported below); 1 is lintian's own failure.
[ "$status" -ne 1 ] || { cat "$build/lintian.log"; fail "lintian could not check $deb"; }
grep -E '^E: ' "$build/lintian.log" && fail "lintian reports errors ($build/lintian.log)"
accepted=$(sed -n '/^### Accepted warnings/,/^##/p' packaging/README.md)
while read -r tag; do
    grep -q "^- \`$tag\`:" <<<"$accepted" \
        || fail "lintian warning $tag, neither fixed nor listed in packaging/README.md"
done < <(sed -n 's/^W: [^:]*: \([a-z0-9-]*\).*/\1/p' "$build/lintian.log" | sort -u)
grep -E '^(E|W): ' "$build/lintian.log" || true
echo "test-package: lintian: no errors, $(grep -c '^W: ' "$build/lintian.log" || true) listed warnings"

# The TGZ holds the same tree under one top folder.
tgz=("$build"/herbstream-"$version"-*.tar.gz)
[ -f "${tgz[0]}" ] || fail "no TGZ"
tgz_list=$(tar -tzf "${tgz[0]}")
for path in bin/herbstream share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$app_id.svg share/doc/herbstream/LICENSE; do
    grep -q "^herbstream-$version-[^/]*/$path\$" <<<"$tgz_list" || fail "TGZ lacks $path"
done

# Install from the file, as a user would (apt resolves the dependencies).
if dpkg-query -W -f='${Status}' herbstream 2>/dev/null | grep -q "ok installed"; then
    "${as_root[@]}" apt-get remove -y -q herbstream >/dev/null
fi
cleanup() {
    if dpkg-query -W -f='${Status}' herbstream 2>/dev/null | grep -q "ok installed"; then
        "${as_root[@]}" apt-get remove -y -q herbstream >/dev/null || true
    fi
    rm -rf "$work"
}
work=$(mktemp -d)
trap cleanup EXIT
chmod 755 "$work"
cp "$deb" "$work/" # apt's sandbox user must be able to read it
"${as_root[@]}" apt-get install -y -q "$work/$(basename "$deb")" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get install"; }
echo "test-package: installed files:"
dpkg -L herbstream | sed 's/^/    /'

# From the installed files only: a clean environment, no build folder on any path.
installed() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$@"
}
mkdir -p "$work/home"
[ -x /usr/bin/herbstream ] || fail "/usr/bin/herbstream missing"
if ldd /usr/bin/herbstream | grep -q "not found"; then
    ldd /usr/bin/herbstream | grep "not found"
    fail "unresolved shared libraries"
fi
got=$(installed /usr/bin/herbstream --version)
[ "$got" = "herbstream $version" ] || fail "--version printed '$got'"

installed /usr/bin/herbstream samples "$work/samples" --count 3 >"$work/samples.log" 2>&1 \
    || { cat "$work/samples.log"; fail "herbstream samples"; }
status=0
installed OMP_THREAD_LIMIT=1 /usr/bin/herbstream run "$work/samples" --engine tesseract \
    --out "$work/out" >"$work/run.log" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$work/run.log"; fail "herbstream run exited $status"; }
[ -s "$work/out/events.jsonl" ] || fail "no events.jsonl"
records=$(jq -r '.specimen_id // empty' "$work/out/records.jsonl" | sort -u | wc -l)
[ "$records" -eq 3 ] || fail "expected records for 3 specimens, got $records"
[ -s "$work/out/occurrence.csv" ] || fail "no occurrence.csv"

# The window starts from the installed files (platform plugin, SVG icon engine) and opens the
# run's log as the desktop entry would pass it; it is stopped after a few seconds.
status=0
installed QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/herbstream gui "$work/out/events.jsonl" \
    >"$work/gui.log" 2>&1 || status=$?
[ "$status" -eq 124 ] || { cat "$work/gui.log"; fail "the window exited with $status"; }

desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli validate"
[ -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || fail "no $png"
    dims=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]) if d[:8]==b"\x89PNG\r\n\x1a\n" else "not-png")' "$png")
    [ "$dims" = "${size}x${size}" ] || fail "$png is $dims"
done
[ -f "/usr/share/mime/packages/$app_id.xml" ] || fail "no MIME type for events.jsonl"
for doc in LICENSE THIRD-PARTY-NOTICES copyright changelog.gz; do
    [ -f "/usr/share/doc/herbstream/$doc" ] || fail "no /usr/share/doc/herbstream/$doc"
done
[ -f /usr/share/man/man1/herbstream.1.gz ] || fail "no manual page"
head -n 1 /usr/share/doc/herbstream/copyright \
    | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    || fail "/usr/share/doc/herbstream/copyright is not machine-readable (DEP-5)"
# One version everywhere: the changelog's newest entry, the program, the AppStream release.
zcat /usr/share/doc/herbstream/changelog.gz >"$work/changelog"
[ "$(dpkg-parsechangelog -l "$work/changelog" -S Version)" = "$version" ] \
    || fail "the installed changelog's newest entry is not $version"
grep -q "<release version=\"$version\" date=\"$release_date\"/>" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the AppStream metadata has no release $version of $release_date"

"${as_root[@]}" apt-get remove -y -q herbstream >/dev/null
[ ! -e /usr/bin/herbstream ] || fail "/usr/bin/herbstream still there after apt-get remove"
[ ! -e "/usr/share/applications/$app_id.desktop" ] || fail "desktop entry left behind"
echo "test-package: OK ($(basename "$deb"): installed, checked, removed)"
