#!/usr/bin/env bash
# Runs clang-tidy (Debian's clang-tidy 14) with the committed .clang-tidy over the project's own
# sources, using build-tidy/compile_commands.json (configured with clang and -DEVKG_FUZZ=ON so that
# the fuzz targets are in it too; nothing is compiled). Every warning is an error: exits non-zero
# when any file has one, after printing them all and a count per file.
#
#   scripts/run-clang-tidy.sh [FILE...]      (default: every .cpp under the source folders)
set -euo pipefail
cd "$(dirname "$0")/.."

build=${EVKG_TIDY_BUILD:-build-tidy}
jobs=${JOBS:-$(nproc)}
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)

bash scripts/install-deps.sh
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DEVKG_FUZZ=ON \
    -DEVKG_UNITY_BUILD=OFF >/dev/null
else
  cmake -S . -B "$build" -DEVKG_FUZZ=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DEVKG_UNITY_BUILD=OFF >/dev/null
fi

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(find app core data export extract graph query bench tests fuzz -name '*.cpp' 2>/dev/null | sort)
fi
# Only files the build compiles (others have no compile command).
mapfile -t known < <(/usr/bin/python3 -c '
import json, os, sys
db = json.load(open(sys.argv[1]))
seen = {os.path.realpath(e["file"]) for e in db}
for f in sys.argv[2:]:
    print(f if os.path.realpath(f) in seen else "SKIP " + f)
' "$build/compile_commands.json" "${files[@]}")

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
todo=()
for f in "${known[@]}"; do
  case "$f" in
    SKIP\ *) echo "run-clang-tidy: ${f#SKIP } is not in $build/compile_commands.json: not checked" >&2 ;;
    *) todo+=("$f") ;;
  esac
done

# Reserved names (instead of bugprone-reserved-identifier, see .clang-tidy): a macro, type,
# namespace or alias of ours named with a leading underscore and a capital, or a double underscore.
reserved_re='^\s*(#\s*define|(class|struct|union|enum( class)?|namespace|using|typedef)\b[^;{(=]*)\s+(_[A-Z_]|[A-Za-z0-9_]*__)[A-Za-z0-9_]*'
if [ $# -gt 0 ]; then
  mapfile -t headers < <(for f in "${todo[@]}"; do h="${f%.cpp}.hpp"; [ -f "$h" ] && echo "$h"; done)
else
  mapfile -t headers < <(find app core data export extract graph query bench tests fuzz -name '*.hpp' 2>/dev/null | sort)
fi
if reserved=$(grep -nE "$reserved_re" "${todo[@]}" "${headers[@]}"); then
  echo "$reserved"
  echo "run-clang-tidy: reserved identifiers declared (leading underscore and capital, or double underscore)"
  exit 1
fi

start=$SECONDS
printf '%s\n' "${todo[@]}" | xargs -P "$jobs" -I{} sh -c '
  f="$1"; log="$2/$(echo "$f" | tr / _).log"
  "$3" -p "$4" --quiet "$f" >"$log" 2>&1 || echo "$f" >>"$2/failed"
' _ {} "$out" "$tidy" "$build"

status=0
if [ -f "$out/failed" ]; then
  status=1
  # Every diagnostic once (a header included by several files is reported by each of them).
  cat "$out"/*.log | grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' | sort -u >"$out/all" || true
  cat "$out"/*.log | grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated|^Suppressed|^Use -header-filter|^$' || true
  echo
  echo "run-clang-tidy: findings per file:"
  sed -E 's/:[0-9]+:[0-9]+: .*//' "$out/all" | sort | uniq -c | sort -rn
  echo "run-clang-tidy: $(wc -l <"$out/all") findings in $(sort -u "$out/failed" | wc -l) of ${#todo[@]} files ($((SECONDS - start)) s)"
else
  echo "run-clang-tidy: ${#todo[@]} files clean ($((SECONDS - start)) s)"
fi
exit $status
