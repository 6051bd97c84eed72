"""Word-pair statistics for contextual spelling: which two words are seen
together in English and in health writing?

Two sources, read once per process: symspellpy's bundled English word and
word-pair counts (MIT; read from the installed package) and words, word pairs
and word triples counted in MedQuAD health answers
(``data/context/medquad_*.tsv.gz``, built by ``tools/build_context_counts.py``
from the non-held-out part).

``LanguageModel`` turns them into a language model: "stupid backoff" (Brants
et al. 2007), which needs no smoothing constants and copes with tables that
keep only the commoner n-grams. A word pair's probability is the larger of
the two sources' estimates, so health phrases and everyday English both count.
"""

from __future__ import annotations

import gzip
import math
import os
import string
from collections.abc import Set as AbstractSet
from functools import lru_cache

import numpy

from lint import lexicon, resources

SYMSPELL_SCALE = 10_000  # symspellpy's counts come from a web-scale corpus
LETTERS = string.ascii_lowercase


def _read_counts(text: str) -> dict[str, int]:
    """``key<TAB>count`` lines (after '#' comments) into a dict, at C speed:
    these tables hold hundreds of thousands of entries and load at start-up."""
    body = text
    while body.startswith("#"):
        body = body[body.index("\n") + 1:]
    parts = body.replace("\t", "\n").split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return dict(zip(parts[0::2], map(int, parts[1::2])))


def _read_gzip_counts(name: str) -> dict[str, int]:
    """A shipped table, through the per-user copy of its parsed form."""
    def build() -> dict[str, int]:
        with gzip.open(resources.data_path(name), "rt", encoding="utf-8") as fh:
            return _read_counts(fh.read())

    table = os.path.basename(name).split(".")[0]
    return resources.cached_table(table, lambda: [__file__, resources.data_path(name)], build)


def _symspell_path(name: str) -> str:
    """A file of symspellpy's, found without importing the package."""
    from importlib.util import find_spec

    return os.path.join(find_spec("symspellpy").submodule_search_locations[0], name)


def _read_symspell(name: str, width: int) -> dict[str, int]:
    """symspellpy's "word count" or "word word count" lines."""
    def build() -> dict[str, int]:
        with open(_symspell_path(name), encoding="utf-8") as fh:
            fields = fh.read().split()
        counts = map(int, fields[width::width + 1])
        if width == 1:
            return dict(zip(fields[0::2], counts))
        return dict(zip(map(" ".join, zip(fields[0::3], fields[1::3])), counts))

    table = "symspell_words" if width == 1 else "symspell_pairs"
    return resources.cached_table(table, lambda: [__file__, _symspell_path(name)], build)


SYMSPELL_PAIRS = "frequency_bigramdictionary_en_243_342.txt"
HEALTH_PAIRS = "context/medquad_bigrams.tsv.gz"
HEALTH_WORDS = "context/medquad_unigrams.tsv.gz"


@lru_cache(maxsize=1)
def _symspell_pairs() -> dict[str, int]:
    return _read_symspell(SYMSPELL_PAIRS, 2)


@lru_cache(maxsize=1)
def _symspell_words() -> dict[str, int]:
    return _read_symspell("frequency_dictionary_en_82_765.txt", 1)


@lru_cache(maxsize=1)
def _health_pairs() -> dict[str, int]:
    return _read_gzip_counts(HEALTH_PAIRS)


@lru_cache(maxsize=1)
def _health_words() -> dict[str, int]:
    return _read_gzip_counts(HEALTH_WORDS)


@lru_cache(maxsize=1)
def _health_triples() -> dict[str, int]:
    return _read_gzip_counts("context/medquad_trigrams.tsv.gz")


LOG_CACHE_SIZE = 200_000
BACKOFF = 0.4  # Brants et al.'s constant
# A word neither source knows still gets a little probability, below any seen word.
UNSEEN_WORD = 1e-9
# symspellpy's word pairs were counted in a corpus about 40 times larger
# than its single words: for the commonest words (the, of, and, to, in, a)
# the pair counts that start with a word add up to 36-53 times its own
# count. Read unscaled, a fifth of all pairs had a probability above 1 and
# every seen pair looked certain; scaled, the contextual rules found 0.602
# rather than 0.588 of the injected errors on the tuning text with 14 clean-
# text findings rather than 23 (15 to 100 all do about as well).
GENERAL_PAIR_SCALE = 40


