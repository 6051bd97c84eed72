"""The claims lexicons: phrase lists and patterns under ``data/claims/``.

Phrases match lower-cased token sequences, so "Reduces the risk of" and
"reduces  the risk of" are one phrase. Verb phrases list base forms; the
third-person form is generated here ("minimise" → "minimises").
Patterns are compiled once and carry examples that the tests run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lint import resources

Phrase = tuple[str, ...]
TOKEN_SPLITS = re.compile(r"(?<=\w)([-%])")


def third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


# "100%" is also written out: "100 per cent" (British, Canadian, Australian
# and much news style) and "100 percent" (American).
PERCENT_WORDS = (("percent",), ("per", "cent"))


def _spelled_percent(words: Phrase) -> list[Phrase]:
    """The phrase, and, if it holds a "%", the same phrase with the sign
    written out ("100% safe" also matches "100 per cent safe")."""
    if "%" not in words:
        return [words]
    k = words.index("%")
    return [words] + [form for spelled in PERCENT_WORDS
                      for form in _spelled_percent(words[:k] + spelled + words[k + 1:])]


class PhraseSet:
    """Token-sequence lookup: which listed phrase starts at token i?"""

    def __init__(self, phrases):
        self.by_first: dict[str, list[Phrase]] = {}
        for phrase in phrases:
            # spaCy splits "risk-free" and "100%" into three and two tokens.
            words = tuple(TOKEN_SPLITS.sub(r" \1 ", phrase.lower()).split())
            for form in _spelled_percent(words):
                self.by_first.setdefault(form[0], []).append(form)
        for options in self.by_first.values():
            options.sort(key=len, reverse=True)

    def match_at(self, words: list[str], i: int) -> Phrase | None:
        for phrase in self.by_first.get(words[i], ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                return phrase
        return None

    def occurs_in(self, words: list[str]) -> bool:
        """Does any phrase occur in the word list? A set test first, since
        most sentences contain no first word of any phrase."""
        if self.by_first.keys().isdisjoint(words):
            return False
        return any(self.match_at(words, i) for i, word in enumerate(words) if word in self.by_first)

    def __contains__(self, word: str) -> bool:
        return any(len(p) == 1 for p in self.by_first.get(word, ()))


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    matches: tuple[str, ...]
    rejects: tuple[str, ...]


@lru_cache(maxsize=None)
def phrases(name: str) -> PhraseSet:
    return PhraseSet(resources.lines(f"claims/{name}.txt"))


@lru_cache(maxsize=1)
def patterns() -> dict[str, Pattern]:
    data = resources.yaml_data("claims/patterns.yaml")
    compiled = {}
    for name, entry in data.items():
        compiled[name] = Pattern(
            name,
            re.compile(entry["pattern"]),
            tuple(entry.get("matches", ())),
            tuple(entry.get("rejects", ())),
        )
    return compiled


def pattern(name: str) -> re.Pattern:
    return patterns()[name].regex


def _termbase_words(categories: frozenset[str]) -> frozenset[str]:
    """Single-word termbase forms in these categories, when the termbase is
    available; the claims lexicons work fully without it."""
    try:
        from lint.termbase import load_termbase
    except ImportError:
        return frozenset()
    return frozenset(form.lower() for entry in load_termbase(()).entries if entry.category in categories
                     for form in entry.forms if " " not in form and "-" not in form)


@lru_cache(maxsize=1)
def intervention_words() -> frozenset[str]:
    """Words naming a treatment, product, food or habit: our list plus the
    termbase's treatments, procedures and drugs."""
    own = {p[0] for options in phrases("interventions").by_first.values() for p in options}
    return frozenset(own) | _termbase_words(frozenset({"treatment", "procedure", "drug"}))


@lru_cache(maxsize=1)
def drug_words() -> frozenset[str]:
    """Medicines named in the termbase."""
    return _termbase_words(frozenset({"drug"}))


@lru_cache(maxsize=1)
def outcome_words() -> frozenset[str]:
    """Words naming a health outcome: our list, the termbase's conditions and
    outcomes, and the concept table's one-word conditions and symptoms (not
    a word that names a treatment or an exposure of ours)."""
    own = {p[0] for options in phrases("outcomes").by_first.values() for p in options}
    conditions = condition_names()[0] - intervention_words() - phrases("exposures").by_first.keys()
    words = frozenset(own) | _termbase_words(frozenset({"condition", "outcome"})) | conditions | condition_acronyms()
    return words | _british_forms(words)


