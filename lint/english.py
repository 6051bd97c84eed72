"""The article's own English, decided once per article: US, UK, Canadian or
Australian, from the conventions its variant spellings follow.

Varieties differ by convention, not word by word: Canadian writes "colour"
and "centre" but "organize" and "estrogen"; British accepts "-ize" (Oxford
spelling) as well as "-ise"; Australian writes "-ise". The variety chosen is
the one with which the fewest of the article's words conflict; on a tie, the
one nearest the article's majority. Checks read ``doc._.hl_english`` (None
when the article shows no variant spelling) and ``accepts``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from lint import lexicon
from lint.nlp import doc_text
from lint.spelling_variants import AMERICAN, BRITISH

US, UK, CANADA, AUSTRALIA = "en-US", "en-GB", "en-CA", "en-AU"
NAMES = {US: "American", UK: "British", CANADA: "Canadian", AUSTRALIA: "Australian"}
BOTH = frozenset({BRITISH, AMERICAN})
CANADIAN_EVIDENCE = 2
# Which spellings each variety writes, by convention (spelling_variants.feature).
_WRITES = {
    US: {},
    UK: {"our": {BRITISH}, "re": {BRITISH}, "ae": {BRITISH}, "ll": {BRITISH}, "ise": BOTH, "other": {BRITISH},
         "term": {BRITISH}},
    CANADA: {"our": {BRITISH}, "re": {BRITISH}, "ae": {AMERICAN}, "ll": {BRITISH}, "ise": {AMERICAN}, "other": BOTH,
             "term": {AMERICAN}},
    AUSTRALIA: {"our": {BRITISH}, "re": {BRITISH}, "ae": {BRITISH}, "ll": {BRITISH}, "ise": {BRITISH},
                "other": {BRITISH}, "term": {BRITISH}},
}


# A configured British house style writes -ise; only a decided one may be Oxford spelling.
HOUSE_UK = "en-GB-ise"
_WRITES[HOUSE_UK] = {**_WRITES[UK], "ise": {BRITISH}}
NAMES[HOUSE_UK] = "British"


def accepts(variety: str, feature: str, variant: str) -> bool:
    return variant in _WRITES[variety].get(feature, {AMERICAN})


def decide(observed: list[tuple[str, str]], configured: str = "auto", names=None) -> str | None:
    """The variety for (variant, feature) pairs, one per word written.

    Spellings decide; when they tie, the British or American names the
    article uses ("GP", "cotton buds", "drugstore"; ``names`` is called for
    those written as phrases) break the tie, then an American -ize word
    beside too few British words to show Oxford spelling, then the first
    word written."""
    if configured == UK:
        return HOUSE_UK
    if configured in NAMES:
        return configured
    named = Counter(v for v, f in observed if f == "term")
    observed = [(v, f) for v, f in observed if f != "term"]
    if not observed:
        return None
    counts = Counter(v for v, _ in observed)
    tie = counts[AMERICAN] == counts[BRITISH]
    if len(observed) == 1 and names is not None:
        # One spelling is thin evidence: several names of the other English and none of its own
        # ("GP", "A&E", "physiotherapy" beside one "orthopedic") make that word the slip.
        lone = observed[0][0]
        other = BRITISH if lone == AMERICAN else AMERICAN
        named.update(names())
        if named[other] >= NAMES_OVER_ONE_SPELLING and not named[lone]:
            return UK if other == BRITISH else US
        names = None
    placed = False  # the country markers, not the spellings, decided the side
    if not tie and _thin(counts) and names is not None:
        # Spellings one apart, or two of one English and none of the other, are thin
        # evidence: an article that places itself in one country's health system
        # (country_markers.tsv: "the CDC", "$10", "call 911", "the American Academy of
        # Dermatology") and never in the other's is that country's, and the extra spellings
        # are slips (a writer who plants "colour" and "mould" in a page priced in dollars
        # that cites an American body).
        named.update(names())
        names = None
        ahead = AMERICAN if counts[AMERICAN] > counts[BRITISH] else BRITISH
        behind = BRITISH if ahead == AMERICAN else AMERICAN
        american_first = ahead == AMERICAN
        if named[behind] >= COUNTRY_OVER_ONE_SPELLING and not named[ahead]:
            american_first, placed = behind == AMERICAN, True
    elif not tie:
        american_first = counts[AMERICAN] > counts[BRITISH]
    else:
        if names is not None:
            named.update(names())
        if named[AMERICAN] != named[BRITISH]:
            american_first = named[AMERICAN] > named[BRITISH]
        elif (AMERICAN, "ise") in observed and counts[BRITISH] < OXFORD_EVIDENCE:
            # British with "-ize" is Oxford spelling, a pattern one British word does not show
            # (as with Canadian): "behaviour" beside "randomized" is an American article's slip.
            american_first = True
        else:
            american_first = observed[0][0] == AMERICAN
    order = (US, CANADA, UK, AUSTRALIA) if american_first else (UK, AUSTRALIA, CANADA, US)
    if placed:
        order = order[:2]  # the other side's varieties would only count the spellings again
    # Canadian is a pattern (British -our/-re with American -ize and medical e) that
    # needs two British words to show it, and an American -ize word: one "colour"
    # beside "pediatrician" is a slip, and "behaviour" and "fibre" in an article
    # that writes "anemia" but no -ize word at all show no Canadian signature.
    if sum(v == BRITISH and f in ("our", "re", "ll") for v, f in observed) < CANADIAN_EVIDENCE \
            or (AMERICAN, "ise") not in observed:
        order = tuple(v for v in order if v != CANADA)
    # A tie broken for American is not undone by British accepting -ize (Oxford spelling).
    oxford = not (tie and american_first)
    conflicts = {variety: sum(not accepts(variety if variety != UK or oxford else HOUSE_UK, f, v)
                              for v, f in observed) for variety in order}
    return min(order, key=lambda variety: (conflicts[variety], order.index(variety)))


def _thin(counts: Counter) -> bool:
    """Spellings too few, or too even, to outweigh where the article places its reader."""
    ahead, behind = sorted((counts[AMERICAN], counts[BRITISH]), reverse=True)
    return ahead - behind == 1 or (behind == 0 and ahead <= THIN_LEAD)


# Spellings of one English, with none of the other, that its country markers may still outweigh.
THIN_LEAD = 2
# British words that show Oxford spelling (British with -ize) in an article tied between the two.
OXFORD_EVIDENCE = 2
# Names of one English (occurrences) that outweigh a lone spelling of the other.
NAMES_OVER_ONE_SPELLING = 3
# Names and country markers of one English that outweigh a lead of one spelling.
COUNTRY_OVER_ONE_SPELLING = 2


def observe(doc: Doc) -> list[tuple[int, str, str, str]]:
    """(token index, variant, counterpart, feature) of each lower-case variant
    word of the article, in order; capitalised words are mostly names
    ("Royal College of Paediatrics")."""
    found = doc.user_data.get("hl_english_words")
    if found is not None:
        return found
    from itertools import compress

    from lint import spelling_variants, token_table

    table = token_table.table(doc)
    texts, lower, alpha = table.text, table.lower, table.is_alpha
    variants = {word: spelling_variants.classify(word) for word in _VARIANT_WORDS.passing(lower)}
    found = []
    # A reference list cites titles as their journals spelled them ("randomised"
    # in the BMJ): they say nothing of the article's own English.
    references = [(start, end) for start, end, zone in doc._.hl_zones if zone == "references"]
    if variants:
        for k in compress(range(len(lower)), map(variants.__contains__, lower)):
            if references and any(start <= table.idx[k] < end for start, end in references):
                continue
            if alpha[k] and (not texts[k][:1].isupper() or _opens_a_sentence(texts, k)
                             or _lone_medical_capital(texts, alpha, k, lower[k])) \
                    and not (_after_a_name(texts, alpha, k) and not _opens_a_sentence(texts, k - 1)):
                variant, counterpart = variants[lower[k]]
                found.append((k, variant, counterpart, spelling_variants.feature(lower[k])))
    doc.user_data["hl_english_words"] = found
    return found


LIST_DASHES = frozenset(("-", "–", "•"))


def _opens_a_sentence(texts, k: int) -> bool:
    """A capital that only opens a sentence ("Estrogen levels fall."), not a
    name: the word before is a full stop, or the text or a paragraph starts
    here; a heading's first word is not counted (headings capitalise names)."""
    if texts[k][1:] != texts[k][1:].lower():
        return False
    j = k - 1
    while j >= 0 and not texts[j].strip():
        if "\n" in texts[j]:
            return False  # a new line: a heading, list item or paragraph whose first word may be a name
        j -= 1
    if j >= 1 and texts[j] in LIST_DASHES and texts[j - 1] in (".", ":", ";"):
        return True  # an item of a list run into one line: "include: - Lymphoma. - Leukaemia."
    return j >= 0 and texts[j] in (".", "!", "?")


