#!/usr/bin/env python3
"""Writes the error variants of the blind set and its manifest.jsonl.

The reference texts and their faithful translations are written by hand and kept as they are.
Each error variant is a faithful translation with a few translator errors injected, described in
variants.py as literal edits (old text -> new text). Deriving the variants from the edits, rather
than editing copies by hand, guarantees that a variant differs from its faithful translation by
exactly the recorded errors, and gives the manifest exact line numbers.

Run from anywhere: python3 tests/check/blind/make_variants.py
It rewrites every */errors/ tree and manifest.jsonl, then validates PO (msgfmt -c), XLIFF (XML)
and JSON files.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from variants import TRANSLATIONS  # noqa: E402

LANGS = ("en", "es", "fr", "ar")


def read(rel):
    with open(os.path.join(HERE, rel), encoding="utf-8") as f:
        return f.read()


def write(rel, text):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def file_format(path):
    if path.endswith(".po"):
        return "po"
    if path.endswith(".xlf") or path.endswith(".xliff"):
        return "xliff20" if 'version="2.0"' in read(path) else "xliff12"
    if path.endswith(".json"):
        return "json"
    return "markdown" if path.endswith(".md") else "text"


def lang_of(path):
    """The language tag of a path: a directory en/ or a name like x.fr.md or fr.json."""
    parts = re.split(r"[/.]", path)
    tags = [p for p in parts if p in LANGS]
    if not tags:
        raise SystemExit(f"{path}: no language tag in the path")
    return tags[-1]


def bilingual_lang(path):
    text = read(path)
    for pattern in (r'"Language: ([a-z]+)', r'target-language="([a-z]+)', r'trgLang="([a-z]+)'):
        m = re.search(pattern, text)
        if m:
            return m.group(1)
    raise SystemExit(f"{path}: no target language")


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def find_unique(text, needle, nth, what):
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not starts:
        raise SystemExit(f"{what}: {needle!r} not found")
    if nth is None:
        if len(starts) > 1:
            raise SystemExit(f"{what}: {needle!r} occurs {len(starts)} times; give nth")
        return starts[0]
    return starts[nth]


def source_lines(text, fmt):
    """Lines of a bilingual file that hold source text (msgid, <source>)."""
    lines = text.split("\n")
    keep = set()
    in_msgid = False
    for i, line in enumerate(lines, 1):
        if fmt == "po":
            if line.startswith("msgid") or line.startswith("msgid_plural"):
                in_msgid = True
            elif not line.startswith('"'):
                in_msgid = False
            if in_msgid:
                keep.add(i)
        elif "<source" in line:
            keep.add(i)
    return keep


def ref_line(ref_text, ref_file, fmt, needle, nth, what):
    if fmt in ("po", "xliff12", "xliff20"):
        allowed = source_lines(ref_text, fmt)
        hits = [line_of(ref_text, m.start()) for m in re.finditer(re.escape(needle), ref_text)]
        hits = [h for h in hits if h in allowed]
        if not hits or (nth is None and len(hits) > 1):
            raise SystemExit(f"{what}: reference {needle!r} found on source lines {hits}")
        return hits[0 if nth is None else nth]
    pos = find_unique(ref_text, needle, nth, f"{what} (reference {ref_file})")
    return line_of(ref_text, pos)


def po_unit(text, line):
    """The msgid of the PO entry holding the given line."""
    lines = text.split("\n")
    start = line - 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    msgid, collecting = [], False
    for raw in lines[start:]:
        if not raw.strip():
            break
        if raw.startswith("msgid "):
            collecting = True
            msgid.append(raw[len("msgid ") :])
        elif collecting and raw.startswith('"'):
            msgid.append(raw)
        else:
            collecting = False
    return "".join(json.loads(s) for s in msgid)


def xliff_unit(text, pos):
    ids = list(re.finditer(r'<(?:trans-unit|unit) id="([^"]+)"', text[:pos]))
    return ids[-1].group(1)


def json_unit(text, line):
    """The dotted key path of the value on a line of a pretty-printed JSON file."""
    stack = []
    for i, raw in enumerate(text.split("\n"), 1):
        m = re.match(r'\s*"([^"]+)"\s*:\s*(.)', raw)
        if i == line:
            return ".".join(stack + [m.group(1)])
        if m and m.group(2) == "{":
            stack.append(m.group(1))
        elif re.match(r"\s*}", raw) and stack:
            stack.pop()
    raise SystemExit(f"line {line} not in JSON")


def unit_at(text, fmt, pos):
    line = line_of(text, pos)
    if fmt == "po":
        return po_unit(text, line)
    if fmt.startswith("xliff"):
        return xliff_unit(text, pos)
    if fmt == "json":
        return json_unit(text, line)
    return None


def variant_path(t, n):
    """Where variant n of translation t goes, keeping the language tag last."""
    if t.get("dir"):
        ref_dir, trans_dir = t["dir"]
        base = os.path.dirname(trans_dir)
        stem = os.path.splitext(os.path.basename(t["path"]))[0]
        vdir = os.path.join(base, "errors", f"{stem}-e{n}", os.path.basename(trans_dir))
        return vdir, os.path.join(vdir, os.path.relpath(t["path"], trans_dir))
    directory, name = os.path.split(t["path"])
    if name.endswith(".json"):
        return None, os.path.join(directory, "errors", f"e{n}", name)
    stem, lang, ext = name.rsplit(".", 2)
    return None, os.path.join(directory, "errors", f"{stem}-e{n}.{lang}.{ext}")


def apply_edits(faithful, edits, what):
    """Applies the edits in order; returns the new text and each edit's (start, length)."""
    text = faithful
    spans = []
    for e in edits:
        pos = find_unique(text, e["old"], e.get("nth"), what)
        delta = len(e["new"]) - len(e["old"])
        spans = [(s + delta if s > pos else s, n) for s, n in spans]
        text = text[:pos] + e["new"] + text[pos + len(e["old"]) :]
        spans.append((pos, len(e["new"])))
    return text, spans