class LanguageModel:
    """Scores a window of lower-case words; ``None`` marks a boundary
    (punctuation, a number, the edge of the sentence)."""

    def __init__(self) -> None:
        self.health_words = _health_words()
        self.health_pairs = _health_pairs()
        self.health_triples = _health_triples()
        self.general_words = _symspell_words()
        self.general_pairs = _symspell_pairs()
        self.health_total = sum(self.health_words.values())
        self.general_total = sum(self.general_words.values())
        self._log_cache: dict[tuple, float] = {}
        self._pair_cache: dict[tuple, float] = {}

    def unigram(self, word: str) -> float:
        return max(self.health_words.get(word, 0) / self.health_total,
                   self.general_words.get(word, 0) / self.general_total, UNSEEN_WORD)

    def bigram(self, a: str, b: str) -> float:
        """The probability of b after a, or 0.0 when neither source saw the pair."""
        key = f"{a} {b}"
        health = self.health_pairs.get(key)
        general = self.general_pairs.get(key)
        best = 0.0
        if health:
            best = health / self.health_words[a]
        if general:
            base = self.general_words.get(a)
            if base:
                best = max(best, min(1.0, general / (GENERAL_PAIR_SCALE * base)))
        return best

    def trigram(self, a: str, b: str, c: str) -> float:
        count = self.health_triples.get(f"{a} {b} {c}")
        if not count:
            return 0.0
        return count / self.health_pairs[f"{a} {b}"]

    def conditional(self, a: str | None, b: str | None, c: str) -> float:
        """Stupid-backoff score of c after the words a, b."""
        if b is None:
            return self.unigram(c)
        if a is not None:
            p = self.trigram(a, b, c)
            if p:
                return p
            scale = BACKOFF
        else:
            scale = 1.0
        # Triples mostly back off, and to the same pairs: a run meets half as
        # many distinct pairs as triples, so the pair estimate is remembered.
        p = self._pair_cache.get((b, c))
        if p is None:
            if len(self._pair_cache) > LOG_CACHE_SIZE:
                self._pair_cache.clear()
            p = self._pair_cache[b, c] = self.bigram(b, c)
        if p:
            return scale * p
        return scale * BACKOFF * self.unigram(c)

    def clear_cache(self) -> None:
        self._log_cache.clear()
        self._pair_cache.clear()

    def log_conditional(self, a: str | None, b: str | None, c: str) -> float:
        """log10 of ``conditional``, remembered: the same few thousand word
        triples recur across sentences and articles."""
        key = (a, b, c)
        value = self._log_cache.get(key)
        if value is None:
            if len(self._log_cache) > LOG_CACHE_SIZE:
                self._log_cache.clear()
            value = self._log_cache[key] = math.log10(self.conditional(a, b, c))
        return value


@lru_cache(maxsize=1)
def language_model() -> LanguageModel:
    return LanguageModel()


def general_counts() -> tuple[dict[str, int], dict[str, int]]:
    """symspellpy's English word and word-pair counts (pairs unscaled)."""
    return _symspell_words(), _symspell_pairs()


def pair_strength(a: str, b: str) -> float:
    """0 for an unseen pair; larger for pairs seen more often."""
    key = f"{a} {b}"
    general = _symspell_pairs().get(key, 0)
    health = _health_pairs().get(key, 0)
    if not general and not health:
        return 0.0
    return math.log10(1 + general / SYMSPELL_SCALE) + math.log10(1 + health)


@lru_cache(maxsize=1)
def seen_pairs() -> AbstractSet[str]:
    """Every pair either source holds: one look-up instead of two, for a
    test made at nearly every pair of words. Shared: never to be changed.

    A set, not a frozenset: the union of the two tables' key views is sized
    once for the larger table and the other's pairs fit in it, where
    ``frozenset(a).union(b)`` copied and grew a table twice the size: in a
    fresh process about 23 ms of CPU and 8 MB rather than 34 ms and 17 MB,
    with look-ups as fast."""
    return _symspell_pairs().keys() | _health_pairs().keys()


# -- the same tables as sorted arrays of spaCy's 64-bit string hashes --------
#
# A document's neighbouring words, as the LOWER column of a spaCy array, can
# be tested against these all at once: one binary search each in a few MB
# of integers, where testing pair strings meant building a string per pair
# and a look-up in a dict of strings scattered over a hundred MB (0.4-0.5 us
# a word for each such test).