def _after_a_name(texts, alpha, k: int) -> bool:
    """Right after a capitalised word that opens no sentence: a species
    ("Gymnema sylvestre") or a name's second word. Not after a common word
    capitalised to open a list item or table cell ("- Autoimmune haemolytic
    anemia"): a genus is a rare word ("Gymnema", "Haemophilus")."""
    if k < 2 or not alpha[k - 1] or not texts[k - 1][:1].isupper() or texts[k - 1].isupper():
        return False
    if lexicon.frequency(texts[k - 1].lower()) >= GENUS_MAX_COUNT and not _capitalised_near(texts, alpha, k - 1):
        return False
    return texts[k - 2].strip() not in ("", ".", "!", "?", ":", '"', "“", "(")


# A capitalised word this common in lower case is an English word opening a list item, not a genus.
GENUS_MAX_COUNT = 500


def _neighbour(texts, k: int, step: int) -> int:
    """The index of the next token that is not white space, before (step -1) or after (step 1)."""
    j = k + step
    while 0 <= j < len(texts) and not texts[j].strip():
        j += step
    return j if 0 <= j < len(texts) else -1


def _capitalised_near(texts, alpha, k: int) -> bool:
    """Is the word beside ``k`` on either side capitalised, or "of" ("Department of Haematology")?"""
    for step in (-1, 1):
        j = _neighbour(texts, k, step)
        if j >= 0 and (texts[j] in ("of", "for", "&") or alpha[j] and texts[j][:1].isupper()):
            return True
    return False


