#!/usr/bin/env bash
# Compares figdiff with Microsoft Recognizers-Text (npm, JavaScript) on the sample articles.
#
#   bench/peer_compare.sh [FIGDIFF_BINARY]     (default build/release/figdiff, else build/dev/figdiff)
#
# Needs node and npm (registry access). Installs @microsoft/recognizers-text-number and
# -number-with-unit (RT_VERSION, default 1.3.1) into a temporary folder, runs
# bench/peer/rt_extract.js there, and prints two tables:
#   1. accuracy: P/R/F1 (kind + value + currency) of both tools on data/samples/trainium/*.txt,
#      scored by data/samples/gold/score.py. The package has no Arabic culture (it falls back to
#      English), so the peer is not run on ar.txt.
#   2. speed: one run of each tool on a corpus of the es and fr articles repeated to ~1 MB;
#      wall-clock and CPU (user + sys) time of the whole process, so start-up (Node module
#      loading and model building, figdiff's pattern compilation) is included. KB = 1000 bytes.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
figdiff=${1:-$root/build/release/figdiff}
[[ -x $figdiff ]] || figdiff=$root/build/dev/figdiff
[[ -x $figdiff ]] || { echo "peer_compare.sh: build figdiff first (cmake --preset release)" >&2; exit 2; }
samples=$root/data/samples/trainium
gold=$root/data/samples/gold

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "installing Recognizers-Text ${RT_VERSION:=1.3.1} into $tmp ..." >&2
(cd "$tmp" && npm init -y >/dev/null 2>&1 &&
  npm install --no-audit --no-fund --loglevel=error \
    "@microsoft/recognizers-text-number@$RT_VERSION" \
    "@microsoft/recognizers-text-number-with-unit@$RT_VERSION" >/dev/null)
export NODE_PATH=$tmp/node_modules
peer() { node "$root/bench/peer/rt_extract.js" "$@"; }

culture() { case $1 in es) echo es-es ;; fr*) echo fr-fr ;; *) echo "" ;; esac; }

# score.py's P, R, F1 of the overall row and the F1 of each kind
score() {
  python3 "$gold/score.py" "$1" "$2" | awk '
    $1 == "overall" { o = sprintf("%s | %s | %s", $(NF-2), $(NF-1), $NF) }
    $1 == "money" || $1 == "percent" || $1 == "count" { k[$1] = $NF }
    END { printf "%s | %s | %s | %s\n", o, k["money"], k["percent"], k["count"] }'
}

echo "## Accuracy on the sample articles (lenient: kind + value + currency)"
echo
echo "| tool | article | P | R | F1 | F1 money | F1 percent | F1 count |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for name in es ar fr fr.related fr.summary; do
  "$figdiff" extract --format jsonl "$samples/$name.txt" >"$tmp/figdiff.$name.jsonl"
  echo "| figdiff | $name | $(score "$gold/trainium/$name.jsonl" "$tmp/figdiff.$name.jsonl") |"
done
for name in es ar fr fr.related fr.summary; do
  c=$(culture "$name")
  if [[ -z $c ]]; then
    echo "| Recognizers-Text | $name | n/a (no Arabic culture) | | | | | |"
    continue
  fi
  peer "$c" "$samples/$name.txt" >"$tmp/peer.$name.jsonl"
  echo "| Recognizers-Text | $name | $(score "$gold/trainium/$name.jsonl" "$tmp/peer.$name.jsonl") |"
done

# Speed corpus: each es/fr article repeated the same number of times, ~1 MB in all;
# a language folder in the path tells figdiff the language.
names=(es fr fr.related fr.summary)
size=0
for n in "${names[@]}"; do size=$((size + $(wc -c <"$samples/$n.txt"))); done
reps=$(((1000000 + size - 1) / size))
peer_args=()
fig_args=()
for n in "${names[@]}"; do
  c=$(culture "$n")
  mkdir -p "$tmp/corpus/${c%-*}"
  f=$tmp/corpus/${c%-*}/$n.txt
  for ((i = 0; i < reps; i++)); do cat "$samples/$n.txt"; done >"$f"
  fig_args+=("$f")
  peer_args+=("$c" "$f")
done
bytes=$(cat "${fig_args[@]}" | wc -c)

# sets wall and cpu (user + sys) to the seconds the command took; its output goes to /dev/null
timed() {
  local TIMEFORMAT='%R %U %S' t
  t=$({ time "$@" >/dev/null 2>"$tmp/stderr"; } 2>&1) || { cat "$tmp/stderr" >&2; exit 1; }
  read -r wall cpu <<<"$(awk '{ print $1, $2 + $3 }' <<<"$t")"
}
echo
echo "## Speed: es + fr articles repeated $reps times ($bytes bytes), one run per tool"
echo
echo "| tool | wall s | CPU s | KB/s (wall) | KB/s (CPU) |"
echo "|---|---:|---:|---:|---:|"
for tool in figdiff peer; do
  if [[ $tool == figdiff ]]; then
    timed "$figdiff" extract --format jsonl "${fig_args[@]}"
    label="figdiff ($(basename "$(dirname "$figdiff")") build)"
  else
    timed peer "${peer_args[@]}"
    label="Recognizers-Text $RT_VERSION (Node $(node --version))"
  fi
  awk -v l="$label" -v b="$bytes" -v w="$wall" -v c="$cpu" \
    'BEGIN { printf "| %s | %.2f | %.2f | %.1f | %.1f |\n", l, w, c, b / 1000 / w, b / 1000 / c }'
done