# Any odd multiplier makes (first, second) -> key one-to-one for each first
# word; this one (2^64 / golden ratio) also spreads the keys.
PAIR_MULTIPLIER = numpy.uint64(0x9E3779B97F4A7C15)


def pair_keys(first: numpy.ndarray, second: numpy.ndarray) -> numpy.ndarray:
    """One 64-bit key per pair of word hashes (wrapping arithmetic)."""
    return first * PAIR_MULTIPLIER + second


# Indices this short (8 KB) are searched without sorting the needles first.
SMALL_INDEX = 1024


def members(values: numpy.ndarray, index: numpy.ndarray) -> numpy.ndarray:
    """Which values the sorted index holds, by binary search."""
    if not len(index):
        return numpy.zeros(len(values), dtype=bool)
    if len(index) <= SMALL_INDEX:
        # A small index stays in the cache whatever the order: no sort.
        return index.take(index.searchsorted(values), mode="clip") == values
    # Searched in order, the needles walk the index from one end to the
    # other and share its cached pages: 40 % less time than in text order.
    order = values.argsort()
    ordered = values[order]
    found = numpy.empty(len(values), dtype=bool)
    found[order] = index.take(index.searchsorted(ordered), mode="clip") == ordered
    return found


def hash_index(name: str, sources, keys) -> numpy.ndarray:
    """The sorted unique 64-bit ``keys()`` (an array), kept per user like
    the tables they are made from (``sources`` as for ``resources.cached_table``)."""
    def build() -> dict[str, bytes]:
        return {"keys": numpy.unique(keys()).tobytes()}

    return numpy.frombuffer(resources.cached_table(name, sources, build)["keys"], dtype=numpy.uint64)


def word_keys(words) -> numpy.ndarray:
    """spaCy's key of each word, as its LOWER column holds them: the hash,
    or for the few hundred strings spaCy has symbols for ("number", "det")
    the symbol's number."""
    from spacy.strings import get_string_id

    return numpy.fromiter(map(get_string_id, words), dtype=numpy.uint64)


def split_pair_keys(pairs) -> numpy.ndarray:
    """The pair key of each "first second" string."""
    words = " ".join(pairs).split(" ")
    if len(words) != 2 * len(pairs):
        raise ValueError("a word pair is not two words joined by one space")
    firsts, seconds = words[0::2], words[1::2]
    # Each distinct word hashed once: pairs share their words.
    distinct = sorted(set(firsts).union(seconds))
    key_of = dict(zip(distinct, word_keys(distinct).tolist())).__getitem__
    return pair_keys(numpy.fromiter(map(key_of, firsts), dtype=numpy.uint64),
                     numpy.fromiter(map(key_of, seconds), dtype=numpy.uint64))


@lru_cache(maxsize=1)
def seen_pair_index() -> numpy.ndarray:
    """``seen_pairs()`` as pair keys of spaCy word hashes."""
    def keys():
        return split_pair_keys(seen_pairs())

    return hash_index("seen_pair_keys", lambda: [__file__, _symspell_path(SYMSPELL_PAIRS),
                                                 resources.data_path(HEALTH_PAIRS)], keys)


@lru_cache(maxsize=65536)
def same_length_edits(word: str, min_count: int) -> tuple[str, ...]:
    """Dictionary words one edit away that keep the word's length: one letter
    replaced, or two neighbours swapped."""
    candidates = {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in LETTERS}
    candidates.update(word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1))
    return _known(candidates, word, min_count)


@lru_cache(maxsize=65536)
def interior_length_edits(word: str, min_count: int) -> tuple[str, ...]:
    """The dictionary words one letter added or dropped away from ``word``
    that keep its first letter and its last two: the change is inside the
    word, where it is a slip rather than an inflection."""
    n = len(word)
    candidates = {word[:i] + word[i + 1:] for i in range(1, n - 2)}
    candidates.update(word[:i] + c + word[i:] for i in range(1, n - 1) for c in LETTERS)
    return _known({c for c in candidates if c[0] == word[0] and c[-2:] == word[-2:]}, word, min_count)


def _known(candidates: set[str], word: str, min_count: int) -> tuple[str, ...]:
    """The candidates other than ``word`` that the word list counts at least
    ``min_count`` times, sorted so every run tries them in the same order."""
    frequencies = lexicon.frequencies()
    # Intersecting with the word list's keys runs at C speed; most edits are not words.
    known = frequencies.keys() & candidates
    return tuple(sorted(c for c in known if c != word and frequencies[c] >= min_count))
