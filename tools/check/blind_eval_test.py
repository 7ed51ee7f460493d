#!/usr/bin/env python3
"""Tests of blind_eval.py on fake findings, so that its numbers can be trusted before figdiff
check exists: a perfect run, misses, wrong types, false alarms and the exit status."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "blind_eval.py")
SET = os.path.join(os.path.dirname(os.path.dirname(HERE)), "tests", "check", "blind")

FINDING_TYPE = {"scale": "scale_differs", "value": "value_differs", "currency": "currency_differs",
                "rounding": "rounding"}


def manifest():
    with open(os.path.join(SET, "manifest.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def finding_for(case, error, **changes):
    """What a correct figdiff check would report for an injected error."""
    f = {"case": case["case"], "file": error["file"], "ref": error["ref_file"],
         "unit": error["unit"], "line": error["line"] or 1, "col": 1, "severity": "error",
         "type": FINDING_TYPE.get(error["type"], error["type"]), "message": "fake",
         "expected": None if error["ref_line"] is None else {"line": error["ref_line"],
                                                              "text": error["ref_text"]},
         "found": None if error["line"] is None else {"line": error["line"],
                                                      "text": error["text"]}}
    f.update(changes)
    return f


def score(findings, *extra):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for finding in findings:
            f.write(json.dumps(finding, ensure_ascii=False) + "\n")
    try:
        r = subprocess.run([sys.executable, SCORER, "--set", SET, "--findings", f.name,
                            "--figdiff", "/nonexistent", "--json", *extra],
                           capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    return r.returncode, json.loads(r.stdout)


class BlindEval(unittest.TestCase):
    def setUp(self):
        self.cases = manifest()
        self.pairs = [(c, e) for c in self.cases for e in c["errors"]]

    def test_perfect_findings_catch_everything_with_no_false_alarm(self):
        status, s = score([finding_for(c, e) for c, e in self.pairs], "--min-recall", "1",
                          "--max-false-alarms", "0")
        self.assertEqual(status, 0)
        self.assertEqual((s["caught"], s["injected"]), (len(self.pairs), len(self.pairs)))
        self.assertEqual(s["type_ok"], len(self.pairs))
        self.assertEqual(s["false_alarms"], 0)
        self.assertEqual(s["misses"], [])

    def test_a_dropped_finding_is_a_miss_listed_with_its_place(self):
        (_, e0), rest = self.pairs[0], self.pairs[1:]
        status, s = score([finding_for(c, e) for c, e in rest], "--min-recall", "1")
        self.assertEqual(status, 1)
        self.assertEqual(s["caught"], len(self.pairs) - 1)
        self.assertEqual([(m["file"], m["line"]) for m in s["misses"]],
                         [(e0["file"], e0["line"])])

    def test_a_match_by_reference_line_alone_counts(self):
        c, e = next((c, e) for c, e in self.pairs if e["type"] == "missing" and c["format"] in
                    ("markdown", "text"))
        _, s = score([finding_for(c, e, found=None, unit=None)])
        self.assertEqual(s["caught"], 1)

    def test_a_finding_on_another_line_is_a_false_alarm_and_the_error_a_miss(self):
        c, e = next((c, e) for c, e in self.pairs if e["type"] == "value" and c["format"] ==
                    "markdown")
        wrong = finding_for(c, e, found={"line": 999}, expected={"line": 998})
        _, s = score([wrong])
        self.assertEqual(s["caught"], 0)
        self.assertEqual(s["false_alarms"], 1)
        self.assertFalse(s["false_alarm_list"][0]["clean"])

    def test_segments_match_by_unit(self):
        c, e = next((c, e) for c, e in self.pairs if c["format"] == "po")
        _, s = score([finding_for(c, e, found={"line": 1}, expected={"line": 2})])
        self.assertEqual(s["caught"], 1)

    def test_units_qualified_or_joined_otherwise_still_match(self):
        c, e = next((c, e) for c, e in self.pairs if c["format"] == "json")
        slashed = e["unit"].replace(".", "/")
        _, s = score([finding_for(c, e, found={"line": 1}, expected={"line": 2}, unit=slashed)])
        self.assertEqual(s["caught"], 1)
        c, e = next((c, e) for c, e in self.pairs if c["format"] == "po")
        _, s = score([finding_for(c, e, found={"line": 1}, expected={"line": 2},
                                  unit="context\u0004" + e["unit"])])
        self.assertEqual(s["caught"], 1)

    def test_wrong_type_is_caught_but_not_type_ok_and_rounding_accepts_value(self):
        c, e = next((c, e) for c, e in self.pairs if e["type"] == "scale")
        r, q = next((c, e) for c, e in self.pairs if e["type"] == "rounding")
        _, s = score([finding_for(c, e, type="value_differs"),
                      finding_for(r, q, type="value_differs")])
        self.assertEqual((s["caught"], s["type_ok"]), (2, 1))
        self.assertEqual([m["type"] for m in s["wrong_types"]], ["scale"])

    def test_every_finding_of_a_clean_case_is_a_false_alarm(self):
        clean = next(c for c in self.cases if c["clean"])
        fa = {"case": clean["case"], "file": clean["args"][-1], "line": 3, "col": 1,
              "severity": "warning", "type": "value_differs", "unit": None, "message": "fake",
              "expected": {"line": 3}, "found": {"line": 3}}
        status, s = score([fa], "--max-false-alarms", "0")
        self.assertEqual(status, 1)
        self.assertEqual(s["false_alarms_in_clean_cases"], 1)
        self.assertEqual(s["false_alarms_by_severity"], {"warning": 1})

    def test_min_severity_ignores_lower_findings(self):
        clean = next(c for c in self.cases if c["clean"])
        note = {"case": clean["case"], "file": clean["args"][-1], "line": 3, "severity": "note",
                "type": "rounding"}
        _, s = score([note], "--min-severity", "warning")
        self.assertEqual(s["false_alarms"], 0)


if __name__ == "__main__":
    unittest.main()
