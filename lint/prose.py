"""Whose words are these: the zones of a document that are not its own prose.

A news story or press release holds more than the writer's sentences: the
words of the people it quotes, titles of works, bylines and credentials,
contact lines and the boilerplate that closes a release, datelines, URLs,
e-mail addresses, hashtags and scraped lists of names. A check that reads
them as the article's own prose raises false alarms: a surname "misspelt",
the speaker's British spelling "mixed" with the article's American one, a
claim in a quotation reported as the article's unsupported claim.

``find_zones`` finds them once per document, from the text and its blocks
with a few regular expressions and a scan over quotation marks (no work per
token), as ``(start, end, zone)`` in text offsets. The pipeline component
``healthlint_prose`` stores them on ``doc._.hl_zones``, where every check can
read them (``zones_at``, ``in_zone``), and the engine drops a span finding
that lies wholly inside a zone whose policy drops its rule (``dropped``).
Zones, patterns and the policy are data: ``lint/data/prose_zones.yaml``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from lint import resources

DATA = "prose_zones.yaml"

ZONES = ("quotation", "attribution", "title", "mention", "byline", "boilerplate",
         "dateline", "url", "email", "handle", "list", "name", "person", "references")

# Opening and closing marks of a quotation. Single marks are quotations only
# where they cannot be apostrophes (see _single_quotes).
DOUBLE_OPEN, DOUBLE_CLOSE = "“", "”"
# A quotation this long (in words) or with a sentence inside it is a
# quotation; a shorter one a mention or a title.
QUOTATION_MIN_WORDS = 4
# Share of a title's words (other than "of", "the"...) that are capitalised.
TITLE_CAPITALS = 0.75
# A block of page furniture (caption, notice) is at most this long.
FURNITURE_MAX_WORDS = 30
# The longest label before a colon ("Media Contact").
LABEL_MAX_CHARS = 16
# Blocks at the start of a story that may open with a dateline.
DATELINE_BLOCKS = 3
# A run of short capitalised blocks this long is a scraped list.
LIST_MIN_BLOCKS = 4
LIST_MIN_ITEMS = 5
# A label block ("Media contact:") carries over the next blocks this short.
LABEL_FOLLOWERS = 4
LABEL_FOLLOWER_WORDS = 12

WORD = re.compile(r"[^\W\d_][\w'’-]*")
MINOR_WORDS = frozenset("a an and & at de del der for in la le of on or the to van von y".split())


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    search: bool
    matches: tuple[str, ...]
    rejects: tuple[str, ...]
    # A cheap expression every match contains; the pattern runs only on
    # blocks where it occurs (most patterns' first step is a word boundary,
    # which the regex engine tries at every position of the text).
    cue: tuple[re.Pattern, ...] = ()

    def find(self, text: str) -> re.Match | None:
        return self.regex.search(text) if self.search else self.regex.match(text)


@lru_cache(maxsize=1)
def _data() -> dict:
    return resources.yaml_data(DATA)


@lru_cache(maxsize=1)
def patterns() -> dict[str, Pattern]:
    out = {}
    for name, entry in _data()["patterns"].items():
        cues = entry.get("cue") or ()
        if isinstance(cues, str):
            cues = (cues,)
        out[name] = Pattern(name, resources.compiled_regex(f"prose_{name}", entry["pattern"]),
                            bool(entry.get("search", False)), tuple(entry.get("matches", ())),
                            tuple(entry.get("rejects", ())),
                            tuple(resources.compiled_regex(f"prose_{name}_cue{i}", cue) for i, cue in enumerate(cues)))
    return out


@lru_cache(maxsize=1)
def policy() -> dict[str, tuple[str, ...]]:
    """Zone -> the rule selectors (id, category, bare name or ALL) it drops."""
    raw = _data()["policy"]
    unknown = set(raw) - set(ZONES)
    if unknown:
        raise ValueError(f"{DATA}: unknown zone(s) in policy: {', '.join(sorted(unknown))}")
    return {zone: tuple(selectors or ()) for zone, selectors in raw.items()}


# -- finding zones ---------------------------------------------------------

class Zones(tuple):
    """Sorted ``(start, end, zone)`` triples, knowing how far the zones up to
    each one reach, so a look-up walks back only over zones that can hold a
    position (one long zone early in a long file must not make every
    look-up walk back to it)."""

    @property
    def reach(self) -> list[int]:
        reach = self.__dict__.get("_reach")
        if reach is None:
            reach, furthest = [], -1
            for _, end, _ in self:
                furthest = max(furthest, end)
                reach.append(furthest)
            self.__dict__["_reach"] = reach
        return reach


def find_zones(text: str, blocks: Sequence[tuple[int, int]] = (),
               emphasis: Sequence[tuple[int, int, str]] = (),
               headings: frozenset[int] = frozenset(),
               furniture: Sequence[tuple[int, int]] = (),
               list_items: frozenset[int] = frozenset()) -> tuple[tuple[int, int, str], ...]:
    """The zones of ``text`` as sorted ``(start, end, zone)``; ``blocks`` are
    the document's block (start, end) offsets (one block if none),
    ``emphasis`` its italic and citation spans (start, end, "em"|"cite"),
    ``headings`` the start offsets of the blocks that are headings,
    ``furniture`` the blocks the page itself marks as its menus, and
    ``list_items`` the start offsets of the blocks that are list items."""
    if not text:
        return ()
    blocks = [(s, e) for s, e in blocks if e > s] or [(0, len(text))]
    p = patterns()
    zones: list[tuple[int, int, str]] = []
    add = zones.append
    starts = [s for s, _ in blocks]
    for name, zone in SEARCHED:
        pattern = p[name]
        for block_start, block_end in _cued_blocks(pattern, text, blocks, starts):
            for m in pattern.regex.finditer(text, block_start, block_end):
                add((m.start(), _trim(text, m.start(), m.end()), zone))
    zones.extend(_names(text, p))
    run = p["capitalised_run"]
    for block_start, block_end in _cued_blocks(run, text, blocks, starts):
        for m in run.regex.finditer(text, block_start, block_end):
            # A headline in title case capitalises its small words; a
            # scraped list of names has none.
            if HEADLINE_WORDS.isdisjoint(m.group().split()):
                add((m.start(), _trim(text, m.start(), m.end()), "list"))
    zones.extend(_quotations(text, blocks, p))
    zones.extend(_people(text, blocks, starts, zones, p))
    for block_start, block_end in _cued_blocks(p["list"], text, blocks, starts):
        for m in p["list"].regex.finditer(text, block_start, block_end):
            add((m.start(), m.end(), "list"))
    zones.extend(_block_zones(text, blocks, p))
    zones.extend(_references(text, blocks, headings, p, list_items))
    zones.extend(_emphasised_titles(text, emphasis, p))
    zones.extend((start, end, "boilerplate") for start, end in furniture)
    return Zones(sorted(set(z for z in zones if z[1] > z[0])))


# Patterns searched for anywhere, and the zone each marks.
SEARCHED = (("url", "url"), ("email", "email"), ("handle", "handle"), ("credentials", "byline"))


def _cued_blocks(pattern: Pattern, text: str, blocks: list[tuple[int, int]], starts: list[int]):
    """The blocks the pattern must search: those holding its cue (all of
    them when it has none)."""
    if not pattern.cue:
        yield from blocks
        return
    chosen = set()
    for cue in pattern.cue:
        at = 0
        while True:
            m = cue.search(text, at)
            if m is None:
                break
            index = bisect.bisect_right(starts, m.start()) - 1
            if index >= 0 and m.start() < blocks[index][1]:
                chosen.add(index)
            # On to the next block: one hit is enough for it.
            at = max(m.end(), blocks[index][1] if index >= 0 else 0, m.start() + 1)
    for index in sorted(chosen):
        yield blocks[index]


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n,;":
        end -= 1
    return end


def _block_zones(text: str, blocks: list[tuple[int, int]], p: dict[str, Pattern]) -> Iterable[tuple[int, int, str]]:
    n = len(blocks)
    half = n // 2
    follow = 0  # blocks still carried by a label block before them
    trailer, label_at, about_at, byline_at = (p["trailer"].regex.fullmatch, p["label"].regex.match,
                                              p["about"].regex.match, p["byline"].regex.match)
    furniture_at = p["page_furniture"].regex.match
    inline_at, wire_at, dateline_at = p["label_inline"].regex.search, p["newswise"].regex.match, p["dateline"].regex.match
    for index, (start, end) in enumerate(blocks):
        block = text[start:end]
        if end - start < 40 and trailer(block.strip()):
            # The release ends here: the rest is contacts and "About us".
            yield (start, len(text), "boilerplate")
            return
        if follow and _words(block) <= LABEL_FOLLOWER_WORDS:
            follow -= 1
            yield (start, end, "boilerplate")
            continue
        follow = 0
        furniture = furniture_at(block)
        if furniture:
            # A caption or notice is short; in a long block (a scraped
            # slideshow run into the story) only the notice itself is.
            yield (start, end if _words(block) <= FURNITURE_MAX_WORDS else start + furniture.end(), "boilerplate")
            continue
        if label_at(block):
            yield (start, end, "boilerplate")
            if _words(block) <= 5:
                follow = LABEL_FOLLOWERS
            continue
        about = about_at(block) if block.startswith("About") else None
        if about and index >= half and index + 1 < n:
            # "About Example Health" heading a block that speaks of it: a
            # release's closing boilerplate, to the end of the document.
            following = text[blocks[index + 1][0]:blocks[index + 1][0] + 160]
            if about.group("name") in following:
                yield (start, len(text), "boilerplate")
                return
        if byline_at(block):
            yield (start, end, "byline")
            continue
        colon = block.find(":")
        while colon >= 0:
            # A label sits just before its colon.
            window = max(0, colon - LABEL_MAX_CHARS)
            inline = inline_at(block, window, colon + 3)
            if inline:
                yield (start + inline.start(), end, "boilerplate")
                break
            colon = block.find(":", colon + 1)
        at = 0
        wire = wire_at(block)
        if wire:
            yield (start, start + wire.end(), "boilerplate")
            at = wire.end()
        if index < DATELINE_BLOCKS:
            dateline = dateline_at(block, at)
            if dateline:
                yield (start + at, start + dateline.end(), "dateline")
    yield from _block_lists(text, blocks)


REFERENCES_HEADING_MAX_CHARS = 40
# A reference names its authors by surname and initials, its year, its DOI
# or "et al."; a block with fewer than one such mark in REFERENCE_WORDS_PER_MARK
# words, and longer than a heading, is prose again (a press release goes on
# after its references with "About us" and funding notes, which name years).
REFERENCE_MARK = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\bdoi\b|\bet al\b|https?://|\bPMID\b"
    r"|\b[A-Z][a-z]+,? (?:[A-Z]\.? ?){1,3}[,.]|\b(?:[A-Z]\. ?){1,3}[A-Z][a-z]+,")
REFERENCE_WORDS_PER_MARK = 40
REFERENCE_MAX_UNMARKED_WORDS = 12


def reference_lists(text: str, blocks: list[tuple[int, int]], headings: frozenset[int],
                    list_items: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of each reference list: the blocks after a "References"
    heading or line that read as references, up to the next heading."""
    return [(start, end) for start, end, _ in _references(text, blocks, headings, patterns(), list_items)]


