#!/usr/bin/env bash
# Configures and builds Herbstream (and its tests) into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
build_type=${HERBSTREAM_BUILD_TYPE:-RelWithDebInfo}
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
cmake --build build --parallel "$(nproc)"
