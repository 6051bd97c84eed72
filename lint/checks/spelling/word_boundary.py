"""``spelling/word-boundary``: a letter moved across a space ("joint sand"
for "joints and"), or two words that should be one ("with out")."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import numpy

from lint import context_model, lexicon, resources
from lint.findings import Finding
from lint.checks.spelling.candidates import is_common
from lint.checks.spelling.margins import (
    ARTICLE_MERGE_MARGIN, BOUNDARY_MARGIN, MAX_MERGE_PAIR_STRENGTH, MERGE_MARGIN, MIN_CANDIDATE_COUNT, MIN_PAIR_STRENGTH,
)
from lint.checks.spelling.missing_word import determiner_words
from lint.checks.spelling.rules import WORD_BOUNDARY, replacing_finding
from lint.checks.spelling.sentence import Sentence


def _glued(sentence: Sentence, i: int) -> bool:
    """Whether token i runs on into the next with no space: "wo" of "won't",
    "ex" of "ex-smokers", which are no words of their own."""
    texts, offsets = sentence.texts, sentence.offsets
    return i + 1 < len(texts) and offsets[i] + len(texts[i]) == offsets[i + 1] and (
        texts[i + 1][:1].isalnum() or texts[i + 1][:1] in "-'’")


def boundary_moves(model, sentence: Sentence) -> Iterator[tuple[Finding, int]]:
    words, texts, offsets = sentence.words, sentence.texts, sentence.offsets
    for i in (j - 1 for j in sentence.unseen):
        a, b = texts[i], texts[i + 1]
        if not (a.islower() and b.islower()) or _glued(sentence, i + 1):
            continue
        new_left, new_right, margin = best_boundary(model, words, i)
        if new_left and margin > BOUNDARY_MARGIN:
            text = f"{new_left} {new_right}"
            yield replacing_finding(WORD_BOUNDARY, (offsets[i], offsets[i + 1] + len(b)), text,
                           f"\"{a} {b}\" is probably \"{text}\" (a space in the wrong place)"), i
    reported = -1
    for i in sentence.joinable:
        a, b = texts[i], texts[i + 1]
        if (i == reported or not (a.islower() and b.islower()) or not sentence.joined(i + 1)
                or _glued(sentence, i + 1) or not _merge_attested(words, i)):
            continue
        merged, margin = best_merge(model, words, i)
        # "a" split from a preposition with its noun phrase right after ("a
        # cross the cheeks"): _merge_attested has seen the determiner.
        needed = ARTICLE_MERGE_MARGIN if words[i] == "a" else MERGE_MARGIN
        if merged and margin > needed:
            reported = i + 1
            yield replacing_finding(WORD_BOUNDARY, (offsets[i], offsets[i + 1] + len(b)), merged,
                           f"\"{a} {b}\" is probably \"{merged}\" (a space that should not be there)"), i


SPLIT_PHRASES = "context/split_phrases.yaml"


@lru_cache(maxsize=1)
def _split_rules() -> dict[str, frozenset[str]]:
    """The word lists of SPLIT_PHRASES, as sets."""
    return {name: frozenset(words) for name, words in resources.yaml_data(SPLIT_PHRASES).items()
            if name != "examples"}


@lru_cache(maxsize=1)
def split_phrase_keys() -> numpy.ndarray:
    return numpy.unique(numpy.concatenate([context_model.word_keys(["everyday", "apart"]),
                                           context_model.split_pair_keys(["every day", "a part", "in to"])]))


def phrase_splits(sentence: Sentence, positions: list[int]) -> Iterator[tuple[Finding, int]]:
    """One word or two, by the part of speech the neighbours show: "take it
    everyday" (every day), "every day tasks" (everyday), "apart of" (a part
    of), "fall a part" (apart), "passes in to the blood" (into)."""
    words, texts = sentence.words, sentence.texts
    rules = _split_rules()
    n = len(words)
    for i in positions:
        word = words[i]
        before = words[i - 1] if i > 0 else None
        after = words[i + 1] if i + 1 < n else None
        later = words[i + 2] if i + 2 < n else None
        # The two-word spellings, joined by one space.
        pair = after is not None and sentence.joined(i + 1)
        if word == "everyday":
            adverb = i + 1 == n or texts[i + 1] in (".", "!", "?", ";") or after in rules["everyday_adverb_followers"]
            if adverb and before not in rules["everyday_after_determiners"]:
                yield _split_finding(sentence, i, i, "every day", "\"everyday\" describes a thing "
                                     "(\"everyday tasks\"); saying when, it is two words"), i
        elif word == "every" and after == "day" and pair and later in rules["everyday_nouns"]:
            yield _split_finding(sentence, i, i + 1, "everyday",
                                 "before a noun it describes, \"every day\" is one word"), i
        elif word == "apart" and after == "of" and sentence.joined(i + 1):
            yield _split_finding(sentence, i, i, "a part",
                                 "\"apart\" means separated; a piece of something is \"a part of\""), i
        elif word == "a" and after == "part" and pair:
            opening = i == 0 or before is None
            if (opening and later == "from") or (before in rules["apart_after"] and later != "of"):
                yield _split_finding(sentence, i, i + 1, "apart",
                                     "\"a part\" is a piece of something; here it is the adverb \"apart\""), i
        elif (word == "in" and after == "to" and pair and later in rules["into_before"]
              and before not in rules["in_to_verbs"] and before not in rules["in_to_objects"]):
            yield _split_finding(sentence, i, i + 1, "into", "movement into something is one word"), i


def _split_finding(sentence: Sentence, first: int, last: int, replacement: str, why: str) -> Finding:
    texts, offsets = sentence.texts, sentence.offsets
    written = " ".join(texts[first:last + 1])
    if texts[first][0].isupper():
        replacement = replacement[0].upper() + replacement[1:]
    return replacing_finding(WORD_BOUNDARY, (offsets[first], offsets[last] + len(texts[last])), replacement,
                    f"\"{written}\" is probably \"{replacement}\" here: {why}")


# Two words written apart that are also a standard two-word form ("per
# cent", "under way", "heart beat", "every one") are no slip: English must
# write the joined word this many times more often than the pair (the
# general pair counts brought to the words' scale) before the pair is
# questioned. "with out" 120, "through out" 68, "a cross" 17; "per cent" 3,
# "under way" 1.5, "heart beat" 4.5, "every one" 16 (left to the n-gram
# model: "every one of them").
MIN_MERGE_RATIO = 15.0


def _merge_attested(words, i) -> bool:
    """Whether joining words i and i + 1 is supported beyond the n-gram
    margin: a written pair English uses is far rarer than the joined word;
    a written pair it never uses ("be come") needs the joined word seen
    with every neighbouring word, and at least one neighbour ("for warding
    off": "warding off" is English, "forwarding off" is not; "in credible,"
    has no neighbour to judge by)."""
    a, b = words[i], words[i + 1]
    general_words, general_pairs = context_model.general_counts()
    pair = general_pairs.get(f"{a} {b}", 0) / context_model.GENERAL_PAIR_SCALE
    merged = a + b
    prev = words[i - 1] if i > 0 else None
    nxt = words[i + 2] if i + 2 < len(words) else None
    if nxt is not None:
        model = context_model.language_model()
        if model.bigram(b, nxt) > model.bigram(merged, nxt):
            return False  # "a bout of diarrhea": "of" follows "bout" more readily than "about"
    if a == "a" and nxt not in determiner_words():
        # "a" and a noun is a noun phrase as often as a split word ("a bout
        # bad enough", "a while.", "a head of lettuce"): only a noun phrase
        # opening right after it ("a cross the leg", "a round the house")
        # shows the joined word is a preposition governing it, or a word
        # before that never takes "a" but takes the joined word ("falling a
        # sleep", "fall a part": general English has "falling asleep" and
        # "fall apart", and neither table has "falling a" or "fall a").
        return prev is not None and _takes_joined_not_article(prev, merged)
    if pair:
        return general_words.get(merged, 0) >= MIN_MERGE_RATIO * pair
    neighbours = (prev is not None) + (nxt is not None)
    return neighbours > 0 and seen_links(prev, merged, nxt) == neighbours


# How often (symspellpy's pair count over GENERAL_PAIR_SCALE) general
# English must write the word before "a" with the joined word.
MIN_JOINED_PAIR = 100_000


def _takes_joined_not_article(prev: str, merged: str) -> bool:
    general_pairs = context_model.general_counts()[1]
    return (f"{prev} a" not in context_model.seen_pairs()
            and general_pairs.get(f"{prev} {merged}", 0) / context_model.GENERAL_PAIR_SCALE >= MIN_JOINED_PAIR)


def best_merge(model, words, i) -> tuple[str | None, float]:
    """Words i and i + 1 written as one word, when that is a common word:
    (word, margin of the joined reading under the n-gram model). The joined
    reading has one term fewer, which favours it a little; the margin is
    tuned for that ("with out" 2.5 over "without", "may be" -2.7)."""
    merged = words[i] + words[i + 1]
    if (len(merged) < 4 or lexicon.frequency(merged) < MIN_CANDIDATE_COUNT
            or context_model.pair_strength(words[i], words[i + 1]) >= MAX_MERGE_PAIR_STRENGTH):
        return None, float("-inf")
    joined = words[:i] + [merged] + words[i + 2:]
    return merged, _window_score(model, joined, i, i + 3) - _window_score(model, words, i, i + 4)


def best_boundary(model, words, i) -> tuple[str | None, str | None, float]:
    """Words i and i + 1 with one letter moved across the space between
    them, when both results are words: (left, right, margin). Two kinds of
    evidence count: the tables know two more of the neighbouring pairs
    after the move than before (reported whatever the n-gram scores), or
    the moved reading scores better by the margin under the n-gram model."""
    left, right = words[i], words[i + 1]
    prev = words[i - 1] if i > 0 else None
    nxt = words[i + 2] if i + 2 < len(words) else None
    before = None
    best = (None, None, float("-inf"))
    frequencies = lexicon.frequencies()
    pairs = context_model.seen_pairs()
    # A rare written word ("testings") is more often a term than a slip:
    # only a moved pair the tables know can then count.
    common = is_common(left) and is_common(right)
    for new_left, new_right in ((left + right[0], right[1:]), (left[:-1], left[-1] + right)):
        seen = f"{new_left} {new_right}" in pairs
        if not (seen or common) or not _is_word(new_left, frequencies) or not _is_word(new_right, frequencies):
            continue
        if seen and context_model.pair_strength(new_left, new_right) >= MIN_PAIR_STRENGTH:
            if before is None:
                before = seen_links(prev, left, right, nxt)
            if seen_links(prev, new_left, new_right, nxt) >= before + 2:
                return new_left, new_right, float("inf")
        if not common:
            continue
        moved = words[:i] + [new_left, new_right] + words[i + 2:]
        margin = _window_score(model, moved, i, i + 4) - _window_score(model, words, i, i + 4)
        if margin > best[2]:
            best = (new_left, new_right, margin)
    return best


def _window_score(model, words, start, stop) -> float:
    """The log10 n-gram terms of words start to stop - 1, each given the two
    before it; a boundary (``None``) ends the window."""
    total = 0.0
    for j in range(start, min(stop, len(words))):
        word = words[j]
        if word is None:
            break
        before = words[j - 1] if j >= 1 else None
        earlier = words[j - 2] if j >= 2 and before is not None else None
        total += model.log_conditional(earlier, before, word)
    return total


def _is_word(word: str, frequencies: dict[str, int]) -> bool:
    """A common word (``frequencies`` is ``lexicon.frequencies()``, passed
    in since this runs for every unseen pair), or "a" or "I"."""
    return len(word) > 1 and frequencies.get(word, 0) >= MIN_CANDIDATE_COUNT or word in ("a", "i")


def seen_links(*chain: str | None) -> int:
    """How many neighbouring pairs in the chain of words the tables have
    seen (``None``, a boundary, links to nothing)."""
    pairs = context_model.seen_pairs()
    count = 0
    previous = chain[0]
    for word in chain[1:]:
        if previous and word and f"{previous} {word}" in pairs:
            count += 1
        previous = word
    return count
