"""Terminology: a part of the body named where the sentence is about a nearby part.

A writer who means the veins and writes "arteries", or means the spine and
writes "skull", leaves a sentence whose other words belong to the part meant:
"varicose", "scoliosis". This check reads
those words against how NIH writers use them: for each part of the body named
in a sentence (MeSH 2015 anatomy descriptors and their plain names), the parts
close to it in the MeSH tree (peers at most TREE_DISTANCE steps away) are its
confusable siblings, and each is scored
by how much more often than chance the sentence's other content words stand
in one sentence with it in MedQuAD answers 5000-10996. The written part is
reported only when a sibling is bound to the sentence by words the written
part almost never has beside it, and the written part has no such words of
its own.

Data: lint/data/terminology/term_context.tsv.gz (tools/build_term_context.py).
"""

from __future__ import annotations

import gzip
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc

from lint import resources
from lint.checks import CheckContext
from lint.findings import Finding
from lint.nlp import doc_text
from lint.rules import Rule, Severity

MISFIT_TERM = Rule(
    id="terminology/misfit-term",
    severity=Severity.WARNING,
    summary="A part of the body named where the sentence's other words belong to a nearby part",
    preview=("On 1,260 real news stories it made one finding, and that one was false (a catheter's \"thin, "
             "flexible\" read as words of the blood vessels, not the heart); on MedQuAD sentences it finds one "
             "swapped part in fifteen. It leaves preview when real text shows its findings are worth reading."),
    explanation=(
        "What it does: for a part of the body named in a sentence (a MeSH anatomy descriptor, or a plain "
        "name of one: \"windpipe\", \"heel bone\"), takes its peers near it in the MeSH tree (\"arteries\" and "
        "\"veins\", \"kidneys\" and \"ureters\", \"spine\" and \"skull\") and asks which of them the sentence's "
        "other content words, within 15 words, go with, by how often each word stands in one sentence with "
        "each part in NIH answers (MedQuAD answers 5000-10996, counted by tools/build_term_context.py into "
        "`term_context.tsv.gz`). It reports the written part when a peer has two or more rare words in the "
        "sentence that stand beside it at least four times more often than chance and beside the written part "
        "no more than chance (or one word twenty-five times more often: \"varicose\" with veins), and the "
        "written part has no telling word of its own. Other parts named in the sentence are never read as "
        "evidence, and a part in a list (\"the heart, lungs and brain\") is not judged. The suggestion is "
        "the peer.\n\n"
        "Why it matters: the name of the wrong part sends a reader to the wrong organ, and no spell "
        "checker sees it: every word is right.\n\n"
        "Known problems: only parts that NIH answers name in ten or more sentences are judged (156 of "
        "them; the talus, the sebaceous glands and the pharynx are too rare there), and only against peers "
        "at most four steps away in the MeSH tree at the same depth (the oesophagus is no peer of the "
        "pharynx); a sentence with no telling word beside the part is not judged. On MedQuAD sentences "
        "with one part swapped for a peer it finds about one swap in fifteen (benchmarks/misfit_terms.py)."
    ),
    bad=("Varicose arteries bulge under the skin of the legs when their valves weaken.",
         "Scoliosis is a sideways curve of the skull that often shows up in the teenage years."),
    good=("Varicose veins bulge under the skin of the legs when their valves weaken.",
          "Scoliosis is a sideways curve of the spine that often shows up in the teenage years."),
)

RULES = (MISFIT_TERM,)

TABLE = "terminology/term_context.tsv.gz"
# A sentence ends at a full stop, a line end, or a list's spaced dash ("Anemia - Ataxia - ...").
# A table's cells end at a percentage or a fraction ("Abnormality of the ribs 50% Short stature 90%").
BREAK = re.compile(r"[.!?]+(?=\s|$)|\n|[ \t]-[ \t]|\d%(?=\s)|\b\d+/\d+(?=\s)")
WORD = re.compile(r"[A-Za-z]+")
# Names that are also everyday words, or name more than a part ("back", "hand" of a clock).
NOT_NAMES = frozenset("back hand face head neck body arm leg foot feet side trunk chest breast mouth lip nose eye "
                      "ear skin hair nail tissue cell organ gland joint bone muscle membrane tooth teeth blood".split())
# Parts this near in the MeSH tree (steps up and down) are each other's siblings.
TREE_DISTANCE = 4
# ... below a shared node this deep (A07.231, blood vessels; not A07, the cardiovascular system:
# heart and blood vessels are not one another's slips)
SHARED_LEVELS = 1
SAME_DEPTH = True
# Words this far from the part are not read as about it.
WINDOW = 15
MIN_JUDGED = 10       # sentences naming a part, for it to be judged or suggested
SMOOTH = 1.0
CUE = math.log(4.0)   # a word this much more often than chance beside a part is its cue
CUE_PAIRS = 3         # ... in at least this many sentences
AGAINST = math.log(1.5)  # a cue of the sibling counts against the written part if the part has it no more than this
EXPECTED = 0.0       # ... and the written part would have it beside it this often at the sibling's rate
MIN_CUES = 2          # words that go with the sibling, or one STRONG_CUE
STRONG_CUE = math.log(25.0)
VALIDITY = 0.1       # ... and a cue names the sibling in this share of its sentences
MAX_CUE_SHARE = 0.005  # ... and is rare: everyday words ("part", "remove", "thin") tell no part
MARGIN = 3.0          # summed log-ratio of the cue words


