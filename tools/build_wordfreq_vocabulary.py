"""Build lint/data/spelling/wordfreq_vocabulary.txt.gz: English words from
wordfreq (Robyn Speer; data CC BY-SA 4.0) that the base list lacks, which
brings in much specialist vocabulary (oropharyngeal, raloxifene).

wordfreq's large list also holds common misspellings ("recieve"), so a word
is dropped when a word one edit away is at least DROP_RATIO_ZIPF more common
on the Zipf scale: a misspelling is always much rarer than its target.
wordfreq is needed only to run this script, not to use healthlint.

    pip install wordfreq && python tools/build_wordfreq_vocabulary.py
"""

from __future__ import annotations

import gzip
import string
import sys
from pathlib import Path

MIN_ZIPF = 1.0
DROP_RATIO_ZIPF = 1.5
OUT = Path(__file__).resolve().parent.parent / "lint" / "data" / "spelling" / "wordfreq_vocabulary.txt.gz"


def edits1(word: str):
    letters = string.ascii_lowercase
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            yield left + right[1:]
            for c in letters:
                yield left + c + right[1:]
        if len(right) > 1:
            yield left + right[1] + right[0] + right[2:]
        for c in letters:
            yield left + c + right


def main() -> None:
    import wordfreq

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from lint.lexicon import base_frequencies

    base = base_frequencies()
    zipf = {}
    for word in wordfreq.top_n_list("en", 1_000_000):
        if word.isalpha() and word.isascii() and word == word.lower():
            z = wordfreq.zipf_frequency(word, "en")
            if z >= MIN_ZIPF:
                zipf[word] = z
    kept = {}
    for word, z in zipf.items():
        if word in base or len(word) < 3:
            continue
        if any(zipf.get(other, 0) >= z + DROP_RATIO_ZIPF for other in edits1(word) if other != word):
            continue
        kept[word] = z
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# Words from wordfreq (Robyn Speer, https://github.com/rspeer/wordfreq; data CC BY-SA 4.0)\n"
                  "# missing from the base list; count = 10 ** zipf, the words per billion.\n"
                  "# Source: built by tools/build_wordfreq_vocabulary.py.\n")
        for word in sorted(kept):
            out.write(f"{word}\t{round(10 ** kept[word])}\n")
    print(f"{len(kept):,} words written to {OUT}")


if __name__ == "__main__":
    main()
