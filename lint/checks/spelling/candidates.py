"""The words a written word may be a slip for, and how health writing leans
between them: one-letter edits, listed confusions, homophones, the
article's own words; and the n-gram scores of the readings."""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from itertools import compress

from lint import context_model, lexicon, nlp, resources, spelling_variants
from lint.checks.spelling.margins import (
    GROUP_ARTICLE_BONUS, HEALTH_PRIOR_WEIGHT, LEANING_FLOOR, MAX_LEANING, MAX_PRIOR, MAX_TOPICAL_COUNT,
    MIN_CANDIDATE_COUNT,
    MIN_DOCUMENT_USES, MIN_HEALTH_CANDIDATE_COUNT, MIN_WRITTEN_COUNT, NEEDED_MARGIN,
)
from lint.checks.spelling import tables
from lint.checks.spelling.tables import confusable_groups, homophones, unquestioned


@lru_cache(maxsize=65536)
def is_common(word: str) -> bool:
    return word not in unquestioned() and lexicon.frequencies().get(word, 0) >= MIN_WRITTEN_COUNT


@lru_cache(maxsize=65536)
def word_options(word: str) -> tuple[tuple[tuple[str, str, float], ...], dict[str, frozenset[str]], float,
                                      frozenset[str]]:
    """The word's slip candidates and listed confusions as options, the
    listed ones with their cues, the best score the written reading may
    have for an option's margin still to be reachable (its prior less the
    margin its kind needs; the kinds that depend on the article are added
    by the caller), and the candidates' names."""
    listed = listed_confusions(word)
    options = _edit_options(word)
    sounds = homophones().get(word, ())
    if sounds:
        options = tuple(o for o in options if o[0] not in sounds) + tuple((h, "homophone", 0.0) for h in sounds)
    group = confusable_groups().get(word, {})
    if group:
        # The one-letter reading stays too, for the preview rule when the
        # real-word rule is off.
        options = options + tuple((g, "group", 0.0) for g in sorted(group))
    if listed:
        known = {option[0] for option in options}
        options = tuple(sorted(options + tuple(candidate_option(word, meant) for meant in listed if meant not in known)))
    # A homophone the article keeps using needs less.
    bound = max((prior - (group[candidate] - GROUP_ARTICLE_BONUS if reason == "group" else
                          NEEDED_MARGIN["homophone in article" if reason == "homophone" else reason])
                 for candidate, reason, prior in options), default=float("-inf"))
    return options, listed, bound, frozenset(option[0] for option in options)


@lru_cache(maxsize=65536)
def end_edits(word: str) -> tuple[tuple[str, str, float], ...]:
    """For a word no curated dictionary lists, the common words a letter
    added or dropped at either end away ("sam" -> same, "tim" -> time),
    which the slip candidates leave out because for a dictionary word such
    an edit is usually an inflection."""
    frequencies = lexicon.frequencies()
    edits = {word + c for c in LETTERS} | {c + word for c in LETTERS} | {word[:-1], word[1:]}
    known = sorted(c for c in frequencies.keys() & edits if frequencies[c] >= MIN_CANDIDATE_COUNT
                   and len(c) >= 3 and lexicon.contains(c) and c not in slip_candidates(word))
    return tuple(candidate_option(word, c) for c in known)


LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=65536)
def _edit_options(word: str) -> tuple[tuple[str, str, float], ...]:
    """The words word may be a slip for, in order, each with its kind of
    evidence and health prior."""
    return tuple(candidate_option(word, c) for c in slip_candidates(word) if not _variants(word, c))


def _variants(word: str, candidate: str) -> bool:
    """British and American forms of one word ("centres", "centers";
    "characterised", "characterized")."""
    if len(word) == len(candidate):
        diff = [(x, y) for x, y in zip(word, candidate) if x != y]
        if len(diff) == 1 and set(diff[0]) == {"s", "z"}:
            return True
    for a, b in ((word, candidate), (candidate, word)):
        kind = spelling_variants.classify(a)
        if kind and kind[1] == b:
            return True
    return False


def slip_candidates(word: str) -> tuple[str, ...]:
    """``generate_slip_candidates(word)``, read from the shipped table for
    the common words it holds: generating them costs about 150 us a word,
    most of the rules' cost on a word first met."""
    found = _slip_table().get(word)
    return tuple(found.split()) if found is not None else generate_slip_candidates(word)


def generate_slip_candidates(word: str) -> tuple[str, ...]:
    """The common words one edit away, sorted: one letter replaced or two
    swapped; a letter added or dropped only inside the word ("adverse",
    "averse"): at the end it is usually an inflection ("tumors", "tumor"),
    and at the start it made "tan" a slip for "an" on clean text."""
    candidates = set(context_model.same_length_edits(word, 1))
    candidates.update(context_model.interior_length_edits(word, 1))
    health_words = context_model.language_model().health_words
    return tuple(sorted(
        c for c in candidates
        if (lexicon.frequency(c) >= MIN_CANDIDATE_COUNT or health_words.get(c, 0) >= MIN_HEALTH_CANDIDATE_COUNT)
        # "bony" is the adjective of "bone", not a slip for it.
        and not (c.endswith("e") and word == c[:-1] + "y")))


