"""Spelling suggestions: candidates one or two edits away, ranked by how
likely the typo is and how common the word is.

No index is built: edits of the unknown word are generated and looked up,
which costs milliseconds for a word and nothing at start-up. Distance-two
candidates are generated only when distance one finds nothing, and results
are cached per word. Ties break alphabetically, so the ranking never depends
on hash order.
"""

from __future__ import annotations

import math
import string
from functools import lru_cache

from lint import lexicon

LETTERS = string.ascii_lowercase
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Letters often swapped for one another by sound.
SOUND_ALIKE = {frozenset(p) for p in ("ae", "ei", "ie", "ao", "ou", "ck", "cs", "sz", "fv", "iy", "mn", "dt", "bp", "gj")}
MAX_SUGGESTIONS = 5
# Below this count a dictionary word is too rare to be offered.
MIN_SUGGESTION_COUNT = 50
# Distance-two search grows with the square of the word's length (about
# 0.1 s for a six-letter word), so it runs only for short words; longer typos
# are almost always within one edit of their target.
MIN_DISTANCE_TWO_LENGTH = 4
MAX_DISTANCE_TWO_LENGTH = 5


def _neighbours() -> dict[str, set[str]]:
    near: dict[str, set[str]] = {c: set() for c in LETTERS}
    for r, row in enumerate(KEYBOARD_ROWS):
        for i, c in enumerate(row):
            for dr in (-1, 0, 1):
                if 0 <= r + dr < len(KEYBOARD_ROWS):
                    other = KEYBOARD_ROWS[r + dr]
                    for j in (i - 1, i, i + 1):
                        if 0 <= j < len(other) and other[j] != c:
                            near[c].add(other[j])
    return near


NEIGHBOURS = _neighbours()


def _replacements(typed: str) -> tuple[tuple[str, float], ...]:
    """(letter, likelihood) for each letter that ``typed`` may stand for."""
    pairs = []
    for c in LETTERS:
        if c != typed:
            weight = 1.0
            if c in NEIGHBOURS.get(typed, ()):
                weight = 1.3
            if frozenset((c, typed)) in SOUND_ALIKE:
                weight = 1.6
            pairs.append((c, weight))
    return tuple(pairs)


# Worked out once per letter, not once per letter of every unknown word.
REPLACEMENTS = {typed: _replacements(typed) for typed in LETTERS}


def edits(word: str) -> dict[str, float]:
    """Each word one edit away, with a typo likelihood (higher is likelier)."""
    out: dict[str, float] = {}
    # An edit reached two ways keeps its likelier weight; the dictionary is
    # filled inline, since a call per candidate was most of the cost.
    get = out.get
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            # Deletion in the word: a doubled letter typed once more is common.
            candidate = left + right[1:]
            weight = 1.5 if left[-1:] == right[0] or right[1:2] == right[0] else 1.0
            if get(candidate, 0) < weight:
                out[candidate] = weight
            rest = right[1:]
            typed = right[0]
            for c, weight in REPLACEMENTS.get(typed) or _replacements(typed):
                candidate = left + c + rest
                if get(candidate, 0) < weight:
                    out[candidate] = weight
        if len(right) > 1 and right[0] != right[1]:
            candidate = left + right[1] + right[0] + right[2:]
            if get(candidate, 0) < 1.8:
                out[candidate] = 1.8
        before, after = left[-1:], right[:1]
        for c in LETTERS:
            # Insertion: a letter typed once that should be doubled is common.
            candidate = left + c + right
            weight = 1.5 if c == after or c == before else 1.0
            if get(candidate, 0) < weight:
                out[candidate] = weight
    out.pop(word, None)
    return out


@lru_cache(maxsize=8192)
def suggestions(word: str) -> tuple[tuple[str, float], ...]:
    """Ranked (suggestion, score) pairs for an unknown lower-case word."""
    frequencies = lexicon.frequencies()
    first = edits(word)
    scored = {w: likelihood * math.log10(1 + frequencies[w]) for w, likelihood in first.items()
              if frequencies.get(w, 0) >= MIN_SUGGESTION_COUNT}
    if not scored and MIN_DISTANCE_TWO_LENGTH <= len(word) <= MAX_DISTANCE_TWO_LENGTH:
        for w1, l1 in first.items():
            for w2, l2 in edits(w1).items():
                count = frequencies.get(w2, 0)
                if count >= MIN_SUGGESTION_COUNT and w2 != word:
                    score = 0.5 * l1 * l2 * math.log10(1 + count)
                    if scored.get(w2, 0) < score:
                        scored[w2] = score
    ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
    return tuple(ranked[:MAX_SUGGESTIONS])
