#!/usr/bin/env bash
# Whole-process throughput of `figdiff extract` beside a bare RE2 digit-run scan (re2_scan) of
# the same bytes, and the start-up time of one-line invocations. Results: docs/performance.md.
#
#   bench/throughput.sh [--no-build] [--build DIR] [--mb N] [--runs N] [--startup N] [--keep DIR]
#
#   --no-build   use the build directory as it is (default: build figdiff and re2_scan in it)
#   --build DIR  a build directory configured with FIGDIFF_BUILD_BENCH=ON and a Release build
#                (default: build/bench, configured with cmake --preset bench)
#   --mb N       size of each language's corpus, in MiB (default 8)
#   --runs N     runs of each program per language; the best and the median are reported (3)
#   --startup N  one-line invocations for the start-up time (1000; 0 skips it)
#   --keep DIR   write the corpora to DIR and keep them (default: a temporary directory)
#   --corpora-only  only write the corpora (with --keep DIR), e.g. for bench/profile.sh
#
# Each corpus is one language's sample texts (data/samples/trainium/: es.txt, ar.txt, fr*.txt;
# bench/corpus/en.txt), separated by blank lines and repeated to at least N MiB. For each
# language the two programs run back to back, alternating, RUNS times each:
#   re2_scan FILE >/dev/null
#   figdiff extract --lang L --format jsonl FILE >/dev/null
# Wall time is measured around the whole process (reading the file and start-up included for
# both). MB/s is 10^6 bytes per second. Needs bash, coreutils and python3.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=1
BIN="$ROOT/build/bench"
MIB=8
RUNS=3
STARTUP=1000
KEEP=""
CORPORA_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --build) BIN=$(cd "$2" && pwd); shift ;;
    --mb) MIB=$2; shift ;;
    --runs) RUNS=$2; shift ;;
    --startup) STARTUP=$2; shift ;;
    --keep) KEEP=$2; shift ;;
    --corpora-only) CORPORA_ONLY=1; BUILD=0 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "throughput.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

FIGDIFF="$BIN/figdiff"
RE2_SCAN="$BIN/bench/re2_scan"
if [ "$BUILD" = 1 ]; then
  if [ "$BIN" = "$ROOT/build/bench" ]; then
    (cd "$ROOT" && cmake --preset bench >/dev/null)
  fi
  cmake --build "$BIN" --target figdiff re2_scan >/dev/null
fi
if [ "$CORPORA_ONLY" = 0 ]; then
  for exe in "$FIGDIFF" "$RE2_SCAN"; do
    [ -x "$exe" ] || { echo "throughput.sh: $exe missing (cmake --preset bench)" >&2; exit 2; }
  done
elif [ -z "$KEEP" ]; then
  echo "throughput.sh: --corpora-only needs --keep DIR" >&2
  exit 2
fi

if [ -n "$KEEP" ]; then
  CORPORA=$KEEP
  mkdir -p "$CORPORA"
else
  CORPORA=$(mktemp -d "${TMPDIR:-/tmp}/figdiff-bench.XXXXXX")
  trap 'rm -rf "$CORPORA"' EXIT
fi

[ "$CORPORA_ONLY" = 1 ] || echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
     "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
[ "$CORPORA_ONLY" = 1 ] || echo "commit:  $(
  if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$ROOT" rev-parse --short HEAD
    git -C "$ROOT" diff --quiet HEAD || echo "(with uncommitted changes)"
  else
    echo "unknown (not a git checkout)"
  fi | paste -sd " ")"
[ "$CORPORA_ONLY" = 1 ] || echo "build:   $FIGDIFF ($(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BIN/CMakeCache.txt" 2>/dev/null))"
[ "$CORPORA_ONLY" = 1 ] || echo

python3 - "$ROOT" "$CORPORA" "$MIB" "$RUNS" "$FIGDIFF" "$RE2_SCAN" "$CORPORA_ONLY" <<'PY'
import os, re, resource, statistics, subprocess, sys, time

root, corpora, mib, runs, figdiff, re2_scan, corpora_only = sys.argv[1:8]
mib, runs = float(mib), int(runs)
samples = os.path.join(root, "data", "samples", "trainium")
sources = {
    "es": [os.path.join(samples, "es.txt")],
    "ar": [os.path.join(samples, "ar.txt")],
    "fr": [os.path.join(samples, n) for n in ("fr.txt", "fr.related.txt", "fr.summary.txt")],
    "en": [os.path.join(root, "bench", "corpus", "en.txt")],
}
target = int(mib * 1024 * 1024)