SLIP_TABLE = "context/slip_candidates.tsv.gz"


@lru_cache(maxsize=1)
def _slip_table() -> dict[str, str]:
    """word -> its candidates joined by spaces, as built by
    tools/build_slip_candidates.py."""
    import gzip

    def build() -> dict[str, str]:
        with gzip.open(resources.data_path(SLIP_TABLE), "rt", encoding="utf-8") as fh:
            rows = [line for line in fh.read().split("\n") if line and not line.startswith("#")]
        return dict(row.split("\t", 1) for row in rows)

    return resources.cached_table("slip_candidates", lambda: [__file__, resources.data_path(SLIP_TABLE)], build)


def candidate_option(word: str, candidate: str) -> tuple[str, str, float]:
    # Inflections of one word ("removes", "removed") differ in house style,
    # not in topic: no prior between them, and a margin of their own.
    lemmas = nlp.lemma_table()
    if lemmas.get(candidate, candidate) == lemmas.get(word, word):
        return candidate, "inflection", 0.0
    reason = "swapped" if _swapped(word, candidate) else "generic"
    return candidate, reason, _prior(health_leaning(candidate) - health_leaning(word))


def _prior(difference: float) -> float:
    return max(-MAX_PRIOR, min(MAX_PRIOR, HEALTH_PRIOR_WEIGHT * difference))


@lru_cache(maxsize=65536)
def health_leaning(word: str) -> float:
    """How much more health writing uses the word than general English:
    log10 of the ratio of its relative frequencies, clipped."""
    model = context_model.language_model()
    health = model.health_words.get(word, 0) / model.health_total
    general = model.general_words.get(word, 0) / model.general_total
    leaning = math.log10((health + LEANING_FLOOR) / (general + LEANING_FLOOR))
    return max(-MAX_LEANING, min(MAX_LEANING, leaning))


