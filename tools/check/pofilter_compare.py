#!/usr/bin/env python3
"""Compares translate-toolkit's `pofilter -t numbers` with `figdiff check` on the PO files of
the blind set (tests/check/blind/po).

For every injected error: did pofilter flag its entry, did figdiff report it (matched as in
blind_eval.py)? For every entry that holds no injected error: did either flag it anyway (a false
flag)? Prints one table row per injected error, the false flags, and the totals; `--markdown`
prints the tables in Markdown for docs/check-vs-pofilter.md.

    tools/check/pofilter_compare.py [--figdiff build/dev/figdiff] [--pofilter pofilter] [--markdown]

pofilter runs with its defaults (fuzzy entries included) and `--language` from the PO header.
When figdiff has no working `check` subcommand its column says n/a.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import blind_eval  # noqa: E402


def po_entries(text):
    """(msgctxt, msgid, flags) of each entry of a PO file, the header excluded."""
    entries = []
    for block in text.split("\n\n"):
        fields, current, comments = {}, None, []
        for line in block.splitlines():
            if line.startswith("#"):
                comments.append(line)
                continue
            for key in ("msgctxt", "msgid_plural", "msgid", "msgstr"):
                if line.startswith(key + " ") or line.startswith(key + "["):
                    current = key
                    fields.setdefault(key, "")
                    fields[key] += json.loads(line.split(" ", 1)[1])
                    break
            else:
                if line.startswith('"') and current:
                    fields[current] += json.loads(line)
        if fields.get("msgid"):
            entries.append((fields.get("msgctxt"), fields["msgid"], comments))
    return entries


def po_language(text):
    for line in text.splitlines():
        if line.startswith('"Language: '):
            return line[len('"Language: '):].split("\\n")[0].strip()
    return None


def pofilter_flags(pofilter, path):
    """The msgids of the entries `pofilter -t numbers` flags in a PO file."""
    with open(path, encoding="utf-8") as f:
        lang = po_language(f.read())
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "flagged.po")
        cmd = [pofilter, "--progress=none", "-t", "numbers", "-i", path, "-o", out]
        if lang:
            cmd.insert(1, f"--language={lang}")
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"{' '.join(cmd)}: exit {r.returncode}: {r.stderr.strip()}")
        if not os.path.exists(out):
            return set()
        with open(out, encoding="utf-8") as f:
            flagged = po_entries(f.read())
    return {msgid for _, msgid, comments in flagged
            if any(c.startswith("# (pofilter) numbers") for c in comments)}


def faithful_path(variant):
    """po/errors/shop-e1.fr.po -> po/shop.fr.po: the faithful file an error file was made from."""
    return re.sub(r"errors/(.+)-e\d+\.", r"\1.", variant)


def figdiff_findings(figdiff, set_dir, case):
    """figdiff check's findings for a case, or None when figdiff cannot check it."""
    if not os.access(figdiff, os.X_OK):
        return None
    findings, error = blind_eval.run_case(figdiff, set_dir, case)
    return None if error else findings


def figdiff_units(findings, case):
    """The msgids figdiff reports something in (through the manifest's units when possible)."""
    units = set()
    path = os.path.join(case["_set"], case["args"][0])
    with open(path, encoding="utf-8") as f:
        msgids = [msgid for _, msgid, _ in po_entries(f.read())]
    for finding in findings:
        unit = finding.get("unit")
        for msgid in msgids:
            if blind_eval.unit_matches(unit, msgid):
                units.add(msgid)
    return units


def short(text, width=48):
    return text if len(text) <= width else text[: width - 1] + "…"