def _references(text: str, blocks: list[tuple[int, int]], headings: frozenset[int],
                p: dict[str, Pattern], list_items: frozenset[int] = frozenset()) -> Iterable[tuple[int, int, str]]:
    """A reference list: the blocks after one that only says "References" (a
    heading, or a line on its own in plain text) that read as references, up
    to the next heading. A list item there is a reference even with no year
    or DOI ("British National Formulary. Monographs for sertraline and
    citalopram."); a paragraph must carry reference marks to stay in."""
    opens = p["references_heading"].regex.match
    for index, (start, end) in enumerate(blocks):
        if end - start > REFERENCES_HEADING_MAX_CHARS or not opens(text[start:end].strip()):
            continue
        first, stop = None, end
        for block_start, block_end in blocks[index + 1:]:
            block = text[block_start:block_end]
            words = _words(block)
            if block_start in headings or (block_start not in list_items and words > REFERENCE_MAX_UNMARKED_WORDS and len(
                    REFERENCE_MARK.findall(block)) * REFERENCE_WORDS_PER_MARK < words):
                break
            first, stop = block_start if first is None else first, block_end
        if first is not None:
            yield (first, stop, "references")


# Small words that a title-case headline capitalises and a list of names
# does not contain.
HEADLINE_WORDS = frozenset("Of And To With May Might Is Are Was Were For In On At By From As Can Could Will "
                           "Would Should Not No How Why What When Who Says Say Said Than Into Over After Before "
                           "Your Our Their His Her Its It It's Be Been Has Have Had Do Does".split())
