"""Benchmark for real-word, word-boundary and dropped-word errors; prints
precision and recall per error kind, and false alarms on the clean text.

Takes the even-numbered held-out MedQuAD answers (lines 0-2998, never used
to build the n-gram tables; the odd-numbered ones are where the rules'
margins were tuned) until the sample has at least 200,000 words, injects
errors with a fixed seed, the kinds in turn so each is about equally
represented, and lints the text before and after:

- confusion: a word from data/confusables.tsv's "meant" column replaced by
  its "written" slip;
- edit1: a content word replaced by a dictionary word one letter away;
- boundary: a space moved by one letter ("joints and" → "joint sand");
- dropped: "is" removed after "This"/"It"/"There", or "and"/"the" removed.

A finding is a true positive when it overlaps an injected error and was not
on the clean text; every other new finding is a false positive.

    .venv/bin/python benchmarks/contextual_spelling.py
"""

from __future__ import annotations

import gc
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import context_model, lexicon  # noqa: E402
from lint.checks.contextual_spelling import confusions  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402

MEDQUAD = ROOT.parent / "shared" / "data" / "medquad" / "answers-dev.jsonl"
SEED = 4242
MIN_WORDS = 200_000
ERRORS_PER_ANSWER = 5
RULES = ("spelling/real-word", "spelling/word-boundary", "grammar/missing-word", "grammar/missing-verb",
         "grammar/double-determiner")
WORD = re.compile(r"(?<![\w'-])[a-z]{3,}(?![\w'-])")


