#!/usr/bin/env python3
"""Tests of `figdiff extract` through the real binary: golden output on the samples, the
offset round trip, formats, exit codes and error messages.

Usage: extract_test.py FIGDIFF_BINARY SOURCE_DIR  (run by CTest; python3 stdlib only)
Set FIGDIFF_UPDATE_GOLDEN=1 to rewrite the golden files after a reviewed change.
"""
import json
import os
import pty
import subprocess
import sys
import tempfile
import time
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


def sample_records(names=SAMPLES, lang_for=lambda name: name.split(".")[0]):
    """One record per paragraph (non-blank line) of the samples, with an id and a language."""
    records = []
    for name in names:
        with open(os.path.join(SOURCE, "data/samples/trainium", name + ".txt"),
                  encoding="utf-8") as f:
            paragraphs = [line.rstrip("\n") for line in f if line.strip()]
        for n, text in enumerate(paragraphs, 1):
            record = {"id": f"{name}#{n}", "text": text}
            if lang_for(name):
                record["lang"] = lang_for(name)
            records.append(record)
    return records


def jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def write_temp(data, suffix=".jsonl"):
    f = tempfile.NamedTemporaryFile(suffix=suffix, delete=False)
    f.write(data)
    f.close()
    return f.name


class Stream(unittest.TestCase):
    """--input-format jsonl: one document per line, facts carrying the document's id."""

    @classmethod
    def setUpClass(cls):
        # fr.related has no language field: it is detected.
        cls.records = sample_records(lang_for=lambda n: None if n == "fr.related" else n[:2])
        cls.path = write_temp(jsonl(cls.records))

    @classmethod
    def tearDownClass(cls):
        os.unlink(cls.path)

    def facts(self, out):
        self.assertEqual(out.returncode, 0, out.stderr)
        return [json.loads(line) for line in out.stdout.decode().splitlines()]

    def test_stream_matches_its_golden_jsonl(self):
        out = run("extract", "--input-format", "jsonl", "--format", "jsonl", "-", stdin=jsonl(self.records))
        golden = os.path.join(SOURCE, "tests/golden/extract/stream.jsonl")
        if os.environ.get("FIGDIFF_UPDATE_GOLDEN"):
            with open(golden, "wb") as f:
                f.write(out.stdout)
        self.assertEqual(out.returncode, 0, out.stderr)
        with open(golden, "rb") as f:
            self.assertEqual(out.stdout.decode(), f.read().decode())

    def test_facts_carry_the_id_and_offsets_into_the_document(self):
        facts = self.facts(run("extract", "--input-format", "jsonl", "--format", "jsonl", self.path))
        texts = {r["id"]: r["text"].encode() for r in self.records}
        # The same figures as in the files, paragraph by paragraph (the kind may differ: a
        # title's "110 millions" no longer sees the next paragraph).
        files = run("extract", "--format", "jsonl",
                    *[f"data/samples/trainium/{name}.txt" for name in SAMPLES])
        self.assertEqual([(f["value"], f["text"], f["lang"]) for f in facts],
                         [(f["value"], f["text"], f["lang"])
                          for f in map(json.loads, files.stdout.splitlines())])
        self.assertEqual({f["doc"] for f in facts}, {self.path})
        self.assertEqual(list(facts[0])[-1], "id")
        self.assertEqual([f["id"] for f in facts], sorted((f["id"] for f in facts),
                                                          key=[r["id"] for r in self.records].index))
        for f in facts:
            data = texts[f["id"]]
            self.assertEqual(data[f["start"]:f["end"]].decode(), f["text"], f)
            self.assertEqual(f["line"], 1)
            self.assertEqual(f["col"], len(data[:f["start"]].decode()) + 1)
        self.assertEqual({f["lang"] for f in facts if f["id"].startswith("fr.related")}, {"fr"})

    def test_parallel_output_is_byte_identical(self):
        data = jsonl(self.records * 30)  # 4,000 documents in several batches of 256 KiB
        self.assertGreater(len(data), 4 * 256 * 1024)
        path = write_temp(data)
        try:
            outs = [run("extract", "--input-format", "jsonl", "--format", fmt, "-j", j, path)
                    for fmt in ("jsonl", "tsv") for j in ("1", "2", "4")]
        finally:
            os.unlink(path)
        for out in outs:
            self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(outs[0].stdout, outs[1].stdout)
        self.assertEqual(outs[0].stdout, outs[2].stdout)
        self.assertEqual(outs[3].stdout, outs[4].stdout)
        self.assertEqual(outs[3].stdout, outs[5].stdout)
        self.assertEqual(len(outs[0].stdout.splitlines()), 30 * 73)

    def test_stdin_and_several_files(self):
        first = write_temp(jsonl(self.records[:20]))
        try:
            both = self.facts(run("extract", "--input-format", "jsonl", "--format", "jsonl",
                                  first, "-", stdin=jsonl(self.records[20:40])))
        finally:
            os.unlink(first)
        self.assertEqual([f["doc"] for f in both if f["doc"] == "-"][:1], ["-"])
        ids = [f["id"] for f in both]
        self.assertEqual(ids, sorted(ids, key=[r["id"] for r in self.records].index))
        self.assertTrue(all(f["doc"] == first for f in both if f["id"] in
                            {r["id"] for r in self.records[:20]}))

    def test_ids_default_to_the_line_number(self):
        data = b'\n{"text":"It cost $5 million."}\n{"text":"Up 7%.","id":12}\n'
        facts = self.facts(run("extract", "--input-format", "jsonl", "--lang", "en",
                               "--format", "jsonl", "-", stdin=data))
        self.assertEqual([(f["id"], f["value"]) for f in facts], [("2", "5000000"), ("12", "7")])

    def test_field_options_and_nested_fields(self):
        data = ('{"body":"Costó 5 millones de euros.","meta":{"key":"k1","lang":"es"}}\n'
                '{"body":"It cost $5 million.","meta":{"key":"k2","lang":"en-GB"}}\n').encode()
        facts = self.facts(run("extract", "--input-format", "jsonl", "--text-field", "body",
                               "--id-field", "meta.key", "--lang-field", "meta.lang",
                               "--format", "jsonl", "-", stdin=data))
        self.assertEqual([(f["id"], f["lang"], f["value"], f["currency"]) for f in facts],
                         [("k1", "es", "5000000", "EUR"), ("k2", "en", "5000000", "USD")])

    def test_the_record_language_comes_before_lang(self):
        data = ('{"text":"Près de 1.500 personnes.","lang":"es"}\n'
                '{"text":"Près de 1.500 personnes."}\n').encode()
        facts = self.facts(run("extract", "--input-format", "jsonl", "--lang", "fr",
                               "--format", "jsonl", "-", stdin=data))
        # "Près de" is a qualifier in French only.
        self.assertEqual([(f["lang"], f["qualifier"]) for f in facts],
                         [("es", None), ("fr", "nearly")])

    def test_bad_lines_are_reported_with_their_line_and_the_others_go_on(self):
        data = ('{"text":"Up 1%."}\n'
                'not json\n'
                '{"body":"Up 2%."}\n'
                '\n'
                '{"text":3}\n'
                '{"text":"Up 4%.","lang":"de"}\n'
                '["text"]\n'
                '{"text":"Up 5%."}\n').encode()
        path = write_temp(data)
        try:
            out = run("extract", "--input-format", "jsonl", "--lang", "en", "--format", "jsonl",
                      "-j", "2", path)
        finally:
            os.unlink(path)
        self.assertEqual(out.returncode, 2)
        self.assertEqual([json.loads(l)["value"] for l in out.stdout.splitlines()], ["1", "5"])
        errors = out.stderr.decode().splitlines()
        self.assertEqual(len(errors), 5, errors)
        self.assertTrue(errors[0].startswith(f"figdiff: {path}:2: not valid JSON: parse error"),
                        errors[0])
        self.assertEqual(errors[1:], [
            f'figdiff: {path}:3: no "text" field (the text; see --text-field)',
            f'figdiff: {path}:5: the "text" field is a number, not a string',
            f'figdiff: {path}:6: language "de" is not supported (en, es, fr, ar)',
            f"figdiff: {path}:7: not a JSON object but an array"])

    def test_invalid_utf8_in_a_line(self):
        data = b'{"text":"Up 1%."}\n{"text":"Up \xff 2%."}\n'
        out = run("extract", "--input-format", "jsonl", "--lang", "en", "--format", "jsonl", "-",
                  stdin=data)
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"figdiff: -:2: invalid UTF-8 at byte 12 of the line", out.stderr)
        out = run("extract", "--input-format", "jsonl", "--lang", "en", "--format", "jsonl",
                  "--lossy", "-", stdin=data)
        self.assertEqual([json.loads(l)["value"] for l in out.stdout.splitlines()], ["1", "2"])

    def test_missing_file_does_not_stop_the_others(self):
        out = run("extract", "--input-format", "jsonl", "--format", "jsonl", "missing.jsonl",
                  self.path)
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"figdiff: missing.jsonl: No such file or directory", out.stderr)
        self.assertEqual(len(out.stdout.splitlines()), 73)

    def test_tsv_and_table_show_the_id(self):
        data = b'{"text":"It cost $5 million.","id":"a\\tb"}\n'
        out = run("extract", "--input-format", "jsonl", "--lang", "en", "--format", "tsv", "-",
                  stdin=data)
        header, row = out.stdout.decode().splitlines()
        self.assertEqual(header.split("\t")[-2:], ["warnings", "id"])
        self.assertEqual(len(row.split("\t")), 15)
        self.assertEqual(row.split("\t")[-1], "a\\tb")
        out = run("extract", "--input-format", "jsonl", "--lang", "en", "--format", "table", "-",
                  stdin=b'{"text":"It cost $5 million.","id":"doc-9"}\n')
        self.assertIn("doc-9:1:9", out.stdout.decode())

    def test_field_options_need_the_jsonl_input_format(self):
        out = run("extract", "--text-field", "body", "-", stdin=b"Up 5%.")
        self.assertEqual(out.returncode, 2)
        self.assertIn(b"--input-format jsonl", out.stderr)

    def test_closed_pipe_is_quiet(self):
        data = jsonl(self.records * 20)
        p = subprocess.Popen([BINARY, "extract", "--input-format", "jsonl", "--format", "jsonl",
                              "-j", "2", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, cwd=SOURCE)
        try:
            p.stdin.write(data)
            p.stdin.close()
        except BrokenPipeError:
            pass
        p.stdout.readline()
        p.stdout.close()
        stderr = p.stderr.read()
        p.stderr.close()
        p.wait(timeout=60)
        self.assertEqual(stderr, b"")


class Progress(unittest.TestCase):
    """A progress line on stderr only when it is a terminal, and not with --quiet."""

    def run_slowly(self, stderr, *options):
        """Runs extract on a stream that pauses longer than the first drawing waits (half a
        second) after its first batch; returns the process, ended."""
        batch = jsonl(sample_records(lang_for=lambda n: n[:2]) * 8)  # more than 256 KiB
        p = subprocess.Popen([BINARY, "extract", "--input-format", "jsonl", "--format", "jsonl",
                              "-j", "2", *options, "-"], stdin=subprocess.PIPE,
                             stdout=subprocess.DEVNULL, stderr=stderr, cwd=SOURCE)
        p.stdin.write(batch)
        p.stdin.flush()
        time.sleep(0.8)
        p.stdin.write(batch)
        p.stdin.close()
        self.assertEqual(p.wait(timeout=120), 0)
        return p

    def run_on_a_terminal(self, *options):
        """Runs extract with stderr on a pseudo-terminal; returns what the terminal showed."""
        main, secondary = pty.openpty()
        self.run_slowly(secondary, *options)
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # EIO: no writer is left
                break
            if not chunk:
                break
            shown += chunk
        os.close(main)
        return shown.decode()

    def test_progress_on_a_terminal(self):
        shown = self.run_on_a_terminal()
        self.assertRegex(shown, r"\r\x1b\[K\d+ documents done, [\d.]+ MB, [\d.]+ MB/s")
        self.assertTrue(shown.endswith("\r\x1b[K"), repr(shown[-80:]))  # erased at the end

    def test_quiet_on_a_terminal(self):
        self.assertEqual(self.run_on_a_terminal("--quiet"), "")

    def test_no_progress_when_stderr_is_not_a_terminal(self):
        with tempfile.TemporaryFile() as stderr:
            self.run_slowly(stderr)
            stderr.seek(0)
            self.assertEqual(stderr.read(), b"")


if __name__ == "__main__":
    BINARY, SOURCE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=sys.argv[:1], verbosity=1)
