"""Margin sweep for the contextual spelling rules; prints, for each kind of
evidence, recall and clean-text findings per 1,000 words at margins below
and above the shipped ones.

Runs on the odd-numbered held-out MedQuAD answers (the benchmark in
``contextual_spelling.py`` takes the even-numbered ones, and no shipped table
was built from either), injecting errors as the benchmark does (people's
slips from the even data rows of the misspellings file, the tuning half),
with the preview rules on. Every
margin is lowered by ``SLACK`` so that near misses become findings; each
finding records how far it cleared its shipped margin (its excess), and the
sweep then counts what each threshold shift would keep. Read a row as "move
this margin by t and the other margins stay as shipped".

    python benchmarks/tune_contextual.py
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import contextual_spelling as bench  # noqa: E402
from lint.checks.spelling import contextual, margins, missing_word, rules, word_boundary  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402

SLACK = 6.0
SHIFTS = (-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0)
FIXED = 99.0  # evidence without a margin (boundaries, listed confusions with a cue)


class Recorder:
    """Wraps the rules' scoring functions so each finding carries the
    evidence kind and the excess over its shipped margin."""

    def __init__(self):
        self.needed = dict(margins.NEEDED_MARGIN)
        self.inserting = dict(margins.INSERTION_MARGIN)
        self.noun_inserting = dict(margins.NOUN_INSERTION_MARGIN)
        self.last = None
        self.by_span: dict[tuple[str, tuple[int, int]], tuple[str, float]] = {}
        best_replacement, best_insertion, finding = contextual.best_replacement, missing_word.best_insertion, rules.replacing_finding
        best_boundary, best_merge = word_boundary.best_boundary, word_boundary.best_merge
        self.boundary, self.merge = margins.BOUNDARY_MARGIN, margins.MERGE_MARGIN

        def replacement(*args, **kwargs):
            found = best_replacement(*args, **kwargs)
            self.last = (found[2], found[1] - self.needed[found[2]]) if found[0] else None
            return found

        def insertion(model, words, terms, i, choices, margins):
            found = best_insertion(model, words, terms, i, choices, margins)
            noun = margins is margins.NOUN_INSERTION_MARGIN
            shipped = self.noun_inserting if noun else self.inserting
            kind = f"insert {found[0]}" + (" before a determined noun" if noun else "")
            self.last = (kind, found[1] - shipped[found[0]]) if found[0] else None
            return found

        def boundary(*args, **kwargs):
            found = best_boundary(*args, **kwargs)
            self.last = ("boundary", min(FIXED, found[2] - self.boundary)) if found[0] else None
            return found

        def merge(*args, **kwargs):
            found = best_merge(*args, **kwargs)
            self.last = ("merge", found[1] - self.merge) if found[0] else None
            return found

        split_finding = word_boundary._split_finding

        def split(*args, **kwargs):
            self.last = ("one word or two", FIXED)  # rules without a margin
            return split_finding(*args, **kwargs)

        def make(rule, span, replacement_text, message, verb="Write"):
            if "often confused" in message:
                evidence = (rule.id, FIXED)
            else:
                evidence = self.last or ("?", FIXED)
            self.by_span[(rule.id, span)] = evidence
            return finding(rule, span, replacement_text, message, verb)

        contextual.best_replacement, missing_word.best_insertion, rules.replacing_finding = replacement, insertion, make
        word_boundary.best_boundary, word_boundary.best_merge, word_boundary._split_finding = boundary, merge, split
        margins.BOUNDARY_MARGIN, margins.MERGE_MARGIN = self.boundary - SLACK, self.merge - SLACK
        margins.NEEDED_MARGIN = {k: v - SLACK for k, v in self.needed.items()}
        margins.INSERTION_MARGIN = {k: v - SLACK for k, v in self.inserting.items()}
        margins.NOUN_INSERTION_MARGIN = {k: v - SLACK for k, v in self.noun_inserting.items()}


def sample() -> tuple[list[str], int]:
    answers, words = [], 0
    with open(bench.MEDQUAD, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number >= 3000 or words >= bench.MIN_WORDS:
                break
            if number % 2:
                text = json.loads(line)["answer"]
                answers.append(text)
                words += len(text.split())
    return answers, words


def main() -> None:
    if not bench.MEDQUAD.exists():
        print(f"MedQuAD not found at {bench.MEDQUAD}")
        return
    recorder = Recorder()
    linter = Linter(Config(select=bench.DEFAULT_RULES + bench.PREVIEW_RULES, preview=True))
    answers, words = sample()
    # People's slips from the tuning half of the misspellings file.
    slips = bench.people_slips("tune")
    rng, turn = random.Random(bench.SEED), [0]
    records = []  # (what: "clean" | "found" | "false", evidence, excess, error id)
    injected = 0
    for number, answer in enumerate(answers):
        recorder.by_span.clear()
        before = linter.lint_source(f"a{number}.txt", answer).findings
        for f in before:
            evidence, excess = recorder.by_span.get((f.rule.id, f.span), ("?", FIXED))
            records.append(("clean", evidence, excess, None))
        broken, errors = bench.inject(answer, rng, slips, turn)
        injected += len(errors)
        recorder.by_span.clear()
        old = {(f.rule.id, f.text) for f in before}
        for f in linter.lint_source(f"a{number}.txt", broken).findings:
            if (f.rule.id, f.text) in old:
                continue
            evidence, excess = recorder.by_span.get((f.rule.id, f.span), ("?", FIXED))
            hit = next(((number, s) for s, e, _ in errors
                        if f.location.start_offset < e and f.location.end_offset > s), None)
            records.append(("found" if hit else "false", evidence, excess, hit))
    print(f"Tuning sample: {len(answers)} odd-numbered held-out answers, {words:,} words, {injected} errors injected")
    print(f"Shipped margins: {recorder.needed}; insertions {recorder.inserting}")
    for evidence in sorted({r[1] for r in records if r[2] != FIXED}):
        print(f"\n{evidence}: shift its margin by t")
        for shift in SHIFTS:
            kept = [r for r in records if r[2] > (shift if r[1] == evidence else 0.0)]
            found = {r[3] for r in kept if r[0] == "found"}
            clean = sum(1 for r in kept if r[0] == "clean")
            false = sum(1 for r in kept if r[0] == "false")
            print(f"  t={shift:+.1f}  recall {len(found) / injected:.3f}  clean findings {clean} "
                  f"({1000 * clean / words:.3f} per 1,000 words)  false alarms on injected text {false}")


if __name__ == "__main__":
    main()
