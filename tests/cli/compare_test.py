#!/usr/bin/env python3
"""Tests of `figdiff compare` through the real binary: golden table and JSON on the sample
articles, directory arguments, the reference, formats, color, exit codes and errors.

Usage: compare_test.py FIGDIFF_BINARY SOURCE_DIR  (run by CTest; python3 stdlib only)
Set FIGDIFF_UPDATE_GOLDEN=1 to rewrite the golden files after a reviewed change.
"""
import csv
import io
import json
import os
import pty
import subprocess
import sys
import tempfile
import unittest

BINARY = SOURCE = None
SAMPLES = "data/samples/trainium"
# As the shell expands data/samples/trainium/*: sorted by name.
ALL = [f"{SAMPLES}/{name}.txt" for name in ["ar", "es", "fr.related", "fr.summary", "fr"]]
AWS = [f"{SAMPLES}/{name}.txt" for name in ["es", "ar", "fr", "fr.summary"]]


def run(*args, stdin=b"", env=None):
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, cwd=SOURCE,
                          timeout=60, env=env)


def compare_json(*args):
    out = run("compare", "--format", "json", *args)
    return out.returncode, json.loads(out.stdout)


def write(directory, name, text):
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class Golden(unittest.TestCase):
    def check_golden(self, name, args, status):
        out = run("compare", *args)
        self.assertEqual(out.returncode, status, out.stderr)
        self.assertEqual(out.stderr, b"")
        golden = os.path.join(SOURCE, "tests/golden/compare", name)
        if os.environ.get("FIGDIFF_UPDATE_GOLDEN"):
            with open(golden, "wb") as f:
                f.write(out.stdout)
        with open(golden, "rb") as f:
            self.assertEqual(out.stdout.decode(), f.read().decode(), name)

    def test_table_of_the_five_samples(self):
        self.check_golden("trainium.txt", ALL, 1)

    def test_json_of_the_five_samples(self):
        self.check_golden("trainium.json", ["--format", "json", *ALL], 1)

    def test_table_of_the_four_versions_against_the_spanish(self):
        self.check_golden("trainium-aws.txt", ["--ref", AWS[0], *AWS], 1)

    def test_a_directory_is_its_files_by_name(self):
        self.assertEqual(run("compare", SAMPLES).stdout, run("compare", *ALL).stdout)


class Samples(unittest.TestCase):
    """What the sample articles must show, whatever the layout."""

    @classmethod
    def setUpClass(cls):
        cls.status, cls.doc = compare_json(*ALL)
        cls.names = [os.path.basename(d["path"])[:-4] for d in cls.doc["documents"]]

    def row(self, kind, value):
        rows = [r for r in self.doc["rows"] if (r["kind"], r["value"]) == (kind, value)]
        self.assertEqual(len(rows), 1, (kind, value))
        return rows[0]

    def present(self, row):
        return [n for n, c in zip(self.names, row["cells"]) if c is not None]

    def dissenters(self, row, finding):
        found = [f["documents"] for f in row["findings"] if f["finding"] == finding]
        return [self.names[i] for i in found[0]] if found else []

    def test_documents_and_cells_are_parallel(self):
        self.assertEqual(self.status, 1)
        self.assertEqual(self.doc["documents"],
                         [{"path": p, "lang": "ar" if "/ar" in p else "es" if "/es" in p else "fr"}
                          for p in ALL])
        for row in self.doc["rows"]:
            self.assertEqual(len(row["cells"]), len(ALL))
            self.assertEqual(list(row)[:5], ["kind", "value", "currency", "verdict", "findings"])

    def test_cells_are_the_facts_of_extract(self):
        for path in ALL:
            out = run("extract", "--format", "jsonl", path)
            facts = [json.loads(line) for line in out.stdout.decode().splitlines()]
            cells = [r["cells"][ALL.index(path)] for r in self.doc["rows"]]
            self.assertEqual(sorted((c for c in cells if c), key=lambda c: c["start"]), facts)

    def test_the_related_article_has_350_000_against_100_000(self):
        row = self.row("count", "100000")
        self.assertEqual(row["verdict"], "value_differs")
        self.assertEqual(self.dissenters(row, "value_differs"), ["fr.related"])
        self.assertEqual(row["cells"][self.names.index("fr.related")]["value"], "350000")

    def test_40_000_teams_and_chips_agree_on_the_value(self):
        row = self.row("count", "40000")
        self.assertEqual(self.present(row), ["ar", "es", "fr.summary", "fr"])
        findings = {f["finding"] for f in row["findings"]}
        self.assertEqual(findings, {"missing", "qualifier_differs"})  # no value, no noun
        self.assertEqual(self.dissenters(row, "qualifier_differs"), ["fr.summary"])

    def test_the_summary_lacks_figures(self):
        for kind, value in [("money", "1500000000"), ("money", "2600000000"), ("count", "7")]:
            self.assertIn("fr.summary", self.dissenters(self.row(kind, value), "missing"))

    def test_the_four_versions_of_the_story_agree_on_most_figures(self):
        _, doc = compare_json(*AWS)
        agree = [r for r in doc["rows"] if r["verdict"] in ("agree", "rounding")]
        self.assertGreaterEqual(len(agree), 4)
        for row in doc["rows"]:
            self.assertNotIn(row["verdict"], ("value_differs", "scale_differs", "currency_differs"))


