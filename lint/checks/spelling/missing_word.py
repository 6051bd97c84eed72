"""``grammar/missing-word``: a small word dropped between two words ("It
caused by", "fruit vegetables"); ``grammar/dropped-word``: the same, where
two counts agree on a pair that no table holds ("can caused by")."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import math

import numpy

from lint import context_model, lexicon, nlp, resources
from lint.checks.grammar import VERB_FOR_OPENING
from lint.findings import Finding
from lint.checks.spelling.margins import (
    CLAUSE_OPENERS, DETERMINED_SHARE, DETERMINERS, DROPPED_FUNCTION_WORDS, DROPPED_WORD_CHAIN, DROPPED_WORD_DETERMINER_GAIN, DROPPED_WORD_GAIN, DROPPED_WORDS,
    INSERTION_MARGIN, MIN_CANDIDATE_COUNT, MIN_NOUN_COUNT,
    NOUN_INSERTION_MARGIN, SUBJECTS_BEFORE_IS,
)
from lint.checks.spelling.rules import DROPPED_WORD, MISSING_WORD, replacing_finding
from lint.checks.spelling.sentence import Sentence


def insertion_site(sentence: Sentence, i: int) -> tuple[str, ...]:
    """The words that may have been dropped before token i: "is" after a
    sentence's opening "It", "This" or "There" ("It caused by"), "the" or
    "and" between two words with one space between that the tables never
    saw together. Empty when there is no such site."""
    words, texts = sentence.words, sentence.texts
    left, right = words[i - 1], words[i]
    if left is None or right is None:
        return ()
    a, b = texts[i - 1], texts[i]
    if (not (b.islower() or b.istitle()) or not (a.islower() or (i == 1 and a[1:].islower()))
            or not sentence.joined(i)):
        return ()
    if i == 1 and left in SUBJECTS_BEFORE_IS and b.islower():
        # "This a type", "There no cure" are grammar/missing-verb's.
        return () if right in ("a", "an", "the") or (left, right) in VERB_FOR_OPENING else ("is",)
    if i not in sentence.unseen:
        # On tuning text only 2 of 56 dropped words that were found left a
        # pair the tables hold, and skipping them saves most of the scoring;
        # a noun that is almost never used bare is the exception.
        return ("the",) if i in sentence.determined and left not in determiner_words() else ()
    if left in DROPPED_WORDS or right in DROPPED_WORDS:
        return tuple(word for word in DROPPED_WORDS if word not in (left, right))
    return DROPPED_WORDS


def needs_determiner(word: str) -> bool:
    """Whether health writing nearly always puts a determiner straight
    before the word ("the following", "the body", "the esophagus"); asked
    once per health word, to build determined_index."""
    model = context_model.language_model()
    count = model.health_words.get(word, 0)
    if count < MIN_NOUN_COUNT:
        return False
    pairs = model.health_pairs
    after_determiner = sum(pairs.get(f"{determiner} {word}", 0) for determiner in determiner_words())
    return after_determiner >= DETERMINED_SHARE * count


@lru_cache(maxsize=1)
def determined_index() -> numpy.ndarray:
    """The hashes of the words ``needs_determiner`` holds for."""
    def keys() -> numpy.ndarray:
        return context_model.word_keys(w for w in context_model.language_model().health_words if needs_determiner(w))

    return context_model.hash_index(
        "determined_nouns",
        lambda: [__file__, context_model.__file__, *(resources.data_path(f) for f in (
            context_model.HEALTH_PAIRS, context_model.HEALTH_WORDS, DETERMINERS))],
        keys)


@lru_cache(maxsize=1)
def joinable_index() -> numpy.ndarray:
    """The pair keys of every way to split a common word of four letters or
    more in two: where two written words may be one ("with out")."""
    def keys() -> numpy.ndarray:
        common = [w for w, count in lexicon.frequencies().items()
                  if count >= MIN_CANDIDATE_COUNT and len(w) >= 4 and w.isalpha() and w.islower()]
        return context_model.split_pair_keys([f"{w[:k]} {w[k:]}" for w in common for k in range(1, len(w))])

    return context_model.hash_index("joinable_pairs", lambda: [__file__, *lexicon.sources()], keys)


@lru_cache(maxsize=1)
def determiner_keys() -> numpy.ndarray:
    return numpy.unique(context_model.word_keys(determiner_words()))


@lru_cache(maxsize=1)
def determiner_words() -> frozenset[str]:
    return resources.word_set(DETERMINERS)


def best_insertion(model, words, terms, i, choices, margins) -> tuple[str | None, float]:
    """The dropped word that, put back before word i, raises the score most
    over its margin: (word, score gain). Only three terms change: the
    inserted word's, word i's and the next one's (the one after that sees
    the same two words before it)."""
    left, right = words[i - 1], words[i]
    pairs = context_model.seen_pairs()
    if f"{left} {right}" not in pairs:
        # Where the tables hold neither (left, right) nor (word, right), they
        # hold no triple with either (every triple's pairs are in them): word
        # i's term backs off to its unigram at least as far with the word
        # put back, the next word's backs off alike either way, and the gain
        # is at most the inserted word's own term, which is below 0. Saves a
        # quarter of the look-ups for dropped words.
        choices = [word for word in choices if f"{word} {right}" in pairs]
        if not choices:
            return None, float("-inf")
    written = terms[i] + (terms[i + 1] if i + 1 < len(words) else 0.0)
    if -written <= min(map(margins.__getitem__, choices)):
        return None, float("-inf")
    earlier = words[i - 2] if i >= 2 else None
    n1 = words[i + 1] if i + 1 < len(words) else None
    best, best_margin = None, float("-inf")
    for word in choices:
        score = model.log_conditional(earlier, left, word)
        if score - written <= margins[word]:
            continue  # the other terms can only lower it
        score += model.log_conditional(left, word, right)
        if n1 is not None:
            score += model.log_conditional(word, right, n1)
        if score - written > best_margin:
            best, best_margin = word, score - written
    return best, best_margin


def missing_words(model, sentence: Sentence, terms, taken) -> Iterator[Finding]:
    words, texts, offsets = sentence.words, sentence.texts, sentence.offsets
    # Where the tables never saw two neighbours together; position 1, where
    # "is" may be missing ("It caused by"); before a noun that needs a determiner.
    determined = set(sentence.determined)
    sites = determined.union(sentence.unseen)
    if len(words) > 1:
        sites.add(1)
    for i in sorted(sites):
        if i in taken or i - 1 in taken:
            continue
        choices = insertion_site(sentence, i)
        if not choices:
            continue
        margins = NOUN_INSERTION_MARGIN if i in determined else INSERTION_MARGIN
        best, margin = best_insertion(model, words, terms, i, choices, margins)
        if best and margin > margins[best]:
            a, b = texts[i - 1], texts[i]
            text = f"{a} {best} {b}"
            yield replacing_finding(MISSING_WORD, (offsets[i - 1], offsets[i] + len(b)), text,
                           f"\"{best}\" seems to be missing: \"{text}\" is far more usual than \"{a} {b}\"")


@lru_cache(maxsize=1)
def general_pair_floor() -> int:
    """The smallest count among symspellpy's word pairs: the most a pair
    missing from them can have (the list keeps only its commoner pairs)."""
    return min(context_model.general_counts()[1].values())


def chain_evidence(a: str, word: str, b: str) -> float:
    """log10 of how often general English would write "a word b" if the
    word's two neighbours were independent, c(a word) c(word b) / c(word) in
    symspellpy's pairs, over general_pair_floor: how far the chain exceeds
    anything the missing pair "a b" can have."""
    words, pairs = context_model.general_counts()
    left, right, own = pairs.get(f"{a} {word}"), pairs.get(f"{word} {b}"), words.get(word)
    if not left or not right or not own:
        return float("-inf")
    return math.log10(left * right / own / general_pair_floor())


def adverb(word: str) -> bool:
    """"not" or an -ly adverb made from a word of our dictionary
    ("slightly", "usually"): it may stand between any two words ("may
    slightly raise", "the rate not of all but of some")."""
    return word == "not" or (len(word) >= 6 and word.endswith("ly") and lexicon.contains(word[:-2]))


# A subject pronoun before a verb's past form is a clause of its own ("it
# expected", "they designed"), and a number's range may end a subject
# ("adults 75 and up meet"): no word is put back there.
SUBJECT_PRONOUNS = frozenset({"i", "you", "we", "they", "he", "she", "it"})
RANGE_ENDS = frozenset({"up", "over", "above", "older", "more", "under", "below", "younger", "less", "later"})


# Between a word that is only a noun and a word that may be one, these are
# not put back: the two may be a compound English has not written before
# ("the research information line"); "of" is ("a number people").
COMPOUND_PREPOSITIONS = frozenset({"in", "for", "with", "on"})
# Words after which an adjective-or-adverb is the adjective ("is likely to").
LINKING_BEFORE_ADJECTIVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "seem", "seems",
                                      "seemed", "become", "becomes", "became", "appear", "appears", "remain",
                                      "remains", "more", "less", "very", "as", "so", "too"})


