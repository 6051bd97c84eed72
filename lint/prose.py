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
         "dateline", "url", "email", "handle", "list", "name")

# Opening and closing marks of a quotation. Single marks are quotations only
# where they cannot be apostrophes (see _single_quotes).
DOUBLE_OPEN, DOUBLE_CLOSE = "“", "”"
# A quotation this long (in words) or with a sentence inside it is a
# quotation; a shorter one a mention or a title.
QUOTATION_MIN_WORDS = 4
# Share of a title's words (other than "of", "the"...) that are capitalised.
TITLE_CAPITALS = 0.75
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

    def find(self, text: str) -> re.Match | None:
        return self.regex.search(text) if self.search else self.regex.match(text)


@lru_cache(maxsize=1)
def _data() -> dict:
    return resources.yaml_data(DATA)


@lru_cache(maxsize=1)
def patterns() -> dict[str, Pattern]:
    out = {}
    for name, entry in _data()["patterns"].items():
        out[name] = Pattern(name, resources.compiled_regex(f"prose_{name}", entry["pattern"]),
                            bool(entry.get("search", False)), tuple(entry.get("matches", ())),
                            tuple(entry.get("rejects", ())))
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

def find_zones(text: str, blocks: Sequence[tuple[int, int]] = ()) -> tuple[tuple[int, int, str], ...]:
    """The zones of ``text`` as sorted ``(start, end, zone)``; ``blocks`` are
    the document's block (start, end) offsets (one block if none)."""
    if not text:
        return ()
    blocks = [(s, e) for s, e in blocks if e > s] or [(0, len(text))]
    p = patterns()
    zones: list[tuple[int, int, str]] = []
    add = zones.append
    for name, zone in (("url", "url"), ("email", "email"), ("handle", "handle"), ("credentials", "byline"),
                       ("name", "name")):
        if name == "handle" and "@" not in text and "#" not in text:
            continue
        for m in p[name].regex.finditer(text):
            add((m.start(), _trim(text, m.start(), m.end()), zone))
    zones.extend(_block_zones(text, blocks, p))
    zones.extend(_quotations(text, blocks, p))
    return tuple(sorted(set(z for z in zones if z[1] > z[0])))


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n,;":
        end -= 1
    return end


def _block_zones(text: str, blocks: list[tuple[int, int]], p: dict[str, Pattern]) -> Iterable[tuple[int, int, str]]:
    n = len(blocks)
    half = n // 2
    follow = 0  # blocks still carried by a label block before them
    for index, (start, end) in enumerate(blocks):
        block = text[start:end]
        if p["trailer"].regex.fullmatch(block.strip()):
            # The release ends here: the rest is contacts and "About us".
            yield (start, len(text), "boilerplate")
            return
        words = len(WORD.findall(block))
        if follow and words <= LABEL_FOLLOWER_WORDS:
            follow -= 1
            yield (start, end, "boilerplate")
            continue
        follow = 0
        label = p["label"].regex.match(block)
        if label:
            yield (start, end, "boilerplate")
            if words <= 5:
                follow = LABEL_FOLLOWERS
            continue
        about = p["about"].regex.match(block)
        if about and index >= half and index + 1 < n:
            # "About Example Health" heading a block that speaks of it: a
            # release's closing boilerplate, to the end of the document.
            following = text[blocks[index + 1][0]:blocks[index + 1][0] + 160]
            if about.group("name") in following:
                yield (start, len(text), "boilerplate")
                return
        if p["byline"].regex.match(block):
            yield (start, end, "byline")
            continue
        inline = p["label_inline"].regex.search(block)
        if inline:
            yield (start + inline.start(), end, "boilerplate")
        at = 0
        wire = p["newswise"].regex.match(block)
        if wire:
            yield (start, start + wire.end(), "boilerplate")
            at = wire.end()
        if index < DATELINE_BLOCKS:
            dateline = p["dateline"].regex.match(block, at)
            if dateline:
                yield (start + at, start + dateline.end(), "dateline")
        yield from _comma_list(block, start)
    yield from _block_lists(text, blocks)


