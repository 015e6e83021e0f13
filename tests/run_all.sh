#!/usr/bin/env bash
# Builds and runs the whole test suite: GCC release; clang with ASan + UBSan and the libFuzzer
# targets (each fuzzed for 60 s; a finding fails the run); GCC with ASan + UBSan. Every build
# treats warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps --tests
jobs=$(nproc)

run_suite() {  # build dir, extra cmake flags...
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DDSOPLINT_WERROR=ON "$@" > /dev/null
  cmake --build "$dir" -j "$jobs"
  ctest --test-dir "$dir" --output-on-failure -j "$jobs"
}

echo "== GCC release build and tests"
run_suite build -DCMAKE_BUILD_TYPE=RelWithDebInfo
echo "== clang build with coverage, ASan and UBSan: tests, then each libFuzzer target for 60 s"
CC=clang CXX=clang++ ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run_suite build-clang -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDSOPLINT_LIBFUZZER=ON
# A gate: a crash, leak, timeout, out-of-memory or sanitizer report fails the run; the input is
# printed and kept in tests/fuzz/regressions/<target>/ for the fix and its regression test.
bash tests/fuzz/run_libfuzzer.sh build-clang 60
echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DDSOPLINT_SANITIZE=ON
