"""Build lint/data/context/medquad_{unigrams,bigrams,trigrams}.tsv.gz.

Counts lower-cased word pairs in MedQuAD answers (Ben Abacha & Demner-Fushman
2019, CC BY 4.0), lines 3000 onward only: lines 0-2999 are held out for
measuring false alarms. Only derived counts are written, never the text.

    python tools/build_context_counts.py ../shared/data/medquad/answers-dev.jsonl
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

HELD_OUT = 3000
MIN_PAIR_COUNT = 2
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[.!?;:,()]")
OUT = Path(__file__).resolve().parent.parent / "lint" / "data" / "context"


def sentences_words(text: str):
    words = []
    for token in WORD.findall(text.lower()):
        if token in ".!?;:,()":
            if words:
                yield words
            words = []
        else:
            words.append(token)
    if words:
        yield words


def _gzip_text(path: Path):
    """A gzip text writer with a fixed timestamp, so a rebuild from the same
    source gives byte-identical files."""
    import io

    return io.TextIOWrapper(gzip.GzipFile(path, "wb", compresslevel=9, mtime=0), encoding="utf-8")


def main(source: str) -> None:
    unigrams, bigrams, trigrams = Counter(), Counter(), Counter()
    with open(source, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number < HELD_OUT:
                continue
            for words in sentences_words(json.loads(line)["answer"]):
                unigrams.update(words)
                bigrams.update(zip(words, words[1:]))
                trigrams.update(zip(words, words[1:], words[2:]))
    header = "# word pair<TAB>count, from MedQuAD (CC BY 4.0) answers from line 3000 on; built by tools/build_context_counts.py\n"
    with _gzip_text(OUT / "medquad_bigrams.tsv.gz") as out:
        out.write(header)
        for (a, b), n in sorted(bigrams.items()):
            if n >= MIN_PAIR_COUNT:
                out.write(f"{a} {b}\t{n}\n")
    with _gzip_text(OUT / "medquad_trigrams.tsv.gz") as out:
        out.write(header.replace("word pair", "word triple"))
        for (a, b, c), n in sorted(trigrams.items()):
            if n >= MIN_PAIR_COUNT:
                out.write(f"{a} {b} {c}\t{n}\n")
    with _gzip_text(OUT / "medquad_unigrams.tsv.gz") as out:
        out.write(header.replace("word pair", "word"))
        for word, n in sorted(unigrams.items()):
            if n >= MIN_PAIR_COUNT:
                out.write(f"{word}\t{n}\n")
    print(f"{sum(unigrams.values()):,} words; {len(bigrams):,} pairs, "
          f"{sum(1 for n in bigrams.values() if n >= MIN_PAIR_COUNT):,} kept; {len(trigrams):,} triples, "
          f"{sum(1 for n in trigrams.values() if n >= MIN_PAIR_COUNT):,} kept")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/medquad/answers-dev.jsonl")
