#!/usr/bin/env python3
"""Tests of `figdiff extract` through the real binary: golden output on the samples, the
offset round trip, formats, exit codes and error messages.

Usage: extract_test.py FIGDIFF_BINARY SOURCE_DIR  (run by CTest; python3 stdlib only)
Set FIGDIFF_UPDATE_GOLDEN=1 to rewrite the golden files after a reviewed change.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BINARY = SOURCE = None
SAMPLES = ["es", "ar", "fr", "fr.summary", "fr.related"]


def run(*args, stdin=b"", cwd=None):
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, cwd=cwd or SOURCE,
                          timeout=60)


class Golden(unittest.TestCase):
    def test_samples_match_their_golden_jsonl(self):
        for name in SAMPLES:
            path = f"data/samples/trainium/{name}.txt"
            golden = os.path.join(SOURCE, "tests/golden/extract", name + ".jsonl")
            out = run("extract", "--format", "jsonl", path)
            self.assertEqual(out.returncode, 0, out.stderr)
            if os.environ.get("FIGDIFF_UPDATE_GOLDEN"):
                with open(golden, "wb") as f:
                    f.write(out.stdout)
            with open(golden, "rb") as f:
                self.assertEqual(out.stdout.decode(), f.read().decode(), name)

    def test_offsets_round_trip(self):
        for name in SAMPLES:
            path = f"data/samples/trainium/{name}.txt"
            with open(os.path.join(SOURCE, path), "rb") as f:
                data = f.read()
            out = run("extract", "--format", "jsonl", path)
            facts = [json.loads(line) for line in out.stdout.decode().splitlines()]
            self.assertGreater(len(facts), 10)
            for f in facts:
                self.assertEqual(data[f["start"]:f["end"]].decode(), f["text"], f)
                line_start = data.rfind(b"\n", 0, f["start"]) + 1
                self.assertEqual(f["line"], data.count(b"\n", 0, f["start"]) + 1)
                self.assertEqual(f["col"], len(data[line_start:f["start"]].decode()) + 1)


class Formats(unittest.TestCase):
    def test_jsonl_fields_are_exactly_the_documented_ones(self):
        out = run("extract", "--format", "jsonl", "--lang", "es", "-",
                  stdin="Hasta 500.000 dólares y el 70%.".encode())
        facts = [json.loads(l) for l in out.stdout.decode().splitlines()]
        self.assertEqual([list(f) for f in facts][0],
                         ["doc", "lang", "kind", "value", "currency", "unit", "qualifier", "text",
                          "start", "end", "line", "col", "sentence"])
        self.assertEqual([(f["kind"], f["value"], f["currency"], f["qualifier"]) for f in facts],
                         [("money", "500000", "USD", "up_to"), ("percent", "70", None, None)])
        self.assertEqual(facts[0]["doc"], "-")

    def test_tsv_has_a_header_and_the_same_columns(self):
        out = run("extract", "--format", "tsv", "--lang", "fr", "-", stdin="Près de 70 %.".encode())
        lines = out.stdout.decode().splitlines()
        self.assertEqual(lines[0].split("\t")[:4], ["doc", "lang", "kind", "value"])
        self.assertEqual(lines[1].split("\t")[2:4], ["percent", "70"])
        self.assertEqual(len(lines[1].split("\t")), 14)

    def test_table_is_readable(self):
        out = run("extract", "--format", "table", "data/samples/trainium/fr.summary.txt")
        text = out.stdout.decode()
        self.assertIn("data/samples/trainium/fr.summary.txt:1:14", text)
        self.assertIn("110 millions de dollars", text)

    def test_language_comes_from_the_tag_or_the_text(self):
        with tempfile.TemporaryDirectory() as d:
            tagged = os.path.join(d, "note_es.txt")
            untagged = os.path.join(d, "note.txt")
            for p in (tagged, untagged):
                with open(p, "w") as f:
                    f.write("El gobierno gastará 1.500 millones de euros en la nueva red de "
                            "trenes, según el ministerio.\n")
            for p in (tagged, untagged):
                facts = [json.loads(l) for l in run("extract", "--format", "jsonl", p).stdout.splitlines()]
                self.assertEqual([(f["lang"], f["value"]) for f in facts], [("es", "1500000000")])

    def test_parallel_output_is_byte_identical(self):
        files = [f"data/samples/trainium/{name}.txt" for name in SAMPLES] * 3
        one = run("extract", "--format", "jsonl", "-j", "1", *files)
        two = run("extract", "--format", "jsonl", "-j", "2", *files)
        four = run("extract", "--format", "tsv", "-j", "4", *files)
        self.assertEqual(one.returncode, 0)
        self.assertEqual(one.stdout, two.stdout)
        self.assertEqual(four.stdout, run("extract", "--format", "tsv", "-j", "1", *files).stdout)
        self.assertEqual(len(one.stdout.splitlines()), 3 * 73)

    def test_no_facts_is_success(self):
        out = run("extract", "--lang", "en", "--format", "jsonl", "-", stdin=b"Nothing here.\n")
        self.assertEqual((out.returncode, out.stdout, out.stderr), (0, b"", b""))

    def test_dollar_option(self):
        out = run("extract", "--lang", "en", "--format", "jsonl", "--dollar", "AUD", "-",
                  stdin=b"It costs $5.\n")
        self.assertEqual(json.loads(out.stdout)["currency"], "AUD")

    def test_data_dir_replaces_the_built_in_data(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(SOURCE, "data/lang/en.tsv"), encoding="utf-8") as f:
                src = f.read()
            with open(os.path.join(d, "en.tsv"), "w", encoding="utf-8") as f:
                f.write(src + "\nscale\tzillion\t1e21\n")
            out = run("extract", "--lang", "en", "--format", "jsonl", "--data-dir", d, "-",
                      stdin=b"They owe 3 zillion dollars.\n")
            self.assertEqual(json.loads(out.stdout)["value"], "3000000000000000000000")


class AbsurdInput(unittest.TestCase):
    """Huge or absurd input is read exactly or refused, in bounded time, never a crash."""

    def extract(self, lang, data, timeout=120):
        out = subprocess.run([BINARY, "extract", "--lang", lang, "--format", "jsonl", "-"],
                             input=data, capture_output=True, cwd=SOURCE, timeout=timeout)
        self.assertEqual(out.returncode, 0, out.stderr[:500])
        return [json.loads(line) for line in out.stdout.decode().splitlines()]

    def test_a_100_mb_line(self):
        data = b"word " * (20 * 1024 * 1024) + b"then $5 million."
        facts = self.extract("en", data)
        self.assertEqual([(f["value"], f["start"], f["line"]) for f in facts],
                         [("5000000", len(data) - 11, 1)])

    def test_a_200000_digit_number_is_refused(self):
        facts = self.extract("en", b"It cost $" + b"9" * 200000 + b" and 5%.")
        self.assertEqual([(f["kind"], f["value"]) for f in facts], [("percent", "5")])

    def test_50000_scale_words_in_a_row(self):
        facts = self.extract("es", ("Costó 5 " + "millones " * 50000 + "de euros.").encode())
        self.assertEqual([f["value"] for f in facts], ["5000000"])
        facts = self.extract("es", ("Son " + "mil " * 50000 + "personas.").encode())
        self.assertTrue(all(len(f["value"]) <= 64 for f in facts))

    def test_empty_input(self):
        self.assertEqual(self.extract("fr", b""), [])


class Errors(unittest.TestCase):
    def test_missing_file_does_not_stop_the_others(self):
        out = run("extract", "--format", "jsonl", "missing.txt", "data/samples/trainium/es.txt")
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"figdiff: missing.txt: No such file or directory", out.stderr)
        self.assertEqual(len(out.stdout.splitlines()), 14)

    def test_unreadable_file_does_not_stop_the_others(self):
        # A file that opens but cannot be read, even by root: the process's own memory at 0.
        out = run("extract", "--format", "jsonl", "/proc/self/mem",
                  "data/samples/trainium/es.txt")
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"figdiff: /proc/self/mem: Input/output error", out.stderr)
        self.assertEqual(len(out.stdout.splitlines()), 14)

    def test_invalid_utf8_names_the_byte(self):
        with tempfile.NamedTemporaryFile(suffix=".en.txt") as f:
            f.write(b"It cost $5 \xff million.")
            f.flush()
            out = run("extract", f.name)
            self.assertEqual(out.returncode, 2)
            self.assertIn(f"{f.name}: invalid UTF-8 at byte 11".encode(), out.stderr)

    def test_lossy_repairs_invalid_utf8(self):
        out = run("extract", "--lang", "en", "--format", "jsonl", "--lossy", "-",
                  stdin=b"It cost $5 \xff million and 7%.")
        self.assertEqual(out.returncode, 0, out.stderr)
        facts = [json.loads(l) for l in out.stdout.splitlines()]
        self.assertEqual([f["text"] for f in facts], ["$5", "7%"])

    def test_utf16_with_a_bom_is_decoded(self):
        out = run("extract", "--lang", "fr", "--format", "jsonl", "-",
                  stdin="Près de 70 %".encode("utf-16"))
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(json.loads(out.stdout)["text"], "70 %")

    def test_binary_and_directories_are_refused(self):
        out = run("extract", "--lang", "en", "-", stdin=b"\x00\x01\x02binary")
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"binary file", out.stderr)
        out = run("extract", "--lang", "en", "data")
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"data: is a directory", out.stderr)

    def test_usage_errors_exit_2(self):
        self.assertEqual(run("extract", "--format", "xml").returncode, 2)
        self.assertEqual(run("extract", "--lang", "de").returncode, 2)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run("--help").returncode, 0)

    def test_unknown_language_is_an_error(self):
        with tempfile.NamedTemporaryFile(suffix=".txt") as f:
            f.write("Die Regierung gibt 5 Millionen Euro für neue Schulen und Straßen aus.".encode())
            f.flush()
            out = run("extract", f.name)
            self.assertEqual(out.returncode, 2)
            self.assertIn(b"cannot tell the language", out.stderr)

    def test_full_disk_is_an_error(self):
        with open("/dev/full", "wb") as full:
            out = subprocess.run([BINARY, "extract", "--format", "jsonl",
                                  "data/samples/trainium/es.txt"], stdout=full,
                                 stderr=subprocess.PIPE, cwd=SOURCE, timeout=60)
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"error writing output", out.stderr)

    def test_closed_pipe_is_quiet(self):
        big = ("Revenue rose 12% to $5.2 billion. " * 20000).encode()
        p = subprocess.Popen([BINARY, "extract", "--lang", "en", "--format", "jsonl", "-"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             cwd=SOURCE)
        p.stdin.write(big)
        p.stdin.close()
        p.stdout.readline()
        p.stdout.close()
        stderr = p.stderr.read()
        p.wait(timeout=60)
        self.assertEqual(stderr, b"")


if __name__ == "__main__":
    BINARY, SOURCE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=sys.argv[:1], verbosity=1)
