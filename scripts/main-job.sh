#!/usr/bin/env bash
# Installs what is needed, builds, and runs Herbstream's main job on the embedded default: the
# offline engine (Tesseract, no account, no key, no network) on synthetic specimen sheets the
# project draws itself, then scores the records against the sheets' known values.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# The program only: the tests and benchmarks are built by scripts/test.sh.
./scripts/build.sh herbstream
stamp=$(date -u +%Y%m%dT%H%M%SZ)
samples="out/samples-$stamp"
run="out/run-$stamp"
mkdir -p out
./build/app/herbstream samples "$samples" --count 20 --seed 1
# No --engine and no OPENROUTER_API_KEY: the offline engine (it says so on stderr).
env -u OPENROUTER_API_KEY ./build/app/herbstream run "$samples" --out "$run" --concurrency "$(nproc)"
./build/app/herbstream score "$run" "$samples/truth.csv"
echo
echo "Records: $run/records.jsonl, $run/occurrence.csv, $run/dwca.zip; events: $run/events.jsonl"
