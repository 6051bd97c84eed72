"""Build lint/data/spelling/medquad_vocabulary.txt: health words that the
base English list lacks, with how often MedQuAD (CC BY 4.0) uses them.

Only lines 3000 onward are read; lines 0-2999 are held out for measuring
false alarms. A word must appear at least MIN_COUNT times, so one-off typos
in the source do not become dictionary words.

    python tools/build_vocabulary.py ../shared/data/medquad/answers-dev.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HELD_OUT = 3000
MIN_COUNT = 3
WORD = re.compile(r"(?<![\w-])[A-Za-z][a-z]+(?:'s)?(?![\w-])")
OUT = Path(__file__).resolve().parent.parent / "lint" / "data" / "spelling" / "medquad_vocabulary.txt"


def main(source: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from lint.lexicon import base_frequencies

    base = base_frequencies()
    counts = Counter()
    with open(source, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number < HELD_OUT:
                continue
            for word in WORD.findall(json.loads(line)["answer"]):
                counts[word.lower().removesuffix("'s")] += 1
    def run_together(word: str) -> bool:
        # "abdomenthe": two common words whose space was lost in the source.
        return any(base.get(word[:i], 0) >= 1000 and base.get(word[i:], 0) >= 1000
                   for i in range(3, len(word) - 2))

    kept = {w: n for w, n in counts.items()
            if n >= MIN_COUNT and w not in base and len(w) > 2 and not run_together(w)}
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Health words missing from the base English list, with their count in MedQuAD\n"
                  "# answers (Ben Abacha & Demner-Fushman 2019, CC BY 4.0), lines 3000 on.\n"
                  "# Source: built by tools/build_vocabulary.py. Licence of the counts: CC BY 4.0.\n")
        for word in sorted(kept):
            out.write(f"{word}\t{kept[word]}\n")
    print(f"{len(kept):,} words written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/medquad/answers-dev.jsonl")
