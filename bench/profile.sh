#!/usr/bin/env bash
# Where the time of `figdiff extract` goes: instruction counts from valgrind's callgrind (exact
# and repeatable, unlike wall time on a shared machine), per language, over corpora made as
# bench/throughput.sh makes them. Results: docs/performance.md ("Where the time goes").
#
#   bench/profile.sh [--build DIR] [--mb N] [--top N] [--out DIR] [--reuse] [LANG...]
#
#   --build DIR  the Release build to profile (default: build/bench, cmake --preset bench)
#   --mb N    size of each corpus in MiB (default 1; callgrind runs ~50x slower than native)
#   --top N   functions listed per language (default 25)
#   --out DIR keep the corpora and the callgrind.<lang>.out files in DIR (default: temporary)
#   --reuse   with --out: annotate the callgrind.<lang>.out files already in DIR, run nothing
#   LANG      languages to profile (default: es ar fr en)
#
# Profiles DIR/figdiff (a Release build, so inlined functions count in their callers). Prints,
# per language, the total instructions and the functions with the largest inclusive share (the
# function and everything it calls), with their self share.
# Open a kept profile with callgrind_annotate --inclusive=yes or kcachegrind. Needs valgrind,
# bash, coreutils and python3.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MIB=1
TOP=25
OUT=""
REUSE=0
BIN="$ROOT/build/bench"
LANGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) BIN=$(cd "$2" && pwd); shift ;;
    --mb) MIB=$2; shift ;;
    --top) TOP=$2; shift ;;
    --out) OUT=$2; shift ;;
    --reuse) REUSE=1 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    -*) echo "profile.sh: unknown argument $1" >&2; exit 2 ;;
    *) LANGS+=("$1") ;;
  esac
  shift
done
[ ${#LANGS[@]} -gt 0 ] || LANGS=(es ar fr en)
command -v valgrind >/dev/null || { echo "profile.sh: valgrind is not installed" >&2; exit 2; }
FIGDIFF="$BIN/figdiff"
[ -x "$FIGDIFF" ] || { echo "profile.sh: $FIGDIFF missing (cmake --preset bench)" >&2; exit 2; }

if [ -n "$OUT" ]; then
  mkdir -p "$OUT"
else
  OUT=$(mktemp -d "${TMPDIR:-/tmp}/figdiff-profile.XXXXXX")
  trap 'rm -rf "$OUT"' EXIT
fi
"$ROOT/bench/throughput.sh" --corpora-only --mb "$MIB" --keep "$OUT" >/dev/null
rm -f "$OUT/stages.jsonl"

echo "commit: $(
  if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$ROOT" rev-parse --short HEAD
    git -C "$ROOT" diff --quiet HEAD || echo "(with uncommitted changes)"
  else
    echo "unknown (not a git checkout)"
  fi | paste -sd " ")"
for lang in "${LANGS[@]}"; do
  profile="$OUT/callgrind.$lang.out"
  if [ "$REUSE" = 0 ] || [ ! -s "$profile" ]; then
    valgrind --tool=callgrind --callgrind-out-file="$profile" \
      "$FIGDIFF" extract --lang "$lang" --format jsonl "$OUT/$lang.txt" >/dev/null \
      2>"$OUT/valgrind.$lang.log"
  fi
  python3 - "$profile" "$lang" "$OUT/$lang.txt" "$TOP" "$OUT/stages.jsonl" <<'PY'
import json, os, re, subprocess, sys

profile, lang, corpus, top, stages_file = sys.argv[1:6]
top = int(top)

def costs(inclusive):
    out = subprocess.run(["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}",
                          "--threshold=100", profile],
                         capture_output=True, text=True, check=True).stdout
    total, by_function = None, {}
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\([\s\d.]+%\)\s+(.*)$", line)
        if not m:
            continue
        count = int(m.group(1).replace(",", ""))
        what = m.group(2)
        if what == "PROGRAM TOTALS":
            total = count
            continue
        # "file:function [object]" -> "function"
        what = re.sub(r"\s+\[[^\]]*\]$", "", what)
        what = what.split(":", 1)[1] if re.match(r"^[^:(]*:", what) else what
        by_function[what] = by_function.get(what, 0) + count
    return total, by_function

def short(name):
    name = re.sub(r"\(anonymous namespace\)::", "", name)
    name = re.sub(r"\[abi:cxx11\]", "", name)
    depth, out = 0, []
    for ch in name:  # drop argument lists and template arguments
        if ch in "(<":
            if depth == 0:
                out.append("()" if ch == "(" else "<>")
            depth += 1
        elif ch in ")>":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out).replace("()()", "()")

total, inclusive = costs(True)
_, self_cost = costs(False)
# The process's frame (loader, libc, main, the CLI's callback) and recursive cycles ('2).
skip = re.compile(r"^(0x|\(below main\)|main$|_start|_dl_|__libc_start|std::_Function_handler)"
                  r"|'\d+$")