# Words that may stand between the capitalised words of a name.
NAME_CONNECTORS = frozenset({"of", "for", "and", "&", "the", "on", "de", "der"})
# Capitalised words that open a sentence rather than a name.
SENTENCE_OPENERS = frozenset({"In", "At", "For", "On", "The", "A", "An", "And", "But", "Of", "As", "By", "From",
                              "With", "To", "At", "When", "While", "About", "After", "Before", "Since"})
NAME_MAX_WORDS = 8


def _names(text: str, p: dict[str, Pattern]) -> Iterable[tuple[int, int, str]]:
    """Names of organisations and journals: a head noun ("Foundation",
    "Journal"), the capitalised words before it and its "of ..." tail."""
    tail_at = p["name_tail"].regex.match
    for m in p["name"].regex.finditer(text):
        head_start, end = m.span()
        if head_start and text[head_start - 1].isalnum():
            continue
        start = head_start
        i, taken, connectors, previous = head_start, 0, 0, ""
        while taken < NAME_MAX_WORDS and i > 1 and text[i - 1] == " ":
            k = text.rfind(" ", max(0, i - 40), i - 1) + 1
            nl = text.rfind("\n", k, i - 1)
            if nl >= 0:
                k = nl + 1
            word = text[k:i - 1]
            if not word or word[-1] in ".,;:!?\"“”()":
                break
            if word[0].isupper():
                start, connectors = k, 0
            elif word not in NAME_CONNECTORS or word == previous or connectors == 2:
                break  # "the the" is a slip, not a name
            else:
                connectors += 1
            i, taken, previous = k, taken + 1, word
        while start < head_start:
            first = text[start:text.find(" ", start)]
            if first not in SENTENCE_OPENERS:
                break
            start = text.find(" ", start) + 1
        tail = tail_at(text, end)
        if tail:
            end = tail.end()
            while True:
                last = text.rfind(" ", 0, end)
                if text[last + 1:end] in NAME_CONNECTORS:
                    end = last
                else:
                    break
        if start < head_start or end > m.end():
            yield (start, end, "name")