def case_name(path):
    return re.sub(r"[/.]", "_", path)


def build():
    cases = []
    for t in TRANSLATIONS:
        path, ref = t["path"], t.get("ref")
        fmt = "dir" if t.get("dir") else file_format(path)
        bilingual = ref is None
        lang = bilingual_lang(path) if bilingual else lang_of(path)
        ref_lang = "en" if bilingual else lang_of(ref)
        common = {"pair": f"{ref_lang}-{lang}", "format": fmt}
        if t.get("dir"):
            ref_dir, trans_dir = t["dir"]
            if not any(c["args"][-1] == trans_dir for c in cases):
                cases.append({"case": case_name(trans_dir), "args": ["--ref", ref_dir, trans_dir],
                              "clean": True, "errors": [], **common})
        else:
            args = [path] if bilingual else ["--ref", ref, path]
            cases.append({"case": case_name(path), "args": args, "clean": True, "errors": [],
                          **common})
        faithful = read(path)
        ref_file = path if bilingual else ref
        ref_text = read(ref_file)
        for n, edits in enumerate(t["variants"], 1):
            vdir, vpath = variant_path(t, n)
            what = f"{vpath}"
            text, spans = apply_edits(faithful, edits, what)
            errors = []
            for e, (start, length) in zip(edits, spans):
                ref_path = vpath if bilingual else ref_file
                err = {"file": vpath, "ref_file": ref_path, "type": e["type"]}
                if e["type"] == "extra":
                    err["ref_line"] = None
                else:
                    where = e.get("ref_ctx", e["ref"])
                    if e["ref"] not in where:
                        raise SystemExit(f"{what}: {e['ref']!r} not in {where!r}")
                    err["ref_line"] = ref_line(ref_text, ref_file, fmt, where, e.get("ref_nth"),
                                               what)
                if e["type"] == "missing":
                    err["line"] = None
                    unit_pos = start
                else:
                    shown = e.get("text", e["new"])
                    off = text.find(shown, start, start + length)
                    if off < 0:
                        raise SystemExit(f"{what}: {shown!r} not inside {e['new']!r}")
                    err["line"] = line_of(text, off)
                    unit_pos = off
                ufmt = "text" if fmt == "dir" else fmt
                err["unit"] = unit_at(text, ufmt, unit_pos)
                err["ref_text"] = None if e["type"] == "extra" else e["ref"]
                err["text"] = None if e["type"] == "missing" else e.get("text", e["new"])
                err["note"] = e.get("note", "")
                errors.append(err)
            keys = [(x["line"], x["ref_line"]) for x in errors]
            lines = [x["line"] for x in errors if x["line"]]
            ref_lines = [x["ref_line"] for x in errors if x["ref_line"]]
            if bilingual:
                units = [x["unit"] for x in errors]
                if len(set(units)) != len(units):
                    raise SystemExit(f"{what}: two errors in one unit {units}")
            elif len(set(lines)) != len(lines) or len(set(ref_lines)) != len(ref_lines):
                raise SystemExit(f"{what}: two errors on one line {keys}")
            if vdir:
                src_dir = os.path.join(HERE, t["dir"][1])
                shutil.copytree(src_dir, os.path.join(HERE, vdir))
                args = ["--ref", t["dir"][0], vdir]
            else:
                args = [vpath] if bilingual else ["--ref", ref, vpath]
            write(vpath, text)
            cases.append({"case": case_name(vpath), "args": args, "clean": False,
                          "errors": errors, **common})
    return cases


def validate():
    ok = True
    for root, _, files in os.walk(HERE):
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, HERE)
            if name.endswith(".po"):
                r = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", path],
                                   capture_output=True, text=True)
                if r.returncode:
                    print(f"{rel}: msgfmt: {r.stderr.strip()}")
                    ok = False
            elif name.endswith((".xlf", ".xliff")):
                try:
                    xml.dom.minidom.parse(path)
                except Exception as e:  # noqa: BLE001 - any parse error is reported
                    print(f"{rel}: XML: {e}")
                    ok = False
            elif name.endswith(".json") and name != "manifest.jsonl":
                try:
                    with open(path, encoding="utf-8") as f:
                        json.load(f)
                except ValueError as e:
                    print(f"{rel}: JSON: {e}")
                    ok = False
    return ok


def main():
    for root, dirs, _ in os.walk(HERE):
        if "errors" in dirs:
            shutil.rmtree(os.path.join(root, "errors"))
            dirs.remove("errors")
    cases = build()
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    errors = [e for c in cases for e in c["errors"]]
    print(f"{len(cases)} cases, {sum(c['clean'] for c in cases)} clean, {len(errors)} errors")
    if not validate():
        sys.exit(1)


if __name__ == "__main__":
    main()
