#!/usr/bin/env bash
# Builds the libFuzzer targets (build-asan: clang, ASan + UBSan, the build the sanitizer suite also
# uses: scripts/configure-sanitized.sh; fuzz/CMakeLists.txt) and runs
# each one for a short time over its seed corpus. Exits non-zero on any crash, leak, timeout
# (> 1 s per input) or input needing more than 512 MB. CI calls it without arguments.
#
#   scripts/run-fuzz-smoke.sh [TARGET...]      e.g. scripts/run-fuzz-smoke.sh graphml json_graph
#
# Environment: EVKG_FUZZ_SECONDS (per target, default 20), EVKG_FUZZ_JOBS (targets run at once,
# default: number of cores), EVKG_FUZZ_BUILD (default build-asan), EVKG_FUZZ_WORK (default
# fuzz-corpus-work: grown corpora, logs and crash artifacts; git-ignored; the seed corpora in
# fuzz/corpus are only read), EVKG_FUZZ_TMPDIR (the targets' temporary files; default /dev/shm
# when writable, else TMPDIR or /tmp).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${EVKG_FUZZ_SECONDS:-20}
jobs=${EVKG_FUZZ_JOBS:-$(nproc)}
build=${EVKG_FUZZ_BUILD:-build-asan}
work=${EVKG_FUZZ_WORK:-fuzz-corpus-work}

bash scripts/install-deps.sh
bash scripts/configure-sanitized.sh "$build"
cmake --build "$build" --target fuzz_all -j"${JOBS:-$(nproc)}"

mkdir -p "$work/logs" "$work/artifacts"
# Targets that read files write each input to a temporary file (TMPDIR). On a disk file system,
# truncating and rewriting it can wait on the disk (ext4 flushes a replaced file's data), and one
# such stall of more than a second failed a CI run as a "timeout" in fopen: on tmpfs, an input's
# time is the parser's alone.
if [ -z "${EVKG_FUZZ_TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then EVKG_FUZZ_TMPDIR=/dev/shm; fi
if [ -n "${EVKG_FUZZ_TMPDIR:-}" ]; then export TMPDIR="$EVKG_FUZZ_TMPDIR"; fi
wanted=("$@")
selected=()
while read -r binary corpus dict; do
  name=$(basename "$binary")
  name=${name#fuzz_}
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " == *" $name "* ]]; then continue; fi
  selected+=("$name|$binary|$corpus|$dict")
done <"$build/fuzz/targets.txt"
if [ ${#selected[@]} -eq 0 ]; then
  echo "run-fuzz-smoke: no such target: ${wanted[*]}" >&2
  exit 2
fi

run_one() {
  local name=$1 binary=$2 corpus=$3 dict=$4 rc=0
  mkdir -p "$work/corpus/$name"
  # The first corpus directory receives new inputs; the seeds are only read.
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$binary" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=512 -malloc_limit_mb=512 \
    -dict="$dict" -print_final_stats=1 -artifact_prefix="$work/artifacts/$name-" \
    "$work/corpus/$name" "$corpus" >"$work/logs/$name.log" 2>&1 || rc=$?
  echo "$rc" >"$work/logs/$name.rc"
}

report() {
  local name=$1 log="$work/logs/$1.log" rc execs cov ft
  rc=$(cat "$work/logs/$name.rc" 2>/dev/null || echo missing)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2 || true)
  ft=$(grep -Eo 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2 || true)
  if [ "$rc" = 0 ] && grep -q '^Done [0-9]* runs' "$log"; then
    printf 'fuzz %-16s ok  %5ss  execs %-10s cov %-6s ft %s\n' "$name" "$seconds" "${execs:-?}" "${cov:-?}" "${ft:-?}"
    return 0
  fi
  printf 'fuzz %-16s FAILED (exit %s): see %s\n' "$name" "$rc" "$log"
  grep -E '(ERROR: |SUMMARY: |runtime error|fuzz invariant|Test unit written)' "$log" | head -6 | sed 's/^/    /' || true
  return 1
}

for entry in "${selected[@]}"; do
  IFS='|' read -r name binary corpus dict <<<"$entry"
  rm -f "$work/logs/$name.rc"
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
    wait -n || true
  done
  run_one "$name" "$binary" "$corpus" "$dict" &
done
wait

failed=0
for entry in "${selected[@]}"; do
  IFS='|' read -r name _ <<<"$entry"
  report "$name" || failed=1
done
if [ "$failed" -ne 0 ]; then
  echo "run-fuzz-smoke: FAILED (inputs that crashed are in $work/artifacts)" >&2
  exit 1
fi
echo "run-fuzz-smoke: all ${#selected[@]} targets ran ${seconds}s each without a finding"
