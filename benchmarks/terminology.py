"""Terminology false alarms on held-out MedQuAD answers.

Every answer in MedQuAD lines 0-2999 becomes one article; the terminology
rules (per-article and cross-article) run over them and the script prints the
findings per rule and per 1,000 words, then each finding so a reviewer can
judge whether it is a real problem in the text or a false alarm.

    .venv/bin/python benchmarks/terminology.py [--words 60000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import corpus  # noqa: E402

from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.checks import all_rules  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=60_000, help="held-out words to lint (at least)")
    parser.add_argument("--jobs", type=int, default=1)
    options = parser.parse_args()
    terminology = tuple(rule.id for rule in all_rules() if rule.id.startswith("terminology/"))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        built = build_medquad_only(folder, options.words)
        linter = Linter(Config(select=("terminology",)))
        started = time.perf_counter()
        run = linter.run([str(folder)], jobs=options.jobs)
        seconds = time.perf_counter() - started
        findings = run.findings
        per_rule = Counter(f.rule.id for f in findings)
        print(f"{built.files} held-out MedQuAD answers, {built.words:,} words, {seconds:.1f} s "
              f"({seconds / built.words * 1e6:.0f} µs/word, all terminology rules, jobs={options.jobs})")
        for rule_id in terminology:
            count = per_rule.get(rule_id, 0)
            print(f"  {rule_id:36} {count:4d}  {count / built.words * 1000:.3f} per 1,000 words")
        print(f"  {'total':36} {len(findings):4d}  {len(findings) / built.words * 1000:.3f} per 1,000 words")
        for finding in findings:
            where = Path(finding.path).name if finding.path else "?"
            print(f"{where}:{finding.location.line}:{finding.location.column} {finding.rule.id} {finding.message}")


def build_medquad_only(folder: Path, words: int) -> corpus.Corpus:
    """Held-out answers only: the sample articles are tested elsewhere."""
    import json
    folder.mkdir(parents=True)
    files = total = 0
    with open(corpus.MEDQUAD, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= corpus.HELD_OUT_LINES or total >= words:
                break
            answer = json.loads(line)["answer"]
            (folder / f"medquad-{number:04d}.txt").write_text(answer, encoding="utf-8")
            files, total = files + 1, total + corpus.words_in(answer)
    return corpus.Corpus(folder, files, total)


if __name__ == "__main__":
    main()
