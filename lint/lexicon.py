"""The word list every check shares: is a word English (or medical), and how
common is it?

Base: pyspellchecker's English frequency list (lower-case word → count).
Extended by the shipped health vocabulary in ``data/spelling/*.txt``
(``word`` or ``word<TAB>count`` per line) and by the user's configured words.
"""

from __future__ import annotations

import gzip
import json
import os
from functools import lru_cache

from lint import resources

# Count given to a shipped vocabulary word that carries no count of its own.
DEFAULT_VOCABULARY_COUNT = 100


@lru_cache(maxsize=1)
def base_frequencies() -> dict[str, int]:
    import spellchecker

    path = os.path.join(os.path.dirname(spellchecker.__file__), "resources", "en.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def frequencies() -> dict[str, int]:
    merged = dict(base_frequencies())
    folder = resources.data_path("spelling")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            entries = resources.lines(f"spelling/{entry.name}")
        elif entry.name.endswith(".txt.gz"):
            with gzip.open(entry, "rt", encoding="utf-8") as fh:
                entries = [line for line in fh.read().split("\n") if line and not line.startswith("#")]
        else:
            continue
        _merge(merged, _counts(entries))
    return merged


def _counts(entries: list[str]) -> dict[str, int]:
    counts = {}
    for line in entries:
        word, _, count = line.partition("\t")
        word = word.strip().lower()
        value = int(count) if count.strip() else DEFAULT_VOCABULARY_COUNT
        if value > counts.get(word, 0):
            counts[word] = value
    return counts


def _merge(merged: dict[str, int], counts: dict[str, int]) -> None:
    """Add ``counts``, keeping the larger count where a word is in both: at
    C speed, since this runs at every start-up over 100,000 words."""
    larger = {word: value for word, value in ((w, merged[w]) for w in counts.keys() & merged.keys())
              if value > counts[word]}
    merged.update(counts)
    merged.update(larger)


def frequency(word: str) -> int:
    return frequencies().get(word.lower(), 0)


def contains(word: str) -> bool:
    return word.lower() in frequencies()