def _swapped(word: str, candidate: str) -> bool:
    """Whether the two differ by two neighbouring letters swapped."""
    if len(word) != len(candidate):
        return False
    diff = [k for k in range(len(word)) if word[k] != candidate[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == candidate[diff[1]]


def listed_confusions(word: str) -> dict[str, frozenset[str]]:
    return {meant: cues for meant, cues, _example in tables.confusions().get(word, ())}


def written_lower(table) -> Counter:
    """The article's words as it writes them in lower case, and capitalised
    ones ("Statins reduce ...") where it also writes the word in lower case
    ("San Francisco" makes "san" no word of the article's)."""
    lower = Counter(compress(table.lower, map(str.islower, table.text)))
    capitalised = Counter(compress(table.lower, map(str.istitle, table.text)))
    for word, count in capitalised.items():
        if word in lower:
            lower[word] += count
    return lower


def frequent_words(vocabulary: Counter) -> dict[str, int]:
    """The words the article uses often enough to be evidence for a slip,
    with their uses counted by word family: the word, its plural or
    singular ("statin", "statins"), and longer words ending in it of
    which it is the kind ("atorvastatin", "gallstones")."""
    family: Counter = Counter()
    for word, count in vocabulary.items():
        family[word] += count
        if word.endswith("s") and word[:-1] in vocabulary:
            family[word[:-1]] += count
        if word + "s" in vocabulary:
            family[word + "s"] += count
    for word, count in vocabulary.items():
        for k in range(1, len(word) - MIN_FAMILY_TAIL + 1):
            tail = word[k:]
            if tail in vocabulary and len(tail) >= MIN_FAMILY_TAIL:
                family[tail] += count
                if tail.endswith("s") and tail[:-1] in vocabulary:
                    family[tail[:-1]] += count
                elif tail + "s" in vocabulary:
                    family[tail + "s"] += count
                break
    return ArticleWords({w: n for w, n in family.items() if n >= MIN_DOCUMENT_USES})


class ArticleWords(dict):
    """The article's frequent words with their family counts, and which of
    them are one edit from a given word: a term the article keeps using
    may be too rare in general English to be among a word's slip
    candidates ("statins" for "stains")."""

    __slots__ = ("_index", "_near")

    def __init__(self, counts):
        super().__init__(counts)
        self._index = None
        self._near: dict[str, tuple[str, ...]] = {}

    def near(self, word: str) -> tuple[str, ...]:
        """The topical words one letter replaced, added or dropped, or two
        neighbouring letters swapped, from word; no form of word itself."""
        if not self:
            return ()
        known = self._near.get(word)
        if known is not None:
            return known
        if self._index is None:
            index: dict[str, set[str]] = {}
            for w in self:
                if is_topical(w):
                    for key in {w} | {w[:k] + w[k + 1:] for k in range(len(w))}:
                        index.setdefault(key, set()).add(w)
            self._index = index
        index = self._index
        found = set()
        for key in {word} | {word[:k] + word[k + 1:] for k in range(len(word))}:
            found.update(index.get(key, ()))
        if not found:
            self._near[word] = ()
            return ()
        near = self._near[word] = tuple(sorted(w for w in found if w != word and _one_edit(word, w)
                                               and not _same_family(word, w)))
        return near


def _same_family(a: str, b: str) -> bool:
    """Forms of one stem ("stain", "stains"; "smokes", "smokers"): another
    form of the written word is no slip for it."""
    return _stem(a) == _stem(b)


def _stem(word: str) -> str:
    for ending in ("ers", "ing", "er", "es", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[:-len(ending)]
            break
    return word[:-1] if word.endswith("e") else word


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                   and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


# A longer word ending in another ("rosuvastatin", "gallstone") is a use of
# that word's family when the tail is this long.
MIN_FAMILY_TAIL = 5


def is_topical(word: str) -> bool:
    """A word an article repeats because of its subject ("scalp"), not "more"."""
    return word not in _function_words() and lexicon.frequency(word) <= MAX_TOPICAL_COUNT


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return resources.word_set("grammar/function_words.txt")


class WrittenTerms:
    """The sentence's log10 n-gram score, word by word: each word given the
    two before it (0.0 for a boundary), computed when first asked for. Each
    check below changes one or two words and re-scores only the terms that
    change."""

    __slots__ = ("model", "words", "values")

    def __init__(self, model, words):
        self.model, self.words = model, words
        self.values: list[float | None] = [None] * len(words)

    def __getitem__(self, j: int) -> float:
        value = self.values[j]
        if value is None:
            words = self.words
            word = words[j]
            if word is None:
                value = 0.0
            else:
                before = words[j - 1] if j >= 1 else None
                earlier = words[j - 2] if j >= 2 and before is not None else None
                value = self.model.log_conditional(earlier, before, word)
            self.values[j] = value
        return value


def changing_terms(words, terms, i) -> float:
    """The written sentence's terms that a change at word i would change:
    word i's, and the next two words' up to a boundary."""
    total = terms[i]
    if i + 1 < len(words) and words[i + 1] is not None:
        total += terms[i + 1]
        if i + 2 < len(words):
            total += terms[i + 2]
    return total


def substituted_score(model, words, i, word, floor=float("-inf")) -> float:
    """The terms that word i takes part in (its own and the two after it),
    with ``word`` written at i. Every term is at most 0, so once the total
    is at or below ``floor`` the rest are not worth looking up."""
    before = words[i - 1] if i >= 1 else None
    earlier = words[i - 2] if i >= 2 and before is not None else None
    total = model.log_conditional(earlier, before, word)
    n1 = words[i + 1] if i + 1 < len(words) else None
    if n1 is not None and total > floor:
        total += model.log_conditional(before, word, n1)
        if total <= floor:
            return total
        n2 = words[i + 2] if i + 2 < len(words) else None
        if n2 is not None:
            total += model.log_conditional(word, n1, n2)
    return total


def substituted_bound(words, i, word) -> float:
    """An upper bound of ``substituted_score`` from the seen-pair set and
    unigrams alone, with no n-gram look-up: where the tables lack the pair
    of a neighbour and the candidate, they lack every triple holding it, so
    that term is exactly its unigram backoff; any other term is at most 0.
    Most candidates fit neither neighbour, and this settles them."""
    pairs = context_model.seen_pairs()
    before = words[i - 1] if i >= 1 else None
    after = words[i + 1] if i + 1 < len(words) else None
    if before is None:
        bound = _log_unigram(word, 1.0)
    elif f"{before} {word}" in pairs:
        bound = 0.0
    else:
        earlier = words[i - 2] if i >= 2 else None
        bound = _log_unigram(word, BACKOFF_TWICE if earlier is not None else BACKOFF_ONCE)
    if after is not None and f"{word} {after}" not in pairs:
        bound += _log_unigram(after, BACKOFF_TWICE if before is not None else BACKOFF_ONCE)
    return bound


# The scales LanguageModel.conditional gives a unigram, computed as it does.
BACKOFF_ONCE = context_model.BACKOFF
BACKOFF_TWICE = context_model.BACKOFF * context_model.BACKOFF


@lru_cache(maxsize=65536)
def _log_unigram(word: str, scale: float) -> float:
    """log10 of the n-gram model's backed-off unigram score, as
    ``LanguageModel.conditional`` computes it."""
    return math.log10(scale * context_model.language_model().unigram(word))
