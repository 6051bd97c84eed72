"""British and American spellings: which variant is this word, and what is
its counterpart?

Four sources: the pairs derived by rule from SCOWL for all its words
(``data/terminology/british_american_scowl.tsv``), the curated pairs in ``data/terminology/british_american.tsv``
(-our/-or, -re/-er, ae/oe, doubled l, -ogue/-og, irregulars), and the
-ise/-ize and -yse/-yze families derived from the dictionary: "minimises" is
British only because "minimizes" is a known word, so "advertise", "exercise"
and "premise" (no -ize form) are never variants; ``ise_only.txt`` lists the
words that look derivable but are not; and the -our/-or, -tre/-ter and
ae/oe patterns of medical words (``_derived``), checked against the dictionary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lint import lexicon, resources

BRITISH, AMERICAN = "en-GB", "en-US"
ISE_FAMILY = re.compile(r"^(?P<stem>[a-z]{3,})(?P<s>is|ys)(?P<suffix>e|es|ed|ing|ation|ations|er|ers)$")
IZE_FAMILY = re.compile(r"^(?P<stem>[a-z]{3,})(?P<z>iz|yz)(?P<suffix>e|es|ed|ing|ation|ations|er|ers)$")
# A derived counterpart must be a real, reasonably common word.
MIN_COUNT = 100
# An -ize form less than a quarter as common as its -ise form is not the American spelling.
RARE_RATIO = 4


@lru_cache(maxsize=1)
def curated() -> dict[str, tuple[str, str]]:
    pairs: dict[str, tuple[str, str]] = {}
    for line in resources.lines("terminology/british_american.tsv"):
        parts = line.split("\t")
        british, american = parts[0], parts[1]
        suffixes = parts[2].split(",") if len(parts) > 2 else [""]
        for suffix in suffixes:
            pairs[british + suffix] = (BRITISH, american + suffix)
            pairs[american + suffix] = (AMERICAN, british + suffix)
    return pairs


@lru_cache(maxsize=1)
def scowl() -> dict[str, tuple[str, str]]:
    """The regular families for every word of SCOWL, each side marked as one
    country's by SCOWL itself (built by ``tools/build_british_american.py``):
    word -> (variant, counterpart)."""
    pairs: dict[str, tuple[str, str]] = {}
    for line in resources.lines("terminology/british_american_scowl.tsv"):
        british, american = line.split("\t")[:2]
        pairs[british] = (BRITISH, american)
        pairs[american] = (AMERICAN, british)
    return pairs


@lru_cache(maxsize=1)
def british_only() -> dict[str, tuple[str, str]]:
    """British forms whose American counterpart British writes too, in
    another sense ("licence", the noun; "license" is also the British verb):
    the British form is a variant, its counterpart is neutral."""
    return {line.split("\t")[0]: (BRITISH, line.split("\t")[1])
            for line in resources.lines("terminology/british_only.tsv")}


@lru_cache(maxsize=1)
def terms() -> dict[str, tuple[str, str]]:
    """British and American names for one thing ("paracetamol",
    "acetaminophen"), one word each: word -> (variant, counterpart)."""
    pairs: dict[str, tuple[str, str]] = {}
    for british, american in _term_lines():
        if _one_word(british) and _one_word(american):
            pairs[british] = (BRITISH, american)
            pairs[american] = (AMERICAN, british)
    return pairs


def _one_word(term: str) -> bool:
    return term.isalpha() and term.islower()


def _term_lines() -> list[tuple[str, str]]:
    return [tuple(line.split("\t")[:2]) for line in resources.lines("terminology/british_american_terms.tsv")]


@lru_cache(maxsize=1)
def drug_names() -> frozenset[str]:
    """The approved drug names that differ (British Approved Name or INN
    against USAN: "paracetamol", "acetaminophen"): a country's name for a
    drug, wrong in the other English even where its counterpart is absent."""
    out = set()
    for line in resources.lines("terminology/british_american_terms.tsv"):
        british, american, what = (line.split("\t") + [""])[:3]
        if what.strip() == "drug":
            out.update((british, american))
    return frozenset(out)


@lru_cache(maxsize=1)
def alone_names() -> frozenset[str]:
    """Names reported even where the article never writes their counterpart, once its English
    is settled (``british_american_alone.txt``: "GP", "emergency room", "flu jab"), and the
    drug names."""
    return frozenset(resources.lines("terminology/british_american_alone.txt")) | drug_names()


@lru_cache(maxsize=1)
def phrase_terms() -> tuple[tuple[str, str], ...]:
    """The British and American names that are not one lower-case word each
    ("A&E", "emergency room"; "GP", "primary care physician"): (british,
    american) pairs, found in the text by ``lint.checks.terminology``."""
    return tuple((b, a) for b, a in _term_lines() if not (_one_word(b) and _one_word(a)))


def feature(word: str) -> str:
    """Which convention a variant word shows: "our" (colour), "re" (centre),
    "ae" (anaemia, oestrogen), "ll" (travelled), "ise" (minimise), "term"
    (paracetamol) or "other" (grey, judgement). Varieties of English differ
    by convention: Canadian writes "colour" and "centre" but "organize"."""
    if word in terms():
        return "term"
    found = classify(word)
    if found is None:
        return "other"
    variant, counterpart = found
    british, american = (word, counterpart) if variant == BRITISH else (counterpart, word)
    if "is" in british and british.replace("is", "iz", 1) == american or \
            "ys" in british and british.replace("ys", "yz", 1) == american:
        return "ise"
    if "our" in british and british.replace("our", "or", 1) == american:
        return "our"
    if ("ae" in british or "oe" in british) and len(british) == len(american) + 1:
        return "ae"
    if "ll" in british and british.replace("ll", "l", 1) == american:
        return "ll"
    if "re" in british and ("er" in american) and sorted(british) == sorted(american):
        return "re"
    return "other"


@lru_cache(maxsize=1)
def ise_only() -> frozenset[str]:
    return resources.word_set("terminology/ise_only.txt")


def _root_excluded(stem: str, letter: str) -> bool:
    return any((stem + letter + "e").endswith(word) for word in ise_only())


OUR_FAMILY = re.compile(r"^(?P<stem>[a-z]{2,}[^aeiou])our(?P<suffix>s|ed|ing|ite|ites|able|ful|less|al|ally|hood)?$")
OR_FAMILY = re.compile(r"^(?P<stem>[a-z]{2,}[^aeiou])or(?P<suffix>s|ed|ing|ite|ites|able|ful|less|al|ally|hood)?$")
RE_FAMILY = re.compile(r"^(?P<stem>[a-z]{2,}[tb])re(?P<suffix>s|d)?$")
# Doubled l before a suffix after an unstressed -el/-al (cancelled, travelled, tunnelling, signalled,
# remodelling): British doubles it, American does not. Both forms must be words; "compelled" and
# "paralleled" are written so in both Englishes, and their other forms are no words or only at the floor.
LL_FAMILY = re.compile(r"^(?P<stem>[a-z]{2,}[^aeiou][ea])ll(?P<suffix>ing|ed|er|ers)$")
L_FAMILY = re.compile(r"^(?P<stem>[a-z]{2,}[^aeiou][ea])l(?P<suffix>ing|ed|er|ers)$")
# The word counts give every listed word at least this many; a form counted above it is attested.
LISTED_FLOOR = 50


def _derived(word: str) -> tuple[str, str] | None:
    """Pairs the curated table lacks, by the regular patterns of medical
    words: -our/-or (tumour), doubled l (tunnelling, remodelled), -tre/-bre to -ter/-ber (goitre; only that way
    round, since "meter", "timber" and "sober" are words in British too), and
    ae/oe to e (haemoglobin, oestrogen, foetus). The counterpart must be a
    word, and not a rare one beside this one (the dictionary counts are
    mostly American)."""
    def common(other: str, floor: int = MIN_COUNT) -> bool:
        count = lexicon.frequency(other)
        return count >= floor and count * RARE_RATIO >= lexicon.frequency(word)

    match = OUR_FAMILY.match(word)
    if match:
        american = f"{match['stem']}or{match['suffix'] or ''}"
        return (BRITISH, american) if common(american) else None
    match = OR_FAMILY.match(word)
    if match:
        british = f"{match['stem']}our{match['suffix'] or ''}"
        return (AMERICAN, british) if lexicon.frequency(british) >= MIN_COUNT and lexicon.frequency(word) >= MIN_COUNT \
            else None
    match = LL_FAMILY.match(word)
    if match:
        american = f"{match['stem']}l{match['suffix']}"
        if lexicon.frequency(word) > LISTED_FLOOR and lexicon.frequency(american) >= LISTED_FLOOR:
            return (BRITISH, american)
    match = L_FAMILY.match(word)
    if match:
        british = f"{match['stem']}ll{match['suffix']}"
        if lexicon.frequency(british) > LISTED_FLOOR and lexicon.frequency(word) >= LISTED_FLOOR:
            return (AMERICAN, british)
    match = RE_FAMILY.match(word)
    if match:
        american = f"{match['stem']}er{match['suffix'] or ''}"
        return (BRITISH, american) if common(american) else None
    medical = _medical_ending(word)
    if medical:
        return medical
    if len(word) >= 6:
        for pair in ("ae", "oe"):
            at = word.find(pair)
            if 0 <= at and at + 1 <= len(word) - 3 and (at == 0 or word[at - 1] not in "aeiou"):
                american = word[:at] + word[at + 1:]
                if common(american):
                    return (BRITISH, american)
        # The American form of such a word: an e after a consonant that the British form writes ae or oe.
        for at in range(1, len(word) - 2):
            if word[at] == "e" and word[at - 1] not in "aeiou":
                for letter in "ao":
                    british = word[:at] + letter + word[at:]
                    if lexicon.frequency(british) >= MIN_COUNT and lexicon.frequency(word) >= MIN_COUNT:
                        return (AMERICAN, british)
    return None


# Greek endings of medical words, British and American: blood (-aemia, -aemic),
# flow (-rrhoea) and breathing (-pnoea). Regular, so a rare word ("hypokalaemia",
# "steatorrhoea", "hypopnoea") needs no dictionary count.
MEDICAL_ENDINGS = (("aemias", "emias"), ("aemia", "emia"), ("aemic", "emic"), ("rrhoeal", "rrheal"),
                   ("rrhoeic", "rrheic"), ("rrhoea", "rrhea"), ("pnoeic", "pneic"), ("pnoea", "pnea"))
# Words with such an ending that are no medical word, or whose -emic form is not of -emia.
NOT_MEDICAL_ENDINGS = frozenset({"academia", "academias", "bohemia", "bohemias"})


_ANY_MEDICAL_ENDING = tuple({ending for pair in MEDICAL_ENDINGS for ending in pair})
# Greek beginnings of medical words, British and American, as regular as the endings: blood
# (haemo-, haemat-, haemorrh-, haemangi-), gullet, oestrogens, children (paediatr-), bones
# (orthopaed-), women (gynaec-), numbness (anaesth-), cause (aetiol-), swelling (oedema, also
# inside: lymphoedema). Not "hemi-" (half: hemisphere), nor "estrange" or "pedal".
MEDICAL_BEGINNINGS = (("haemo", "hemo"), ("haemat", "hemat"), ("haemorrh", "hemorrh"), ("haemangi", "hemangi"),
                      ("oesophag", "esophag"), ("oestrog", "estrog"), ("oestradi", "estradi"), ("oestri", "estri"),
                      ("oestro", "estro"), ("oestrus", "estrus"), ("paediatr", "pediatr"), ("orthopaed", "orthoped"),
                      ("gynaec", "gynec"), ("anaesth", "anesth"), ("aetiol", "etiol"), ("oedem", "edem"))
_ANY_MEDICAL_BEGINNING = tuple({start for pair in MEDICAL_BEGINNINGS for start in pair})
# Words inside which "edema" swells ("lymphedema", "myxedema", "angioedema" stays as it is: "oe" there
# is no British ligature).
INNER_OEDEMA = (("lymphoedem", "lymphedem"), ("myxoedem", "myxedem"), ("papilloedem", "papilledem"))


def _medical_beginning(word: str) -> tuple[str, str] | None:
    if word.startswith(_ANY_MEDICAL_BEGINNING):
        for british, american in MEDICAL_BEGINNINGS:
            if word.startswith(british) and len(word) > len(british):
                return (BRITISH, american + word[len(british):])
            if word.startswith(american) and len(word) > len(american) and not word.startswith("etiolat"):
                return (AMERICAN, british + word[len(american):])  # ("etiolated" plants: no ae in British)
    for british, american in INNER_OEDEMA:
        if word.startswith(british):
            return (BRITISH, american + word[len(british):])
        if word.startswith(american):
            return (AMERICAN, british + word[len(american):])
    return None


def medical_spelling(word: str) -> bool:
    """Is the word British or American by the Greek beginnings or endings of medical words
    ("haematologist", "leukemia", "oesophagus")?"""
    return _medical_ending(word) is not None


def _medical_ending(word: str) -> tuple[str, str] | None:
    beginning = _medical_beginning(word)
    if beginning:
        return beginning
    if not word.endswith(_ANY_MEDICAL_ENDING) or word in NOT_MEDICAL_ENDINGS:
        return None
    for british, american in MEDICAL_ENDINGS:
        if word.endswith(british) and len(word) >= len(british) + 2:
            return (BRITISH, word[:-len(british)] + american)
        if word.endswith(american) and len(word) >= len(american) + 2 and not word[:-len(american)].endswith(british[:-len(american)]):
            stem = word[:-len(american)]
            # "systemic", "academic", "pandemic": an -emic word counts only beside its -emia noun.
            if american == "emic" and (stem + "emia" in NOT_MEDICAL_ENDINGS or lexicon.frequency(stem + "emia") < MIN_COUNT):
                return None
            return (AMERICAN, stem + british)
    return None


# American forms that British medical writing uses too (the BMJ, NICE and the
# NHS write "fetus" and "fetal"): neutral, though "foetus" is still British.
# And British forms American prose writes too ("dialogue": "dialog" is for software;
# "analogue" for a drug's chemical relative: "insulin analogue", "GLP-1 analogue").
# And "orthopaedic": American orthopaedic bodies write it so (the American Academy of Orthopaedic Surgeons,
# the Journal of Bone and Joint Surgery), and so do their press releases in lower case.
BRITISH_MEDICAL_TOO = frozenset({"fetus", "fetuses", "fetal", "dialogue", "dialogues", "analogue", "analogues",
                                 "orthopaedic", "orthopaedics"})


@lru_cache(maxsize=65536)
def classify(word: str) -> tuple[str, str] | None:
    """(variant, counterpart) for a lower-case word, or None if neutral."""
    if word in BRITISH_MEDICAL_TOO:
        return None
    if word in curated():
        return curated()[word]
    if word in terms():
        return terms()[word]
    if word in scowl():
        return scowl()[word]
    if word in british_only():
        return british_only()[word]
    derived = _derived(word)
    if derived:
        return derived
    match = ISE_FAMILY.match(word)
    if match:
        stem, s, suffix = match.group("stem", "s", "suffix")
        if _root_excluded(stem, s) or (s == "ys" and suffix == "es"):
            # "analyses" is also the plural of "analysis", in both spellings.
            return None
        american = f"{stem}{'iz' if s == 'is' else 'yz'}{suffix}"
        # The -ize form must be a word, and not a rare one beside an -ise form
        # that American writes too ("exorcise", not "exorcize").
        if lexicon.frequency(american) >= MIN_COUNT and \
                lexicon.frequency(american) * RARE_RATIO >= lexicon.frequency(word):
            return (BRITISH, american)
        return None
    match = IZE_FAMILY.match(word)
    if match:
        stem, z, suffix = match.group("stem", "z", "suffix")
        if _root_excluded(stem, "is" if z == "iz" else "ys") or lexicon.frequency(word) < MIN_COUNT:
            return None
        return (AMERICAN, f"{stem}{'is' if z == 'iz' else 'ys'}{suffix}")
    return None
