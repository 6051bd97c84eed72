"""The shipped confusion tables: listed health confusions with their cue
words, homophones (CMU Pronouncing Dictionary), the classic confusable
groups, and the words never questioned."""

from __future__ import annotations

from functools import lru_cache

from lint import resources


HOMOPHONES = "context/homophones.tsv"
CONFUSABLE_GROUPS = "context/confusable_groups.tsv"


@lru_cache(maxsize=1)
def confusable_groups() -> dict[str, dict[str, float]]:
    """written -> {meant: the margin the pair needs}: the classic English
    confusables and medical near-pairs, each pair with a margin tuned for
    precision on clean text (tools/tune_confusable_margins.py)."""
    table: dict[str, dict[str, float]] = {}
    for line in resources.lines(CONFUSABLE_GROUPS):
        written, meant, margin, _example = line.split("\t")
        table.setdefault(written, {})[meant] = float(margin)
    return table


@lru_cache(maxsize=1)
def homophones() -> dict[str, tuple[str, ...]]:
    """word -> the common words that sound the same (tools/build_homophones.py)."""
    return {word: tuple(others.split(",")) for word, others in
            (line.split("\t") for line in resources.lines(HOMOPHONES))}


@lru_cache(maxsize=1)
def confusions() -> dict[str, list[tuple[str, frozenset[str], str]]]:
    table: dict[str, list] = {}
    for line in resources.lines("confusables.tsv"):
        written, meant, cues, example = line.split("\t")
        table.setdefault(written, []).append((meant, frozenset(cues.split(",")), example))
    return table


@lru_cache(maxsize=1)
def unquestioned() -> frozenset[str]:
    return resources.word_set("context/unquestioned_words.txt")
