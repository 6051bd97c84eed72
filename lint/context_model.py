"""Word-pair statistics for contextual spelling: which two words are seen
together in English and in health writing?

Two sources, read once per process: symspellpy's bundled English word-pair
counts (MIT; read from the installed package) and word pairs counted in
MedQuAD health answers (``data/context/medquad_bigrams.tsv.gz``, built by
``tools/build_context_counts.py`` from the non-held-out part).
"""

from __future__ import annotations

import gzip
import math
import os
import string
from functools import lru_cache

from lint import lexicon, resources

SYMSPELL_SCALE = 10_000  # symspellpy's counts come from a web-scale corpus
LETTERS = string.ascii_lowercase


@lru_cache(maxsize=1)
def _symspell_pairs() -> dict[str, int]:
    import symspellpy

    path = os.path.join(os.path.dirname(symspellpy.__file__), "frequency_bigramdictionary_en_243_342.txt")
    pairs = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            a, b, count = line.split()
            pairs[f"{a} {b}"] = int(count)
    return pairs


@lru_cache(maxsize=1)
def _health_pairs() -> dict[str, int]:
    pairs = {}
    with gzip.open(resources.data_path("context/medquad_bigrams.tsv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            pair, _, count = line.rstrip("\n").partition("\t")
            pairs[pair] = int(count)
    return pairs


@lru_cache(maxsize=1)
def _health_words() -> dict[str, int]:
    words = {}
    with gzip.open(resources.data_path("context/medquad_unigrams.tsv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                word, _, count = line.rstrip("\n").partition("\t")
                words[word] = int(count)
    return words


def health_count(word: str) -> int:
    """How often health writing uses the word (MedQuAD, non-held-out part)."""
    return _health_words().get(word, 0)


def pair_strength(a: str, b: str) -> float:
    """0 for an unseen pair; larger for pairs seen more often."""
    key = f"{a} {b}"
    general = _symspell_pairs().get(key, 0)
    health = _health_pairs().get(key, 0)
    if not general and not health:
        return 0.0
    return math.log10(1 + general / SYMSPELL_SCALE) + math.log10(1 + health)


def seen(a: str, b: str) -> bool:
    key = f"{a} {b}"
    return key in _health_pairs() or key in _symspell_pairs()


@lru_cache(maxsize=65536)
def edits1(word: str, min_count: int) -> tuple[str, ...]:
    """Dictionary words one edit away (delete, transpose, replace, insert)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    candidates = set()
    for left, right in splits:
        if right:
            candidates.add(left + right[1:])
            for c in LETTERS:
                candidates.add(left + c + right[1:])
        if len(right) > 1:
            candidates.add(left + right[1] + right[0] + right[2:])
        for c in LETTERS:
            candidates.add(left + c + right)
    candidates.discard(word)
    frequencies = lexicon.frequencies()
    return tuple(sorted(c for c in candidates if frequencies.get(c, 0) >= min_count))
