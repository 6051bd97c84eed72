"""Words that sound like a health word, however rare the sound-alike
("your leg vanes" for veins, "shortness of breadth" for breath, "a window
pane" / "back pane"): spelling/real-word's other tiers question common words
only, so a slip that lands on a rare word went unasked.

The pairs come from ``context/health_homophones.tsv``
(tools/build_health_homophones.py: the CMU Pronouncing Dictionary, MeSH
anatomy names, MedQuAD counts). Every use of a written word of a pair is
read under the n-gram model with the health word in its place; a finding
needs the health word to make at least as many seen word pairs with the
neighbours as the written word and more than none, and the reading with it,
plus the health prior (candidates.py), to score HEALTH_HOMOPHONE_MARGIN
(log10) better. A written word the article uses more than once and more
than the health word is taken as meant ("the gate" in a gardening piece).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress
from typing import Iterator

from lint import resources
from lint.checks.spelling.candidates import candidate_option, is_common, substituted_score
from lint.checks.spelling.margins import (
    HEALTH_HOMOPHONE_ARTICLE_MARGIN, HEALTH_HOMOPHONE_ECHO_MARGIN, HEALTH_HOMOPHONE_MARGIN, MIN_ARTICLE_USES,
)
from lint.checks.spelling.word_boundary import seen_links

TABLE = "context/health_homophones.tsv"


@lru_cache(maxsize=1)
def pairs() -> dict[str, tuple[str, ...]]:
    """written -> the health words it sounds like."""
    table: dict[str, list[str]] = {}
    for line in resources.lines(TABLE):
        written, meant, _kind = line.split("\t")
        table.setdefault(written, []).append(meant)
    return {written: tuple(meant) for written, meant in table.items()}


def _family_uses(vocabulary: Counter, word: str) -> int:
    """The article's uses of the word and its plural or singular."""
    other = word[:-1] if word.endswith("s") else word + "s"
    return vocabulary.get(word, 0) + vocabulary.get(other, 0)


def _score(model, words, k, word) -> float:
    """The n-gram terms word k takes part in, with ``word`` written there."""
    return substituted_score(model, words, k, word)


def health_homophone_slips(model, words: list[str | None], texts: list[str], vocabulary: Counter,
                           skip_offsets=frozenset(), offsets=None) -> Iterator[tuple[int, str, float]]:
    """(index, meant word, margin) for each use of a written word of a pair
    that the context says is a slip for the health word."""
    table = pairs()
    present = table.keys() & vocabulary.keys()
    if not present:
        return
    bigrams = None
    for k in compress(range(len(words)), map(present.__contains__, words)):
        text = texts[k]
        if not (text.islower() or (text[:1].isupper() and text[1:].islower() and (k == 0 or words[k - 1] is None))):
            continue
        if offsets is not None and offsets[k] in skip_offsets:
            continue
        word = words[k]
        prev = words[k - 1] if k else None
        nxt = words[k + 1] if k + 1 < len(words) else None
        if prev is None and nxt is None:
            continue
        written_links = seen_links(prev, word, nxt)
        if bigrams is None:
            bigrams = Counter(zip(words, words[1:]))
        written = _score(model, words, k, word)
        best = None
        for meant in table[word]:
            uses = vocabulary[word]
            if uses >= 2 and uses > vocabulary.get(meant, 0):
                continue  # the article's own word
            links = seen_links(prev, meant, nxt)
            # A common written word is a homophone of homophones.tsv or a
            # one-letter slip candidate already: here only the article's
            # evidence below is new for it.
            needed = HEALTH_HOMOPHONE_MARGIN if not is_common(word) else float("inf")
            if (prev is not None and bigrams[(prev, meant)] >= bigrams[(prev, word)]) or (
                    nxt is not None and bigrams[(meant, nxt)] >= bigrams[(word, nxt)]):
                # The article itself writes the health word beside the same
                # neighbour ("heel pain" elsewhere, "heal pain" here).
                needed = HEALTH_HOMOPHONE_ECHO_MARGIN
            elif _family_uses(vocabulary, meant) >= MIN_ARTICLE_USES and uses == 1:
                needed = HEALTH_HOMOPHONE_ARTICLE_MARGIN  # the article's topic ("veins" ten times)
            if needed == float("inf") or links < (written_links if needed < HEALTH_HOMOPHONE_MARGIN
                                                   else max(1, written_links)):
                continue
            _candidate, _reason, prior = candidate_option(word, meant)
            margin = _score(model, words, k, meant) - written + max(prior, 0.0)
            if margin >= needed and (best is None or margin > best[1]):
                best = (meant, margin)
        if best:
            yield k, best[0], best[1]
