"""Which kinds of word English puts next to which: a class-based view of
symspellpy's word pairs, for the pairs the word tables never saw.

The word-pair tables are sparse: neither "researchers cite" nor "surgical
site" is among symspellpy's 243,000 English pairs or our MedQuAD pairs, so
the n-gram model cannot tell "researchers site reductions" from "researchers
cite reductions". Words of one Brown cluster are used alike (verbs of
reporting, nouns of places, past tenses), and the clusters' pairs are seen
where the words' are not. Each word's cluster is spaCy's English
``lexeme_cluster`` table (spacy-lookups-data, MIT; read from the installed
package, as symspellpy's counts are, for the words symspellpy's word list
holds); the cluster pairs are symspellpy's word pairs counted by cluster.

A reading's class score is Brown et al.'s (1992) class-based bigram model
over the word and its two neighbours: the chance of the word's cluster
after the cluster before it, of the next word's cluster after the word's,
and of the word within its own cluster. ``class_margin`` is how much
(log10) better the meant word's reading scores than the written one's.
"""

from __future__ import annotations

import gzip
import json
import math
import os
from functools import lru_cache

from lint import context_model, resources

CLUSTERS = "en_lexeme_cluster.json.gz"
# A cluster pair symspellpy's pairs never hold still gets this chance, one
# in a million: below any seen pair of the commoner clusters.
UNSEEN_CLASS_PAIR = 1e-6
PAIR_SHIFT = 20  # cluster numbers are below 2**18


def _cluster_path() -> str:
    """spaCy's English Brown clusters, found without importing the package."""
    from importlib.util import find_spec

    return os.path.join(find_spec("spacy_lookups_data").submodule_search_locations[0], "data", CLUSTERS)


@lru_cache(maxsize=1)
def tables() -> dict:
    """{"clusters": word -> cluster, "words": cluster -> its words' count,
    "pairs": (first << PAIR_SHIFT | second) -> pair count, "rows": cluster ->
    the count of pairs it opens}, kept per user like the other tables."""
    def sources():
        return [__file__, _cluster_path(), context_model._symspell_path(context_model.SYMSPELL_PAIRS)]

    return resources.cached_table("word_clusters", sources, _build)


def _build() -> dict:
    words, pairs = context_model.general_counts()
    with gzip.open(_cluster_path(), "rt", encoding="utf-8") as fh:
        every = json.load(fh)
    clusters = {word: every[word] for word in words.keys() & every.keys() if every[word]}
    word_totals: dict[int, int] = {}
    for word, cluster in clusters.items():
        word_totals[cluster] = word_totals.get(cluster, 0) + words[word]
    pair_totals: dict[int, int] = {}
    row_totals: dict[int, int] = {}
    for key, count in pairs.items():
        first, second = key.split(" ")
        a, b = clusters.get(first), clusters.get(second)
        if a is None or b is None:
            continue
        pair = a << PAIR_SHIFT | b
        pair_totals[pair] = pair_totals.get(pair, 0) + count
        row_totals[a] = row_totals.get(a, 0) + count
    return {"clusters": clusters, "words": word_totals, "pairs": pair_totals, "rows": row_totals}


def _log_pair(table: dict, a: int, b: int) -> float:
    row = table["rows"].get(a)
    if not row:
        return math.log10(UNSEEN_CLASS_PAIR)
    return math.log10(max(table["pairs"].get(a << PAIR_SHIFT | b, 0) / row, UNSEEN_CLASS_PAIR))


def _score(table: dict, word: str, before: int | None, after: int | None) -> float | None:
    cluster = table["clusters"].get(word)
    if cluster is None:
        return None
    score = math.log10(context_model.general_counts()[0][word] / table["words"][cluster])
    if before is not None:
        score += _log_pair(table, before, cluster)
    if after is not None:
        score += _log_pair(table, cluster, after)
    return score


def class_margin(prev: str | None, written: str, meant: str, nxt: str | None) -> float | None:
    """log10 of how much better the class-based model scores ``meant`` than
    ``written`` between ``prev`` and ``nxt`` (``None``, a boundary); ``None``
    where a word has no cluster."""
    table = tables()
    clusters = table["clusters"]
    before = clusters.get(prev) if prev is not None else None
    after = clusters.get(nxt) if nxt is not None else None
    if (prev is not None and before is None) or (nxt is not None and after is None):
        return None
    meant_score = _score(table, meant, before, after)
    written_score = _score(table, written, before, after)
    if meant_score is None or written_score is None:
        return None
    return meant_score - written_score
