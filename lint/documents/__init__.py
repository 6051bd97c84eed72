"""Documents: the prose of one file, its block segments, and a source map.

Loaders (``markdown``, ``html``, ``text``) turn a decoded source file into a
``Document``. Checks only ever see the prose; code, URLs, scripts, styles and
markup are left out, and every kept character maps back to its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lint.documents.source_map import SourceMap

DIRECTIVE_PATTERN = re.compile(
    r"healthlint-(disable-next-line|disable|enable)\b[ \t]*([^\n]*?)[ \t]*(?:-->|$)"
)


@dataclass(frozen=True)
class Directive:
    """An inline suppression comment, e.g. ``<!-- healthlint-disable claims -->``."""

    kind: str  # "disable", "enable" or "disable-next-line"
    rules: tuple[str, ...]  # empty means every rule
    line: int
    column: int
    end_line: int
    end_column: int
    start_offset: int
    end_offset: int


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: str  # heading, paragraph, list_item, table_cell, blockquote, alt_text, title, description, navigation


@dataclass
class Document:
    path: str
    source: str
    text: str
    source_map: SourceMap
    segments: list[Segment]
    directives: list[Directive] = field(default_factory=list)
    format: str = "text"
    # Link targets as (start, end, url) in ``text`` offsets; the URLs themselves
    # are not prose, but whether a claim links to a journal is evidence.
    links: list[tuple[int, int, str]] = field(default_factory=list)
    # Emphasised spans as (start, end, tag) in ``text`` offsets: "em" for
    # italics (*...*, <i>, <em>), "cite" for <cite>; a title of a work is
    # often set so (see lint.prose).
    emphasis: list[tuple[int, int, str]] = field(default_factory=list)
    # Problems the loader could work around but the user should hear about
    # (e.g. content nested too deeply to parse), each naming the file.
    warnings: list[str] = field(default_factory=list)


def find_directives(comment: str, src_offset: int) -> list[tuple[str, tuple[str, ...], int, int]]:
    """Raw directives (kind, rules, start, end) in a comment found at ``src_offset``."""
    found = []
    for match in DIRECTIVE_PATTERN.finditer(comment):
        rules = tuple(r for r in match.group(2).replace(",", " ").split() if r)
        found.append((match.group(1), rules, src_offset + match.start(), src_offset + match.end()))
    return found


# Unicode spaces a CMS or word processor leaves between words (no-break,
# thin, narrow no-break, em...). Each is one character, like the space it
# becomes, so offsets into the text still hold.
SPACES = str.maketrans(dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                     "\u2009\u200a\u202f\u205f\u3000", " "))


# Characters with no width that web pages and word processors leave inside
# and beside words (zero-width space and joiners, soft hyphen, a stray byte
# order mark): "medi\u00adcation" is "medication". They are dropped from the
# linted text; the source map still points into the file as written.
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def _without_invisible(text, source_map, raw_segments, links, emphasis):
    kept = [i for i, ch in enumerate(text) if ch not in INVISIBLE]
    new_offset = [0] * (len(text) + 1)  # old text offset -> offset in the kept text
    count = 0
    for i, ch in enumerate(text):
        new_offset[i] = count
        count += ch not in INVISIBLE
    new_offset[len(text)] = count

    last = len(text)

    def spans(items):
        return [(new_offset[min(start, last)], new_offset[min(end, last)], *rest) for start, end, *rest in items]

    segments = [segment for segment in spans(raw_segments) if segment[1] > segment[0]]
    return "".join(text[i] for i in kept), source_map.keeping(kept), segments, spans(links), spans(emphasis)


def make_document(path: str, source: str, builder, raw_directives=(), fmt: str = "text", links=(),
                  emphasis=()) -> Document:
    text, source_map, raw_segments = builder.build()
    text = text.translate(SPACES)  # words joined by a no-break space are still two words
    if not INVISIBLE.isdisjoint(text):
        text, source_map, raw_segments, links, emphasis = _without_invisible(
            text, source_map, raw_segments, links, emphasis)
    segments = [Segment(s, e, k) for s, e, k in raw_segments]
    directives = []
    for kind, rules, start, end in raw_directives:
        line, column = source_map.position(start)
        end_line, end_column = source_map.position(end)
        directives.append(Directive(kind, rules, line, column, end_line, end_column, start, end))
    return Document(path, source, text, source_map, segments, directives, fmt, list(links), list(emphasis))