def _lone_medical_capital(texts, alpha, k: int, word: str) -> bool:
    """A capitalised medical word by the Greek beginnings and endings ("Leukaemia", "Paediatric
    surgeon", "Haematologist") with no capitalised word or "of" beside it: a list item or table
    cell, not a name ("Royal College of Paediatrics", "Leukaemia Foundation", "JAMA Pediatrics"), nor
    a word the dictionary lacks (the journal "Haematologica")."""
    from lint import spelling_variants

    return texts[k][1:] == texts[k][1:].lower() and spelling_variants.medical_spelling(word) \
        and lexicon.contains(word) and not _capitalised_near(texts, alpha, k)


def english(doc: Doc, configured: str = "auto") -> str | None:
    """The article's English: decided once, then kept on the Doc."""
    key = ("hl_english", configured)
    if key not in doc.user_data:
        # A name of one English counts once however often it is written: "antenatal
        # Bartter syndrome" three times in an American page is one name, not three markers.
        seen_names: set[str] = set()
        observed = []
        for _, v, c, f in evidence(doc):
            if f == "term":
                if c.lower() in seen_names:
                    continue
                seen_names.add(c.lower())
            observed.append((v, f))
        doc.user_data[key] = decide(observed, configured, names=lambda: phrase_names(doc_text(doc)))
    return doc.user_data[key]


def evidence(doc: Doc) -> list[tuple[int, str, str, str]]:
    """``observe`` with each name spelled by a convention too ("anaesthetist",
    "anesthesiologist") counted as that spelling: the words that show the article's English."""
    from lint import spelling_variants, token_table

    lower = token_table.table(doc).lower
    return [(k, v, c, "ae" if f == "term" and spelling_variants.medical_spelling(lower[k]) else f)
            for k, v, c, f in observe(doc)]


