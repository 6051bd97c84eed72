"""The terminology rules on text nobody here wrote.

    .venv/bin/python benchmarks/terminology.py [--news check|tune|all|none] [--medquad WORDS]

1. ``../shared/devset``: recall of the terminology gold items by kind (false
   synonym, acronym, variant, UK/US), the TUNE and CHECK halves apart (the
   check half is the real figure), and terminology findings on the clean
   articles of each half (every one a false alarm).
2. Real news (``../shared/data/news``, research use only; read by
   ``benchmarks/realtext.py``): findings per 1,000 words for each
   terminology rule, on the check half by default.
3. With ``--medquad WORDS``: findings on held-out MedQuAD answers, each
   printed for a reviewer (the benchmark this script was before).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import devset  # noqa: E402
import realtext  # noqa: E402

KINDS = ("false synonym", "acronym", "variant", "UK/US")


def kind(item: dict) -> str:
    """The kind of a gold item, read from its note and text."""
    note, text = item.get("note", ""), item.get("text", "")
    if "Acronym" in note or "acronym" in note:
        return "acronym"
    if "British" in note or "American" in note:
        return "UK/US"
    if "presented as" in note or "synonym" in note or any(
            cue in text for cue in ("also known as", "also called", "sometimes called", "(")):
        return "false synonym"
    return "variant"


def matches(item: dict, finding: dict) -> bool:
    if Path(finding["path"]).name != Path(item["file"]).name or finding.get("category") != "terminology":
        return False
    places = [(item["line"], item["column"], item["end_column"])]
    places += [(alt["line"], alt["column"], alt["end_column"]) for alt in item.get("alt") or ()]
    for line, start, end in places:
        if finding["line"] <= line <= finding.get("end_line", finding["line"]):
            first = finding["column"] if finding["line"] == line else 1
            last = finding["end_column"] if finding.get("end_line", finding["line"]) == line else 10 ** 6
            if first < end and last > start:
                return True
    return False


def devset_recall() -> None:
    gold = [g for g in json.loads((devset.DEVSET / "gold.json").read_text()) if g["category"] == "terminology"]
    found = [f for f in devset.findings(preview=False) if f.get("category") == "terminology"]
    for half in ("tune", "check"):
        items = [g for g in gold if devset.in_half(g["file"], half)]
        by_kind: dict[str, list[int]] = {k: [0, 0] for k in KINDS}
        for item in items:
            hit = any(matches(item, f) for f in found)
            by_kind[kind(item)][0] += hit
            by_kind[kind(item)][1] += 1
        total = sum(v[0] for v in by_kind.values())
        clean = [f for f in found if "/clean/" in f["path"] and devset.in_half(f["path"], half)]
        parts = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in by_kind.items())
        label = "TUNE " if half == "tune" else "CHECK"
        print(f"devset {label} terminology recall {total}/{len(items)} = {total / max(1, len(items)):.2f} "
              f"({parts}); terminology findings on its clean articles: {len(clean)}")


def news_rates(half: str) -> None:
    texts, findings, words = realtext.run(half, preview=False)
    per_rule = Counter(f["rule"] for f in findings if f["rule"].startswith("terminology/"))
    rules = sorted({*per_rule, "terminology/cross-article", "terminology/deprecated-term",
                    "terminology/false-synonym", "terminology/inconsistent-variant",
                    "terminology/spelling-variant", "terminology/undefined-acronym"})
    print(f"news {half} half: {len(texts)} stories, {words:,} words")
    for rule in rules:
        print(f"  {rule:36} {per_rule.get(rule, 0):4d}  {per_rule.get(rule, 0) / words * 1000:.3f} per 1,000 words")


def medquad(words: int) -> None:
    import tempfile

    import corpus

    from lint.config import Config
    from lint.engine import Linter

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "corpus"
        folder.mkdir()
        files = total = 0
        with open(corpus.MEDQUAD, encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number >= corpus.HELD_OUT_LINES or total >= words:
                    break
                answer = json.loads(line)["answer"]
                (folder / f"medquad-{number:04d}.txt").write_text(answer, encoding="utf-8")
                files, total = files + 1, total + corpus.words_in(answer)
        started = time.perf_counter()
        run = Linter(Config(select=("terminology",))).run([str(folder)], jobs=1)
        seconds = time.perf_counter() - started
        print(f"{files} held-out MedQuAD answers, {total:,} words, {seconds:.1f} s")
        for rule, count in sorted(Counter(f.rule.id for f in run.findings).items()):
            print(f"  {rule:36} {count:4d}  {count / total * 1000:.3f} per 1,000 words")
        for finding in run.findings:
            where = Path(finding.path).name if finding.path else "?"
            print(f"{where}:{finding.location.line}:{finding.location.column} {finding.rule.id} {finding.message}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", choices=("check", "tune", "all", "none"), default="check")
    parser.add_argument("--medquad", type=int, metavar="WORDS", help="also lint this many held-out MedQuAD words")
    options = parser.parse_args()
    if devset.DEVSET.is_dir():
        devset_recall()
    else:
        print(f"devset: {devset.DEVSET} is not here; skipped")
    if options.news != "none":
        if realtext.NEWS.is_file():
            news_rates(options.news)
        else:
            print(f"news: {realtext.NEWS} is not here; skipped")
    if options.medquad:
        medquad(options.medquad)


if __name__ == "__main__":
    main()