ALNUM_RUN = re.compile(r"[^\W_]+")
PERSON_PATTERNS = ("person_title", "person_speech", "person_role")
# Capitalised words that a name pattern may take in but that name no one.
NOT_NAMES = frozenset({"The", "A", "An", "And", "But", "In", "On", "At", "Of", "For", "With", "It", "He", "She",
                       "They", "We", "I", "This", "That", "Dr", "Mr", "Mrs", "Ms", "Prof", "Professor", "University",
                       "Hospital", "Health", "Medical", "Center", "Centre", "Institute", "School", "College",
                       "National", "American", "British", "New", "Monday", "Tuesday", "Wednesday", "Thursday",
                       "Friday", "Saturday", "Sunday", "Reuters", "Associated", "Press"})


def _people(text: str, blocks: list[tuple[int, int]], starts: list[int], zones: list[tuple[int, int, str]],
            p: dict[str, Pattern]) -> Iterable[tuple[int, int, str]]:
    """Each occurrence of a word of a person's name, once the article has
    named the person: with a title or "said" anywhere ("Dr. Jane Doe",
    "Jane Doe said"), or with another speech verb or a role in an
    attribution or a byline ("explained lead author Jane Doe"). Only those
    short zones are searched for the other verbs and roles, which keeps
    this cheap on text with no quotations."""
    words: set[str] = set()

    def take(m: re.Match) -> None:
        found = m.group("name") or (m.groupdict().get("name2") or "")
        parts = [w for w in found.split() if len(w) > 2 and w[0].isupper() and w not in NOT_NAMES]
        words.update(parts)
        if len(parts) > 1:
            words.add(" ".join(parts))  # the whole name, for a finding that spans it

    for name in ("person_title", "person_said"):
        pattern = p[name]
        for block_start, block_end in _cued_blocks(pattern, text, blocks, starts):
            for m in pattern.regex.finditer(text, block_start, block_end):
                take(m)
    speech, role = p["person_speech"].regex, p["person_role"].regex
    for start, end, zone in zones:
        if zone == "attribution":
            for pattern in (speech, role):
                for m in pattern.finditer(text, start, end):
                    take(m)
        elif zone == "byline":
            # "By Jane Doe", "Jane Doe, MD": the capitalised words before a comma.
            head = text[start:end].split(",")[0]
            if head.startswith(("By ", "BY ")):
                head = head[3:]
            words.update(w for w in head.split() if len(w) > 2 and w[0].isupper() and w.isalpha()
                         and w not in NOT_NAMES)
    # Plain one-word names are found in one pass over the text's words
    # (searching once per name grows with the square of a long file);
    # whole names and names with a hyphen or stop are searched for.
    plain = {word for word in words if word.isalnum()}
    # Whole names ("Jane Doe") are tried where their first word stands.
    whole: dict[str, list[str]] = {}
    for name in words - plain:
        head = ALNUM_RUN.match(name)
        if head and head.end() < len(name) and name[head.end()] == " ":
            whole.setdefault(head.group(), []).append(name)
    if plain or whole:
        size_of = len(text)
        for m in ALNUM_RUN.finditer(text):
            word, at = m.group(), m.start()
            if word in plain:
                yield (at, m.end(), "person")
            for name in whole.get(word, ()):
                end = at + len(name)
                if text.startswith(name, at) and (end == size_of or not text[end].isalnum()):
                    yield (at, end, "person")
    for word in words - plain - {name for names in whole.values() for name in names}:
        size = len(word)
        at = text.find(word)
        while at >= 0:
            end = at + size
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                yield (at, end, "person")
            at = text.find(word, end)


