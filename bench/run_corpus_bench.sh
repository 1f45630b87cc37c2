#!/usr/bin/env bash
# Whole-process benchmark on real news: `evkg build` from the article files to GraphML, at 1 and 2
# threads (and all cores when there are more), against the time `wc -w` needs to read the same files.
# Prints MB/s, documents/s, peak RSS (/usr/bin/time -v) and the ratio to wc -w; each figure is the
# best of RUNS runs (default 3), as other work on the machine only ever makes a run slower. Last, the
# machine's own ceiling for 2 threads: two one-thread processes on the two halves, at once.
#
#   bench/run_corpus_bench.sh [EVKG_BINARY]       (default: build/evkg)
#   COPIES=10 RUNS=3 bench/run_corpus_bench.sh    (the corpus is COPIES copies of the news articles)
#
# The news is ../shared/corpus/bbc-2004-2005 next to the repository (CORPUS=DIR to use another);
# without it the benchmark is skipped with a message. Copies go to a directory under /dev/shm (see
# below) or /tmp, removed at the end. The files are read once before timing, so that every run
# reads from memory.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
evkg=${1:-$repo/build/evkg}
corpus=${CORPUS:-$repo/../shared/corpus/bbc-2004-2005}
copies=${COPIES:-10}
runs=${RUNS:-3}

if [ ! -d "$corpus" ]; then
  echo "run_corpus_bench: skipped: no news corpus at $corpus"
  exit 0
fi
[ -x "$evkg" ] || { echo "run_corpus_bench: no evkg binary at $evkg (build it, or pass its path)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "run_corpus_bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

# The copies go to memory (/dev/shm) when it has room for three times the corpus: there no page of
# them can be dropped from the cache between runs (virtual machines that reclaim idle page cache
# made runs from /tmp read the disk again now and then). BENCH_TMPDIR=DIR to choose.
need_kb=$(( $(du -sk "$corpus" | cut -f1) * copies * 3 ))
if [ -z "${BENCH_TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] &&
   [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -gt "$need_kb" ]; then
  BENCH_TMPDIR=/dev/shm
fi
tmp=$(mktemp -d "${BENCH_TMPDIR:-/tmp}/evkg-corpus-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
work=$tmp/news
mkdir "$work"
for i in $(seq 1 "$copies"); do cp -r "$corpus" "$work/copy-$i"; done
find "$work" -name LICENSE -delete
files=$(find "$work" -type f -name '*.txt' | wc -l)
bytes=$(find "$work" -type f -name '*.txt' -print0 | du -cb --files0-from=- | tail -n 1 | cut -f1)
find "$work" -type f -print0 | xargs -0 cat > /dev/null  # into the page cache

# best_of CMD...: runs CMD $runs times under /usr/bin/time -v; prints "seconds peak_kb" of the
# fastest run (and the largest peak RSS seen).
best_of() {
  local best="" peak=0 out secs kb
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -v -o "$tmp/time.txt" "$@" >/dev/null 2>"$tmp/stderr.txt" ||
      { echo "run_corpus_bench: failed: $*" >&2; cat "$tmp/stderr.txt" >&2; exit 1; }
    out=$(cat "$tmp/time.txt")
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' <<<"$out")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' <<<"$out")
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$secs; fi
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  echo "$best $peak"
}

read -r wc_s _ < <(best_of bash -c 'find "$0" -type f -name "*.txt" -print0 | xargs -0 wc -w' "$work")
printf 'corpus: %s x %d = %d files, %.1f MB (%s)\n' "$(basename "$corpus")" "$copies" "$files" \
  "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$work"
printf 'machine: %d cores, load average %s; best of %d runs\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
printf '%-16s %8s %9s %11s %10s %9s\n' "run" "seconds" "MB/s" "documents/s" "peak RSS" "x wc -w"
printf '%-16s %8.2f %9.1f %11s %10s %9s\n' "wc -w" "$wc_s" "$(awk -v b="$bytes" -v s="$wc_s" 'BEGIN { print b / 1e6 / s }')" "-" "-" "1.00"

threads=(1 2)
[ "$(nproc)" -gt 2 ] && threads+=("$(nproc)")
declare -A secs_at
for t in "${threads[@]}"; do
  read -r s kb < <(best_of "$evkg" -q build -t "$t" "$work" -o "$tmp/graph.graphml")
  secs_at[$t]=$s
  printf '%-16s %8.2f %9.1f %11.0f %7.1f MB %9.2f\n' "evkg build -t $t" "$s" \
    "$(awk -v b="$bytes" -v s="$s" 'BEGIN { print b / 1e6 / s }')" \
    "$(awk -v f="$files" -v s="$s" 'BEGIN { print f / s }')" \
    "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" \
    "$(awk -v s="$s" -v w="$wc_s" 'BEGIN { print s / w }')"
done
printf 'speed-up with 2 threads: %.2fx\n' "$(awk -v a="${secs_at[1]}" -v b="${secs_at[2]}" 'BEGIN { print a / b }')"

# What this machine allows: two independent one-thread processes, each on half of the copies, at
# the same time. Their speed-up over one process on the whole corpus is the ceiling for 2 threads
# (shared caches, memory bandwidth, and on a virtual machine vCPUs that may share a physical core).
if [ "$copies" -ge 2 ]; then
  half=$((copies / 2))
  first=() second=()
  for i in $(seq 1 "$copies"); do
    if [ "$i" -le "$half" ]; then first+=("$work/copy-$i"); else second+=("$work/copy-$i"); fi
  done
  {
    printf '%q ' "$evkg" -q build -t 1 "${first[@]}" -o "$tmp/half1.graphml"
    printf '&\n'
    printf '%q ' "$evkg" -q build -t 1 "${second[@]}" -o "$tmp/half2.graphml"
    printf '\nwait\n'
  } > "$tmp/pair.sh"
  read -r pair_s _ < <(best_of bash "$tmp/pair.sh")
  printf 'two processes -t 1, each on half, at once: %.2f s, %.2fx one process (the machine'"'"'s ceiling for 2 threads)\n' \
    "$pair_s" "$(awk -v a="${secs_at[1]}" -v b="$pair_s" 'BEGIN { print a / b }')"
fi
