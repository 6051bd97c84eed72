"""Function-word slips: a small word typed as another small word one letter
away ("temples an the crown" for "and", "the number or red cells" for "of",
"the cause if the condition" for "of", "it in important" for "is",
"leading too excessive growth" for "to").

The candidates come from a general rule, not a list of confusions: two
words of spaCy's English stop-word list (the closed-class words: articles,
prepositions, conjunctions, pronouns, auxiliaries) one edit apart (a letter
added, dropped, changed, or two neighbours swapped). Function words are so
common that the n-gram tables know their contexts well, so a slip shows as
a word triple health writing never has where the other word's triple is
common, and a reading that scores far better.
"""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import compress
from typing import Iterator

from lint import lexicon
from lint.checks.spelling.candidates import BACKOFF_TWICE, substituted_score
from lint.checks.spelling.margins import (
    FUNCTION_MARGIN, FUNCTION_MARGIN_ERROR_PRONE, FUNCTION_PAIR_MARGIN, MIN_CONTENT_TRIPLE, MIN_FUNCTION_TRIPLE,
    NUMBER_WORDS,
)
from lint.checks.spelling.rules import REAL_WORD, replacing_finding
from lint.checks.spelling.tables import function_word_kin
from lint.findings import Finding
from lint.suggest import edits


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words of two letters or more, no number words,
    used MIN_FUNCTION_WORD_COUNT times or more."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w for w in STOP_WORDS if w.isalpha() and len(w) >= 2 and w not in NUMBER_WORDS
                     and lexicon.frequency(w) >= MIN_FUNCTION_WORD_COUNT)


@lru_cache(maxsize=1)
def function_pairs() -> dict[str, tuple[str, ...]]:
    """written -> the stop words one edit away that it may be a slip for.
    The written word is a stop word too, or a common dictionary word of three
    letters or more ("form" for "from", "hot" for "not").

    Left out: one-letter words ("a", "i": indefinite-article and the
    tokenizer's business), spaCy's contraction pieces ("ca", "re"), number
    words (see NUMBER_WORDS), one preposition for another (PREPOSITIONS),
    and pairs that are forms or kin of one word (become/becomes,
    toward/towards, our/ours: lint/data/context/function_word_kin.txt),
    where the choice is grammar or meaning, not a typing slip. Pairs the
    classic confusable groups question (from/form, then/than) are tried
    here too where the group's own margin was not met: a word is reported
    once."""
    words = sorted(stop_words())
    stops = stop_words()
    kin = function_word_kin()
    pairs: dict[str, set[str]] = {}
    for word in words:
        for other in edits(word):
            if frozenset((word, other)) in kin or (word in PREPOSITIONS and other in PREPOSITIONS):
                continue
            if other in stops or (len(other) >= 3 and lexicon.frequency(other) >= MIN_CONTENT_SLIP_COUNT
                                  and lexicon.contains(other)):
                pairs.setdefault(other, set()).add(word)
    return {written: tuple(sorted(meant)) for written, meant in pairs.items()}


# A common word written for a stop word ("form" for "from", "hot" for
# "not") must be this common in our word frequencies ("form" 89,455) and
# in a curated dictionary: on the benchmark's tune half the function kind
# found 0.264 -> 0.319 of its injected slips and edit1 0.427 -> 0.440, with
# no more findings on its clean text, the odd- and even-numbered answers or
# the news tune half.
MIN_CONTENT_SLIP_COUNT = 20_000


# One preposition for another ("a mutation on chromosome 7" read as "in",
# "the covering on the front" as "of") is a choice of meaning the n-gram
# tables cannot judge: on the benchmark's even-numbered answers 7 of the 15
# function-word findings on clean text were such; they held 0.11 of the
# injected slips found on the odd-numbered ones. "off" is no such choice
# ("plenty off water"), so it is not in the list.
PREPOSITIONS = frozenset({"of", "on", "in", "at", "to", "by", "for", "from", "into", "onto", "up", "out", "as",
                          "over", "per", "via"})