def make_corpus(lang):
    once = b"".join(open(p, "rb").read().rstrip(b"\n") + b"\n\n" for p in sources[lang])
    path = os.path.join(corpora, f"{lang}.txt")
    if not (os.path.exists(path) and os.path.getsize(path) >= target):
        with open(path, "wb") as out:
            out.write(once * -(-target // len(once)))
    return path

def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

def wall(cmd):
    """Wall and CPU (user + system) seconds of one run of cmd, and its stderr."""
    cpu = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    cpu = children_cpu() - cpu
    if done.returncode != 0:
        sys.exit(f"throughput.sh: {' '.join(cmd)} exited with {done.returncode}:\n"
                 + done.stderr.decode(errors="replace"))
    return seconds, cpu, done.stderr.decode(errors="replace")

if corpora_only == "1":
    for lang in ("es", "ar", "fr", "en"):
        print(make_corpus(lang))
    sys.exit(0)

rows = []
for lang in ("es", "ar", "fr", "en"):
    path = make_corpus(lang)
    size = os.path.getsize(path)
    re2_wall, re2_cpu, fig_wall, fig_cpu, scan_only = [], [], [], [], []
    for _ in range(runs):  # back to back, alternating, so both see the same machine
        seconds, cpu, err = wall([re2_scan, path])
        re2_wall.append(seconds)
        re2_cpu.append(cpu)
        m = re.search(r"([\d.]+) MB/s CPU", err)
        if m:
            scan_only.append(float(m.group(1)))
        seconds, cpu, _ = wall([figdiff, "extract", "--lang", lang, "--format", "jsonl", path])
        fig_wall.append(seconds)
        fig_cpu.append(cpu)
    rows.append((lang, size, re2_wall, fig_wall, re2_cpu, fig_cpu, max(scan_only or [0])))

mbs = lambda size, seconds: size / 1e6 / max(seconds, 1e-9)
print(f"Whole process, {runs} runs of each program per language. MB = 10^6 bytes.")
print("Wall: best (median) wall time. CPU: best user + system time of the process, which a")
print("busy machine disturbs less. Scan only: re2_scan's own CPU timing of its match loop.")
print()
print("| lang | MB | RE2 MB/s wall | figdiff MB/s wall | ratio wall "
      "| RE2 MB/s CPU | figdiff MB/s CPU | ratio CPU | RE2 scan only MB/s CPU |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for lang, size, re2_w, fig_w, re2_c, fig_c, scan in rows:
    r_best, f_best = mbs(size, min(re2_w)), mbs(size, min(fig_w))
    r_med, f_med = mbs(size, statistics.median(re2_w)), mbs(size, statistics.median(fig_w))
    r_cpu, f_cpu = mbs(size, min(re2_c)), mbs(size, min(fig_c))
    print(f"| {lang} | {size / 1e6:.1f} | {r_best:.1f} ({r_med:.1f}) | {f_best:.1f} ({f_med:.1f}) "
          f"| {f_best / r_best:.3f} ({f_med / r_med:.3f}) | {r_cpu:.1f} | {f_cpu:.1f} "
          f"| {f_cpu / r_cpu:.3f} | {scan:.1f} |")
print()
PY

if [ "$STARTUP" -gt 0 ] && [ "$CORPORA_ONLY" = 0 ]; then
  # User + system seconds of the shell's finished children, from the output of `times` (run in
  # this shell: inside $(...) it would count the children of the subshell).
  children_cpu_of() {
    sed -n 2p "$1" | awk '{ gsub(/[ms]/, " "); print $1 * 60 + $2 + $3 * 60 + $4 }'
  }
  # Mean time per one-line invocation over N runs of a shell loop; the same loop with `cat` in
  # place of figdiff gives the cost of the loop, the pipe and a fork/exec.
  loop_ms() {  # loop_ms N LINE CMD...: "wall | CPU" mean ms per `printf LINE | CMD >/dev/null`
    local n=$1 line=$2; shift 2
    local start end cpu0 cpu1 i
    times >"$CORPORA/times"
    cpu0=$(children_cpu_of "$CORPORA/times")
    start=$(date +%s%N)
    for ((i = 0; i < n; i++)); do
      printf '%s\n' "$line" | "$@" >/dev/null
    done
    end=$(date +%s%N)
    times >"$CORPORA/times"
    cpu1=$(children_cpu_of "$CORPORA/times")
    python3 -c "print(f'{($end - $start) / 1e6 / $n:.2f} | {($cpu1 - $cpu0) * 1e3 / $n:.2f}')"
  }
  # shellcheck disable=SC2016  # the '$' of the line is literal
  LINE_EN='It cost $5 million.'
  printf '%s\n' "$LINE_EN" | "$FIGDIFF" extract --lang en --format jsonl >/dev/null  # warm up
  base=$(loop_ms "$STARTUP" "$LINE_EN" cat)
  en=$(loop_ms "$STARTUP" "$LINE_EN" "$FIGDIFF" extract --lang en --format jsonl)
  few=$(( STARTUP / 5 > 0 ? STARTUP / 5 : 1 ))
  es=$(loop_ms "$few" 'Costó 5 millones de dólares.' "$FIGDIFF" extract --lang es --format jsonl)
  fr=$(loop_ms "$few" 'Cela a coûté 5 millions de dollars.' "$FIGDIFF" extract --lang fr --format jsonl)
  ar=$(loop_ms "$few" 'كلف المشروع 5 ملايين دولار.' "$FIGDIFF" extract --lang ar --format jsonl)
  echo "Start-up: mean time of one one-line invocation, \`printf LINE | figdiff extract --lang L"
  echo "--format jsonl\`, in a shell loop (wall, and CPU = user + system of all the loop's children)"
  echo
  echo "| lang | runs | ms wall per invocation | ms CPU per invocation |"
  echo "|---|---:|---:|---:|"
  echo "| en | $STARTUP | $en |"
  echo "| es | $few | $es |"
  echo "| fr | $few | $fr |"
  echo "| ar | $few | $ar |"
  echo "| (loop with cat instead of figdiff) | $STARTUP | $base |"
fi