def sample() -> list[str]:
    answers, words = [], 0
    with open(MEDQUAD, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 3000 or words >= MIN_WORDS:
                break
            if i % 2:
                continue
            text = json.loads(line)["answer"]
            answers.append(text)
            words += len(text.split())
    return answers


KINDS = ("confusion", "edit1", "boundary", "dropped")


def inject(text: str, rng: random.Random, turn: list[int] | None = None) -> tuple[str, list[tuple[int, int, str]]]:
    """Up to ERRORS_PER_ANSWER errors, each in a different sentence, so the
    spans never overlap; returns the new text and (start, end, kind) spans.
    ``turn`` carries the kind to try next across answers, so every kind gets
    its share even though some need rarer contexts (a listed confusion)."""
    turn = turn if turn is not None else [0]
    meant_to_written = {m: w for w, entries in confusions().items() for m, _, _ in entries}
    sentences = re.split(r"(?<=[.!?])(\s+)", text)
    free = list(range(0, len(sentences), 2))
    rng.shuffle(free)
    spans_in: dict[int, tuple[int, int, str]] = {}
    for _ in range(ERRORS_PER_ANSWER):
        kind = KINDS[turn[0] % len(KINDS)]
        for index in free:
            found = _one(sentences[index], kind, rng, meant_to_written)
            if found:
                sentences[index], (s, e) = found
                spans_in[index] = (s, e, kind)
                free.remove(index)
                turn[0] += 1
                break
        else:
            # No sentence left can take this kind: let the next kind have the turn.
            turn[0] += 1
    errors, offset = [], 0
    for index, piece in enumerate(sentences):
        if index in spans_in:
            s, e, kind = spans_in[index]
            errors.append((offset + s, offset + e, kind))
        offset += len(piece)
    return "".join(sentences), errors


def _one(text, kind, rng, meant_to_written):
    matches = list(WORD.finditer(text))
    if not matches:
        return None
    if kind == "confusion":
        options = [m for m in matches if m.group() in meant_to_written]
        if not options:
            return None
        m = rng.choice(options)
        new = meant_to_written[m.group()]
    elif kind == "edit1":
        m = rng.choice(matches)
        candidates = list(context_model.same_length_edits(m.group(), 5000))
        if not candidates or len(m.group()) < 4:
            return None
        new = rng.choice(candidates)
    elif kind == "boundary":
        pairs = [(a, b) for a, b in zip(matches, matches[1:]) if a.end() + 1 == b.start()]
        rng.shuffle(pairs)
        for a, b in pairs:
            left, right = a.group(), b.group()
            for new_left, new_right in ((left[:-1], left[-1] + right), (left + right[0], right[1:])):
                if lexicon.frequency(new_left) > 5000 and lexicon.frequency(new_right) > 5000:
                    new = f"{new_left} {new_right}"
                    return text[:a.start()] + new + text[b.end():], (a.start(), a.start() + len(new))
        return None
    else:
        options = [m for m in re.finditer(r"\b(?:(?<=This )|(?<=It )|(?<=There ))is |\band |\bthe ", text)]
        if not options:
            return None
        m = rng.choice(options)
        return text[:m.start()] + text[m.end():], (max(0, m.start() - 6), m.start() + 6)
    return text[:m.start()] + new + text[m.end():], (m.start(), m.start() + len(new))


def main() -> None:
    if not MEDQUAD.exists():
        print(f"MedQuAD not found at {MEDQUAD}")
        return
    rng = random.Random(SEED)
    linter = Linter(Config(select=RULES))
    answers = sample()
    words = sum(len(a.split()) for a in answers)
    clean_findings = 0
    tally: dict[str, Counter] = {}
    false_positives = 0
    elapsed = 0.0
    turn = [0]
    for number, answer in enumerate(answers):
        before = linter.lint_source(f"a{number}.txt", answer).findings
        clean_findings += len(before)
        broken, errors = inject(answer, rng, turn)
        start = time.perf_counter()
        after = linter.lint_source(f"a{number}.txt", broken).findings
        elapsed += time.perf_counter() - start
        old = {(f.rule.id, f.text) for f in before}
        new = [f for f in after if (f.rule.id, f.text) not in old]
        for s, e, kind in errors:
            tally.setdefault(kind, Counter())["injected"] += 1
            if any(f.location.start_offset < e and f.location.end_offset > s for f in new):
                tally[kind]["found"] += 1
        false_positives += sum(1 for f in new if not any(
            f.location.start_offset < e and f.location.end_offset > s for s, e, _ in errors))
    injected = sum(t["injected"] for t in tally.values())
    found = sum(t["found"] for t in tally.values())
    print(f"Sample: {len(answers)} held-out answers, {words:,} words; {injected} errors injected (seed {SEED})")
    for kind, t in sorted(tally.items()):
        print(f"  {kind:10} recall {t['found'] / t['injected']:.3f} ({t['found']}/{t['injected']})")
    precision = found / max(found + false_positives, 1)
    print(f"Overall: recall {found / max(injected, 1):.3f}, precision {precision:.3f} "
          f"({found} found, {false_positives} false alarms on the injected text)")
    print(f"Clean text: {clean_findings} findings, {1000 * clean_findings / words:.3f} per 1,000 words")
    print(f"Speed: {1e6 * elapsed / words:.1f} µs per word for these rules with the spaCy pass")
    cost, table_cost = rule_cost(linter, answers)
    print(f"Speed: {cost / words * 1e6:.1f} µs per word for the rules alone "
          f"(their check functions on documents already through spaCy, CPU time, caches emptied first), "
          f"{table_cost / words * 1e6:.1f} of it building the token table that every check shares")


def rule_cost(linter: Linter, answers: list[str]) -> tuple[float, float]:
    """CPU seconds the checks that own RULES take over the clean sample, as
    a fresh process would spend them (the n-gram and edit caches are emptied
    first, since a real run meets most of its words for the first time),
    and the part of them spent building the token table, which the first
    check to run builds for all."""
    from lint import files, nlp, token_table
    from lint.checks import CheckContext

    documents = [files.loader_for(f"a{n}.txt")(f"a{n}.txt", text) for n, text in enumerate(answers)]
    docs = list(nlp.process(documents))
    ctx = CheckContext(config=linter.config, enabled=linter.enabled)
    from lint.checks import contextual_spelling as rules

    for module in (context_model, rules):
        for value in vars(module).values():
            # Per-word caches (lru_cache with a size); the loaded tables are start-up cost.
            if getattr(value, "cache_parameters", lambda: {})().get("maxsize") not in (None, 1):
                value.cache_clear()
    context_model.language_model().clear_cache()
    # As the command line does after start-up (engine.end_of_startup): what
    # is loaded stays out of the collector's walks. Here that also holds the
    # documents prepared above, which a real run would make as it went.
    gc.collect()
    gc.freeze()
    table_cost = 0.0
    start = time.process_time()
    for doc in docs:
        doc._.hl_table = None  # the token table is part of the cost
        before = time.process_time()
        token_table.table(doc)
        table_cost += time.process_time() - before
        for module in linter.modules:
            for _finding in module.check(doc, ctx):
                pass
    elapsed = time.process_time() - start
    gc.unfreeze()
    return elapsed, table_cost


if __name__ == "__main__":
    main()
