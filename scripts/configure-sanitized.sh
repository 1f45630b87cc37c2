#!/usr/bin/env bash
# Configures the one instrumented build that both the sanitizer suite and the fuzz targets use:
# clang, ASan + UBSan (-fno-sanitize-recover=all), libFuzzer coverage (-DEVKG_FUZZ=ON), the test
# suite, warnings as errors. One build instead of two keeps CI within its budget on 2 cores.
#
#   scripts/configure-sanitized.sh [BUILD_DIR]      (default build-asan)
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build-asan}
# A build directory configured earlier with another compiler cannot switch to clang in place:
# start it afresh (build directories are git-ignored and hold nothing but build products).
if [ -f "$build/CMakeCache.txt" ] && ! grep -Eq '^CMAKE_CXX_COMPILER:[A-Z]+=.*clang\+\+[-0-9]*$' "$build/CMakeCache.txt"; then
  echo "configure-sanitized: $build was configured with another compiler: configuring it afresh with clang" >&2
  rm -rf "$build"
fi
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVKG_SANITIZE=ON -DEVKG_FUZZ=ON \
  -DEVKG_BUILD_TESTS=ON -DEVKG_BUILD_BENCH=OFF -DEVKG_WERROR=ON >/dev/null
