#!/usr/bin/env bash
# Installs what the tests need (idempotent), builds, and runs the whole test suite: unit tests,
# widget tests (offscreen), the command-line contract through the built executable, and a short
# smoke run of every benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