def _words(block: str) -> int:
    return len(WORD.findall(block))


def _capitalised(item: str) -> bool:
    words = WORD.findall(item)
    if not words or len(words) > 4:
        return False
    return all(w[0].isupper() or w.lower() in MINOR_WORDS for w in words) and words[0][0].isupper()


def _block_lists(text: str, blocks: list[tuple[int, int]]) -> Iterable[tuple[int, int, str]]:
    """Runs of LIST_MIN_BLOCKS or more blocks that are each a short
    capitalised name with no sentence punctuation."""
    run: list[tuple[int, int]] = []
    for start, end in [*blocks, (-1, -1)]:
        block = text[start:end].strip() if 0 <= start and end - start < 60 else ""
        if block and block[-1] not in ".!?:" and _capitalised(block):
            run.append((start, end))
            continue
        if len(run) >= LIST_MIN_BLOCKS:
            yield (run[0][0], run[-1][1], "list")
        run = []


# -- quotations ------------------------------------------------------------

def _quotations(text: str, blocks: list[tuple[int, int]], p: dict[str, Pattern]) -> Iterable[tuple[int, int, str]]:
    if '"' not in text and DOUBLE_OPEN not in text and "‘" not in text and "'" not in text:
        return
    marks = _marks(text)
    at = 0
    for start, end in blocks:
        # The double marks of this block, found in one scan of the text.
        first = bisect.bisect_left(marks, start, at)
        at = bisect.bisect_left(marks, end, first)
        if at > first:
            spans = list(_double_quotes(text, marks[first:at], start, end))
        elif "‘" in text[start:end] or " '" in text[start:end]:
            spans = [(start + a, start + b, closed) for a, b, closed in _single_quotes(text[start:end])]
        else:
            continue
        for q_start, q_end, closed in spans:
            yield from _classify(text, q_start, q_end, closed, start, end, p)


