"""Build ``lint/data/concepts/headless_names.tsv``: the condition names whose
short form, without the head "syndrome", "disease" or "disorder", names
something else.

``terminology/false-synonym`` reads a phrase the concept table lacks as the
condition whose name is that phrase plus such a head, when exactly one exists
("shoulder impingement" is shoulder impingement syndrome, "irritable bowel"
is irritable bowel syndrome). That is wrong when the short form is a thing of
its own: "heart rhythm" is a rhythm, not heart rhythm disease; "lipid
metabolism" is metabolism. Writers show which is which: NIH writers put the
head after "irritable bowel" 11 times in 12, and never after "heart rhythm"
(28 times alone). This table lists the short forms that MedQuAD answers
5000-10996 write alone more often than with their head; the check never
completes them. A short form the answers never write is completed.

Only answers 5000-10996 (row index in the file) are read: answers 0-2999 are
the false-alarm set and 3000-4999 are held out.

    .venv/bin/python tools/build_headless_names.py [../shared/data/medquad/answers-dev.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.checks.terminology import NAME_HEADS  # noqa: E402
from lint.concepts import concepts  # noqa: E402

OUT = ROOT / "lint" / "data" / "concepts" / "headless_names.tsv"
DEFAULT = ROOT.parent / "shared" / "data" / "medquad" / "answers-dev.jsonl"
FIRST_ANSWER, LAST_ANSWER = 5000, 10996
TOKEN = re.compile(r"[a-z0-9]+")
HEADER = """# Short forms of condition names (the table's name less "syndrome", "disease" or "disorder")
# that NIH writers use alone more often than with the head: they name something else ("heart
# rhythm", "lipid metabolism"), so terminology/false-synonym never reads them as the condition.
# short form<TAB>times written alone<TAB>times followed by the head, in MedQuAD answers 5000-10996.
# Built by tools/build_headless_names.py from the concept table (data/concepts/concepts.tsv.gz)
# and MedQuAD (Ben Abacha & Demner-Fushman 2019, github.com/abachaa/MedQuAD), answers 5000-10996
# by row index. Licence of the counts: CC BY 4.0.
"""


def short_forms() -> set[tuple[str, ...]]:
    """Every table name of two words or more before its head, less the head, as a word tuple."""
    forms = set()
    for name in concepts().by_name:
        words = name.split()
        if len(words) >= 3 and words[-1] in NAME_HEADS:
            forms.add(tuple(words[:-1]))
    return forms


def count(path: Path, forms: set[tuple[str, ...]]) -> tuple[Counter, Counter]:
    alone, headed = Counter(), Counter()
    lengths = sorted({len(f) for f in forms})
    with path.open(encoding="utf-8") as rows:
        for row, line in enumerate(rows):
            if row < FIRST_ANSWER:
                continue
            if row > LAST_ANSWER:
                break
            words = TOKEN.findall(json.loads(line)["answer"].lower())
            for i in range(len(words)):
                for size in lengths:
                    form = tuple(words[i:i + size])
                    if form in forms:
                        after = words[i + size] if i + size < len(words) else ""
                        (headed if after.removesuffix("s") in NAME_HEADS else alone)[form] += 1
    return alone, headed


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    forms = short_forms()
    alone, headed = count(path, forms)
    kept = sorted((" ".join(f), alone[f], headed[f]) for f in forms if alone[f] > headed[f])
    OUT.write_text(HEADER + "".join(f"{form}\t{a}\t{h}\n" for form, a, h in kept), encoding="utf-8")
    print(f"{len(kept)} short forms written alone more often than with their head, of {len(forms)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
