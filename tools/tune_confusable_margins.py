"""Tune the margins of lint/data/context/confusable_groups.tsv for precision
on clean text: every use of a group's written word in clean text is scored
against its meant word as spelling/real-word scores it (seen neighbour
pairs, n-gram margin), and a pair's margin is set above the highest margin
any clean use reached. Prints, per pair, the clean uses tried, the highest
clean margin and (``--recall``) the margins of the pair's error injected
where its meant word stands, so a margin can be seen to cost recall.

Clean text (evaluation only; nothing of it ships): the odd-numbered
held-out MedQuAD answers (lines 1-2999, where the rules' margins are tuned)
and the news TUNE half (lines 250-1509 of ../shared/data/news).

    .venv/bin/python tools/tune_confusable_margins.py [--write] [--recall]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import resources  # noqa: E402
from lint.checks.spelling import candidates, contextual, tables  # noqa: E402
from lint.checks.spelling.word_boundary import seen_links  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402

SHARED = ROOT.parent / "shared"
MEDQUAD = SHARED / "data" / "medquad" / "answers-dev.jsonl"
NEWS = SHARED / "data" / "news" / "health-news-dev.jsonl"
OUT = ROOT / "lint" / "data" / tables.CONFUSABLE_GROUPS
# Above the highest clean margin by this much; a pair no clean use reached
# needs at least FLOOR (the listed confusions' margin).
HEADROOM = 0.2
FLOOR = 1.5
PROBE = -50.0
# Clean uses an editor judged to be real errors of the pair (the published
# text has them too): (written, meant, margin to two places). They do not
# raise the margin. No words of the text are kept.
REAL_ERRORS = {("mucus", "mucous", 7.68), ("then", "than", 7.03), ("led", "lead", 2.07),
               ("effected", "affected", 2.74), ("personal", "personnel", 2.70), ("prostrate", "prostate", 2.58),
               ("effects", "affects", 1.81), ("lead", "led", 1.74), ("lead", "led", 1.34),
               ("complimentary", "complementary", 1.39)}
# A pair whose real errors reached less than FLOOR may go lower, down to
# just above its highest false alarm.
LOW_FLOOR = 1.0
VERBOSE = "--verbose" in sys.argv


def clean_texts() -> list[str]:
    texts = []
    with open(MEDQUAD, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < 3000 and i % 2:
                texts.append(json.loads(line)["answer"])
    with open(NEWS, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if 250 <= i < 1510:
                record = json.loads(line)
                texts.append(record["title"] + "\n\n" + record["text"])
    return texts


def margins(texts: list[str]) -> dict[tuple[str, str], list[float]]:
    """(written, meant) -> the margins the meant word reached in these texts."""
    table = tables.confusable_groups()
    probe = {w: {m: PROBE for m in meant} for w, meant in table.items()}
    found: dict[tuple[str, str], list[float]] = defaultdict(list)
    original = contextual.best_replacement

    def recording(model, words, terms, i, *args, **kwargs):
        best, margin, reason = original(model, words, terms, i, *args, **kwargs)
        if reason == "group":
            found[(words[i], best)].append(margin)
            if VERBOSE:
                prev = words[i - 1] if i else None
                nxt = words[i + 1] if i + 1 < len(words) else None
                gain = seen_links(prev, best, nxt) - seen_links(prev, words[i], nxt)
                print(f"  {margin:5.2f} links {gain:+d} {words[i]}->{best}: "
                      f"{' '.join(w or '_' for w in words[max(0, i - 4):i + 5])}")
        return best, margin, reason

    candidates.word_options.cache_clear()
    # Every module that reads the table by name (the package imports it
    # directly) sees the probe.
    originals = {module: module.confusable_groups for module in (tables, contextual, candidates)}
    for module in originals:
        module.confusable_groups = lambda: probe
    contextual.best_replacement = recording
    linter = Linter(Config(select=("spelling/real-word",)))
    for n, text in enumerate(texts):
        linter.lint_source(f"t{n}.txt", text)
    contextual.best_replacement = original
    for module, function in originals.items():
        module.confusable_groups = function
    candidates.word_options.cache_clear()
    return found


def injected(table) -> list[str]:
    """The odd-numbered held-out MedQuAD answers, each sentence with one use
    of a pair's meant word replaced by its written word (where it has one)."""
    swaps: dict[str, list[str]] = defaultdict(list)
    for written, meant in table.items():
        for m in meant:
            swaps[m].append(written)
    pattern = re.compile(r"(?<![\w'-])(%s)(?![\w'-])" % "|".join(sorted(swaps, key=len, reverse=True)))
    out = []
    with open(MEDQUAD, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < 3000 and i % 2:
                sentences = re.split(r"(?<=[.!?])(\s+)", json.loads(line)["answer"])
                for k in range(0, len(sentences), 2):
                    m = pattern.search(sentences[k])
                    if m:
                        sentences[k] = sentences[k][:m.start()] + swaps[m.group()][0] + sentences[k][m.end():]
                out.append("".join(sentences))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--recall", action="store_true",
                        help="also print each pair's margins on its errors injected into the tuning answers")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="print each clean use's margin and words")
    args = parser.parse_args()
    table = tables.confusable_groups()
    texts = clean_texts()
    if args.limit:
        texts = texts[:args.limit]
    found = margins(texts)
    if args.recall:
        errors = margins(injected(table))
        for (written, meant), values in sorted(errors.items()):
            values = sorted(values, reverse=True)
            clean = sorted(found.get((written, meant), []), reverse=True)[:4]
            print(f"RECALL {written}->{meant} needs {table[written][meant]}: injected "
                  f"{' '.join(f'{v:.1f}' for v in values[:30])} | clean top {' '.join(f'{v:.2f}' for v in clean)}")
    new = {}
    for written, meant in sorted((w, m) for w in table for m in table[w]):
        uses = found.get((written, meant), [])
        seen = [m for m in uses if (written, meant, round(m, 2)) not in REAL_ERRORS]
        real = [m for m in uses if (written, meant, round(m, 2)) in REAL_ERRORS]
        high = max(seen, default=None)
        floor = FLOOR
        if real and min(real) < FLOOR:
            floor = max(LOW_FLOOR, (high + 0.1) if high is not None else LOW_FLOOR, min(real) - 0.1)
        new[(written, meant)] = round(max(floor, high + HEADROOM if high is not None else floor), 1)
        if uses:
            print(f"{written:>14} -> {meant:<14} clean findings at probe {len(seen):4}  highest "
                  f"{high if high is not None else float('nan'):6.2f}  real errors {len(real)}  "
                  f"margin {new[(written, meant)]}")
    if args.write:
        lines = OUT.read_text(encoding="utf-8").splitlines(keepends=True)
        out = []
        for line in lines:
            if line.startswith("#"):
                out.append(line)
                continue
            written, meant, _margin, example = line.rstrip("\n").split("\t")
            out.append(f"{written}\t{meant}\t{new[(written, meant)]}\t{example}\n")
        OUT.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
