#!/usr/bin/env bash
# Installs what is needed, builds, and runs Herbstream's main job on the embedded default.
# The extraction engines are being built (see the README's status); until the offline engine
# lands, the main job is the event-bus demonstration: a healthy simulated run of 25 specimens
# and one whose early checkpoint fails, each into its own run folder under ./out.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
mkdir -p out
stamp=$(date -u +%Y%m%dT%H%M%SZ)
./build/app/herbstream demo healthy --out "out/demo-healthy-$stamp"
status=0
./build/app/herbstream demo failing --out "out/demo-failing-$stamp" || status=$?
if [ "$status" -ne 3 ]; then
    echo "expected the failing demo to stop at its checkpoint (exit 3), got $status" >&2
    exit 1
fi
echo
echo "Run folders: out/demo-healthy-$stamp  out/demo-failing-$stamp"
echo "Try: ./build/app/herbstream replay out/demo-failing-$stamp"