class Options(unittest.TestCase):
    def test_reference_not_among_the_files_comes_first(self):
        _, doc = compare_json("--ref", AWS[1], AWS[0], AWS[2])
        self.assertEqual([d["path"] for d in doc["documents"]], [AWS[1], AWS[0], AWS[2]])

    def test_the_reference_decides_the_value(self):
        with tempfile.TemporaryDirectory() as d:
            a = write(d, "a.en.txt", "The grant is 86 GPUs.\n")
            b = write(d, "b.en.txt", "The grant is 68 GPUs.\n")
            c = write(d, "c.en.txt", "The grant is 68 GPUs.\n")
            _, doc = compare_json(a, b, c)
            self.assertEqual(doc["rows"][0]["findings"],
                             [{"finding": "value_differs", "documents": [0]}])
            _, doc = compare_json("--ref", a, a, b, c)
            self.assertEqual(doc["rows"][0]["value"], "86")
            self.assertEqual(doc["rows"][0]["findings"],
                             [{"finding": "value_differs", "documents": [1, 2]}])

    def test_scale_error_across_languages(self):
        with tempfile.TemporaryDirectory() as d:
            en = write(d, "en.txt", "The agencies spent 1.5 billion dollars in 2021.\n")
            es = write(d, "es.txt", "Las agencias gastaron 1,5 billones de dólares en 2021.\n")
            fr = write(d, "fr.txt", "Les agences ont dépensé 1,5 milliard de dollars en 2021.\n")
            ar = write(d, "ar.txt", "أنفقت الوكالات 1.5 مليار دولار في عام 2021.\n")
            status, doc = compare_json("--ref", en, en, es, fr, ar)
            self.assertEqual(status, 1)
            self.assertEqual([r["findings"] for r in doc["rows"]],
                             [[{"finding": "scale_differs", "documents": [1]}]])
            table = run("compare", "--ref", en, en, es, fr, ar).stdout.decode()
            self.assertIn("✗ scale differs (es)", table)

    def test_rounding_within_the_tolerance(self):
        with tempfile.TemporaryDirectory() as d:
            a = write(d, "a.en.txt", "The fund holds 2.1 million dollars.\n")
            b = write(d, "b.fr.txt", "Le fonds détient 2,08 millions de dollars.\n")
            out = run("compare", a, b)
            self.assertEqual(out.returncode, 0, out.stdout)
            self.assertIn("≈ rounding (b.fr)", out.stdout.decode())
            self.assertEqual(run("compare", "--tolerance", "0.5", a, b).returncode, 1)

    def test_identical_versions_exit_0(self):
        out = run("compare", AWS[0], AWS[0])
        self.assertEqual(out.returncode, 0)
        self.assertIn("· 0 differ or are missing", out.stdout.decode())

    def test_context_shows_each_figures_sentence(self):
        out = run("compare", "--context", AWS[0], AWS[2]).stdout.decode()
        self.assertIn("\n    es: Amazon intenta atraer a investigadores de IA con 110 millones de "
                      "dólares en subvenciones y créditos\n", out)
        _, doc = compare_json("--context", AWS[0], AWS[2])
        self.assertIn("110 millones de dólares", doc["rows"][0]["cells"][0]["sentence"])

    def test_markdown_and_csv(self):
        md = run("compare", "--format", "markdown", *AWS).stdout.decode().splitlines()
        self.assertEqual(md[0], "| figure | es | ar | fr | fr.summary | verdict |")
        self.assertEqual(md[1], "| --- | --- | --- | --- | --- | --- |")
        self.assertTrue(md[-1].endswith("differ or are missing"))
        rows = list(csv.reader(io.StringIO(run("compare", "--format", "csv", *AWS).stdout.decode())))
        self.assertEqual(rows[0], ["figure", "kind", "value", "currency", "verdict", "findings",
                                   "es", "ar", "fr", "fr.summary"])
        self.assertEqual(rows[1][:5], ["USD 110,000,000", "money", "110000000", "USD", "agree"])

    def test_color(self):
        self.assertIn(b"\x1b[", run("compare", "--color", "always", *AWS).stdout)
        self.assertNotIn(b"\x1b[", run("compare", "--color", "never", *AWS).stdout)
        self.assertNotIn(b"\x1b[", run("compare", *AWS).stdout)  # piped
        self.assertIn(b"\x1b[", self.on_terminal({}))
        self.assertNotIn(b"\x1b[", self.on_terminal({"NO_COLOR": "1"}))

    def on_terminal(self, extra_env):
        env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        env.update(extra_env)
        master, slave = pty.openpty()
        p = subprocess.Popen([BINARY, "compare", *AWS], stdout=slave, stderr=subprocess.DEVNULL,
                             cwd=SOURCE, env=env)
        os.close(slave)
        out = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            out += chunk
        os.close(master)
        p.wait(timeout=60)
        return out


