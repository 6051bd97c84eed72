"""Real-word and word-boundary errors: every word exists, but the context
says another was meant ("a deep vain" for vein, "joint sand" for
"joints and").

A word is questioned only when neither of its word pairs (with the word
before and the word after) has ever been seen in English or health writing.
Then an alternative must be clearly better: a known confusion whose cue word
is in the sentence; a word one edit away that the article itself uses
repeatedly; a word one edit away whose pairs on both sides are seen; or, for
boundaries, moving one letter across the space so both new pairs are seen.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc

from lint import context_model, lexicon, resources
from lint.checks import CheckContext
from lint.findings import Finding, Fix
from lint.rules import Applicability, Rule, Severity

REAL_WORD = Rule(
    id="spelling/real-word",
    severity=Severity.WARNING,
    summary="A real word that the context shows is a slip for another",
    explanation=(
        "What it does: questions a word only when it has never been seen next to either neighbour in "
        "English or health writing, then reports it when an alternative is clearly better: a known "
        "confusion (scale/scalp, shredding/shedding, heel/heal, mucous/mucus) whose cue words are in "
        "the sentence, a word one letter away that the article itself uses repeatedly (\"scalp\" five "
        "times beats one \"scale\"), or a word one letter away that fits both neighbours.\n\n"
        "Why it matters: ordinary spell checkers pass these slips because every word exists, and in a "
        "health article they can change the meaning (\"heel\" for \"heal\", \"dose\" for \"does\").\n\n"
        "Known problems: rare but correct word pairs in specialist text can be questioned; the "
        "alternative must then be much better, which keeps false alarms rare but misses some slips."
    ),
    bad=("Dandruff builds up on a dry scale over time.", "Hair shredding often follows a high fever."),
    good=("Rate your pain on a scale of one to ten.", "Hair shedding often follows a high fever."),
    fix=Applicability.UNSAFE,
)

WORD_BOUNDARY = Rule(
    id="spelling/word-boundary",
    severity=Severity.WARNING,
    summary="A space in the wrong place (\"joint sand\" for \"joints and\")",
    explanation=(
        "What it does: finds two words that are never seen together where moving one letter across "
        "the space gives two words that are (\"joint sand muscles\" for \"joints and muscles\").\n\n"
        "Why it matters: every word is spelled correctly, so other checkers pass the sentence, yet "
        "readers stumble on it.\n\n"
        "Known problems: only one letter is moved; a missing or extra space inside longer runs is "
        "left to the unknown-word rule."
    ),
    bad=("Stretching eases stiff joint sand muscles.",),
    good=("Stretching eases stiff joints and muscles.",),
    fix=Applicability.UNSAFE,
)

RULES = (REAL_WORD, WORD_BOUNDARY)

# Candidates one edit away must be at least this common (pyspellchecker counts).
MIN_CANDIDATE_COUNT = 2_000
# The article must use the alternative this many times, and the written word once.
MIN_DOCUMENT_USES = 3
MIN_PAIR_STRENGTH = 1.0
STRONG_PAIR = 1.5
# A word the article repeats is evidence only if it is topical, not "the".
MAX_TOPICAL_COUNT = 100_000
# The alternative must be this much more common than the written word.
FREQUENCY_RATIO = 10
# Generic guesses question only words that health writing almost never uses,
# and offer only words it uses often.
MAX_HEALTH_USES_OF_SLIP = 5
MIN_HEALTH_USES_OF_ALTERNATIVE = 50
MIN_GENERIC_LENGTH = 4


@lru_cache(maxsize=1)
def confusions() -> dict[str, list[tuple[str, frozenset[str], str]]]:
    table: dict[str, list] = {}
    for line in resources.lines("confusables.tsv"):
        written, meant, cues, example = line.split("\t")
        table.setdefault(written, []).append((meant, frozenset(cues.split(",")), example))
    return table


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    vocabulary = Counter(t.lower_ for t in doc if t.is_alpha)
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        sentence_words = {t.lower_ for t in tokens}
        reported_boundary = set()
        if ctx.enabled(WORD_BOUNDARY.id):
            for finding, position in _boundaries(tokens):
                reported_boundary.update((position, position + 1))
                yield finding
        if not ctx.enabled(REAL_WORD.id):
            continue
        for i, token in enumerate(tokens):
            if i in reported_boundary or not _checkable(token, i):
                continue
            prev = tokens[i - 1].lower_ if i > 0 and tokens[i - 1].is_alpha else None
            nxt = tokens[i + 1].lower_ if i + 1 < len(tokens) and tokens[i + 1].is_alpha else None
            word = token.lower_
            if prev is None and nxt is None:
                continue
            meant, why = _confusion(word, prev, nxt, sentence_words)
            if not meant:
                if (prev and context_model.seen(prev, word)) or (nxt and context_model.seen(word, nxt)):
                    continue
                meant, why = _alternative(word, prev, nxt, sentence_words, vocabulary)
            if meant:
                replacement = meant if token.text.islower() else meant.capitalize()
                yield Finding(
                    rule=REAL_WORD,
                    span=(token.idx, token.idx + len(token.text)),
                    message=f"\"{token.text}\" is probably \"{replacement}\" here ({why})",
                    suggestions=(replacement,),
                    fix=Fix.replace(token.idx, token.idx + len(token.text), replacement, Applicability.UNSAFE,
                                    f"Use \"{replacement}\""),
                )


def _checkable(token, i: int) -> bool:
    text = token.text
    return token.is_alpha and len(text) >= 3 and (text.islower() or (i == 0 and text[1:].islower()))


def _confusion(word, prev, nxt, sentence_words) -> tuple[str | None, str]:
    """A listed confusion whose cue is in the sentence, where the meant word
    fits its neighbours better than the written one."""
    for meant, cues, _example in confusions().get(word, ()):
        written_fit = _word_fit(prev, word, nxt)
        if cues & sentence_words and (written_fit == 0 or _word_fit(prev, meant, nxt) > written_fit):
            return meant, f"\"{word}\" and \"{meant}\" are often confused, and the sentence is about {sorted(cues & sentence_words)[0]}"
    return None, ""


def _alternative(word, prev, nxt, sentence_words, vocabulary) -> tuple[str | None, str]:
    if (len(word) < MIN_GENERIC_LENGTH or word in _function_words() or word in _unquestioned()
            or context_model.health_count(word) > MAX_HEALTH_USES_OF_SLIP):
        return None, ""
    # Only same-length slips (one letter replaced, two swapped): an added or
    # dropped letter is usually an inflection ("tumors", "tumor"), not a slip.
    candidates = [c for c in context_model.edits1(word, MIN_CANDIDATE_COUNT)
                  if len(c) == len(word) and c not in _function_words()
                  and context_model.health_count(c) >= MIN_HEALTH_USES_OF_ALTERNATIVE]
    for candidate in candidates:
        if (vocabulary[candidate] >= MIN_DOCUMENT_USES and vocabulary[word] == 1
                and lexicon.frequency(candidate) <= MAX_TOPICAL_COUNT):
            return candidate, f"the article uses \"{candidate}\" {vocabulary[candidate]} times"
    best, best_strength = None, 0.0
    for candidate in candidates:
        if prev is None or nxt is None:
            break
        left, right = context_model.pair_strength(prev, candidate), context_model.pair_strength(candidate, nxt)
        if left >= STRONG_PAIR and right >= STRONG_PAIR and left + right > best_strength:
            best, best_strength = candidate, left + right
    if best and lexicon.frequency(best) >= FREQUENCY_RATIO * lexicon.frequency(word) and context_model.health_count(word) == 0:
        return best, f"\"{prev} {best} {nxt}\" is a common sequence and \"{prev} {word} {nxt}\" is not"
    return None, ""


@lru_cache(maxsize=1)
def _unquestioned() -> frozenset[str]:
    return resources.word_set("context/unquestioned_words.txt")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return resources.word_set("grammar/function_words.txt")


def _boundaries(tokens) -> Iterator[tuple[Finding, int]]:
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if not (a.is_alpha and b.is_alpha and a.text.islower() and b.text.islower()):
            continue
        if a.idx + len(a.text) + 1 != b.idx:
            continue
        left, right = a.lower_, b.lower_
        if context_model.seen(left, right):
            continue
        prev = tokens[i - 1].lower_ if i > 0 and tokens[i - 1].is_alpha else None
        nxt = tokens[i + 2].lower_ if i + 2 < len(tokens) and tokens[i + 2].is_alpha else None
        before = _fit(prev, left, right, nxt)
        for new_left, new_right in ((left + right[0], right[1:]), (left[:-1], left[-1] + right)):
            if not new_left or not new_right or not _is_word(new_left) or not _is_word(new_right):
                continue
            if context_model.pair_strength(new_left, new_right) < MIN_PAIR_STRENGTH:
                continue
            if _fit(prev, new_left, new_right, nxt) >= before + 2:
                text = f"{new_left} {new_right}"
                yield Finding(
                    rule=WORD_BOUNDARY,
                    span=(a.idx, b.idx + len(b.text)),
                    message=f"\"{a.text} {b.text}\" is probably \"{text}\" (a space in the wrong place)",
                    suggestions=(text,),
                    fix=Fix.replace(a.idx, b.idx + len(b.text), text, Applicability.UNSAFE, f"Write \"{text}\""),
                ), i
                break


def _is_word(word: str) -> bool:
    return len(word) > 1 and lexicon.frequency(word) >= MIN_CANDIDATE_COUNT or word in ("a", "i")


def _fit(prev, left, right, nxt) -> int:
    """How many of the three word pairs around "left right" are seen."""
    return sum((
        bool(prev) and context_model.seen(prev, left),
        context_model.seen(left, right),
        bool(nxt) and context_model.seen(right, nxt),
    ))


def _word_fit(prev, word, nxt) -> int:
    """How many of the two word pairs around one word are seen."""
    return (bool(prev) and context_model.seen(prev, word)) + (bool(nxt) and context_model.seen(word, nxt))