rows = sorted(inclusive.items(), key=lambda kv: -kv[1])
rows = [(f, c) for f, c in rows if not skip.search(f)][:top]
names = [short(f) for f, _ in rows]
seen, count = {}, {n: names.count(n) for n in names}
for i, name in enumerate(names):  # overloads: number them
    if count[name] > 1:
        seen[name] = seen.get(name, 0) + 1
        names[i] = f"{name} (overload {seen[name]})"
size = os.path.getsize(corpus)
print(f"\n### {lang}: {total:,} instructions for {size / 1e6:.2f} MB "
      f"({total / size:.0f} per byte)\n")
print("| inclusive | self | function |")
print("|---:|---:|---|")
for (f, c), name in zip(rows, names):
    print(f"| {100 * c / total:.1f} % | {100 * self_cost.get(f, 0) / total:.1f} % | `{name}` |")

# Inclusive shares of the pipeline's stages, for the summary after the last language; calls
# from one function to another as "caller > callee".
by_short = {}
for f, c in inclusive.items():
    by_short[short(f).strip()] = by_short.get(short(f).strip(), 0) + c
tree = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--tree=caller",
                       "--threshold=100", profile],
                      capture_output=True, text=True, check=True).stdout
callers = []
for line in tree.splitlines():
    m = re.match(r"\s*([\d,]+)\s+\([\s\d.]+%\)\s+([<*])\s+(.*)$", line)
    if not m:
        callers = [] if not line.strip() else callers
        continue
    count = int(m.group(1).replace(",", ""))
    name = re.sub(r"\s+\[[^\]]*\]$", "", m.group(3))
    name = re.sub(r"\s+\([\d,]+x\)$", "", name)
    name = name.split(":", 1)[1] if re.match(r"^[^:(]*:", name) else name
    if m.group(2) == "<":
        callers.append((short(name).strip(), count))
    else:
        for caller, cost in callers:
            key = f"{caller} > {short(name).strip()}"
            by_short[key] = by_short.get(key, 0) + cost
        callers = []
with open(stages_file, "a") as out:
    out.write(json.dumps({"lang": lang, "total": total, "bytes": os.path.getsize(corpus),
                          "functions": by_short}) + "\n")
PY
done

python3 - "$OUT/stages.jsonl" <<'PY'
import json, sys

# (label, function): a stage's share is its function's inclusive share; "n/a" when the
# function is not in the profile (renamed, or inlined into its caller).
STAGES = [
    ("start-up: LexiconCache::Get (language data, patterns, ICU data)",
     "figdiff::LexiconCache::Get()"),
    ("reading the file: ReadDocument", "figdiff::ReadDocument()"),
    ("ExtractFacts, all of it", "figdiff::ExtractFacts()"),
    ("ExtractFacts > Normalize", "figdiff::Normalize()"),
    ("ExtractFacts > ReadFigureBlock (candidates, numbers, context)", "figdiff::ReadFigureBlock()"),
    ("ReadFigureBlock > candidate scan (CandidateScanner::Next, RE2 confirming)",
     "figdiff::CandidateScanner::Next() const"),
    ("ReadFigureBlock > SpelledNumbers::Read", "figdiff::SpelledNumbers::Read() const"),
    ("SpelledNumbers::Read > ParseWithRbnf (ICU RBNF parse)",
     "figdiff::SpelledNumbers::ParseWithRbnf() const"),
    ("PhraseSet::After (all callers)", "figdiff::PhraseSet::After() const"),
    ("PhraseSet::Before (all callers)", "figdiff::PhraseSet::Before() const"),
    ("PhraseSet::Contains (range joins)", "figdiff::PhraseSet::Contains() const"),
    ("Segmenter::SentenceIndexAt (ICU sentences)", "figdiff::Segmenter::SentenceIndexAt()"),
    ("Segmenter::IsWordEdge (ICU words)", "figdiff::Segmenter::IsWordEdge()"),
    ("all RE2 matching: RE2::Match", "re2::RE2::Match() const"),
    ("all RE2 compiling: RE2::RE2", "re2::RE2::RE2()"),
    ("output: RenderJsonl", "figdiff::RenderJsonl()"),
]
runs = [json.loads(line) for line in open(sys.argv[1])]
print("\n### Pipeline stages, inclusive share of all instructions\n")
print("| stage | " + " | ".join(r["lang"] for r in runs) + " |")
print("|---|" + "---:|" * len(runs))
print("| instructions per input byte | "
      + " | ".join(f"{r['total'] / r['bytes']:.0f}" for r in runs) + " |")
for label, function in STAGES:
    cells = []
    for r in runs:
        cost = r["functions"].get(function)
        cells.append("n/a" if cost is None else f"{100 * cost / r['total']:.1f} %")
    print(f"| {label} | " + " | ".join(cells) + " |")
PY
