#!/usr/bin/env bash
# Configures and builds Herbstream into ./build: every target (the program, its tests and
# benchmarks), or only the targets named as arguments (scripts/main-job.sh: the program).
#   scripts/build.sh              # everything
#   scripts/build.sh herbstream   # the program only
set -euo pipefail
cd "$(dirname "$0")/.."
build_type=${HERBSTREAM_BUILD_TYPE:-RelWithDebInfo}
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
cmake --build build --parallel "$(nproc)" ${1:+--target "$@"}
