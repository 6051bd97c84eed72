"""Plain text: blank lines separate paragraphs, hard-wrapped lines join into
sentences, and a bulleted or numbered line starts a block of its own."""

from __future__ import annotations

import re

from lint.documents import Document, find_directives, make_document
from lint.documents.source_map import TextBuilder

LIST_MARKER = re.compile(r"[ \t]*(?:[-*+•‣◦▪●–]|\d{1,3}[.)])[ \t]+")
LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")


def load(path: str, source: str) -> Document:
    builder = TextBuilder(source)
    directives = []
    in_block = False
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
        else:
            marker = LIST_MARKER.match(line)
            indent = len(line) - len(line.lstrip())
            # A continuation line keeps its indentation: a run of spaces is how
            # checks tell a flattened heading from a sentence.
            content_start = start + (marker.end() if marker else indent if not in_block else 0)
            content_end = start + len(line.rstrip())
            if marker or not in_block:
                builder.begin("list_item" if marker else "paragraph")
                in_block = True
            elif previous_break is not None:
                builder.mapped(" ", *previous_break)
            builder.verbatim(content_start, content_end)
        previous_break = match.span(2)
    return make_document(path, source, builder, directives, "text")