def phrase_names(text: str) -> Counter:
    """How many British and American names of several words, or with capitals, that the
    other English never writes ("GP", "A&E", "cotton buds"; "emergency room", "doctor's
    office"), the text writes, and which kinds of country marker it holds (country_markers.tsv:
    "the CDC", "call 999", a price in pounds), each counted once."""
    found: Counter = Counter()
    for variant, patterns in _phrase_name_patterns().items():
        found[variant] += sum(1 for pattern in patterns for _ in pattern.finditer(text))
    for variant, pattern in _country_markers():
        found[variant] += pattern.search(text) is not None  # each kind of marker once
    return found


@lru_cache(maxsize=1)
def _country_markers():
    """(variant, pattern) of each line of country_markers.tsv and usage_markers.tsv: the
    health system an article places its reader in, and the writer's own usage ("whilst",
    "gotten", "3 March 2021")."""
    import re

    from lint import resources

    variety = {"american": AMERICAN, "british": BRITISH}
    return tuple((variety[line.split("\t")[0]], re.compile(line.split("\t")[1]))
                 for name in ("terminology/country_markers.tsv", "terminology/usage_markers.tsv")
                 for line in resources.lines(name))


def first_name(text: str, variant: str) -> str | None:
    """The first British or American name of several words, or with capitals, the text writes."""
    found = [m for pattern in _phrase_name_patterns().get(variant, ()) for m in [pattern.search(text)] if m]
    return min(found, key=lambda m: m.start()).group() if found else None


def first_marker(text: str, variant: str) -> str | None:
    """The first country or usage marker of one English the text holds ("$4.99", "call 911")."""
    found = [m for v, pattern in _country_markers() if v == variant for m in [pattern.search(text)] if m]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    end = first.end()
    while end < len(text) and (text[end].isalnum() or text[end] in ".," and text[end + 1:end + 2].isdigit()):
        end += 1  # the whole amount or word: "$4.99", not "$4"
    return text[first.start():end]


@lru_cache(maxsize=1)
def _phrase_name_patterns():
    import re

    from lint import spelling_variants

    # A name that is one word of a one-word pair ("paracetamol" of paracetamol/acetaminophen, also
    # paired with "Tylenol") is counted by ``observe`` already: found here too, it counted twice.
    alone = spelling_variants.alone_names() - set(spelling_variants.terms())
    names: dict[str, set[str]] = {BRITISH: set(), AMERICAN: set()}
    for british, american in spelling_variants.phrase_terms():
        names[BRITISH].update({british} & alone)
        names[AMERICAN].update({american} & alone)
    out = {}
    for variant, written in names.items():
        bodies = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in written), key=len, reverse=True)
        lower = [b for b in bodies if b == b.lower()]
        capital = [b for b in bodies if b != b.lower()]
        edge = r"(?<![\w&'-])(?:{})(?![\w&-])"
        out[variant] = tuple(re.compile(edge.format("|".join(group)), flags)
                             for group, flags in ((lower, re.I), (capital, 0)) if group)
    return out


class Rejects:
    """The words of a document that pass a fixed test, remembering for the
    rest of the process the words that failed it: nearly all fail, and each
    document repeats most of the words of those before it, so only its new
    words are tested, and the set difference runs at C speed."""

    # Past this many words the memory is started afresh.
    LIMIT = 200_000

    def __init__(self, test):
        self.test = test
        self.failed: set[str] = set()

    def passing(self, words: list[str]) -> set[str]:
        fresh = set(words).difference(self.failed)
        passed = {w for w in fresh if self.test(w)}
        if len(self.failed) > self.LIMIT:
            self.failed.clear()
        self.failed.update(fresh.difference(passed))
        return passed


def _is_variant(word: str) -> bool:
    from lint import spelling_variants

    return spelling_variants.classify(word) is not None


_VARIANT_WORDS = Rejects(_is_variant)


if not Doc.has_extension("hl_english"):
    Doc.set_extension("hl_english", getter=english)
