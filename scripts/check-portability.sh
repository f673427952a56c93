#!/usr/bin/env bash
# What can be checked on Linux of the Windows and macOS builds (issue 17), run by .ci/run:
#   1. the program built with clang 14 (as on macOS, and a stricter reader than GCC), with
#      -Werror on Herbstream's own code, in build-clang/;
#   2. every source file of core/, ui/ and app/ compiled for syntax against LLVM's libc++ (the
#      C++ library of macOS) with the same flags;
#   3. LF line endings everywhere (a Windows checkout must not put "\r" in prompts);
#   4. actionlint over .github/workflows.
# Needs clang-14, libc++-14-dev and libc++abi-14-dev (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${PORTABILITY_JOBS:-$(nproc)}"

start=$SECONDS
cmake -S . -B build-clang -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 \
    -DHERBSTREAM_WERROR=ON -DHERBSTREAM_BUILD_TESTS=OFF -DHERBSTREAM_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-clang --parallel "$jobs" --target herbstream
echo "check-portability: clang build with -Werror in $((SECONDS - start)) s"

start=$SECONDS
python3 scripts/libcxx-syntax-pass.py build-clang "$jobs"
echo "check-portability: libc++ syntax pass in $((SECONDS - start)) s"

./scripts/check-line-endings.sh
./scripts/lint-workflows.sh
