#!/usr/bin/env python3
"""Scores `figdiff extract` on the sample articles with the gold's own scorer
(data/samples/gold/score.py) and holds the floors: F1 >= 0.97 overall, >= 0.95 per article.

Usage: gold_score_test.py FIGDIFF_BINARY SOURCE_DIR
"""
import os
import re
import subprocess
import sys
import tempfile

SAMPLES = ["es", "ar", "fr", "fr.summary", "fr.related"]


def main():
    binary, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    scorer = os.path.join(source, "data/samples/gold/score.py")
    totals = [0, 0, 0]  # gold, predicted, true positives
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for name in SAMPLES:
            predicted = os.path.join(tmp, name + ".jsonl")
            with open(predicted, "wb") as out:
                subprocess.run([binary, "extract", "--format", "jsonl",
                                f"data/samples/trainium/{name}.txt"], stdout=out, cwd=source,
                               check=True)
            report = subprocess.run([sys.executable, scorer,
                                     f"data/samples/gold/trainium/{name}.jsonl", predicted],
                                    capture_output=True, text=True, cwd=source, check=True).stdout
            row = re.search(r"^overall\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+\s+\S+\s+\S+\s+(\S+)",
                            report, re.M)
            gold, pred, tp, f1 = int(row[1]), int(row[2]), int(row[3]), float(row[4])
            totals = [totals[0] + gold, totals[1] + pred, totals[2] + tp]
            print(f"{name:12} F1 {f1:.4f}")
            if f1 < 0.95:
                print(report)
                failed = True
    p, r = totals[2] / totals[1], totals[2] / totals[0]
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"overall      F1 {f1:.4f}")
    return 1 if failed or f1 < 0.97 else 0


if __name__ == "__main__":
    sys.exit(main())