class Directories(unittest.TestCase):
    def test_hidden_files_and_subdirectories_are_skipped(self):
        with tempfile.TemporaryDirectory() as d:
            write(d, "b.es.txt", "Hay 68 GPU.\n")
            write(d, "a.fr.txt", "Il y a 68 GPU.\n")
            write(d, ".hidden.en.txt", "There are 86 GPUs.\n")
            os.mkdir(os.path.join(d, "sub"))
            write(os.path.join(d, "sub"), "c.en.txt", "There are 86 GPUs.\n")
            status, doc = compare_json(d)
            self.assertEqual(status, 0)
            self.assertEqual([os.path.basename(x["path"]) for x in doc["documents"]],
                             ["a.fr.txt", "b.es.txt"])


class Errors(unittest.TestCase):
    def test_missing_file_does_not_stop_the_others(self):
        out = run("compare", "missing.txt", *AWS[:2])
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"figdiff: missing.txt: No such file or directory", out.stderr)
        self.assertIn(b"110 millones", out.stdout)

    def test_one_version_is_not_enough(self):
        out = run("compare", "missing.txt", AWS[0])
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"compare needs at least two versions", out.stderr)
        self.assertEqual(out.stdout, b"")

    def test_unreadable_reference_is_an_error(self):
        out = run("compare", "--ref", "missing.txt", *AWS[:2])
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"cannot compare without the reference", out.stderr)

    def test_too_many_figures_are_refused_quickly(self):
        with tempfile.TemporaryDirectory() as d:
            text = "Il y a 5 % et 7 %. " * 6000  # 12 000 figures: 144 million pairs
            a, b = write(d, "a.fr.txt", text), write(d, "b.fr.txt", text)
            out = run("compare", a, b)
            self.assertEqual(out.returncode, 2)
            self.assertIn(b"figdiff: too many figures to align: 12000 against 12000", out.stderr)
            self.assertEqual(out.stdout, b"")

    def test_usage_errors_exit_2(self):
        self.assertEqual(run("compare").returncode, 2)
        self.assertEqual(run("compare", "--format", "xml", *AWS).returncode, 2)
        self.assertEqual(run("compare", "--color", "sometimes", *AWS).returncode, 2)
        self.assertEqual(run("compare", "--tolerance", "two", *AWS).returncode, 2)
        self.assertEqual(run("compare", "--tolerance", "-1", *AWS).returncode, 2)


if __name__ == "__main__":
    BINARY, SOURCE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=sys.argv[:1], verbosity=1)
