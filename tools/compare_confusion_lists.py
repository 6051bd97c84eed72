"""What a change to the confusion list does to clean text: lints the held-out
MedQuAD answers (0-2999, which no shipped table was built from) and the
sample articles with the contextual rules, once with another list and once
with the shipped one, and prints every finding that comes or goes.

    python tools/compare_confusion_lists.py OLD.tsv     # OLD -> the shipped list
    git show HEAD:lint/data/confusables.tsv > /tmp/old.tsv
    python tools/compare_confusion_lists.py /tmp/old.tsv

A new entry should add no finding here, or only real slips in the source
(read each one); see the header of lint/data/confusables.tsv.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.checks.spelling import candidates, tables  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402

MEDQUAD = ROOT.parent / "shared" / "data" / "medquad" / "answers-dev.jsonl"
HELD_OUT = 3000
RULES = ("spelling/real-word", "spelling/word-boundary", "grammar/missing-word")


def read_list(path: Path) -> dict[str, list[tuple[str, frozenset[str], str]]]:
    """A confusion list in the shipped file's format."""
    table: dict[str, list] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        written, meant, cues, example = line.split("\t")
        table.setdefault(written, []).append((meant, frozenset(cues.split(",")), example))
    return table


def findings(texts: list[str], table) -> set[tuple[int, int, str, tuple[str, ...]]]:
    tables.confusions = lambda: table
    candidates.word_options.cache_clear()
    linter = Linter(Config(select=RULES))
    return {(number, f.location.start_offset, f.text, f.suggestions)
            for number, text in enumerate(texts) for f in linter.lint_source(f"text{number}.txt", text).findings}


def main(old_path: str) -> None:
    if not MEDQUAD.exists():
        print(f"MedQuAD not found at {MEDQUAD}")
        return
    with open(MEDQUAD, encoding="utf-8") as fh:
        texts = [json.loads(line)["answer"] for line in itertools.islice(fh, HELD_OUT)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "articles").iterdir()) if p.is_file()]
    shipped = tables.confusions()
    before, after = findings(texts, read_list(Path(old_path))), findings(texts, shipped)
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} texts, {words:,} words: {len(before)} findings with {old_path}, "
          f"{len(after)} with the shipped list")
    for sign, changed in (("+", sorted(after - before)), ("-", sorted(before - after))):
        for number, offset, text, suggestions in changed:
            context = texts[number][max(0, offset - 50):offset + 50].replace("\n", " ")
            print(f"{sign} text {number}: {text!r} -> {', '.join(suggestions)} | {context}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
