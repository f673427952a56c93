#!/usr/bin/env bash
# Refreshes translations/herbstream_*.ts from the tr() strings in core/, ui/ and app/, or, with
# --check, fails when a refresh would change a .ts file or when a .ts has an unfinished,
# obsolete or vanished entry. The one definition of the lupdate options: the build target
# herbstream_lupdate and the test translations_up_to_date both run this script.
#   scripts/update-translations.sh            # update in place, then translate the new entries
#   scripts/update-translations.sh --check    # CI: exit 1 if anything is out of date
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
    for candidate in "$(command -v qmake6 >/dev/null 2>&1 && qmake6 -query QT_HOST_BINS)/lupdate" \
        /usr/lib/qt6/bin/lupdate "$(command -v lupdate || true)"; do
        if [ -x "$candidate" ]; then lupdate="$candidate"; break; fi
    done
fi
[ -x "$lupdate" ] || { echo "update-translations: lupdate not found (set LUPDATE)" >&2; exit 2; }

# Line numbers are left out (-locations none) so that editing code does not change the .ts.
options=(-silent -recursive -extensions cpp,h -no-obsolete -locations none -source-language en)

check=0
[ "${1:-}" = "--check" ] && check=1

status=0
cd "$root"
for ts in translations/herbstream_*.ts; do
    language="$(basename "$ts" .ts)"; language="${language#herbstream_}"
    if [ $check -eq 0 ]; then
        "$lupdate" "${options[@]}" -target-language "$language" core ui app -ts "$ts"
        echo "updated $ts: $(grep -c 'type="unfinished"' "$ts" || true) entries to translate"
        continue
    fi
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    cp "$ts" "$work/$(basename "$ts")"
    "$lupdate" "${options[@]}" -target-language "$language" core ui app -ts "$work/$(basename "$ts")"
    if ! diff -u "$ts" "$work/$(basename "$ts")"; then
        echo "$ts is out of date: run scripts/update-translations.sh and translate" >&2
        status=1
    fi
    if grep -n -E 'type="(unfinished|obsolete|vanished)"' "$ts"; then
        echo "$ts has unfinished, obsolete or vanished entries (above)" >&2
        status=1
    fi
done
exit $status
