#!/usr/bin/env python3
"""Scores `figdiff check` on the blind evaluation set (tests/check/blind).

Runs `FIGDIFF check --format json ARGS` for every case of manifest.jsonl (cwd = the set's
folder) and matches its findings with the injected errors: an error is caught when a finding of
the same translation file is on its line (`found.line`), on its reference line
(`expected.line`), or, in PO, XLIFF and JSON files, in its unit. A finding that matches no
injected error is a false alarm; every finding of a clean case is one. Prints recall, type
accuracy and false alarms, by language pair, format and error type, then every miss and every
false alarm with its file:line.

    tools/check/blind_eval.py [--figdiff build/dev/figdiff] [--json]
                              [--min-recall 0.95] [--max-false-alarms 5]

Exit status: 0 within the floors, 1 below them (or a case that figdiff could not run), 2 usage.
`--findings FILE` scores saved findings (JSON Lines, each with a `case` field) instead of running
figdiff: for testing this scorer, or for scoring an earlier run again.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_SET = os.path.join(REPO, "tests", "check", "blind")

# Finding types that name each injected error type correctly. A rounding far beyond the
# tolerance is a changed value as much as a rounding, so value_differs is accepted for it.
ACCEPTED_TYPES = {
    "scale": {"scale_differs"},
    "value": {"value_differs"},
    "missing": {"missing"},
    "extra": {"extra"},
    "currency": {"currency_differs"},
    "qualifier_contradiction": {"qualifier_contradiction"},
    "qualifier_dropped": {"qualifier_dropped"},
    "points_vs_percent": {"points_vs_percent"},
    "rounding": {"rounding", "value_differs"},
}
SEVERITIES = ("note", "warning", "error")
SEGMENTED = ("po", "xliff12", "xliff20", "json")


def norm(path):
    return os.path.normpath(path) if path else path


def load_manifest(set_dir):
    path = os.path.join(set_dir, "manifest.jsonl")
    cases = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                cases.append(json.loads(line))
            except ValueError as e:
                sys.exit(f"{path}:{n}: not JSON: {e}")
    return cases


def parse_findings(text, where):
    """JSON Lines to a list of findings; raises ValueError naming the bad line."""
    findings = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            finding = json.loads(line)
        except ValueError as e:
            raise ValueError(f"{where}: output line {n} is not JSON: {e}") from None
        if not isinstance(finding, dict):
            raise ValueError(f"{where}: output line {n} is not a JSON object")
        findings.append(finding)
    return findings


def run_case(figdiff, set_dir, case):
    """Returns (findings, error message or None)."""
    cmd = [figdiff, "check", "--format", "json", *case["args"]]
    try:
        r = subprocess.run(cmd, cwd=set_dir, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        return [], f"could not run {' '.join(cmd)}: {e}"
    if r.returncode not in (0, 1):
        return [], f"exit {r.returncode}: {' '.join(r.stderr.split())[:300]}"
    try:
        findings = parse_findings(r.stdout, case["case"])
    except ValueError as e:
        return [], str(e)
    if r.returncode == 1 and not findings:
        return [], "exit 1 without any finding"
    return findings, None


def fact_line(finding, key):
    fact = finding.get(key)
    return fact.get("line") if isinstance(fact, dict) else None


def unit_matches(finding_unit, error_unit):
    """Same segment: equal ids, or a finding unit that qualifies the manifest's (a msgctxt before
    the msgid, a file id before the XLIFF unit id); JSON keys may be joined with / or . ."""
    if finding_unit is None or error_unit is None:
        return False
    a, b = (re.sub(r"[/:]", ".", str(u)).strip(".") for u in (finding_unit, error_unit))
    return a == b or a.endswith(b)


def matches(finding, error, fmt):
    if norm(finding.get("file")) != norm(error["file"]):
        return False
    if error.get("line") is not None and fact_line(finding, "found") == error["line"]:
        return True
    ref = finding.get("ref")
    same_ref = ref is None or norm(ref) == norm(error.get("ref_file", ref))
    if error.get("ref_line") is not None and same_ref and \
            fact_line(finding, "expected") == error["ref_line"]:
        return True
    return fmt in SEGMENTED and unit_matches(finding.get("unit"), error.get("unit"))


def where(finding):
    f = finding.get("found") if isinstance(finding.get("found"), dict) else None
    e = finding.get("expected") if isinstance(finding.get("expected"), dict) else None
    pos = f"{finding.get('file')}:{finding.get('line')}:{finding.get('col')}"
    detail = []
    if e:
        detail.append(f"expected {e.get('text')!r} (ref line {e.get('line')})")
    if f:
        detail.append(f"found {f.get('text')!r}")
    return pos, "; ".join(detail)


def score(cases, findings_of, errors_of_case):
    """Matches findings with injected errors; returns per-error and per-finding results."""
    results, false_alarms = [], []
    for case in cases:
        findings = findings_of.get(case["case"], [])
        used = set()
        for error in case["errors"]:
            hit = [i for i, f in enumerate(findings) if matches(f, error, case["format"])]
            used.update(hit)
            types = sorted({findings[i].get("type") for i in hit})
            results.append({
                "case": case["case"], "pair": case["pair"], "format": case["format"],
                "error": error, "caught": bool(hit), "found_types": types,
                "type_ok": bool(set(types) & ACCEPTED_TYPES[error["type"]]),
                "case_error": errors_of_case.get(case["case"]),
            })
        for i, f in enumerate(findings):
            if i not in used:
                false_alarms.append({"case": case["case"], "pair": case["pair"],
                                     "format": case["format"], "clean": case["clean"],
                                     "finding": f})
    return results, false_alarms


def rate(num, den):
    return round(num / den, 4) if den else None


def breakdown(results, key):
    groups = collections.defaultdict(list)
    for r in results:
        groups[key(r)].append(r)
    out = {}
    for name in sorted(groups):
        rs = groups[name]
        caught = [r for r in rs if r["caught"]]
        out[name] = {"injected": len(rs), "caught": len(caught),
                     "recall": rate(len(caught), len(rs)),
                     "type_ok": sum(r["type_ok"] for r in caught),
                     "type_accuracy": rate(sum(r["type_ok"] for r in caught), len(caught))}
    return out


# ------------------------------------------------------------------ counting clean figures

def po_targets(text):
    """The msgstr texts of a PO file, the header excluded."""
    out, current, in_msgstr = [], [], False
    for line in text.splitlines() + [""]:
        if line.startswith("msgstr"):
            if current:
                out.append("".join(current))
            current, in_msgstr = [json.loads(line.split(" ", 1)[1])], True
        elif in_msgstr and line.startswith('"'):
            current.append(json.loads(line))
        else:
            if in_msgstr and current:
                out.append("".join(current))
            current, in_msgstr = [], False
    return [t for t in out if t and not t.startswith("Project-Id-Version")]


def xliff_targets(path):
    root = ET.parse(path).getroot()
    return ["".join(el.itertext()) for el in root.iter() if el.tag.endswith("}target")]


def json_strings(value):
    if isinstance(value, dict):
        return [s for v in value.values() for s in json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in json_strings(v)]
    return [value] if isinstance(value, str) else []


def translation_texts(set_dir, case):
    """The translated text of a clean case, one string per file or segment."""
    target = os.path.join(set_dir, case["args"][-1])
    fmt = case["format"]
    if fmt == "po":
        with open(target, encoding="utf-8") as f:
            return po_targets(f.read())
    if fmt.startswith("xliff"):
        return xliff_targets(target)
    if fmt == "json":
        with open(target, encoding="utf-8") as f:
            return json_strings(json.load(f))
    paths = [target]
    if os.path.isdir(target):
        paths = sorted(os.path.join(d, n) for d, _, ns in os.walk(target) for n in ns)
    texts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            texts.append(f.read())
    return texts


def count_clean_figures(figdiff, set_dir, cases):
    """Figures figdiff extract finds in the clean translations, or None when it cannot run."""
    total = 0
    for case in cases:
        if not case["clean"]:
            continue
        lang = case["pair"].split("-")[1]
        text = "\n\n".join(translation_texts(set_dir, case))
        try:
            r = subprocess.run([figdiff, "extract", "--format", "jsonl", "--lang", lang, "-"],
                               input=text, capture_output=True, text=True, timeout=120)
        except OSError:
            return None
        if r.returncode != 0:
            return None
        total += sum(1 for line in r.stdout.splitlines() if line.strip())
    return total


# ------------------------------------------------------------------ report

def summarize(cases, results, false_alarms, case_errors, clean_figures):
    caught = [r for r in results if r["caught"]]
    clean_fa = [f for f in false_alarms if f["clean"]]
    by_sev = collections.Counter(f["finding"].get("severity") for f in false_alarms)
    return {
        "cases": len(cases),
        "clean_cases": sum(c["clean"] for c in cases),
        "injected": len(results),
        "caught": len(caught),
        "recall": rate(len(caught), len(results)),
        "type_ok": sum(r["type_ok"] for r in caught),
        "type_accuracy": rate(sum(r["type_ok"] for r in caught), len(caught)),
        "false_alarms": len(false_alarms),
        "false_alarms_in_clean_cases": len(clean_fa),
        "false_alarms_by_severity": dict(sorted(by_sev.items(), key=lambda kv: str(kv[0]))),
        "clean_figures": clean_figures,
        "false_alarms_per_100_clean_figures":
            round(100 * len(clean_fa) / clean_figures, 2) if clean_figures else None,
        "case_errors": [{"case": k, "error": v} for k, v in sorted(case_errors.items())],
        "by_pair": breakdown(results, lambda r: r["pair"]),
        "by_format": breakdown(results, lambda r: r["format"]),
        "by_type": breakdown(results, lambda r: r["error"]["type"]),
        "false_alarms_by_pair": dict(collections.Counter(f["pair"] for f in false_alarms)),
        "false_alarms_by_format": dict(collections.Counter(f["format"] for f in false_alarms)),
        "misses": [miss_record(r) for r in results if not r["caught"]],
        "wrong_types": [miss_record(r) for r in caught if not r["type_ok"]],
        "false_alarm_list": [fa_record(f) for f in false_alarms],
    }


def miss_record(r):
    e = r["error"]
    return {"case": r["case"], "type": e["type"], "file": e["file"], "line": e["line"],
            "ref_file": e.get("ref_file"), "ref_line": e["ref_line"], "unit": e["unit"],
            "ref_text": e["ref_text"], "text": e["text"], "note": e.get("note", ""),
            "found_types": r["found_types"], "case_error": r["case_error"]}


def fa_record(f):
    pos, detail = where(f["finding"])
    return {"case": f["case"], "clean": f["clean"], "where": pos,
            "type": f["finding"].get("type"), "severity": f["finding"].get("severity"),
            "unit": f["finding"].get("unit"), "message": f["finding"].get("message"),
            "detail": detail}


def pct(x):
    return "n/a" if x is None else f"{100 * x:.1f}%"


def print_table(title, rows):
    print(f"\n{title}")
    print(f"  {'':24} {'injected':>8} {'caught':>7} {'recall':>7} {'type ok':>8}")
    for name, r in rows.items():
        print(f"  {name:24} {r['injected']:>8} {r['caught']:>7} {pct(r['recall']):>7} "
              f"{pct(r['type_accuracy']):>8}")


def print_report(s):
    print(f"blind set: {s['cases']} cases ({s['clean_cases']} clean), "
          f"{s['injected']} injected errors")
    print(f"recall:        {s['caught']}/{s['injected']} = {pct(s['recall'])}")
    print(f"type accuracy: {s['type_ok']}/{s['caught']} = {pct(s['type_accuracy'])} of the caught "
          "(rounding also accepts value_differs)")
    per100 = s["false_alarms_per_100_clean_figures"]
    print(f"false alarms:  {s['false_alarms']} ({s['false_alarms_in_clean_cases']} in clean cases"
          + (f", {per100} per 100 clean figures of {s['clean_figures']}" if per100 is not None
             else "") + f"); by severity {s['false_alarms_by_severity']}")
    if s["case_errors"]:
        print(f"cases figdiff could not run: {len(s['case_errors'])}")
        for c in s["case_errors"][:10]:
            print(f"  {c['case']}: {c['error']}")
        if len(s["case_errors"]) > 10:
            print(f"  … and {len(s['case_errors']) - 10} more (--json lists them all)")
    print_table("by language pair", s["by_pair"])
    print_table("by format", s["by_format"])
    print_table("by error type", s["by_type"])
    print(f"\nfalse alarms by pair: {s['false_alarms_by_pair']}")
    print(f"false alarms by format: {s['false_alarms_by_format']}")
    print(f"\nmisses ({len(s['misses'])}):")
    for m in s["misses"]:
        at = f"{m['file']}:{m['line']}" if m["line"] else f"{m['file']} (missing)"
        unit = f" [{m['unit']}]" if m["unit"] else ""
        print(f"  {at}{unit} {m['type']}: {m['ref_text']!r} -> {m['text']!r} "
              f"(ref {m['ref_file']}:{m['ref_line']}) {m['note']}")
    print(f"\ncaught with another type ({len(s['wrong_types'])}):")
    for m in s["wrong_types"]:
        print(f"  {m['file']}:{m['line'] or m['ref_line']} {m['type']} reported as "
              f"{', '.join(map(str, m['found_types']))}")
    print(f"\nfalse alarms ({len(s['false_alarm_list'])}):")
    for f in s["false_alarm_list"]:
        unit = f" [{f['unit']}]" if f["unit"] else ""
        print(f"  {f['where']}{unit} {f['severity']} {f['type']}: {f['detail'] or f['message']}"
              + ("" if f["clean"] else "  (error case)"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--figdiff", default=os.path.join(REPO, "build", "dev", "figdiff"))
    ap.add_argument("--set", default=DEFAULT_SET, help="the blind set folder")
    ap.add_argument("--findings", help="score saved findings (JSON Lines with `case`)")
    ap.add_argument("--min-severity", choices=SEVERITIES, default="note",
                    help="ignore findings below this severity (default: count all)")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--max-false-alarms", type=int, default=None)
    args = ap.parse_args()

    set_dir = os.path.abspath(args.set)
    figdiff = os.path.abspath(args.figdiff)
    cases = load_manifest(set_dir)
    findings_of, case_errors = {}, {}
    if args.findings:
        with open(args.findings, encoding="utf-8") as f:
            try:
                saved = parse_findings(f.read(), args.findings)
            except ValueError as e:
                sys.exit(str(e))
        for finding in saved:
            findings_of.setdefault(finding.get("case"), []).append(finding)
    else:
        if not os.access(figdiff, os.X_OK):
            sys.exit(f"{figdiff}: not an executable (build it, or give --figdiff)")
        for case in cases:
            findings, error = run_case(figdiff, set_dir, case)
            findings_of[case["case"]] = findings
            if error:
                case_errors[case["case"]] = error
    floor = SEVERITIES.index(args.min_severity)
    for name, fs in findings_of.items():
        findings_of[name] = [f for f in fs if f.get("severity") not in SEVERITIES
                             or SEVERITIES.index(f["severity"]) >= floor]

    results, false_alarms = score(cases, findings_of, case_errors)
    clean_figures = None
    if os.access(figdiff, os.X_OK):
        clean_figures = count_clean_figures(figdiff, set_dir, cases)
    summary = summarize(cases, results, false_alarms, case_errors, clean_figures)
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_report(summary)

    failed = []
    if summary["recall"] is not None and summary["recall"] < args.min_recall:
        failed.append(f"recall {pct(summary['recall'])} < {pct(args.min_recall)}")
    if args.max_false_alarms is not None and summary["false_alarms"] > args.max_false_alarms:
        failed.append(f"{summary['false_alarms']} false alarms > {args.max_false_alarms}")
    if case_errors:
        failed.append(f"{len(case_errors)} cases could not be run")
    if failed:
        print("FAIL: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
