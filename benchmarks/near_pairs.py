"""Injection benchmark for the medical near-pairs (lint/checks/spelling/near_pairs.py).

In held-out MedQuAD answers (lines 0-2999, never in the shipped counts;
--lines odd = the tuning text 1, 3, ..., 2999; even = 0, 2, ..., 2998 for
the figures), each answer's first use of a pair word (if any) is replaced by
its partner (the partner chosen by a hash, so every run is the same). The
pairs are split into a tune and a check half by a hash of the pair: tune
thresholds only on the tune half. Reports recall and precision per half and
findings per 1,000 words of the clean answers; --sweep prints a grid of
thresholds.

    .venv/bin/python benchmarks/near_pairs.py [--lines even|odd] [--sweep]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint import context_model  # noqa: E402
from lint.checks.spelling import near_pairs, tables  # noqa: E402

SOURCE = Path("/work/shared/data/medquad/answers-dev.jsonl")
TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\S")


def half(a: str, b: str) -> str:
    key = "|".join(sorted((a, b)))
    return "tune" if hashlib.sha1(key.encode()).digest()[0] % 2 == 0 else "check"


def tokens(text: str) -> tuple[list[str], list[str | None]]:
    texts = TOKEN.findall(text)
    return texts, [t.lower() if t.isalpha() else None for t in texts]


def skip_words() -> set[str]:
    return set(tables.confusions()) | set(tables.confusable_groups()) | set(tables.homophones())


def inject_table(path: str | None):
    """The pairs to inject from: the shipped table, or another one built by
    tools/build_near_pairs.py (to compare two tables on the same errors)."""
    if not path:
        return near_pairs.pairs()
    table: dict[str, set[str]] = {}
    for line in open(path, encoding="utf-8"):
        if not line.startswith("#"):
            a, b = line.split("\t")[:2]
            table.setdefault(a, set()).add(b)
            table.setdefault(b, set()).add(a)
    return table


def run(lines: str, injected_from: str | None = None):
    model = context_model.language_model()
    table = inject_table(injected_from)
    skip = skip_words()
    clean_words = 0
    clean, injected = [], []  # (scores list, injected index, half)
    with open(SOURCE, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number >= 3000:
                break
            if (number % 2 == 1) != (lines == "odd"):
                continue
            texts, words = tokens(json.loads(line)["answer"])
            vocabulary = Counter(w for w in words if w)
            clean_words += len(vocabulary and [w for w in words if w])
            clean.append(list(near_pairs.scored(model, words, vocabulary, skip, floor=0.5)))
            for k, word in enumerate(words):
                if word in table and word not in skip and texts[k].islower():
                    partners = sorted(table[word])
                    meant = word
                    written = partners[int(hashlib.sha1(f"{number}{word}".encode()).hexdigest(), 16) % len(partners)]
                    if written in skip:
                        break
                    new = list(words)
                    new[k] = written
                    vocab2 = Counter(w for w in new if w)
                    injected.append((list(near_pairs.scored(model, new, vocab2, skip, floor=0.5)), k, meant, half(word, written)))
                    break
    return clean_words, clean, injected


def decide(scores, cue, ngram):
    best = {}
    for k, meant, evidence, margin in scores:
        if evidence >= cue and margin >= ngram and evidence > best.get(k, (0.0, ""))[0]:
            best[k] = (evidence, meant)
    return best


def figures(clean_words, clean, injected, cue, ngram):
    false_clean = sum(len(decide(s, cue, ngram)) for s in clean)
    out = {}
    for name in ("tune", "check"):
        items = [x for x in injected if x[3] == name]
        tp = fp = 0
        for scores, k, meant, _h in items:
            found = decide(scores, cue, ngram)
            if k in found and found[k][1] == meant:
                tp += 1
            fp += sum(1 for j in found if j != k or found[j][1] != meant)
        out[name] = (len(items), tp, fp)
    return false_clean, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", choices=("even", "odd"), default="even")
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--inject-from", help="a pair table to inject from (default: the shipped one)")
    args = parser.parse_args()
    clean_words, clean, injected = run(args.lines, args.inject_from)
    grid = [(c, n) for c in (1.0, 2.0, 3.0, 4.0, 5.0, 6.0) for n in (-1.0, 0.0, 1.0)] if args.sweep else [
        (near_pairs.MIN_CUE_EVIDENCE, near_pairs.MIN_NGRAM_MARGIN)]
    print(f"MedQuAD held-out {args.lines} lines: {len(clean)} answers, {clean_words} words; "
          f"{len(injected)} injected (one per answer with a pair word)")
    for cue, ngram in grid:
        false_clean, out = figures(clean_words, clean, injected, cue, ngram)
        parts = []
        for name, (n, tp, fp) in out.items():
            precision = tp / (tp + fp) if tp + fp else 1.0
            parts.append(f"{name} n={n} recall {tp / max(n, 1):.3f} precision {precision:.3f} (tp {tp} fp {fp})")
        print(f"cue>={cue} ngram>={ngram}: " + "; ".join(parts)
              + f"; clean {false_clean} findings = {1000 * false_clean / clean_words:.3f}/1k words")


if __name__ == "__main__":
    main()