def mark(value):
    return "n/a" if value is None else ("yes" if value else "no")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--figdiff", default=os.path.join(blind_eval.REPO, "build", "dev", "figdiff"))
    ap.add_argument("--pofilter", default="pofilter")
    ap.add_argument("--set", default=blind_eval.DEFAULT_SET)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    set_dir = os.path.abspath(args.set)
    figdiff = os.path.abspath(args.figdiff)

    cases = [c for c in blind_eval.load_manifest(set_dir) if c["format"] == "po"]
    rows, false_flags = [], []
    flags_of = {}
    totals = {"injected": 0, "pofilter": 0, "pofilter_new": 0, "figdiff": 0, "clean_entries": 0,
              "pofilter_false_clean": 0, "figdiff_false_clean": 0,
              "pofilter_false_in_error_files": 0, "figdiff_false_in_error_files": 0}
    figdiff_ok = True
    for case in cases:
        case["_set"] = set_dir
        path = os.path.join(set_dir, case["args"][0])
        with open(path, encoding="utf-8") as f:
            entries = po_entries(f.read())
        flagged = flags_of.setdefault(path, pofilter_flags(args.pofilter, path))
        faithful = os.path.join(set_dir, faithful_path(case["args"][0]))
        flagged_clean = flags_of.setdefault(faithful, pofilter_flags(args.pofilter, faithful))
        findings = figdiff_findings(figdiff, set_dir, case)
        figdiff_ok = figdiff_ok and findings is not None
        error_units = {e["unit"] for e in case["errors"]}
        for e in case["errors"]:
            by_pofilter = e["unit"] in flagged
            by_figdiff = None if findings is None else any(
                blind_eval.matches(f, e, "po") for f in findings)
            # An entry pofilter flags in the faithful file too is flagged whatever the error.
            anyway = e["unit"] in flagged_clean
            rows.append((e["file"], e["unit"], e["type"], by_pofilter, anyway, by_figdiff))
            totals["injected"] += 1
            totals["pofilter"] += by_pofilter
            totals["pofilter_new"] += by_pofilter and not anyway
            totals["figdiff"] += bool(by_figdiff)
        fig_units = set() if findings is None else figdiff_units(findings, case)
        if case["clean"]:
            totals["clean_entries"] += len(entries)
        for _, msgid, _ in entries:
            if msgid in error_units:
                continue
            p, g = msgid in flagged, msgid in fig_units
            kind = "clean" if case["clean"] else "in_error_files"
            totals[f"pofilter_false_{kind}"] += p
            totals[f"figdiff_false_{kind}"] += g
            if case["clean"] and (p or g):
                false_flags.append((case["args"][0], msgid, p, None if findings is None else g))

    fig = (lambda v: mark(v)) if figdiff_ok else (lambda v: "n/a")
    if args.markdown:
        print("| file | entry | injected error | pofilter | pofilter flags it when correct | figdiff |")
        print("|---|---|---|---|---|---|")
        for file, unit, typ, p, anyway, g in rows:
            print(f"| `{file}` | {short(unit)} | {typ} | {mark(p)} | {mark(anyway)} | {fig(g)} |")
        print("\nFalse flags on the entries of the clean PO files:\n")
        print("| file | entry | pofilter | figdiff |")
        print("|---|---|---|---|")
        for file, unit, p, g in false_flags:
            print(f"| `{file}` | {short(unit)} | {mark(p)} | {fig(g)} |")
    else:
        print(f"{'file':26} {'entry':48} {'error':24} {'pofilter':>8} {'(anyway)':>8} "
              f"{'figdiff':>8}")
        for file, unit, typ, p, anyway, g in rows:
            print(f"{file:26} {short(unit):48} {typ:24} {mark(p):>8} {mark(anyway):>8} "
                  f"{fig(g):>8}")
        print("(anyway: pofilter flags the entry in the faithful translation too)")
        print("\nfalse flags on clean entries:")
        for file, unit, p, g in false_flags:
            print(f"  {file:24} {short(unit, 60):60} pofilter {mark(p):>3}  figdiff {fig(g)}")
    n = totals["injected"]
    print(f"\ninjected errors: {n}; caught by pofilter {totals['pofilter']} "
          f"({100 * totals['pofilter'] / n:.0f}%; {totals['pofilter_new']} of them on entries "
          f"it passes when correct), by figdiff "
          + (f"{totals['figdiff']} ({100 * totals['figdiff'] / n:.0f}%)" if figdiff_ok else "n/a"))
    print(f"clean PO files: {totals['clean_entries']} entries; falsely flagged by pofilter "
          f"{totals['pofilter_false_clean']}, by figdiff "
          + (str(totals["figdiff_false_clean"]) if figdiff_ok else "n/a"))
    print(f"entries without an injected error in the error files: falsely flagged by pofilter "
          f"{totals['pofilter_false_in_error_files']}, by figdiff "
          + (str(totals["figdiff_false_in_error_files"]) if figdiff_ok else "n/a"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