def _classes(word: str) -> frozenset[str]:
    from lint.checks.spelling.word_class import classes  # word_class imports this module
    return classes(word)


def _plural_subject(word: str | None) -> bool:
    """A subject pronoun that takes a bare verb, or a noun's -s plural ("cells")."""
    if word is None:
        return False
    if word in ("they", "we", "you", "i"):
        return True
    lemma = nlp.lemma_table().get(word, word)
    return word in (lemma + "s", lemma + "es", lemma[:-1] + "ies") and "noun" in _classes(word)


def _past_tense(word: str) -> bool:
    """A verb's past form: an -ed word, or a form the lemma table gives a
    different lemma that is no -s or -ing form ("took", "found")."""
    lemma = nlp.lemma_table().get(word, word)
    return lemma != word and not word.endswith(("s", "ing"))


def dropped_words(model, sentence: Sentence, taken) -> Iterator[tuple[Finding, int]]:
    """grammar/dropped-word: at each unseen pair of lower-case words, the
    small word whose return both counts want by their margins (see
    DROPPED_WORD_GAIN in margins.py), with the position of the pair's
    second word."""
    words, texts, offsets = sentence.words, sentence.texts, sentence.offsets
    lc = model.log_conditional
    for i in sentence.unseen:
        if i in taken or i - 1 in taken or not sentence.joined(i):
            continue
        a, b = texts[i - 1], texts[i]
        if not (a.islower() and b.islower() and a.isalpha() and b.isalpha()) or adverb(b):
            continue
        left, right = words[i - 1], words[i]
        if left in SUBJECT_PRONOUNS and _past_tense(right):
            continue  # a subject and its verb ("it expected", "they designed"), no passive with "is" dropped
        if i >= 2 and words[i - 2] in ("and", "or") and left in RANGE_ENDS:
            continue  # "people 75 and up meet": a range ends the subject
        left_classes = _classes(left)
        if "adv" in left_classes and (i < 2 or words[i - 2] not in LINKING_BEFORE_ADJECTIVE):
            continue  # "cells likely make": an adverb before its verb, not "likely to"
        if (right in determiner_words() and "verb" in left_classes and nlp.lemma_table().get(left, left) == left
                and i >= 2 and _plural_subject(words[i - 2])):
            continue  # "cells lack their pigment": a subject, its verb and its object, not "lack of"
        needed = DROPPED_WORD_GAIN
        if right in determiner_words():
            if left.endswith("ed") or CLAUSE_OPENERS.intersection(words[:i - 1]):
                # A verb's object ("have associated the use of X with Y") or
                # a clause after an opening one with no comma ("when you
                # press the button the dose is given").
                continue
            needed = DROPPED_WORD_DETERMINER_GAIN
        earlier = words[i - 2] if i >= 2 else None
        after = words[i + 1] if i + 1 < len(words) else None
        written = lc(earlier, left, right) + (lc(left, right, after) if after else 0.0)
        best, best_gain = None, needed
        compound = left_classes == {"noun"} and "noun" in _classes(right)
        for word in DROPPED_FUNCTION_WORDS:
            if word in (left, right) or chain_evidence(left, word, right) < DROPPED_WORD_CHAIN:
                continue
            if compound and word in COMPOUND_PREPOSITIONS:
                continue  # "the study information line": two nouns may be a compound
            gain = lc(earlier, left, word) + lc(left, word, right) + (lc(word, right, after) if after else 0.0) - written
            if gain >= best_gain:
                best, best_gain = word, gain
        if best:
            text = f"{a} {best} {b}"
            yield replacing_finding(DROPPED_WORD, (offsets[i - 1], offsets[i] + len(b)), text,
                                    f"\"{best}\" seems to be missing: \"{text}\" is far more usual than \"{a} {b}\", "
                                    f"which English never writes"), i