QUOTE_MARK = re.compile('[“”"]')


def _marks(text: str) -> list[int]:
    """Offsets of the double quotation marks, sorted (str.find is some
    times faster than a regular expression over text with curly quotes)."""
    marks: list[int] = []
    for mark in '“”"':
        at = text.find(mark)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1)
    marks.sort()
    return marks


def _double_quotes(block: str, marks: list[int] | None = None, offset: int = 0,
                   end: int | None = None) -> Iterable[tuple[int, int, bool]]:
    """(start, end, closed) of each double-quoted span, marks included; an
    opening mark left open runs to the block's end, as a quotation that
    goes on in the next paragraph does. ``marks`` are the offsets of the
    block's quotation marks in ``block`` (found here if not given), and
    ``offset``/``end`` the block's bounds within it."""
    if end is None:
        end = len(block)
    if marks is None:
        marks = [m.start() for m in QUOTE_MARK.finditer(block, offset, end)]
    opened = -1
    for i in marks:
        ch = block[i]
        if ch == DOUBLE_OPEN:
            opened = i
        elif ch == DOUBLE_CLOSE:
            if opened >= 0:
                yield (opened, i + 1, True)
                opened = -1
        else:
            before = block[i - 1] if i > offset else " "
            after = block[i + 1] if i + 1 < end else " "
            if opened < 0:
                if before.isdigit():
                    continue  # 5'10": an inch mark
                if not after.isspace():
                    opened = i
            elif not before.isspace():
                yield (opened, i + 1, True)
                opened = -1
    if opened >= 0:
        yield (opened, end, False)


SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[^\W\d_])")
SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])[’'](?![\w])")


def _single_quotes(block: str) -> Iterable[tuple[int, int, bool]]:
    """Single-quoted spans (British news style): an opening mark where no
    apostrophe stands (at a word's start after a space), closed by the
    next mark that ends a word and is not a plural possessive ("patients'")
    unless punctuation precedes it."""
    if "‘" not in block and "'" not in block:
        return
    pos = 0
    while True:
        opening = SINGLE_OPEN.search(block, pos)
        if not opening:
            return
        closing = SINGLE_CLOSE.search(block, opening.end())
        while closing and block[closing.start() - 1] == "s" and closing.end() < len(block) \
                and block[closing.end()] == " " and block[closing.end() + 1:closing.end() + 2].islower():
            closing = SINGLE_CLOSE.search(block, closing.end())
        if not closing:
            return
        yield (opening.start(), closing.end(), True)
        pos = closing.end()


def _classify(text: str, q_start: int, q_end: int, closed: bool, block_start: int, block_end: int,
              p: dict[str, Pattern]) -> Iterable[tuple[int, int, str]]:
    inner = text[q_start + 1:q_end - 1 if closed else q_end]
    # A long quotation is a quotation whatever its capitals: only short ones
    # are counted and looked at word by word.
    words = WORD.findall(inner) if len(inner) < TITLE_MAX_CHARS else None
    before = text[max(block_start, q_start - 60):q_start]
    sentence_inside = SENTENCE_BREAK.search(inner) is not None
    after = p["speech_after"].regex.match(text, q_end, block_end) if closed else None
    if after is not None and after.end() <= q_end:
        after = None
    lead = p["speech_before"].regex.search(before) if before else None
    spoken = after is not None or lead is not None
    if words is not None and (p["title_cue"].regex.search(before[-30:]) or (
            len(words) >= 2 and not sentence_inside and not spoken and _title_case(words))):
        yield (q_start, q_end, "title")
        return
    if words is not None and len(words) < QUOTATION_MIN_WORDS and not sentence_inside and not spoken and closed:
        yield (q_start, q_end, "mention")
        return
    yield (q_start, q_end, "quotation")
    if lead:
        yield (_sentence_start(text, q_start - len(before) + lead.start(), block_start), q_start, "attribution")
    if after:
        yield (q_end, _trim(text, q_end, after.end()), "attribution")


SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z“\"]")
ABBREVIATION = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|[A-Z]))$")
# Quotations this long are never titles or mentions.
TITLE_MAX_CHARS = 200
# How far back an attribution's sentence may start.
LEAD_MAX_CHARS = 120


