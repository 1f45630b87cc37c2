#!/usr/bin/env bash
# Builds the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan:
# clang, -fno-sanitize-recover=all: the first report aborts; the same build holds the fuzz targets,
# see scripts/configure-sanitized.sh) and runs ctest, including one replay of every fuzz seed corpus.
# Leaks fail the run (detect_leaks=1), in the test executables and in every evkg process the CLI
# tests start.
#
#   scripts/run-sanitized-tests.sh [ctest arguments...]     e.g. -R reliability
set -euo pipefail
cd "$(dirname "$0")/.."

build=${EVKG_ASAN_BUILD:-build-asan}
jobs=${JOBS:-$(nproc)}

bash scripts/install-deps.sh
bash scripts/configure-sanitized.sh "$build"
cmake --build "$build" -j"$jobs"

export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:strict_string_checks=1:allocator_may_return_null=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=report_objects=0
ctest --test-dir "$build" --output-on-failure -j"$jobs" "$@"