def _american(word: str) -> str:
    if word.startswith("oe") or "ae" in word or "oe" in word:
        from lint.concepts import _american_medical
        return _american_medical(word)
    return word


def _singular(word: str) -> str:
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def name_key(name: str) -> str:
    words = [_american(w) for w in WORD.findall(name.lower())]
    if not words:
        return ""
    words[-1] = _singular(words[-1])
    return " ".join(words)


class NameMatcher:
    """Finds the longest names of a table in a text, left to right."""

    def __init__(self, names: dict[str, str]):
        self.names = names
        self.longest = max((k.count(" ") + 1 for k in names), default=1)
        self.first = frozenset(k.split(" ")[0] for k in names)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        words = [(m.start(), m.end(), _american(m.group().lower())) for m in WORD.finditer(text)]
        out, i = [], 0
        while i < len(words):
            if words[i][2] not in self.first and _singular(words[i][2]) not in self.first:
                i += 1
                continue
            for n in range(min(self.longest, len(words) - i), 0, -1):
                # the words must be one run (no mark between them)
                span = text[words[i][0]:words[i + n - 1][1]]
                if n > 1 and not re.fullmatch(r"[A-Za-z]+(?:[ \t-]+[A-Za-z]+)*", span):
                    continue
                key = name_key(span)
                if key in self.names:
                    out.append((words[i][0], words[i + n - 1][1], self.names[key]))
                    i += n
                    break
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


def context_words(sentence: str, spans) -> list[str]:
    """The content words of a sentence outside the given spans, lower case, singular."""
    stop = _stop_words()
    out = []
    for m in WORD.finditer(sentence):
        if any(a <= m.start() < b for a, b in spans):
            continue
        w = m.group().lower()
        if len(w) < 3 or w in stop:
            continue
        out.append(_singular(_american(w)))
    return out


@dataclass(frozen=True)
class Table:
    total: int
    parts: dict  # descriptor -> (name, sentences, tree numbers)
    names: dict  # name key -> descriptor
    words: dict  # word -> sentences
    pairs: dict  # (descriptor, word) -> sentences


def _parse(text_lines) -> Table:
    total, parts, names, words, pairs = 0, {}, {}, {}, {}
    for line in text_lines:
        if not line or line.startswith("#"):
            continue
        row = line.rstrip("\n").split("\t")
        kind = row[0]
        if kind == "P":
            pairs[(row[1], row[2])] = int(row[3])
        elif kind == "W":
            words[row[1]] = int(row[2])
        elif kind == "A":
            names[row[2]] = row[1]
        elif kind == "T":
            parts[row[1]] = (row[2], int(row[3]), tuple(row[4].split(",")))
        elif kind == "N":
            total = int(row[1])
    return Table(total, parts, names, words, pairs)


def table_from(data: dict) -> Table:
    """A Table from tools/build_term_context.build's dictionary (benchmarks build their own)."""
    names = {k: m for m, ks in data["A"].items() for k in ks}
    return Table(data["N"], {m: (n, c, tuple(t)) for m, (n, c, t) in data["T"].items()}, names, data["W"], data["P"])


@lru_cache(maxsize=1)
def _table() -> Table:
    with gzip.open(resources.data_path(TABLE), "rt", encoding="utf-8") as fh:
        return _parse(fh)


def _distance(a: str, b: str) -> int | None:
    """Steps between two tree numbers; None when one is above the other or they share too little."""
    pa, pb = a.split("."), b.split(".")
    common = 0
    while common < min(len(pa), len(pb)) and pa[common] == pb[common]:
        common += 1
    if common in (len(pa), len(pb)) or common < SHARED_LEVELS:  # one above the other, or too far up
        return None
    if SAME_DEPTH and len(pa) != len(pb):  # peers only: the heart is no peer of the arteries
        return None
    return len(pa) + len(pb) - 2 * common


def siblings(table: Table, part: str) -> tuple[str, ...]:
    return _siblings(id(table), part, table)


_SIBLING_CACHE: dict = {}


def _siblings(key, part, table):
    cache = _SIBLING_CACHE.setdefault(key, {})
    if part in cache:
        return cache[part]
    trees = table.parts[part][2]
    out = []
    for other, (_, n, other_trees) in table.parts.items():
        if other == part or n < MIN_JUDGED:
            continue
        distances = [_distance(a, b) for a in trees for b in other_trees]
        if None in distances:
            continue
        if min(distances) <= TREE_DISTANCE:
            out.append(other)
    cache[part] = tuple(sorted(out))  # one order whatever the hash seed
    return cache[part]