# Stop words rarer than this in our word frequencies ("whither", "thence",
# "hereupon") are neither questioned nor offered.
MIN_FUNCTION_WORD_COUNT = 1_000_000


HYPHENS = frozenset({"-", "‐", "–"})


def _pair_score(model, prev: str, word: str, nxt: str) -> float:
    """log10 of the word's two word pairs alone, from both sources' pair
    counts (an unseen pair: the next word's unigram, backed off twice). The
    word triples come from MedQuAD alone, too little text to know every
    phrase of general English ("because if their", "see it as more"); a
    slip makes a pair that general English too seldom writes."""
    total = 0.0
    for a, b in ((prev, word), (word, nxt)):
        p = model.bigram(a, b)
        total += math.log10(p if p else BACKOFF_TWICE * model.unigram(b))
    return total


def function_slips(model, words, texts, offsets, reported: set[int], error_prone: bool = False) -> Iterator[Finding]:
    """A function word whose triple with its two neighbours health writing
    never has, where a stop word one edit away has that triple at least
    MIN_FUNCTION_TRIPLE times (MIN_CONTENT_TRIPLE for a written content
    word), and the reading with it scores FUNCTION_MARGIN better (log10;
    FUNCTION_MARGIN_ERROR_PRONE in a document that already holds a
    misspelling, ``error_prone``) and FUNCTION_PAIR_MARGIN better on its
    two word pairs alone. ``reported`` holds the offsets of words already
    reported."""
    needed = FUNCTION_MARGIN_ERROR_PRONE if error_prone else FUNCTION_MARGIN
    pairs = function_pairs()
    stops = stop_words()
    triples = model.health_triples
    n = len(words)
    # Nearly half of all words are questioned; most of them sit in a triple
    # health writing has, which settles them with one look-up.
    for k in compress(range(1, n - 1), map(pairs.__contains__, words[1:-1])):
        word, prev, nxt = words[k], words[k - 1], words[k + 1]
        if prev is None or nxt is None or f"{prev} {word} {nxt}" in triples or offsets[k] in reported:
            continue
        text = texts[k]
        if not (text.islower() or text == word.capitalize()):
            continue  # "US", "IT", "OR": acronyms
        # Neighbours must be plain words joined by single spaces: not across
        # a line break or a hyphen ("or-" in "in- or out-patient").
        if offsets[k - 1] + len(texts[k - 1]) + 1 != offsets[k] or offsets[k] + len(text) + 1 != offsets[k + 1]:
            continue
        # Nor beside a piece of a hyphenated compound ("plant-based or the
        # marine-based"): the piece is not the word the tables counted.
        if (k >= 2 and texts[k - 2] in HYPHENS) or (k + 2 < n and texts[k + 2] in HYPHENS):
            continue
        least = MIN_FUNCTION_TRIPLE if word in stops else MIN_CONTENT_TRIPLE
        found = [c for c in pairs[word] if triples.get(f"{prev} {c} {nxt}", 0) >= least]
        if not found:
            continue
        window = words[max(0, k - 2):k + 3]
        i = k - max(0, k - 2)
        base = substituted_score(model, window, i, word)
        pair_base = _pair_score(model, prev, word, nxt)
        best, margin = None, needed
        for candidate in found:
            gain = substituted_score(model, window, i, candidate) - base
            if gain >= margin and _pair_score(model, prev, candidate, nxt) - pair_base >= FUNCTION_PAIR_MARGIN:
                best, margin = candidate, gain
        if best is None:
            continue
        replacement = best if text.islower() else best.capitalize()
        yield replacing_finding(REAL_WORD, (offsets[k], offsets[k] + len(text)), replacement,
                                f"\"{text}\" is probably \"{replacement}\" here (health writing never puts "
                                f"\"{word}\" between \"{prev}\" and \"{nxt}\", and often \"{best}\")", "Use")
