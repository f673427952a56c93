#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in build-fuzz/ and runs each for a while
# (default 60 s; FUZZ_SECONDS overrides it). Needs clang-14 and libclang-rt-14-dev (install-deps).
# Each target starts from its seeds in tests/fuzz/corpus/<name> (and its dictionary,
# tests/fuzz/<name>.dict, when it has one) and grows a working corpus in
# build-fuzz/corpus/<name>; the seeds in the repository are never modified. A crash, leak or
# undefined behaviour leaves the input in build-fuzz/findings/ and fails the script. A last
# line per target gives the runs, executions per second and libFuzzer's coverage (cov, ft).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-60}"
build="${FUZZ_BUILD_DIR:-build-fuzz}"
targets=(event_log model_output label_parser truth_table exif)
cxx="${FUZZ_CXX:-clang++-14}"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHERBSTREAM_FUZZ=ON \
    -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build" --parallel "${FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

mkdir -p "$build/findings"
# Qt's static caches live until exit; only leaks of each input count (libFuzzer's own check).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=0
summary=()
for name in "${targets[@]}"; do
    corpus="$build/corpus/$name"
    mkdir -p "$corpus"
    log="$build/findings/$name.log"
    echo "== fuzz_$name for $seconds s"
    dict=()
    if [ -f "tests/fuzz/$name.dict" ]; then
        dict=(-dict="tests/fuzz/$name.dict")
    fi
    if ! "$build/tests/fuzz/fuzz_$name" "$corpus" "tests/fuzz/corpus/$name" "${dict[@]}" \
        -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/findings/$name-" >"$log" 2>&1; then
        failed=1
        echo "fuzz_$name FOUND A PROBLEM (input and stack: $build/findings/):"
        grep -E "ERROR|runtime error|SUMMARY|Test unit written" "$log" | head -20 || true
    fi
    # The last status line ("#N DONE cov: C ft: F corp: …  exec/s: E …") and the run count.
    status="$(grep -E '^#[0-9]+' "$log" | tail -1 || true)"
    runs="$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)"
    cov="$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$status")"
    ft="$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$status")"
    execs="$(grep -E '^stat::average_exec_per_sec' "$log" | awk '{print $2}' || true)"
    summary+=("$(printf '%-14s runs %-10s exec/s %-7s cov %-6s ft %s' "$name" "${runs:-?}" \
        "${execs:-?}" "${cov:-?}" "${ft:-?}")")
done
echo "== fuzzing summary ($seconds s each)"
printf '%s\n' "${summary[@]}"
exit "$failed"
