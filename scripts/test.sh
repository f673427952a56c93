#!/usr/bin/env bash
# Installs what the tests need (idempotent), builds, and runs the whole test suite: unit tests,
# widget tests (offscreen), the command-line contract through the built executable, a short
# smoke run of every benchmark, then the Debian package: built, installed, checked, removed.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
cd ..
./scripts/test-package.sh