def _capitalised(item: str) -> bool:
    words = WORD.findall(item)
    if not words or len(words) > 4:
        return False
    return all(w[0].isupper() or w.lower() in MINOR_WORDS for w in words) and words[0][0].isupper()


def _comma_list(block: str, offset: int) -> Iterable[tuple[int, int, str]]:
    """A run of at least LIST_MIN_ITEMS capitalised items separated by
    commas, semicolons or bullets: names, places, institutions."""
    if block.count(",") + block.count(";") + block.count("•") < LIST_MIN_ITEMS - 1:
        return
    run_start = run_end = -1
    count = 0
    for m in re.finditer(r"[^,;•]+", block):
        item = m.group().strip()
        item_start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        if item.startswith("and "):
            item, item_start = item[4:], item_start + 4
        if _capitalised(item.rstrip(".")):
            if count == 0:
                run_start = item_start
            count += 1
            run_end = item_start + len(item.rstrip("."))
        else:
            if count >= LIST_MIN_ITEMS:
                yield (offset + run_start, offset + run_end, "list")
            count = 0
    if count >= LIST_MIN_ITEMS:
        yield (offset + run_start, offset + run_end, "list")


def _block_lists(text: str, blocks: list[tuple[int, int]]) -> Iterable[tuple[int, int, str]]:
    """Runs of LIST_MIN_BLOCKS or more blocks that are each a short
    capitalised name with no sentence punctuation."""
    run: list[tuple[int, int]] = []
    for start, end in [*blocks, (-1, -1)]:
        block = text[start:end].strip() if start >= 0 else ""
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
    for start, end in blocks:
        block = text[start:end]
        spans = list(_double_quotes(block))
        if not spans:
            spans = list(_single_quotes(block))
        for q_start, q_end, closed in spans:
            yield from _classify(text, start + q_start, start + q_end, closed, start, end, p)


def _double_quotes(block: str) -> Iterable[tuple[int, int, bool]]:
    """(start, end, closed) of each double-quoted span, marks included; an
    opening mark left open runs to the block's end, as a quotation that
    goes on in the next paragraph does."""
    opened = -1
    for i, ch in enumerate(block):
        if ch == DOUBLE_OPEN:
            opened = i
        elif ch == DOUBLE_CLOSE:
            if opened >= 0:
                yield (opened, i + 1, True)
                opened = -1
        elif ch == '"':
            before = block[i - 1] if i else " "
            after = block[i + 1] if i + 1 < len(block) else " "
            if opened < 0:
                if before.isdigit():
                    continue  # 5'10": an inch mark
                if not after.isspace():
                    opened = i
            elif not before.isspace():
                yield (opened, i + 1, True)
                opened = -1
    if opened >= 0:
        yield (opened, len(block), False)


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
    words = WORD.findall(inner)
    before = text[max(block_start, q_start - 60):q_start]
    sentence_inside = re.search(r"[.!?]\s+[A-Z“\"]", inner) is not None
    after = p["speech_after"].regex.match(text, q_end, block_end) if closed else None
    if after is not None and after.end() <= q_end:
        after = None
    lead = p["speech_before"].find(before)
    spoken = after is not None or lead is not None
    if p["title_cue"].find(before) or (len(words) >= 2 and not sentence_inside and not spoken
                                       and _title_case(words)):
        yield (q_start, q_end, "title")
        return
    if len(words) < QUOTATION_MIN_WORDS and not sentence_inside and not spoken and closed:
        yield (q_start, q_end, "mention")
        return
    yield (q_start, q_end, "quotation")
    if lead:
        yield (q_start - len(before) + lead.start(), q_start, "attribution")
    if after:
        yield (q_end, _trim(text, q_end, after.end()), "attribution")


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
    # Zones are sorted by start; any that holds the span starts at or before it.
    last = bisect.bisect_right(zones, (start, float("inf"), "~"))
    return [zone for z_start, z_end, zone in zones[:last] if z_start <= start and end <= z_end]


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