def _sentence_start(text: str, at: int, block_start: int) -> int:
    """The start of the sentence holding ``at``, within its block and
    LEAD_MAX_CHARS; a full stop after an abbreviation ("Dr.") ends none."""
    floor = max(block_start, at - LEAD_MAX_CHARS)
    i = at
    while i > floor:
        stop = max(text.rfind(". ", floor, i), text.rfind("? ", floor, i), text.rfind("! ", floor, i))
        if stop < 0:
            return floor
        if text[stop] == "." and ABBREVIATION.search(text, max(floor, stop - 5), stop):
            i = stop
            continue
        return stop + 2
    return floor


def _emphasised_titles(text: str, emphasis: Sequence[tuple[int, int, str]],
                       p: dict[str, Pattern]) -> Iterable[tuple[int, int, str]]:
    """Italic or cited titles of works: a <cite>, or italics in title case
    (two or more words) or after a cue ("the book", "published in")."""
    for start, end, tag in emphasis:
        if tag == "cite":
            yield (start, end, "title")
            continue
        words = WORD.findall(text[start:end])
        if not words or end - start >= TITLE_MAX_CHARS:
            continue
        before = text[max(0, start - 30):start]
        if p["title_cue"].regex.search(before) or (len(words) >= 2 and _title_case(words)):
            yield (start, end, "title")


def _title_case(words: list[str]) -> bool:
    """Most words capitalised (a title may hold a unit or a lower-case
    word, "500 mg/day"), the first among them, and at least two."""
    major = [w for w in words if w.lower() not in MINOR_WORDS]
    capitals = sum(1 for w in major if w[0].isupper())
    return words[0][0].isupper() and capitals >= 2 and capitals >= TITLE_CAPITALS * len(major)


# -- reading zones ---------------------------------------------------------

def zones_at(zones: Sequence[tuple[int, int, str]], start: int, end: int) -> list[str]:
    """The zones that hold the whole span [start, end)."""
    if not zones or start < 0:
        return []
    # Zones are sorted by start; any that holds the span starts at or before
    # it, and none at or before an index whose zones all end before the span does.
    last = bisect.bisect_right(zones, (start, float("inf"), "~"))
    if not isinstance(zones, Zones):
        zones = Zones(zones)
    reach = zones.reach
    found = []
    for index in range(last - 1, -1, -1):
        if reach[index] < end:
            break
        z_end, zone = zones[index][1], zones[index][2]
        if end <= z_end:
            found.append(zone)
    found.reverse()
    return found


def in_zone(doc, start: int, end: int, *kinds: str) -> bool:
    """True when [start, end) of ``doc`` lies in a zone (of ``kinds``, if given)."""
    found = zones_at(doc._.hl_zones, start, end)
    return any(z in kinds for z in found) if kinds else bool(found)


def drops(zone: str, rule_id: str) -> bool:
    from lint.rules import matches

    return any(matches(rule_id, selector) for selector in policy().get(zone, ()))


def dropped(zones: Sequence[tuple[int, int, str]], rule_id: str, start: int, end: int) -> str | None:
    """The zone whose policy drops a finding of ``rule_id`` at [start, end), if any."""
    for zone in zones_at(zones, start, end):
        if drops(zone, rule_id):
            return zone
    return None