def association(table: Table, part: str, word: str) -> float:
    """log of observed over expected sentences holding both, smoothed."""
    n_part = table.parts[part][1]
    expected = n_part * table.words[word] / table.total
    return math.log((table.pairs.get((part, word), 0) + SMOOTH) / (expected + SMOOTH))


@lru_cache(maxsize=1)
def _everyday_parts() -> frozenset[str]:
    return frozenset(_singular(w) for w in NOT_NAMES) | NOT_NAMES


def judge(table: Table, part: str, words: set[str], named: set[str]):
    """(sibling, score, cue words) when a sibling fits the words far better, else None."""
    if table.parts[part][1] < MIN_JUDGED:
        return None
    # everyday names of parts ("feet", "skin") are parts named beside it, like the table's names
    words = {w for w in words if w in table.words and w not in _everyday_parts()}
    n_part = table.parts[part][1]
    own = [w for w in words if association(table, part, w) >= CUE and table.pairs.get((part, w), 0) >= CUE_PAIRS]
    best = None
    for other in siblings(table, part):
        if other in named:
            continue
        cues, score = [], 0.0
        n_other = table.parts[other][1]
        for w in words:
            a_other = association(table, other, w)
            both = table.pairs.get((other, w), 0)
            if (a_other < CUE or both < CUE_PAIRS or both < VALIDITY * table.words[w]
                    or table.words[w] > MAX_CUE_SHARE * table.total):
                continue
            # the written part, had it the sibling's rate of this word, would show it this often
            if n_part * both / n_other < EXPECTED:
                continue
            a_part = association(table, part, w)
            if a_part > AGAINST:
                continue
            cues.append(w)
            score += a_other - a_part
        if len(cues) < MIN_CUES and not any(association(table, other, w) >= STRONG_CUE for w in cues):
            continue
        # the written part's own cues, if stronger here than the sibling's, keep it
        if any(association(table, part, w) - association(table, other, w) > 0 for w in own):
            continue
        if score >= MARGIN and (best is None or score > best[1]):
            best = (other, score, sorted(cues))
    return best


def sentences(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for m in BREAK.finditer(text):
        if m.end() > start and text[start:m.end()].strip():
            yield start, text[start:m.end()]
        start = m.end()
    if text[start:].strip():
        yield start, text[start:]


def findings_in(text: str, table: Table | None = None) -> Iterator[Finding]:
    table = table or _table()
    matcher = _matcher(id(table), table)
    for offset, sentence in sentences(text):
        found = matcher.find(sentence)
        if not found:
            continue
        named = {m for _, _, m in found}
        # other parts named beside it are listed with it, not evidence about it
        spans = [(x, y) for x, y, _ in found]
        for a, b, part in found:
            if part not in table.parts or _listed(sentence, a, b):
                continue
            lo = _word_start(sentence, a, WINDOW)
            near = sentence[lo:_word_end(sentence, b, WINDOW)]
            words = set(context_words(near, [(x - lo, y - lo) for x, y in spans]))
            verdict = judge(table, part, words, named)
            if verdict is None:
                continue
            other, score, cues = verdict
            written = sentence[a:b]
            suggestion = table.parts[other][0]
            yield Finding(
                rule=MISFIT_TERM,
                span=(offset + a, offset + b),
                message=(f"\"{written}\" may be the wrong part: the words beside it "
                         f"({', '.join(repr(c) for c in cues[:3])}) go with the {suggestion}"),
                suggestions=(suggestion,),
            )


LIST_BEFORE = re.compile(r"(?:,|\b(?:and|or|nor))[ \t]+(?:(?:the|a|an|their|your|its|his|her)[ \t]+)?(?:[A-Za-z-]+[ \t]+)?$", re.I)
LIST_AFTER = re.compile(r"^(?:[ \t]*\([^()]*\))?(?:[ \t]+(?:and|or|nor)\b|,[ \t]+(?:and|or)\b|,[ \t]+(?:the[ \t]+)?"
                        r"[A-Za-z-]+(?:[ \t]+[A-Za-z-]+)?[ \t]*(?:,|\band\b|\bor\b))", re.I)


def _listed(sentence: str, a: int, b: int) -> bool:
    """A part in a list ("the heart, lungs and brain"): what the sentence says may be about another item."""
    return bool(LIST_BEFORE.search(sentence[max(0, a - 40):a]) or LIST_AFTER.search(sentence[b:b + 80]))


def _word_start(text: str, at: int, n: int) -> int:
    starts = [m.start() for m in WORD.finditer(text, 0, at)]
    return starts[-n] if len(starts) >= n else 0


def _word_end(text: str, at: int, n: int) -> int:
    ends = [m.end() for m in WORD.finditer(text, at)]
    return ends[n - 1] if len(ends) >= n else len(text)


_MATCHERS: dict = {}


def _matcher(key, table: Table) -> NameMatcher:
    if key not in _MATCHERS:
        _MATCHERS[key] = NameMatcher(table.names)
    return _MATCHERS[key]


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    yield from findings_in(doc_text(doc))
