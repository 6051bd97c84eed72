"""The word lists every check shares: is a word English (or medical), and how
common is it?

Two tables, kept apart on purpose:

- ``dictionary()``: the words accepted as correctly spelled. A curated list,
  SCOWL size 70 (American, British and Canadian) plus curated medical
  vocabulary (MeSH, Disease Ontology, ours; FDA substance names), built by
  ``tools/build_dictionary.py`` and ``tools/build_substances.py`` into ``data/spelling/dictionary/``. Web
  frequency lists accept common misspellings ("accidently", "recieve"), so
  they never decide what is a word.
- ``frequencies()``: how common a word is (pyspellchecker's English list,
  extended by ``data/spelling/*.txt`` with ``word`` or ``word<TAB>count`` per
  line), used to rank suggestions and by the contextual checks.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from functools import lru_cache

from lint import resources

# Count given to a shipped vocabulary word that carries no count of its own.
DEFAULT_VOCABULARY_COUNT = 100


def _base_path() -> str:
    """pyspellchecker's English list, found without importing the package."""
    from importlib.util import find_spec

    return os.path.join(find_spec("spellchecker").submodule_search_locations[0], "resources", "en.json.gz")


@lru_cache(maxsize=1)
def base_frequencies() -> dict[str, int]:
    with gzip.open(_base_path(), "rt", encoding="utf-8") as fh:
        return json.load(fh)


def _vocabulary_files() -> list:
    return sorted(resources.data_path("spelling").iterdir(), key=lambda e: e.name)


def sources() -> list:
    """The files ``frequencies()`` is built from, this module among them."""
    return [__file__, _base_path(), *_vocabulary_files()]


@lru_cache(maxsize=1)
def frequencies() -> dict[str, int]:
    return resources.cached_table("lexicon", sources,
                                  _build_frequencies)


def _build_frequencies() -> dict[str, int]:
    merged = dict(base_frequencies())
    for entry in _vocabulary_files():
        counts = None
        if entry.name.endswith(".txt"):
            entries = resources.lines(f"spelling/{entry.name}")
        elif entry.name.endswith(".txt.gz"):
            with gzip.open(entry, "rt", encoding="utf-8") as fh:
                text = fh.read()
            counts = _plain_counts(text)
            if counts is None:
                entries = [line for line in text.split("\n") if line and not line.startswith("#")]
        else:
            continue
        _merge(merged, _counts(entries) if counts is None else counts)
    return merged


# One ``word<TAB>count`` line after another, with nothing for ``_counts`` to
# strip or skip.
_PLAIN_LINES = re.compile(r"(?:[^\s#]\S*+\t\d++\n)*+")


def _plain_counts(text: str) -> dict[str, int] | None:
    """What ``_counts`` makes of a list, for lists that need none of its
    tidying (the shipped ones), at C speed: its loop took 0.1 s at every
    start-up for the 117,000 wordfreq words. ``None`` when the list has
    comments after the header, blank lines, stray spaces, capitals or a word
    listed twice; ``_counts`` then reads it line by line."""
    body = text
    while body.startswith("#"):
        body = body[body.find("\n") + 1:] if "\n" in body else ""
    if body and not body.endswith("\n"):
        body += "\n"
    if body != body.lower() or not _PLAIN_LINES.fullmatch(body):
        return None
    parts = body.replace("\t", "\n").split("\n")
    counts = dict(zip(parts[0:-1:2], map(int, parts[1::2])))
    return counts if len(counts) * 2 == len(parts) - 1 else None


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


# english.txt.gz is general English; the others are health words ("medical").
DICTIONARY_FILES = ("english.txt.gz", "medical.txt", "substances.txt")


def _dictionary_paths() -> list:
    folder = resources.data_path("spelling") / "dictionary"
    return [folder / name for name in DICTIONARY_FILES]


def dictionary_sources() -> list:
    """The files ``dictionary()`` is built from, this module among them."""
    return [__file__, *_dictionary_paths()]


@lru_cache(maxsize=1)
def _dictionary_table() -> dict:
    return resources.cached_table("dictionary", dictionary_sources, _build_dictionary)


def _build_dictionary() -> dict:
    """Lower-case entries are words; capitalised ones are names, accepted
    only where the text capitalises them too."""
    words: set[str] = set()
    names: set[str] = set()
    medical: set[str] = set()
    english: set[str] = set()
    substances: set[str] = set()
    for path in _dictionary_paths():
        raw = path.read_bytes()
        text = (gzip.decompress(raw) if path.name.endswith(".gz") else raw).decode("utf-8")
        entries = [line for line in text.split("\n") if line and not line.startswith("#")]
        lower = {e for e in entries if e.islower()}
        words |= lower
        names.update(e.lower() for e in entries if not e.islower())
        if path.name == "substances.txt":
            substances |= lower
        if path.name != "english.txt.gz":
            medical |= lower
        else:
            english |= lower
    return {"words": frozenset(words), "names": frozenset(names - words), "medical": frozenset(medical),
            "specialist": frozenset(medical - english), "substances": frozenset(substances)}


def dictionary() -> frozenset[str]:
    """Every lower-case word the dictionary accepts (names apart)."""
    return _dictionary_table()["words"]


def names() -> frozenset[str]:
    """Names (lower-cased) the dictionary accepts only when capitalised."""
    return _dictionary_table()["names"]


def medical() -> frozenset[str]:
    """The dictionary's health words that general English lacks: stems the
    word-part rules may build on ("vasculitis" -> "vasculitic")."""
    return _dictionary_table()["medical"]


def specialist() -> frozenset[str]:
    """Medical words that general English lacks ("vasculitis"): general
    English lists its own inflections, these need rules to build them."""
    return _dictionary_table()["specialist"]


def everyday(word: str) -> bool:
    """Is the lower-case ``word`` general English (SCOWL), whatever the
    medical lists also hold? General English is every word but those only
    the medical and substance lists have."""
    table = _dictionary_table()
    return word in table["words"] and word not in table["specialist"]


def substances() -> frozenset[str]:
    """The medical words that only the FDA substance list has (drug,
    chemical, mineral and plant names: "detemir", "struvite")."""
    return _dictionary_table()["substances"]


def contains(word: str) -> bool:
    """Is ``word`` (any case) a dictionary word?"""
    return word.lower() in _dictionary_table()["words"]