@lru_cache(maxsize=1)
def body_cell_words() -> frozenset[str]:
    """One-word names of the body's cells ("neutrophils", "platelets";
    terminology/blood_cells.tsv): what they do ("neutrophils, which fight
    infection") is physiology, not a treatment's effect."""
    from lint.checks.contradicted_terms import cell_names

    return frozenset(name for name in cell_names() if " " not in name and "-" not in name)


@lru_cache(maxsize=1)
def organ_words() -> frozenset[str]:
    """One-word everyday names of organs and body parts ("eardrum", "retina",
    "stomach"; terminology/organ_words.tsv): what is done to one, as the
    object's head, is done to health ("damages the retina", "causes perforated
    eardrums"); see strength._organ_object."""
    return frozenset(line.split("\t")[0] for line in resources.lines("terminology/organ_words.tsv")
                     if " " not in line.split("\t")[0])


def _british_forms(words: frozenset[str]) -> frozenset[str]:
    """The British spellings of outcome words the vocabularies write the
    American way ("haemorrhoid", "oedema", "leukaemia"), from the project's
    British and American pairs (lint.spelling_variants)."""
    from lint import spelling_variants

    found = set()
    for pairs in (spelling_variants.curated(), spelling_variants.scowl()):
        for word, (variant, counterpart) in pairs.items():
            if variant == spelling_variants.BRITISH and counterpart in words:
                found.add(word)
    return frozenset(found)


@lru_cache(maxsize=1)
def condition_acronyms() -> frozenset[str]:
    """Acronyms of conditions, lower case and with their plurals ("uti",
    "utis", "dvt", "tbi"): those of three letters or more that NIH writers
    spell out as a condition of the concept table, unless the lower-case
    form is a dictionary word ("add", "all", "cad")."""
    from lint import lexicon as dictionary
    from lint.checks.acronyms import medquad_acronyms
    from lint.concepts import key

    single, _firsts, multi = condition_names()
    if not multi:
        return frozenset()
    words = dictionary.dictionary()
    found = set()
    for acronym, (expansion, _answers) in medquad_acronyms().items():
        lower = acronym.lower()
        if len(acronym) >= 3 and acronym.isalpha() and lower not in words and (
                key(expansion) in multi or key(expansion) in single):
            found.update((lower, lower + "s"))
    return frozenset(found)


# Kinds of the concept table that name a condition: MeSH C (diseases, and
# C23 signs and symptoms), F03 mental disorders, a Disease Ontology term.
CONDITION_KINDS = frozenset("CF")
# Single-word names shorter than this are mostly abbreviations ("aid" for
# AIDS, "cf", "cad", "fire" for a febrile epilepsy syndrome); longer everyday
# words in another sense are listed in everyday_senses.txt.
MIN_CONDITION_WORD = 5
# A name of four letters counts when it is an English word (the spelling
# dictionary's general list) and its concept sits under a broader one ("rash",
# "wart", "coma", "stye"; not "lord", "tarp", "five", whose concepts are a rare
# syndrome's topic with no place in the hierarchy).
SHORT_CONDITION_WORD = 4
ENGLISH = "spelling/dictionary/english.txt.gz"
# A name that opens with one of these is a fragment or a nickname ("after
# surgery", "the run", "in home care"), not a condition's name.
NOT_NAME_STARTS = frozenset({"a", "an", "the", "after", "before", "in", "of", "on", "with", "for", "to", "at",
                             "from", "by"})


