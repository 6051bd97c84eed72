"""Benchmark for ``spelling/unknown-word``; prints its figures.

1. Real misspellings: ``../shared/data/spelling/misspellings-dev.tsv``
   (Birkbeck, Holbrook and Aspell lists; evaluation only). For all pairs,
   the tune half (0-based data row even) and the check half (odd, the real
   figure): detected (the word is not accepted) and first suggestion right,
   both as a share of all pairs (the read-out's convention). A capitalised
   misspelling counts as missed, as the check takes it for a name
   mid-sentence. Errors come from people, not from the suggester's tables.
2. False alarms per 1,000 words on text nobody here wrote, with the most
   flagged words: held-out MedQuAD answers (lines 0-2999 of answers-dev,
   which the shipped vocabulary was not built from) and real health news
   (check half: lines 0-249, the read-out's; tune half: 250-1509).
3. Medical typos: one random edit (a letter dropped, added, changed or two
   swapped, letters drawn uniformly, not from the suggester's keyboard
   table) in medical words real text uses: the dictionary's health words
   that general English lacks, as they occur in the held-out MedQuAD answers
   and the news tune half. Typos that make another dictionary word are
   skipped. Detected and first suggestion right, for all and for drug and
   substance names (an INN stem ending or a word of the FDA substance list).

    .venv/bin/python benchmarks/spelling.py [--pairs N] [--answers N] [--news N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402

from shared_data import MEDQUAD, MISSPELLINGS, NEWS, NEWS_HALVES  # noqa: E402
SEED = 20261206


def misspelling_rows() -> list[tuple[int, str, tuple[str, ...]]]:
    rows = []
    with open(MISSPELLINGS, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            _, typo, targets = line.rstrip("\n").split("\t")
            rows.append((len(rows), typo, tuple(t.lower() for t in targets.split(","))))
    return rows


def misspellings(sample: int | None, verbose: bool) -> None:
    from lint.checks.spelling.unknown_word import default_tier, judge, why_known
    from lint.suggest import suggestions

    rows = misspelling_rows()
    if sample:
        rows = sorted(random.Random(SEED).sample(rows, min(sample, len(rows))))
    tallies = {half: Counter() for half in ("all", "tune", "check")}
    accepted_by: Counter = Counter()
    wrong: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    start = time.perf_counter()
    for index, typo, targets in rows:
        half = "tune" if index % 2 == 0 else "check"
        for name in ("all", half):
            tallies[name]["pairs"] += 1
        reason = "capitalised" if typo[:1].isupper() else why_known(typo.lower())
        if reason:
            accepted_by[reason] += 1
            continue
        ranked = suggestions(typo.lower())
        right = bool(ranked) and ranked[0][0] in targets
        default = default_tier(typo.lower(), ranked)
        prone = default_tier(typo.lower(), ranked, error_prone=True)
        shown = judge(typo.lower(), ranked)[0]  # the order the check shows them in
        for name in ("all", half):
            tallies[name]["detected"] += 1
            tallies[name]["first right"] += right
            tallies[name]["default"] += default
            tallies[name]["default first right"] += default and bool(shown) and shown[0][0] in targets
            tallies[name]["prone"] += prone
            tallies[name]["prone first right"] += prone and right
        if not right and half == "tune":
            wrong.append((typo, targets, tuple(w for w, _ in ranked[:3])))
    elapsed = time.perf_counter() - start
    print(f"Real misspellings ({MISSPELLINGS.name}, {len(rows):,} pairs{' sampled' if sample else ''}):")
    for name, tally in tallies.items():
        pairs = max(tally["pairs"], 1)
        print(f"  {name:5} {tally['pairs']:6,} pairs  detected {tally['detected'] / pairs:.3f}  "
              f"first suggestion right {tally['first right'] / pairs:.3f}; by the default rule alone "
              f"(spelling/unknown-word, without the preview spelling/unknown-term) detected "
              f"{tally['default'] / pairs:.3f}, first right {tally['default first right'] / pairs:.3f} (in the "
              f"check's order); "
              f"in an error-prone document detected {tally['prone'] / pairs:.3f}, "
              f"first right {tally['prone first right'] / pairs:.3f}")
    print("  accepted (missed) by:", ", ".join(f"{k} {v}" for k, v in accepted_by.most_common()))
    print(f"  {1000 * elapsed / max(len(rows), 1):.2f} ms per word (is_known + suggestions, cold caches)")
    if verbose:
        for typo, targets, shown in random.Random(SEED).sample(wrong, min(30, len(wrong))):
            print(f"    tune miss: {typo} -> {','.join(targets)}; offered {', '.join(shown) or '-'}")


def medical_typos(sample: int, words_file: str | None = None, everyday: bool = False) -> None:
    """One random edit in health words (or, if ``everyday``, general English
    words) of held-out MedQuAD answers and the news tune half: how many are
    detected at all, by the default rule, and with the right first suggestion."""
    import re

    from lint import lexicon, resources
    from lint.checks.spelling.unknown_word import _drug_name, default_tier, judge, why_known
    from lint.suggest import suggestions

    specialist, dictionary = lexicon.specialist(), lexicon.dictionary()
    substances = set(resources.lines("spelling/dictionary/substances.txt")) if (
        ROOT / "lint" / "data" / "spelling" / "dictionary" / "substances.txt").exists() else set()
    seen: set[str] = set()
    word = re.compile(r"(?<![\w-])[a-z]{6,}(?![\w-])")
    with open(MEDQUAD, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 3000:
                break
            seen.update(word.findall(json.loads(line)["answer"]))
    records = NEWS.read_text(encoding="utf-8").splitlines()
    for i in NEWS_HALVES["tune"]:
        seen.update(word.findall(json.loads(records[i])["text"]))
    words = sorted(w for w in seen if ((w in dictionary and w not in specialist) if everyday else w in specialist))
    if words_file and Path(words_file).exists():
        words = Path(words_file).read_text(encoding="utf-8").split()  # another version's list, to compare
    elif words_file:
        Path(words_file).write_text("\n".join(words) + "\n", encoding="utf-8")
    rng = random.Random(SEED)
    letters = "abcdefghijklmnopqrstuvwxyz"
    tally: dict[str, Counter] = {"all": Counter(), "drugs": Counter()}
    for target in rng.sample(words, min(sample, len(words))):
        for _ in range(10):
            i = rng.randrange(1, len(target))  # the first letter kept, as people keep it
            kind = rng.choice(("drop", "add", "change", "swap"))
            if kind == "drop":
                typo = target[:i] + target[i + 1:]
            elif kind == "add":
                typo = target[:i] + rng.choice(letters) + target[i:]
            elif kind == "change":
                typo = target[:i] + rng.choice(letters.replace(target[i], "")) + target[i + 1:]
            else:
                typo = target[:i - 1] + target[i] + target[i - 1] + target[i + 1:] if target[i] != target[i - 1] else ""
            if typo and typo not in dictionary:
                break
        else:
            continue
        groups = ("all", "drugs") if (target in substances or _drug_name(target)) else ("all",)
        detected = why_known(typo) is None
        ranked = suggestions(typo) if detected else ()
        first = detected and judge(typo, ranked)[0][:1]
        for name in groups:
            tally[name]["typos"] += 1
            tally[name]["detected"] += detected
            tally[name]["default"] += detected and default_tier(typo, ranked)
            tally[name]["first right"] += bool(first) and first[0][0] == target
    print(f"{'Everyday' if everyday else 'Medical'} typos (one random edit in {len(words):,} "
          f"{'general English' if everyday else 'health'} words of held-out MedQuAD answers and the "
          f"news tune half, {sample} sampled):")
    for name, counts in tally.items():
        n = max(counts["typos"], 1)
        if counts["typos"]:
            print(f"  {name:5} {counts['typos']:5} typos  detected {counts['detected'] / n:.3f}  "
                  f"by the default rule {counts['default'] / n:.3f}  first suggestion right {counts['first right'] / n:.3f}")


def _lint_texts(texts: list[tuple[str, str]]) -> tuple[list, int]:
    with tempfile.TemporaryDirectory() as folder:
        for name, text in texts:
            Path(folder, f"{name}.txt").write_text(text, encoding="utf-8")
        run = Linter(Config(select=("spelling/unknown-word",))).run([folder], jobs=1)
    return run.findings, run.words


def _report(label: str, findings: list, words: int) -> None:
    flagged = Counter(f.text for f in findings)
    print(f"{label}: {len(findings)} findings in {words:,} words, {1000 * len(findings) / max(words, 1):.2f} "
          f"per 1,000 words")
    print("  most flagged:", ", ".join(f"{w} ({n})" for w, n in flagged.most_common(30)))


def medquad(answers: int) -> None:
    texts = []
    with open(MEDQUAD, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= answers:
                break
            texts.append((f"a{i:05}", json.loads(line)["answer"]))
    _report(f"Held-out MedQuAD answers (first {answers})", *_lint_texts(texts))


def news(limit: int | None) -> None:
    records = NEWS.read_text(encoding="utf-8").splitlines()
    for half, lines in NEWS_HALVES.items():
        chosen = list(lines)
        if limit and len(chosen) > limit:
            chosen = sorted(random.Random(SEED).sample(chosen, limit))
        texts = []
        for i in chosen:
            record = json.loads(records[i])
            title = record["title"].strip()
            texts.append((record["id"], (title + "\n\n" if title else "") + record["text"]))
        _report(f"News, {half} half ({len(texts)} stories)", *_lint_texts(texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=0, help="sample this many misspelling pairs (0: all)")
    parser.add_argument("--answers", type=int, default=3000, help="held-out MedQuAD answers to lint (max 3000)")
    parser.add_argument("--news", type=int, default=0, help="stories per news half (0: all)")
    parser.add_argument("--typos", type=int, default=2000, help="medical words to inject a typo into")
    parser.add_argument("--typo-words", help="file of the health words to inject typos into: written if it does "
                        "not exist, else read (to compare two versions on one list)")
    parser.add_argument("--skip", action="append", default=[],
                        choices=("misspellings", "medquad", "news", "typos"))
    parser.add_argument("-v", "--verbose", action="store_true", help="print a sample of wrong first suggestions")
    args = parser.parse_args()
    for name, path, step in (("misspellings", MISSPELLINGS, lambda: misspellings(args.pairs, args.verbose)),
                             ("medquad", MEDQUAD, lambda: medquad(min(args.answers, 3000))),
                             ("news", NEWS, lambda: news(args.news)),
                             ("typos", MEDQUAD, lambda: (medical_typos(args.typos, args.typo_words),
                                                          medical_typos(args.typos, everyday=True)))):
        if name in args.skip:
            continue
        if path.exists():
            step()
        else:
            print(f"{path} not found: {name} not measured")


if __name__ == "__main__":
    main()
