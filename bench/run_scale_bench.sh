#!/usr/bin/env bash
# Scale curve on synthetic news (bench/make_synthetic_corpus.py): `evkg build` on corpora of growing
# size, with wall time, MB/s, peak RSS (/usr/bin/time -v) and the size of the graph, so that one can
# see memory follow the graph and not the corpus. Corpora are generated under /tmp once and kept
# for later runs (KEEP=0 removes them at the end).
#
#   bench/run_scale_bench.sh [EVKG_BINARY]                  (default: build/evkg)
#   SIZES="10M 100M 1G" THREADS=2 bench/run_scale_bench.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
evkg=${1:-$repo/build/evkg}
sizes=${SIZES:-10M 100M 1G}
threads=${THREADS:-$(nproc)}
root=${CORPUS_ROOT:-/tmp/evkg-synthetic}
keep=${KEEP:-1}

[ -x "$evkg" ] || { echo "run_scale_bench: no evkg binary at $evkg (build it, or pass its path)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "run_scale_bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
out=$(mktemp -d /tmp/evkg-scale-bench.XXXXXX)
trap 'rm -rf "$out"; [ "$keep" = 1 ] || rm -rf "$root"' EXIT

printf 'machine: %d cores, load average %s; evkg build -t %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$threads"
printf '%-6s %10s %8s %8s %10s %9s %9s\n' "size" "documents" "seconds" "MB/s" "peak RSS" "nodes" "edges"
for size in $sizes; do
  corpus=$root/$size
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    /usr/bin/python3 "$here/make_synthetic_corpus.py" --size "$size" --out "$corpus" > /dev/null
    touch "$corpus/.complete"
  fi
  bytes=$(du -cb "$corpus"/*.jsonl | tail -n 1 | cut -f1)
  /usr/bin/time -v -o "$out/time.txt" "$evkg" build -t "$threads" "$corpus" -o "$out/graph.graphml" 2> "$out/log.txt" ||
    { echo "run_scale_bench: evkg failed on $corpus" >&2; cat "$out/log.txt" >&2; exit 1; }
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$out/time.txt")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$out/time.txt")
  # "evkg: info: N documents (X MB), S sentences, E entities, N nodes, M edges in ..."
  summary=$(grep -E 'info: [0-9]+ documents' "$out/log.txt" | tail -n 1)
  docs=$(sed -E 's/.*info: ([0-9]+) documents.*/\1/' <<<"$summary")
  nodes=$(sed -E 's/.* ([0-9]+) nodes.*/\1/' <<<"$summary")
  edges=$(sed -E 's/.* ([0-9]+) edges.*/\1/' <<<"$summary")
  printf '%-6s %10s %8.1f %8.1f %7.0f MB %9s %9s\n' "$size" "$docs" "$secs" \
    "$(awk -v b="$bytes" -v s="$secs" 'BEGIN { print b / 1e6 / s }')" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" \
    "$nodes" "$edges"
done
