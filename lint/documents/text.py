"""Plain text: blank lines separate paragraphs, hard-wrapped lines join into
sentences, and a bulleted or numbered line starts a block of its own.

Headings are known by their form: a line underlined with ``===`` or ``---``
(the underline is not prose), or a short line in capitals. In a file whose
paragraphs are written one to a line (not hard-wrapped), every line break
ends a block, so a title, a byline and a date on consecutive lines are three
blocks, not one run-on sentence."""

from __future__ import annotations

import re

from lint import prose
from lint.documents import Document, find_directives, make_document
from lint.documents.source_map import TextBuilder

LIST_MARKER = re.compile(r"[ \t]*(?:[-*+•‣◦▪●–]|\d{1,3}[.)])[ \t]+")
LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
UNDERLINE = re.compile(r"[ \t]*(?:={3,}|-{3,})[ \t]*")
# A heading in capitals: some letters, none lower case, a title's length.
CAPITALS_MAX_WORDS = 15
# A file is hard-wrapped unless a good share of its lines run past any
# wrapping width editors use (72-80 columns; 100 leaves room).
WRAP_WIDTH = 100
UNWRAPPED_SHARE = 0.2


def _capitals_heading(line: str) -> bool:
    # isupper() first: it rules out almost every line at C speed.
    return (line.isupper() and len(line.split()) <= CAPITALS_MAX_WORDS
            and sum(c.isalpha() for c in line) >= 4 and not LIST_MARKER.match(line))


def _references_heading(line: str) -> bool:
    return len(line) <= 40 and prose.patterns()["references_heading"].regex.match(line) is not None


def _hard_wrapped(source: str) -> bool:
    lines = [line for line in source.splitlines() if line.strip()]
    long = sum(len(line) > WRAP_WIDTH for line in lines)
    return long < 2 or long < UNWRAPPED_SHARE * len(lines)


def load(path: str, source: str) -> Document:
    builder = TextBuilder(source)
    directives = []
    in_block = False
    block_lines = 0
    wrapped = _hard_wrapped(source)
    previous_break: tuple[int, int] | None = None
    for match in LINE.finditer(source):
        if match.start() == len(source) and not match.group(0):
            break
        start, end = match.span(1)
        line = match.group(1)
        if "healthlint-" in line and line.lstrip().startswith("<!--"):
            directives.extend(find_directives(line, start))
            continue
        stripped = line.strip()
        if not stripped:
            builder.end()
            in_block = False
        elif UNDERLINE.fullmatch(line):
            # An underline makes the one line above it a heading; under a
            # longer block, or alone, it is a rule between sections.
            if in_block and block_lines == 1:
                builder.rename("heading")
            builder.end()
            in_block = False
        elif _capitals_heading(stripped):
            builder.begin("heading")
            builder.verbatim(start + len(line) - len(line.lstrip()), start + len(line.rstrip()))
            builder.end()
            in_block = False
        else:
            marker = LIST_MARKER.match(line)
            indent = len(line) - len(line.lstrip())
            # A continuation line keeps its indentation: a run of spaces is how
            # checks tell a flattened heading from a sentence.
            content_start = start + (marker.end() if marker else indent if not in_block else 0)
            content_end = start + len(line.rstrip())
            if marker or not in_block or not wrapped:
                builder.begin("list_item" if marker else "paragraph")
                in_block = True
                block_lines = 0
            elif previous_break is not None:
                builder.mapped(" ", *previous_break)
            builder.verbatim(content_start, content_end)
            block_lines += 1
            if block_lines == 1 and not marker and _references_heading(stripped):
                builder.rename("heading")  # "Sources" alone on its line opens the reference list
                builder.end()
                in_block = False
        previous_break = match.span(2)
    return make_document(path, source, builder, directives, "text")
