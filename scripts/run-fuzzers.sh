#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`, tests/fuzz/README.md) and runs each one for
# SECONDS (default 60) on a copy of its seed corpus, tests/fuzz/corpus/<target>/, after replaying
# its saved crashes, tests/fuzz/regressions/<target>-*. Fails (exit 1) when a target crashes,
# leaks, times out or runs out of memory, printing the path of the input (kept in a temp dir).
#
# usage: scripts/run-fuzzers.sh [SECONDS] [TARGET...]
#   TARGET: normalize, number, extract_en, extract_es, extract_fr, extract_ar, jsonl_record,
#           po, xliff, json_locale (default: all)
#   FIGDIFF_FUZZ_SKIP=check,check   skip named invariants (to fuzz past a known, reported bug)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${1:-60}
if [ $# -gt 0 ]; then shift; fi
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for dir in tests/fuzz/corpus/*/; do targets+=("$(basename "$dir")"); done
fi

# clang, libFuzzer and the sanitizer runtimes, llvm-symbolizer for the stack traces (Debian 12),
# installed when missing as scripts/install-deps.sh does for the rest.
packages=(clang libclang-rt-14-dev llvm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "run-fuzzers: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset fuzz
cmake --build --preset fuzz -j "$(nproc)"

work=$(mktemp -d "${TMPDIR:-/tmp}/figdiff-fuzz.XXXXXX")
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# A libFuzzer dictionary: the phrases of a language's data (data/lang/<code>.tsv) plus the
# characters the normalizer and the number parser treat specially, every non-ASCII byte escaped.
write_dictionary() {  # lang-or-empty output
  python3 - "$1" "$2" <<'PY'
import sys
lang, out = sys.argv[1], sys.argv[2]
words = ["\u00a0", "\u202f", "\u2009", "\u066b", "\u066c", "\u066a", "%", "\u00ad", "\u200b",
         "\u200e", "\u200f", "\u202b", "\u202c", "\u2066", "\u2068", "\u2069", "\ufeff", "\u0640",
         "\u064e", "\u0301", "\u2019", "\u2013", "\u2212", "\uff10", "\u0660", "\u06f0", "\u0966",
         "\n\n", ". ", "\r\n", "\xff\xfe", "\xfe\xff", "\xff\xfe\x00\x00", "\x00\x00\xfe\xff"]
if lang:
    for line in open(f"data/lang/{lang}.tsv", encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) >= 2 and not line.startswith("#") and fields[0] != "option":
            words.append(fields[1])
seen = set()
with open(out, "w") as f:
    for w in words:
        raw = w.encode("latin-1") if w.startswith(("\xff", "\xfe", "\x00")) else w.encode("utf-8")
        if not raw or raw in seen:
            continue
        seen.add(raw)
        esc = "".join(chr(b) if 0x20 <= b < 0x7f and b not in (0x22, 0x5c) else f"\\x{b:02x}"
                      for b in raw)
        f.write(f'"{esc}"\n')
PY
}

failed=()
for target in "${targets[@]}"; do
  binary=$root/build/fuzz/tests/fuzz/fuzz_$target
  if [ ! -x "$binary" ] || [ ! -d "tests/fuzz/corpus/$target" ]; then
    echo "run-fuzzers: unknown target '$target' (no $binary or tests/fuzz/corpus/$target)" >&2
    exit 2
  fi
  dir=$work/$target
  mkdir -p "$dir/corpus"
  cp -R "tests/fuzz/corpus/$target/." "$dir/corpus/"

  # Saved crashes first: each must now pass.
  regressions=(tests/fuzz/regressions/"$target"-*)
  if [ -e "${regressions[0]}" ]; then
    if ! "$binary" "${regressions[@]}" >"$dir/regressions.log" 2>&1; then
      echo "run-fuzzers: $target: a saved crash still fails (tests/fuzz/regressions/$target-*):"
      tail -n 40 "$dir/regressions.log"
      failed+=("$target")
      continue
    fi
    echo "run-fuzzers: $target: ${#regressions[@]} saved crash(es) pass"
  fi

  dict=()
  case $target in
    extract_*) write_dictionary "${target#extract_}" "$dir/dict" && dict=("-dict=$dir/dict") ;;
    normalize) write_dictionary "" "$dir/dict" && dict=("-dict=$dir/dict") ;;
    po | xliff | json_locale) dict=("-dict=$root/tests/fuzz/$target.dict") ;;  # the format's syntax
  esac

  echo "run-fuzzers: $target: fuzzing for ${seconds}s"
  status=0
  (cd "$dir" && "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 \
     -print_final_stats=1 -artifact_prefix="$dir/" "${dict[@]}" corpus) >"$dir/fuzz.log" 2>&1 ||
    status=$?
  grep -E '^#[0-9]+[[:space:]]+DONE' "$dir/fuzz.log" | sed "s/^/run-fuzzers: $target: /" || true
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$dir/fuzz.log" |
    sed "s/^/run-fuzzers: $target:   /" || true
  artifacts=$(find "$dir" -maxdepth 1 -type f \
                \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \))
  if [ "$status" -ne 0 ] || [ -n "$artifacts" ]; then
    failed+=("$target")
    echo "run-fuzzers: $target: FAILED (exit $status); log $dir/fuzz.log:"
    grep -E -A 30 'INVARIANT BROKEN|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error' \
      "$dir/fuzz.log" | head -n 60 || tail -n 60 "$dir/fuzz.log"
    for input in $artifacts; do
      echo "run-fuzzers: $target: crashing input: $input ($(wc -c <"$input") bytes)"
      if [ "$(wc -c <"$input")" -le 4096 ]; then
        echo "run-fuzzers: $target:   base64: $(base64 -w0 "$input")"
      fi
      echo "run-fuzzers: $target:   reproduce: $binary $input"
      echo "run-fuzzers: $target:   minimize:  $binary -minimize_crash=1 -runs=100000 $input"
    done
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: FAILED: ${failed[*]} (inputs and logs kept in $work)" >&2
  exit 1
fi
rm -rf "$work"
echo "run-fuzzers: all ${#targets[@]} targets ran ${seconds}s without a crash"
