"""Spelling suggestions for a word the dictionary lacks: candidates found by
spelling (one edit away, two for short words) and by sound (a Metaphone-like
key equal or one step from the word's), ranked by a typo-weighted edit
distance, the distance of their sound keys and how common they are.

Candidates come from the dictionary only (``lexicon.dictionary()``); word
frequencies (``lexicon.frequencies()``) only rank them. The sound-key index
is built once per user and kept with the parsed tables (``resources``), and
loaded only when a word needs suggestions. Ties break alphabetically, so the
ranking never depends on hash order.
"""

from __future__ import annotations

import math
import string
from functools import lru_cache

from lint import lexicon, resources

LETTERS = string.ascii_lowercase
VOWELS = frozenset("aeiouy")
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Letters often swapped for one another by sound.
SOUND_ALIKE = {frozenset(p) for p in ("ae", "ei", "ie", "ao", "ou", "ck", "cs", "sz", "fv", "iy", "mn", "dt", "bp", "gj")}
MAX_SUGGESTIONS = 5
MAX_WORD_LENGTH = 45
# Below this count a general English word is too rare to be offered (medical
# words are offered whatever their count).
MIN_SUGGESTION_COUNT = 50
# Distance-two spelling candidates are generated only for short words (the
# work grows with the square of the length); longer ones rely on sound.
MIN_DISTANCE_TWO_LENGTH = 3
MAX_DISTANCE_TWO_LENGTH = 5
# Ranking weights, chosen on the tuning half of the real-misspelling list
# (four global numbers; no word or pair is tuned).
EDIT_WEIGHT = 1.0
SOUND_WEIGHT = 0.6
FREQUENCY_WEIGHT = 0.5
# A word of the FDA substance list rarer than this in the frequency lists
# (new drug names: "detemir") ranks as if this common, as shipped vocabulary
# without a count does (lexicon.DEFAULT_VOCABULARY_COUNT).
SUBSTANCE_MIN_COUNT = 100
# Candidates whose edit distance exceeds this are not offered.
MAX_COST = 4.5
# Sound-alike candidates may be this many letters longer or shorter.
MAX_LENGTH_CHANGE = 3
# At most this many candidates (best bound first) get an edit distance.
MAX_SCORED = 80


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


# -- sound keys ---------------------------------------------------------------

# Spellings of one sound, rewritten longest first (after the word's start).
_SOUND_RULES = (
    ("tch", "X"), ("sch", "SK"), ("tion", "XN"), ("sion", "XN"), ("cion", "XN"), ("tia", "X"), ("cia", "X"),
    ("ough", "F"), ("augh", "F"), ("igh", "I"), ("ph", "F"), ("gh", ""), ("ck", "K"), ("cq", "K"), ("qu", "KW"),
    ("ch", "X"), ("sh", "X"), ("th", "0"), ("ce", "S"), ("ci", "S"), ("cy", "S"), ("ge", "J"), ("gi", "J"),
    ("gy", "J"), ("dg", "J"), ("wr", "R"), ("wh", "W"), ("kn", "N"), ("gn", "N"), ("mb", "M"), ("x", "KS"),
)
_SOUND_LETTERS = {"b": "P", "c": "K", "d": "T", "f": "F", "g": "K", "h": "", "j": "J", "k": "K", "l": "L",
                  "m": "M", "n": "N", "p": "P", "q": "K", "r": "R", "s": "S", "t": "T", "v": "F", "w": "",
                  "z": "S", "y": ""}
_START_RULES = (("kn", "N"), ("gn", "N"), ("pn", "N"), ("ps", "S"), ("wr", "R"), ("x", "S"), ("wh", "W"))


@lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """A Metaphone-like key: consonant sounds in order, vowels dropped except
    a first one (as "A"), repeats merged. "fisician" and "physician" share
    "FSXN"; "nolege" and "knowledge" share "NLJ"."""
    word = word.lower()
    out = []
    i = 0
    for start, sound in _START_RULES:
        if word.startswith(start):
            out.append(sound)
            i = len(start)
            break
    else:
        if word[:1] in VOWELS:
            out.append("A")
            i = 1
    n = len(word)
    while i < n:
        for spelling, sound in _SOUND_RULES:
            if word.startswith(spelling, i):
                out.append(sound)
                i += len(spelling)
                break
        else:
            c = word[i]
            if c not in VOWELS or c == "y" and i + 1 < n and word[i + 1] in VOWELS:
                out.append(_SOUND_LETTERS.get(c, ""))
            i += 1
    key = []
    for part in "".join(out):
        if not key or key[-1] != part:
            key.append(part)
    return "".join(key)


SOUND_INDEX = "spelling/dictionary/sound_index.txt.gz"


def sound_index_words() -> list[str]:
    """The dictionary words offered as suggestions by sound: common enough, or
    medical (the substance list's 31,000 drug and chemical names only when
    common: they are offered one typo away, not for a garbled word)."""
    frequencies = lexicon.frequencies()
    medical = lexicon.medical().difference(lexicon.substances())
    return sorted(w for w in lexicon.dictionary()
                  if w.isascii() and (frequencies.get(w, 0) >= MIN_SUGGESTION_COUNT or w in medical))


def build_sound_index() -> dict[str, str]:
    """Sound key -> its words, space-separated (what ``tools/build_dictionary.py`` ships)."""
    index: dict[str, list[str]] = {}
    for word in sound_index_words():
        index.setdefault(sound_key(word), []).append(word)
    return {key: " ".join(words) for key, words in sorted(index.items())}


def _read_sound_index() -> dict[str, str]:
    import gzip

    text = gzip.decompress(resources.data_path(SOUND_INDEX).read_bytes()).decode("utf-8")
    lines = [line for line in text.split("\n") if line and not line.startswith("#")]
    return dict(line.split("\t", 1) for line in lines)


@lru_cache(maxsize=1)
def sound_index() -> dict[str, str]:
    """Sound key -> the suggestible dictionary words with it, space-separated.
    Shipped ready-made (working the keys out takes seconds), kept with the
    parsed tables."""
    return resources.cached_table("sound_index", lambda: [__file__, resources.data_path(SOUND_INDEX)],
                                  _read_sound_index)


_KEY_LETTERS = "0AFJKLMNPRSTX"


def _key_edits(key: str) -> set[str]:
    out = {key}
    for i in range(len(key) + 1):
        left, right = key[:i], key[i:]
        if right:
            out.add(left + right[1:])
            for c in _KEY_LETTERS:
                out.add(left + c + right[1:])
        if len(right) > 1:
            out.add(left + right[1] + right[0] + right[2:])
        for c in _KEY_LETTERS:
            out.add(left + c + right)
    return out


# -- distance -------------------------------------------------------------------


def _substitution_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in VOWELS and b in VOWELS:
        return 0.6
    if frozenset((a, b)) in SOUND_ALIKE:
        return 0.6
    if b in NEIGHBOURS.get(a, ()):
        return 0.75
    return 1.0


# The cost of each letter typed for each letter meant, worked out once.
_SUBSTITUTION = {a: {b: _substitution_cost(a, b) for b in LETTERS} for a in LETTERS}


