#!/usr/bin/env python3
"""Measure figdiff on the Microsoft Recognizers-Text spec suite (en/es/fr/ar).

Usage:
    tools/peer/rt_specs_eval.py FIGDIFF_BINARY PEERS_DIR [--jobs N]

PEERS_DIR is the folder holding recognizers-text/ (the spec cases converted to
JSON Lines; see its README.md), or that folder itself. Only cases active for
.NET are used (not_supported / not_supported_by_design do not name dotNet).

Each case's input is written to its own file and figdiff reads a batch of
those files per process (`figdiff extract --lang L --format jsonl F1 F2 ...`):
every file is a separate document, so no case sees another's text.

  PercentModel  a case is correct when the multiset of expected values
                (value_normalized) equals the multiset of figdiff's percent values.
  CurrencyModel likewise with figdiff's money facts; the currency is compared
                only where the spec gives iso_currency.
                For both, spec results without a value (a bare "percent" or
                "dollar") are not figures and are left out of the expected set.
  NumberModel   the peer returns every number, figdiff only money/percent/count
                facts, so no verdict per case: recall of the spec's values among
                the values of all figdiff facts, over the spec results whose text
                has a digit or whose subtype is integer/decimal; and how many of
                the missed ones figdiff leaves out by design (years, ordinals,
                parts of dates, phone numbers, addresses and other codes).
Values are compared as decimals; a spec value with 15 or more significant
digits (.NET's double printing) is compared after rounding figdiff's value.
Measures only: nothing here is tuned. Python 3 standard library only.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from decimal import Decimal, InvalidOperation, localcontext

LANGS = [("en", "English"), ("es", "Spanish"), ("fr", "French"), ("ar", "Arabic")]
MODELS = ["PercentModel", "CurrencyModel", "NumberModel"]
BATCH = 100  # files per figdiff process
MAX_MISSES = 10


def active_for_dotnet(case):
    flags = (case.get("not_supported") or "") + "," + (case.get("not_supported_by_design") or "")
    return "dotnet" not in flags.lower()


def same_value(spec, got):
    """spec: the spec's value_normalized; got: figdiff's value."""
    try:
        s, g = Decimal(spec), Decimal(got)
    except (InvalidOperation, TypeError):
        return False
    if s == g:
        return True
    t = s.as_tuple()
    if len(t.digits) >= 15:  # .NET printed a double: round ours the same way
        with localcontext() as ctx:
            ctx.prec = 60
            try:
                return g.quantize(Decimal(1).scaleb(t.exponent)) == s
            except InvalidOperation:
                return False
    return False


def run_figdiff(binary, lang, paths):
    out = subprocess.run([binary, "extract", "--lang", lang, "--format", "jsonl", *paths],
                         capture_output=True, text=True)
    if out.returncode not in (0,):
        sys.exit(f"figdiff failed ({out.returncode}) on {paths[0]}...: {out.stderr.strip()}")
    facts = {p: [] for p in paths}
    for line in out.stdout.splitlines():
        if line.strip():
            f = json.loads(line)
            facts[f["doc"]].append(f)
    return facts


def extract_all(binary, lang, inputs, tmp, jobs):
    """figdiff facts for each input string, in order."""
    paths = []
    for i, text in enumerate(inputs):
        p = os.path.join(tmp, f"{lang}-{i:05d}.txt")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
        paths.append(p)
    facts = {}
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        for part in ex.map(lambda b: run_figdiff(binary, lang, b),
                           [paths[i:i + BATCH] for i in range(0, len(paths), BATCH)]):
            facts.update(part)
    return [facts[p] for p in paths]


def match_multiset(expected, got):
    """expected: [(value, iso or None)], got: [(value, currency)]. True if one-to-one equal."""
    if len(expected) != len(got):
        return False
    free = list(got)
    # entries with a currency first, so that a bare value cannot take their partner
    for value, iso in sorted(expected, key=lambda e: e[1] is None):
        for k, (gv, gc) in enumerate(free):
            if same_value(value, gv) and (iso is None or iso == gc):
                del free[k]
                break
        else:
            return False
    return True


def fmt_expected(items):
    return ", ".join(v + (" " + c if c else "") for v, c in items) or "(none)"


def eval_kind(cases, facts, kind, with_currency):
    correct, misses = 0, []
    for case, fs in zip(cases, facts):
        exp = [(r["value_normalized"], r.get("iso_currency") if with_currency else None)
               for r in case["results"] if r.get("value_normalized") is not None]
        got = [(f["value"], f["currency"]) for f in fs if f["kind"] == kind]
        if match_multiset(exp, got):
            correct += 1
        else:
            misses.append((case["input"], fmt_expected(exp),
                           fmt_expected([(v, c if with_currency else None) for v, c in got])))
    return correct, misses


ORDINAL = re.compile(r"\d+\s*(st|nd|rd|th|º|ª|er|re|e|ème|eme|o|a)$", re.I)
CODE_SEP = set("./-:+/")


def by_design(case, r):
    """Why figdiff leaves this spec number out by design, or None."""
    text, s, e = r["text"], r.get("start"), r.get("end")
    if ORDINAL.search(text):
        return "ordinal"
    inp = case["input"]
    if s is not None and e is not None and s >= 0:
        before = inp[max(0, s - 2):s]
        after = inp[e + 1:e + 3]
        if (len(before) == 2 and before[1] in CODE_SEP and before[0].isdigit()) or \
           (len(after) == 2 and after[0] in CODE_SEP and after[1].isdigit()):
            return "date/code part"
    if re.fullmatch(r"\d{4}", text) and 1000 <= int(text) <= 2199:
        return "year"
    return None


def eval_number(cases, facts):
    eligible = found = 0
    design = Counter()
    misses = []
    for case, fs in zip(cases, facts):
        free = [f["value"] for f in fs]
        for r in case["results"]:
            v = r.get("value_normalized")
            if v is None or not (re.search(r"\d", r["text"]) or r.get("subtype") in ("integer", "decimal")):
                continue
            eligible += 1
            k = next((k for k, g in enumerate(free) if same_value(v, g)), None)
            if k is not None:
                del free[k]
                found += 1
                continue
            why = by_design(case, r)
            if why:
                design[why] += 1
            else:
                misses.append((case["input"], f"{r['text']!r} = {v}",
                               ", ".join(f"{f['kind']} {f['value']}" for f in fs) or "(none)"))
    return eligible, found, design, misses


def pct(a, b):
    return f"{100.0 * a / b:.1f}" if b else "-"


def short(s, n=70):
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[:n - 1] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("figdiff")
    ap.add_argument("peers_dir")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    root = args.peers_dir
    if not os.path.exists(os.path.join(root, "MANIFEST.json")):
        root = os.path.join(root, "recognizers-text")
    if not os.path.isdir(root):
        sys.exit(f"no recognizers-text spec folder under {args.peers_dir}")

    summary, details = [], []
    with tempfile.TemporaryDirectory(prefix="rt_specs_") as tmp:
        for lang, folder in LANGS:
            for model in MODELS:
                path = os.path.join(root, folder, model + ".jsonl")
                if not os.path.exists(path):
                    continue  # Arabic has no CurrencyModel
                with open(path, encoding="utf-8") as fh:
                    cases = [c for c in map(json.loads, fh) if active_for_dotnet(c)]
                facts = extract_all(args.figdiff, lang, [c["input"] for c in cases],
                                    tmp, args.jobs)
                if model == "NumberModel":
                    elig, found, design, misses = eval_number(cases, facts)
                    nd = sum(design.values())
                    summary.append((lang, model, len(cases), f"{found}/{elig} values",
                                    pct(found, elig),
                                    f"by design {nd} ({', '.join(f'{k} {n}' for k, n in design.most_common())}); "
                                    f"recall without them {pct(found, elig - nd)}"))
                else:
                    kind = "percent" if model == "PercentModel" else "money"
                    correct, misses = eval_kind(cases, facts, kind, model == "CurrencyModel")
                    summary.append((lang, model, len(cases), f"{correct} correct",
                                    pct(correct, len(cases)), ""))
                details.append((lang, model, len(misses), misses[:MAX_MISSES]))

    print("figdiff on the Recognizers-Text spec suite (.NET-active cases)\n")
    print(f"| lang | model | cases | figdiff | % | notes |")
    print(f"|---|---|---:|---:|---:|---|")
    for row in summary:
        print("| " + " | ".join(str(x) for x in row) + " |")
    for lang, model, n, misses in details:
        print(f"\n{lang} {model}: {n} misses" + (f", first {len(misses)}:" if misses else ""))
        for inp, exp, got in misses:
            print(f"  {short(inp)!r}\n      expected {short(exp, 60)}  got {short(got, 60)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
