"""Build ``lint/data/terminology/british_american_scowl.tsv``: British and
American spellings of one word, for every word of the SCOWL lists the shipped
dictionary is built from (see ``tools/build_dictionary.py``), by rule.

A pair is one of the regular families of British/American spelling, applied
to a word: -our/-or (colour), word-final -re/-er (centre, centred, centring),
ae/e and oe/e (anaemia, oestrogen), -ll-/-l- (travelled), -ence/-ense
(offence), -ogue/-og (analogue), -gement/-gment (judgement), -yse/-yze and
-ise/-ize (analyse, organise). It is kept only when SCOWL itself marks both
sides as one country's: the British form is in Debian's ``wbritish-large``
and not in ``wamerican-large``, and the American form the other way round. So
"license" and "practice" (British too, as verb and noun) and "program" are
never pairs, and neither is any pair a rule invents from two unrelated words
("four", "for": both are in both lists). A word with two candidate
counterparts, a word shorter than five letters, and a Latin plural in -ae
are left out. For words of the shipped medical vocabulary, the huge lists are
the arbiter as well (medical words are rare in the large ones).

Run it where the Debian lists are installed
(``apt-get install wamerican-large wbritish-large wamerican-huge wbritish-huge``):

    python tools/build_british_american.py
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

DICT = Path("/usr/share/dict")
OUT = Path(__file__).resolve().parent.parent / "lint" / "data" / "terminology" / "british_american_scowl.tsv"
MIN_LENGTH = 5
# Pairs the rules find that are not one word in two spellings: "prised" (levered
# open) beside "prized" (valued, in both Englishes); a name and an unrelated word
# ("caesar", "cesar"; "bourg", "borg"; "doura", "dora"; "fourb", "forb").
EXCLUDED = frozenset({"prised", "prises", "prising", "caesar", "caesars", "bourg", "bourgs", "doura", "fourb"})

# (British pattern, American replacement), each applied at every place it matches.
FAMILIES = (
    (r"our", "or"),
    (r"re$", "er"), (r"res$", "ers"), (r"red$", "ered"), (r"ring$", "ering"),
    (r"(?<=[^aeiou])ae(?=[a-z]{2})", "e"), (r"(?<=[^aeiou])oe(?=[a-z]{2})", "e"),
    (r"^ae(?=[a-z]{3})", "e"), (r"^oe(?=[a-z]{3})", "e"),
    (r"ll", "l"),
    (r"ence$", "ense"), (r"ences$", "enses"),
    (r"ogue$", "og"), (r"ogues$", "ogs"),
    (r"gement", "gment"),
    (r"ys", "yz"), (r"is", "iz"),
)


def words(name: str) -> set[str]:
    with open(DICT / name, encoding="utf-8", errors="ignore") as fh:
        return {w for w in (line.strip() for line in fh) if w.isalpha() and w.islower() and w.isascii()}


def pairs(size: str = "large", keep=None) -> list[tuple[str, str]]:
    british, american = words(f"british-english-{size}"), words(f"american-english-{size}")
    british_only, american_only = british - american, american - british
    found: dict[str, set[str]] = defaultdict(set)
    for word in british_only:
        if len(word) < MIN_LENGTH or word in EXCLUDED:
            continue
        for pattern, replacement in FAMILIES:
            for match in re.finditer(pattern, word):
                other = word[:match.start()] + replacement + word[match.end():]
                if other in american_only:
                    found[word].add(other)
    by_american: dict[str, set[str]] = defaultdict(set)
    for word, others in found.items():
        for other in others:
            by_american[other].add(word)
    return sorted((word, next(iter(others))) for word, others in found.items()
                  if len(others) == 1 and len(by_american[next(iter(others))]) == 1
                  and (keep is None or word in keep or next(iter(others)) in keep))


# Medical words are rare in the large lists: for them the huge lists (wbritish-huge, wamerican-huge) are
# the arbiter too ("catheterisation", "nebuliser", "luteinising", "melaena"), one side a word of the
# shipped medical vocabulary. Pairs of two words that are no spellings of one word are left out.
MEDICAL_VOCABULARY = ("spelling/health_terms.txt", "spelling/dictionary/medical.txt", "spelling/medquad_vocabulary.txt")
NOT_MEDICAL_PAIRS = frozenset({"colourectal", "teres", "tetrachloroethylene", "polytetrafluoroethylene",
                               "hemoerythrin", "aesculin", "archaeal"})


def medical_pairs(large: list[tuple[str, str]]) -> list[tuple[str, str]]:
    data = OUT.parent.parent
    vocabulary = set()
    for name in MEDICAL_VOCABULARY:
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                vocabulary.add(line.strip().lower())
    have = {w for pair in large for w in pair}
    return [(b, a) for b, a in pairs("huge", vocabulary)
            if b not in have and a not in have and b not in NOT_MEDICAL_PAIRS]


def main() -> None:
    header = (
        "# British and American spellings of one word, by rule from SCOWL: british<TAB>american.\n"
        "# Each pair is a regular family (-our/-or, -re/-er, ae/oe, -ll-, -ence/-ense, -ogue/-og,\n"
        "# -gement/-gment, -ise/-ize, -yse/-yze) whose British form SCOWL lists as British only and\n"
        "# whose American form as American only (Debian wbritish-large and wamerican-large 2020.12.07;\n"
        "# for words of the medical vocabulary, wbritish-huge and wamerican-huge).\n"
        "# Source: built by tools/build_british_american.py from SCOWL (Kevin Atkinson,\n"
        "# http://wordlist.aspell.net). Licence: SCOWL's, see spelling/dictionary/SCOWL-COPYRIGHT.\n"
    )
    rows = pairs()
    rows = sorted(rows + medical_pairs(rows))
    OUT.write_text(header + "".join(f"{b}\t{a}\n" for b, a in rows), encoding="utf-8")
    print(f"{len(rows)} pairs -> {OUT}")


if __name__ == "__main__":
    main()