@lru_cache(maxsize=1)
def condition_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Names of conditions and symptoms in the concept table (``lint.concepts``):
    its single-word names (as ``concepts.key`` writes them: singular), the
    first words of its names of two to four words, and those names. A name
    counts when every concept it names is a condition (never also a drug,
    procedure or body part: "smoking" names both). Empty without the table.
    Read once, on the first sentence with a claim, from the per-user copy of
    parsed tables (reading the concept table's 100,000 names costs 0.6 s)."""
    try:
        from lint import concepts as _concepts

        table = resources.cached_table(
            "claims-conditions", lambda: [__file__, _concepts.__file__, resources.data_path(_concepts.TABLE),
                                          resources.data_path(ENGLISH)],
            _condition_table)
    except (ImportError, OSError, ValueError):
        return frozenset(), frozenset(), frozenset()
    everyday = resources.word_set("claims/everyday_senses.txt")
    multi = frozenset(table["multi"]) - everyday
    return frozenset(table["single"]) - everyday, frozenset(name.split()[0] for name in multi), multi


def _condition_table() -> dict:
    import gzip

    from lint.concepts import concepts

    table = concepts()
    conditions = {c for c, kind in table.kinds.items() if CONDITION_KINDS.issuperset(kind)}
    english = {w for w in gzip.decompress(resources.data_path(ENGLISH).read_bytes()).decode("utf-8").split()
               if len(w) == SHORT_CONDITION_WORD and w.islower()}
    single, multi = [], []
    for name, ids in table.by_name.items():
        if not conditions.issuperset(ids):
            continue
        if " " not in name:
            if name.isalpha() and (len(name) >= MIN_CONDITION_WORD or name in english and any(
                    table.parents.get(c) for c in ids)):
                single.append(name)
        elif name.count(" ") <= 3 and name.split(" ", 1)[0] not in NOT_NAME_STARTS:
            multi.append(name)
    return {"single": sorted(single), "multi": sorted(multi)}


def names_condition(words: list[str]) -> bool:
    """Do these lower-case words name a condition of two to four words in the
    concept table ("hot flashes", "common cold", "heart attack")?"""
    _single, firsts, multi = condition_names()
    if firsts.isdisjoint(words):
        return False
    from lint.concepts import key

    for i, word in enumerate(words):
        if word in firsts:
            for n in range(2, 6):  # one more than four: "crohn 's disease"
                if i + n <= len(words) and key(" ".join(words[i:i + n])) in multi:
                    return True
    return False


# Searching every sentence or paragraph with every pattern cost the claims
# check a third of its time, and almost no text matches. What each match of a
# pattern must contain (a literal such as "%" or "times", or a digit) is read
# from the parsed pattern, so the test stays exact when patterns.yaml changes:
# text lacking it is not searched. Whatever the reading does not understand
# adds no requirement.
_DIGIT = object()  # the atom "some character that \d matches"
_ANY_DIGIT = re.compile(r"\d")


def could_match(name: str, text: str) -> bool:
    """False only when pattern ``name`` cannot match ``text``."""
    for literals, digit in requirements(name):
        # A loop, not any() over a generator: this runs for every sentence.
        for literal in literals:
            if literal in text:
                break
        else:
            if not (digit and _ANY_DIGIT.search(text)):
                return False
    return True


@lru_cache(maxsize=None)
def requirements(name: str) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """(literals, digit) pairs: every match holds one of the literals, or a
    digit when ``digit`` is set, for each pair."""
    regex = pattern(name)
    try:
        from re import _constants as c, _parser

        parsed = _parser.parse(regex.pattern, regex.flags)
        if (regex.flags | parsed.state.flags) & (re.IGNORECASE | re.VERBOSE):
            return ()
        needs = _sequence_needs(parsed, c)
    except Exception:  # a private module that may change: no requirement, search as before
        return ()
    pairs = [(tuple(sorted(a for a in atoms if a is not _DIGIT)), _DIGIT in atoms) for atoms in needs]
    # Every pair must hold, so their order changes no answer: the pairs whose
    # shortest literal is longest are the likeliest to fail, and are tried
    # first ("n" and "o" are in nearly every sentence, "kind" or "type" in
    # few); a pair that a digit satisfies costs a search, and comes last.
    pairs.sort(key=lambda pair: (pair[1], -min(map(len, pair[0]), default=0)))
    return tuple(pairs)


def _sequence_needs(items, c) -> list[frozenset]:
    needs: list[frozenset] = []
    run = ""
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            needs.append(frozenset((run,)))
            run = ""
        needs.extend(_item_needs(op, av, c))
    if run:
        needs.append(frozenset((run,)))
    return needs


def _item_needs(op, av, c) -> list[frozenset]:
    if op is c.IN:
        atoms = set()
        for kind, value in av:
            if kind is c.LITERAL:
                atoms.add(chr(value))
            elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                atoms.add(_DIGIT)
            else:  # ranges, negation, other classes
                return []
        return [frozenset(atoms)]
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return [] if add_flags & re.IGNORECASE else _sequence_needs(body, c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence_needs(body, c) if low >= 1 else []
    if op is c.ATOMIC_GROUP:
        return _sequence_needs(av, c)
    if op is c.BRANCH:
        # One alternative matches, so one of the alternatives' requirements
        # holds: take each one's most selective set and require their union.
        chosen = []
        for alternative in av[1]:
            options = _sequence_needs(alternative, c)
            if not options:
                return []
            chosen.append(max(options, key=lambda atoms: min(1 if a is _DIGIT else len(a) for a in atoms)))
        return [frozenset().union(*chosen)]
    return []  # zero-width assertions, any character, back-references: nothing required