def typo_distance(typed: str, word: str) -> float:
    """Damerau-Levenshtein distance with typo-shaped costs: a vowel for a
    vowel, a sound-alike or a neighbouring key, a doubled letter typed once
    (or a single one twice) and two swapped letters cost less than other edits."""
    n, m = len(typed), len(word)
    previous2: list[float] = []
    previous = [j * 1.0 for j in range(m + 1)]
    # A letter dropped from the word costs less when it is doubled there.
    insert_cost = [1.0] + [0.5 if j > 1 and word[j - 2] == word[j - 1] else 1.0 for j in range(1, m + 1)]
    for i in range(1, n + 1):
        a = typed[i - 1]
        costs = _SUBSTITUTION.get(a) or {}
        # A letter typed that the word lacks costs less when it doubles its neighbour.
        delete_cost = 0.5 if i > 1 and typed[i - 2] == a else 1.0
        current = [i * 1.0] + [0.0] * m
        for j in range(1, m + 1):
            b = word[j - 1]
            best = previous[j - 1] + (0.0 if a == b else costs.get(b, 1.0))
            step = current[j - 1] + insert_cost[j]
            if step < best:
                best = step
            step = previous[j] + delete_cost
            if step < best:
                best = step
            if i > 1 and j > 1 and a == word[j - 2] and typed[i - 2] == b and a != b:
                best = min(best, previous2[j - 2] + 0.75)
            current[j] = best
        previous2, previous = previous, current
    return previous[m]


def key_distance(a: str, b: str) -> int:
    if a == b:
        return 0
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(current[j - 1] + 1, previous[j] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


# -- ranking --------------------------------------------------------------------


def _candidates(word: str) -> dict[str, str | None]:
    """Candidate -> its sound key where the index gave it (else None)."""
    words = lexicon.dictionary()
    first = edits(word)
    found: dict[str, str | None] = dict.fromkeys(w for w in first if w in words)
    if MIN_DISTANCE_TWO_LENGTH <= len(word) <= MAX_DISTANCE_TWO_LENGTH:
        for w1 in first:
            found.update(dict.fromkeys(w for w in edits(w1) if w in words))
    index = sound_index()
    key = sound_key(word)
    initial = word[0]
    for near in (_key_edits(key) if len(key) >= 3 else (key,)):
        bucket = index.get(near)
        if bucket:
            # Sound-alike candidates keep the first letter (or its sound):
            # people who cannot spell a word still start it right.
            same_start = near[:1] == key[:1]
            found.update((w, near) for w in bucket.split(" ") if (same_start or w[0] == initial)
                         and abs(len(w) - len(word)) <= MAX_LENGTH_CHANGE)
    found.pop(word, None)
    return found


@lru_cache(maxsize=8192)
def suggestions(word: str) -> tuple[tuple[str, float], ...]:
    """Ranked (suggestion, score) pairs for an unknown lower-case word.

    Each candidate's score cannot exceed what its count, sound key and
    length allow (a letter more or less costs at least half an edit), so
    candidates are scored best bound first and the edit distance, the
    costly part, is computed only while a candidate could still rank."""
    if len(word) > MAX_WORD_LENGTH:
        return ()  # no word is that long, and the candidates would grow with its square
    frequencies = lexicon.frequencies()
    medical, substances = lexicon.medical(), lexicon.substances()
    key = sound_key(word)
    bounded = []
    for candidate, candidate_key in _candidates(word).items():
        count = frequencies.get(candidate, 0)
        if candidate in substances:
            count = max(count, SUBSTANCE_MIN_COUNT)
        elif count < MIN_SUGGESTION_COUNT and candidate not in medical:
            continue
        change = abs(len(candidate) - len(word))
        if change > MAX_LENGTH_CHANGE + 1:
            continue
        partial = FREQUENCY_WEIGHT * math.log10(1 + count) - SOUND_WEIGHT * key_distance(
            key, candidate_key if candidate_key is not None else sound_key(candidate))
        bounded.append((partial - EDIT_WEIGHT * 0.5 * change, partial, candidate))
    bounded.sort(key=lambda item: (-item[0], item[2]))
    scored: dict[str, float] = {}
    floor = -math.inf
    for bound, partial, candidate in bounded[:MAX_SCORED]:
        if bound < floor:
            break
        cost = typo_distance(word, candidate)
        if cost > MAX_COST:
            continue
        scored[candidate] = round(partial - EDIT_WEIGHT * cost, 6)
        if len(scored) >= MAX_SUGGESTIONS:
            floor = sorted(scored.values(), reverse=True)[MAX_SUGGESTIONS - 1]
    ranked = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
    return tuple(ranked[:MAX_SUGGESTIONS])
