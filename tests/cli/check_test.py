#!/usr/bin/env python3
"""Tests of `figdiff check` through the real binary, on constructed translations in en, es, fr
and ar (tests/check/cases): golden output in every format, clean translations passing in every
format, PO / XLIFF / JSON locale files / directories, suppressions, --fail-on, and errors.

Usage: check_test.py FIGDIFF_BINARY SOURCE_DIR  (run by CTest; python3 stdlib only)
Set FIGDIFF_UPDATE_GOLDEN=1 to rewrite the golden files after a reviewed change.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import xml.dom.minidom

BINARY = SOURCE = None
CASES = "tests/check/cases"
FORMATS = ["text", "json", "github", "sarif", "junit"]
CLEAN = ["--ref", "clean/en/guide.md", "clean/es/guide.md", "clean/fr/guide.md",
         "clean/ar/guide.md"]
ERRORS = ["--ref", "errors/report.en.md", "errors/report.es.md", "errors/report.fr.md",
          "errors/report.ar.txt"]


def run(*args, cwd=None):
    return subprocess.run([BINARY, "check", *args], capture_output=True, timeout=60,
                          cwd=cwd or os.path.join(SOURCE, CASES))


def findings(*args):
    out = run("--format", "json", *args)
    return out.returncode, [json.loads(line) for line in out.stdout.decode().splitlines()]


def write(directory, name, text):
    path = os.path.join(directory, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class Golden(unittest.TestCase):
    def check_golden(self, name, args, status):
        out = run(*args)
        self.assertEqual(out.returncode, status, out.stderr)
        self.assertEqual(out.stderr, b"")
        golden = os.path.join(SOURCE, "tests/golden/check", name)
        if os.environ.get("FIGDIFF_UPDATE_GOLDEN"):
            os.makedirs(os.path.dirname(golden), exist_ok=True)
            with open(golden, "wb") as f:
                f.write(out.stdout)
        with open(golden, "rb") as f:
            self.assertEqual(out.stdout.decode(), f.read().decode(), name)

    def test_every_format_on_the_documents_with_errors(self):
        for fmt, ext in [("text", "txt"), ("json", "jsonl"), ("github", "github"),
                         ("sarif", "sarif"), ("junit", "xml")]:
            with self.subTest(fmt):
                self.check_golden(f"report.{ext}", ["--format", fmt, *ERRORS], 1)

    def test_po_xliff_json_and_directories(self):
        self.check_golden("po.txt", ["po/shop.fr.po", "po/shop.es.po"], 1)
        self.check_golden("xliff.txt", ["xliff/app.ar.xlf", "xliff/app.es.xlf"], 1)
        self.check_golden("locale-json.jsonl", ["--format", "json", "--ref", "json/en.json",
                                                "json/fr.json"], 1)
        self.check_golden("directories.txt", ["--ref", "dirs/en", "dirs/fr"], 1)


class Clean(unittest.TestCase):
    def test_faithful_translations_pass_in_every_format(self):
        for fmt in FORMATS:
            with self.subTest(fmt):
                out = run("--format", fmt, *CLEAN)
                self.assertEqual(out.returncode, 0, out.stdout.decode())
        # Notes are there for people; they fail only with --fail-on note.
        self.assertEqual(run("--fail-on", "warning", *CLEAN).returncode, 0)

    def test_faithful_po_xliff_and_json_pass_in_every_format(self):
        for fmt in FORMATS:
            with self.subTest(fmt):
                self.assertEqual(run("--format", fmt, "po/shop.es.po", "xliff/app.es.xlf")
                                 .returncode, 0)
                self.assertEqual(run("--format", fmt, "--ref", "json/en.json", "json/es.json")
                                 .returncode, 0)

    def test_fuzzy_entries_are_skipped_unless_asked(self):
        status, found = findings("po/shop.fr.po")
        self.assertEqual(status, 1)
        units = {f["unit"] for f in found}
        self.assertNotIn("Returns accepted within 30 days.", units)  # fuzzy: 30 -> 60 skipped
        status, found = findings("--include-fuzzy", "po/shop.fr.po")
        self.assertIn("Returns accepted within 30 days.", {f["unit"] for f in found})

    def test_locale_formatting_is_never_a_finding(self):
        with tempfile.TemporaryDirectory() as d:
            write(d, "en.md", "We hired 40,000 people and raised $1.5 billion, up 12.5%.\n")
            write(d, "es.md", "Contratamos a 40.000 personas y captamos 1.500 millones de "
                              "dólares, un 12,5 % más.\n")
            write(d, "fr.md", "Nous avons recruté 40 000 personnes et levé 1,5 milliard de "
                              "dollars, soit 12,5 % de plus.\n")
            write(d, "ar.md", "وظفنا ٤٠٬٠٠٠ شخص وجمعنا 1.5 مليار دولار، بزيادة ١٢٫٥٪.\n")
            out = run("--ref", "en.md", "es.md", "fr.md", "ar.md", cwd=d)
            self.assertEqual(out.returncode, 0, out.stdout.decode())
            self.assertIn(b"no findings in 3 files checked", out.stdout)


class Findings(unittest.TestCase):
    def test_each_class_of_error_is_named_where_it_is(self):
        status, found = findings(*ERRORS)
        self.assertEqual(status, 1)
        by_type = {(f["file"], f["type"]): f for f in found}
        scale = by_type[("errors/report.es.md", "scale_differs")]
        self.assertEqual((scale["line"], scale["col"]), (3, 23))
        self.assertEqual(scale["expected"]["value"], "2400000000")
        self.assertEqual(scale["found"]["value"], "2400000000000")
        self.assertEqual(scale["severity"], "error")
        for kind in ["value_differs", "qualifier_contradiction", "currency_differs",
                     "points_vs_percent", "rounding", "qualifier_dropped", "extra"]:
            self.assertIn(("errors/report.es.md", kind), by_type)
        self.assertIn(("errors/report.ar.txt", "hidden_character"), by_type)

    def test_segment_positions_point_into_the_translation_file(self):
        status, found = findings("xliff/app.ar.xlf")
        scale = next(f for f in found if f["type"] == "scale_differs")
        self.assertEqual(scale["unit"], "revenue")
        self.assertEqual((scale["line"], scale["col"]), (15, 53))
        self.assertEqual((scale["expected"]["line"], scale["expected"]["col"]), (14, 32))
        status, found = findings("po/shop.fr.po")
        plural = next(f for f in found if f["unit"] == "One item costs $5[1]")
        self.assertEqual((plural["line"], plural["col"]), (26, 32))
        self.assertEqual(plural["type"], "value_differs")

    def test_files_missing_on_either_side(self):
        status, found = findings("--ref", "dirs/en", "dirs/fr")
        missing = sorted((f["file"], f["ref"]) for f in found if f["type"] == "file_missing")
        self.assertEqual(missing, [("dirs/fr/hours.md", "dirs/en/hours.md"),
                                   ("dirs/fr/news.md", "dirs/en/news.md")])


class Suppressions(unittest.TestCase):
    def test_inline_marker_and_translator_comment(self):
        status, found = findings("--show-suppressed", *ERRORS)
        accepted = [f for f in found if "suppressed" in f]
        self.assertEqual([(f["file"], f["type"]) for f in accepted],
                         [("errors/report.fr.md", "missing")])
        status, found = findings("--show-suppressed", "po/shop.fr.po")
        accepted = [f for f in found if "suppressed" in f]
        self.assertEqual(accepted[0]["suppressed"], "prices are shown in euros in France")

    def test_ignore_file_accepts_and_reports_stale_entries(self):
        with tempfile.TemporaryDirectory() as d:
            ignore = write(d, "ignore", "json/fr.json#home.banner scale_differs 2000000 "
                                        "the French site counts all users\n"
                                        "json/fr.json value_differs 29 the Pro plan is dearer\n"
                                        "json/fr.json missing 1 stale\n")
            out = run("--ignore-file", ignore, "--ref", "json/en.json", "json/fr.json")
            self.assertEqual(out.returncode, 0, out.stdout.decode())
            self.assertIn(b"(2 accepted)", out.stdout)
            self.assertIn(b":3: matches no finding", out.stderr)

    def test_default_ignore_file_in_the_current_directory(self):
        with tempfile.TemporaryDirectory() as d:
            write(d, "en.md", "It costs $40.\n")
            write(d, "fr.md", "Cela coûte 40 €.\n")
            self.assertEqual(run("--ref", "en.md", "fr.md", cwd=d).returncode, 1)
            write(d, ".figdiff-ignore", "fr.md currency_differs 40 priced in euros\n")
            self.assertEqual(run("--ref", "en.md", "fr.md", cwd=d).returncode, 0)


class FailOn(unittest.TestCase):
    def test_warnings_fail_only_when_asked(self):
        with tempfile.TemporaryDirectory() as d:
            write(d, "en.md", "About 300 people came.\n")
            write(d, "es.md", "Vinieron 300 personas.\n")
            self.assertEqual(run("--ref", "en.md", "es.md", cwd=d).returncode, 0)
            self.assertEqual(run("--fail-on", "warning", "--ref", "en.md", "es.md",
                                 cwd=d).returncode, 1)


class Formats(unittest.TestCase):
    def test_sarif_and_junit_are_well_formed(self):
        sarif = json.loads(run("--format", "sarif", *ERRORS).stdout)
        self.assertEqual(sarif["version"], "2.1.0")
        self.assertEqual(len(sarif["runs"][0]["results"]), 11)  # the accepted one included
        junit = xml.dom.minidom.parseString(run("--format", "junit", *ERRORS).stdout)
        suite = junit.getElementsByTagName("testsuite")[0]
        self.assertEqual(suite.getAttribute("tests"), "3")
        self.assertEqual(suite.getAttribute("failures"), "1")  # the fr file's only error is accepted

    def test_github_commands_one_per_line(self):
        out = run("--format", "github", *ERRORS).stdout.decode().splitlines()
        self.assertTrue(all(line.startswith(("::error ", "::warning ", "::notice "))
                            for line in out), out)


class Errors(unittest.TestCase):
    def assert_error(self, args, message, cwd=None):
        out = run(*args, cwd=cwd)
        self.assertEqual(out.returncode, 2, out.stdout)
        self.assertIn(message, out.stderr.decode())

    def test_usage_and_input_errors(self):
        self.assert_error(["clean/es/guide.md"], "clean/es/guide.md: not a PO or XLIFF file")
        self.assert_error(["--ref", "en.po", "po/shop.fr.po"], "check it without --ref")
        self.assert_error(["--ref", "clean/en/guide.md", "nope.md"], "nope.md: ")
        self.assert_error(["--ref", "dirs/en", "clean/fr/guide.md"], "both be files or both")
        self.assert_error(["--ignore-file", "missing-ignore", *CLEAN], "missing-ignore: ")
        with tempfile.TemporaryDirectory() as d:
            write(d, "bad.po", 'msgid "a"\nmsgstr "b\n')
            self.assert_error(["bad.po"], "bad.po: ", cwd=d)
            write(d, "de.po", 'msgid ""\nmsgstr "Language: de\\n"\n\nmsgid "5"\nmsgstr "5"\n')
            self.assert_error(["de.po"], "the target language 'de' is not supported", cwd=d)
            write(d, "bad.xlf", "<xliff version='1.2'><file>")
            self.assert_error(["bad.xlf"], "bad.xlf: ", cwd=d)
            write(d, "en.json", '{"a": "5 cats"}')
            write(d, "fr.json", '{"a": 5 chats}')
            self.assert_error(["--ref", "en.json", "fr.json"], "fr.json: ", cwd=d)
            write(d, "ignore", "fr.md missing 3\n")
            self.assert_error(["--ignore-file", "ignore", "--ref", "en.json", "fr.json"],
                              "ignore:1: expected", cwd=d)
            with open(os.path.join(d, "bin.md"), "wb") as f:
                f.write(b"5 \xff cats")
            self.assert_error(["--ref", "en.json", "bin.md"], "bin.md: ", cwd=d)


if __name__ == "__main__":
    BINARY, SOURCE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=sys.argv[:1])
