"""How well the claims rules work, and how fast: prints figures, asserts nothing.

    python benchmarks/claims.py            # labelled sentences + held-out MedQuAD
    python benchmarks/claims.py --show     # also print every miss and every MedQuAD finding

1. Precision and recall per claims rule on ``benchmarks/data/claims_labelled.tsv``
   (sentences written and labelled for this project; the lexicons were tuned
   on them) and on ``claims_fresh.tsv`` (written afterwards, never tuned on).
   Each sentence is linted as a one-paragraph article; the article-level
   rules are not scored there.
2. Findings per 1,000 words on MedQuAD answers 0-2999 (held out: nothing in the
   product is derived from them), as plain text, for every claims rule; the
   findings are printed with ``--show`` so that each can be judged by hand.
3. Microseconds per word spent in the claims check alone (spaCy pass excluded).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import nlp  # noqa: E402
from lint.checks import CheckContext, claims  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.documents.text import load as load_text  # noqa: E402
from lint.engine import lint_text  # noqa: E402

LABELLED = ROOT / "benchmarks" / "data" / "claims_labelled.tsv"
# Written after tuning and never tuned on: the figure to trust for new text.
FRESH = ROOT / "benchmarks" / "data" / "claims_fresh.tsv"
MEDQUAD = ROOT.parent / "shared" / "data" / "medquad" / "answers-dev.jsonl"
if not MEDQUAD.exists():
    MEDQUAD = Path("/work/shared/data/medquad/answers-dev.jsonl")
HELD_OUT = 3000
SHORT = {"efficacy": "claims/unsupported-efficacy", "certainty": "claims/overstated-certainty",
         "statistic": "claims/unsourced-statistic", "promotional": "claims/promotional"}
SENTENCE_RULES = tuple(SHORT.values())
CONFIG = Config(select=("claims",))


def labelled_rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        expected, strength, cited, style, sentence = line.split("\t")
        wanted = set() if expected == "-" else {SHORT[name] for name in expected.split(",")}
        yield wanted, strength, sentence


def score_labelled(path: Path, show: bool) -> None:
    counts = {rule: Counter() for rule in SENTENCE_RULES}
    rows = 0
    by_strength = Counter()
    for wanted, strength, sentence in labelled_rows(path):
        rows += 1
        got = {f.rule.id for f in lint_text(sentence, "sentence.md", CONFIG)} & set(SENTENCE_RULES)
        if got - wanted:
            by_strength[strength] += 1
        for rule in SENTENCE_RULES:
            outcome = ("tp" if rule in got else "fn") if rule in wanted else ("fp" if rule in got else "tn")
            counts[rule][outcome] += 1
            if show and outcome in ("fp", "fn"):
                print(f"  {outcome.upper()} {rule}: {sentence}")
    print(f"Labelled sentences: {rows} ({path.relative_to(ROOT)})")
    print(f"  {'rule':32} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for rule, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        print(f"  {rule:32} {precision:9.2f} {recall:7.2f} {c['tp']:4} {c['fp']:4} {c['fn']:4}")
    if by_strength:
        print("  sentences with a false alarm, by labelled strength:", dict(by_strength))


def medquad(show: bool) -> None:
    if not MEDQUAD.exists():
        print(f"MedQuAD not found at {MEDQUAD}; skipped")
        return
    with MEDQUAD.open(encoding="utf-8") as handle:
        answers = [json.loads(line)["answer"] for _, line in zip(range(HELD_OUT), handle)]
    documents = [load_text(f"medquad-{i}.txt", answer) for i, answer in enumerate(answers)]
    ctx = CheckContext(config=CONFIG, enabled=lambda rule_id: True, locate=None)
    words = 0
    per_rule = Counter()
    check_seconds = 0.0
    for i, doc in enumerate(nlp.process(documents)):
        words += sum(1 for token in doc if token.is_alpha)
        started = time.perf_counter()
        findings = list(claims.check(doc, ctx))
        check_seconds += time.perf_counter() - started
        for finding in findings:
            per_rule[finding.rule.id] += 1
            if show:
                start, end = finding.span
                sentence = next((s.text for s in doc.sents if s.start_char <= start < s.end_char), "")
                print(f"  [{i}] {finding.rule.id} \"{doc.text[start:end]}\" in: {sentence.strip()[:200]}")
    print(f"MedQuAD answers 0-{HELD_OUT - 1} (held out): {words:,} words")
    for rule in (r.id for r in claims.RULES):
        print(f"  {rule:32} {per_rule[rule]:4} findings, {1000 * per_rule[rule] / words:.3f} per 1,000 words")
    print(f"  claims check: {1e6 * check_seconds / words:.2f} µs per word")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print misses and MedQuAD findings")
    parser.add_argument("--no-medquad", action="store_true", help="skip the MedQuAD measurement")
    args = parser.parse_args()
    score_labelled(LABELLED, args.show)
    score_labelled(FRESH, args.show)
    if not args.no_medquad:
        medquad(args.show)


if __name__ == "__main__":
    main()
