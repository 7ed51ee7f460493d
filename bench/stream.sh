#!/usr/bin/env bash
# Measures extract's JSONL stream mode (docs/performance.md, "Streaming and -j"):
#  1. peak RSS (/usr/bin/time -v) of `figdiff extract --input-format jsonl` on a stream of
#     MB megabytes (default 1024) at -j 1 and -j 2, and that both print the same bytes;
#  2. the -j 2 speed-up: wall time of -j 1 and -j 2 run alternately RUNS times (default 3) on
#     a stream of SPEED_MB megabytes (default 64) and on the same text as files (one per
#     article copy), best and median, and their ratio.
# The streams are built from data/samples/trainium/*.txt (each record a paragraph, or every
# fourth one a whole article; ids and languages from the file names) in a temp directory that
# is deleted at the end.
#
# usage: bench/stream.sh [--mb MB] [--speed-mb MB] [--runs N] [--binary PATH]
#   --mb 0 or --speed-mb 0 skips that part
#   default binary: build/release/figdiff (cmake --preset release && cmake --build --preset release)
set -euo pipefail
cd "$(dirname "$0")/.."

mb=1024
speed_mb=64
runs=3
binary=build/release/figdiff
while [ $# -gt 0 ]; do
  case $1 in
    --mb) mb=$2; shift 2 ;;
    --speed-mb) speed_mb=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    *) echo "usage: $0 [--mb MB] [--speed-mb MB] [--runs N] [--binary PATH]" >&2; exit 2 ;;
  esac
done
[ -x "$binary" ] || { echo "stream.sh: no $binary (build it first)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "stream.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/figdiff-stream.XXXXXX")
trap 'rm -rf "$work"' EXIT

# make_corpus MB OUT.jsonl [FILES_DIR]: the stream, and with FILES_DIR the same articles as files.
make_corpus() {
  python3 - "$1" "$2" "${3:-}" <<'PY'
import json, os, sys
target, out, files_dir = int(sys.argv[1]) * 10**6, sys.argv[2], sys.argv[3]
articles = []
for name in sorted(os.listdir("data/samples/trainium")):
    with open(os.path.join("data/samples/trainium", name), encoding="utf-8") as f:
        text = f.read()
    articles.append((name[:-4], name[:2], text, [p for p in text.split("\n") if p.strip()]))
size, copy = 0, 0
with open(out, "w", encoding="utf-8") as stream:
    while size < target:
        for name, lang, text, paragraphs in articles:
            if files_dir:
                with open(os.path.join(files_dir, f"{copy:05}.{name}.txt"), "w", encoding="utf-8") as f:
                    f.write(text)
            docs = [text] if copy % 4 == 3 else paragraphs
            for n, doc in enumerate(docs, 1):
                line = json.dumps({"id": f"{name}#{copy}#{n}", "lang": lang, "text": doc},
                                  ensure_ascii=False) + "\n"
                stream.write(line)
                size += len(line.encode())
        copy += 1
PY
}

# timed JOBS OUT ARGS...: runs figdiff under /usr/bin/time; prints "wall_seconds max_rss_kb
# cpu_seconds" (cpu: user + system).
timed() {
  local jobs=$1 out=$2
  shift 2
  /usr/bin/time -v -o "$work/time" "$binary" extract --quiet --format jsonl -j "$jobs" "$@" >"$out"
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
                for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
              /Maximum resident set size/ { rss = $2 }
              /(User|System) time \(seconds\)/ { cpu += $2 }
              END { printf "%.2f %d %.2f\n", wall, rss, cpu }' "$work/time"
}

# stats: best and median of the numbers on stdin.
stats() { sort -g | awk '{ v[NR] = $1 } END { printf "best %.2f s, median %.2f s", v[1], v[int((NR + 1) / 2)] }'; }

echo "stream.sh: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$binary" --version)"

if [ "$mb" -gt 0 ]; then
echo "stream.sh: building a ${mb} MB stream"
make_corpus "$mb" "$work/big.jsonl"
echo "stream.sh: $(wc -l <"$work/big.jsonl") documents, $(stat -c %s "$work/big.jsonl") bytes"
for jobs in 1 2; do
  read -r wall rss cpu < <(timed "$jobs" "$work/out$jobs" --input-format jsonl "$work/big.jsonl")
  echo "stream.sh: ${mb} MB stream, -j $jobs: peak RSS $((rss / 1024)) MB, wall $wall s" \
       "($(awk -v w="$wall" -v m="$mb" 'BEGIN { printf "%.1f", m / w }') MB/s), CPU $cpu s," \
       "$(wc -l <"$work/out$jobs") facts"
done
cmp -s "$work/out1" "$work/out2" && echo "stream.sh: -j 1 and -j 2 print the same bytes" ||
  { echo "stream.sh: -j 1 and -j 2 DIFFER" >&2; exit 1; }
rm -f "$work/big.jsonl" "$work/out1" "$work/out2"
fi
[ "$speed_mb" -gt 0 ] || exit 0

echo "stream.sh: building a ${speed_mb} MB stream and the same articles as files"
mkdir "$work/files"
make_corpus "$speed_mb" "$work/speed.jsonl" "$work/files"
for kind in stream files; do
  if [ $kind = stream ]; then args=(--input-format jsonl "$work/speed.jsonl"); else args=("$work"/files/*); fi
  : >"$work/wall1"
  : >"$work/wall2"
  for ((run = 0; run < runs; run++)); do
    for jobs in 1 2; do
      read -r wall rss cpu < <(timed "$jobs" "$work/out$jobs" "${args[@]}")
      echo "$wall" >>"$work/wall$jobs"
      echo "stream.sh:   $kind -j $jobs: wall $wall s, CPU $cpu s, peak RSS $((rss / 1024)) MB"
    done
    cmp -s "$work/out1" "$work/out2" || { echo "stream.sh: $kind: -j 1 and -j 2 DIFFER" >&2; exit 1; }
  done
  best1=$(sort -g "$work/wall1" | head -1)
  best2=$(sort -g "$work/wall2" | head -1)
  med1=$(sort -g "$work/wall1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  med2=$(sort -g "$work/wall2" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  echo "stream.sh: $kind (${speed_mb} MB, $runs runs each, alternating):" \
       "-j 1 $(stats <"$work/wall1"); -j 2 $(stats <"$work/wall2");" \
       "speed-up best $(awk -v a="$best1" -v b="$best2" 'BEGIN { printf "%.2f", a / b }')x," \
       "median $(awk -v a="$med1" -v b="$med2" 'BEGIN { printf "%.2f", a / b }')x"
done
echo "stream.sh: load average $(cut -d' ' -f1-3 /proc/loadavg)"
