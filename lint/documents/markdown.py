"""Markdown (CommonMark with tables) via markdown-it-py.

Linted: paragraphs, headings, list items, table cells, block quotes, link
text, image alt text, and the ``title`` and ``description`` of YAML front
matter. Skipped: code (fenced, indented, inline), URLs and autolinks, raw
HTML and comments, whose suppression directives are still read.

markdown-it-py maps block tokens to line ranges only, so each inline child is
aligned with the source within its block's lines, advancing a cursor.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from lint.documents import Document, find_directives, make_document
from lint.documents.source_map import TextBuilder, line_starts

ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
FRONT_MATTER_FIELD = re.compile(r"^(title|description)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)
BLOCK_KINDS = {
    "heading_open": "heading",
    "list_item_open": "list_item",
    "blockquote_open": "blockquote",
    "th_open": "table_cell",
    "td_open": "table_cell",
}


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


class _Aligner:
    """Finds each piece of parsed inline text in the source, in order."""

    def __init__(self, builder: TextBuilder, source: str):
        self.builder = builder
        self.source = source

    def skip(self, content: str, pos: int, limit: int) -> int:
        idx = self.source.find(content, pos, limit)
        return idx + len(content) if idx >= 0 else pos

    def emit(self, content: str, pos: int, limit: int) -> int:
        source, builder = self.source, self.builder
        idx = source.find(content, pos, limit)
        if idx >= 0:
            builder.verbatim(idx, idx + len(content))
            return idx + len(content)
        i = 0
        while i < len(content):
            ch = content[i]
            p = pos
            while p < limit:
                s = source[p]
                if s == ch or (ch.isspace() and s.isspace()):
                    builder.mapped(" " if ch in "\r\n" else ch, p, p + 1)
                    pos, i = p + 1, i + 1
                    break
                if s == "\\" and p + 1 < limit and source[p + 1] == ch:
                    builder.mapped(ch, p, p + 2)
                    pos, i = p + 2, i + 1
                    break
                if s == "&":
                    m = ENTITY.match(source, p, limit)
                    if m:
                        decoded = html.unescape(m.group())
                        if decoded and content.startswith(decoded, i):
                            builder.mapped(decoded, p, m.end())
                            pos, i = m.end(), i + len(decoded)
                            break
                p += 1
            else:
                # Not found (should not happen): keep the text, pinned to the cursor.
                anchor = min(pos, max(limit - 1, 0))
                builder.mapped(ch, anchor, anchor + 1)
                i += 1
        return pos

    def newline(self, pos: int, limit: int) -> int:
        for p in range(pos, limit):
            if self.source[p] in "\r\n":
                self.builder.mapped(" ", p, p + 1)
                return p + 1
        self.builder.mapped(" ", pos, pos)
        return pos


def load(path: str, source: str) -> Document:
    builder = TextBuilder(source)
    aligner = _Aligner(builder, source)
    starts = line_starts(source)

    def offset(line: int) -> int:
        return starts[line] if line < len(starts) else len(source)

    directives = []
    links: list[tuple[int, int, str]] = []
    kinds: list[str] = []
    cursor = 0
    tokens = _parser().parse(source)
    for token in tokens:
        if token.type == "front_matter":
            _front_matter(builder, source, token, offset)
            continue
        if token.type in BLOCK_KINDS:
            kinds.append(BLOCK_KINDS[token.type])
            continue
        if token.type.endswith("_close") and token.type.replace("_close", "_open") in BLOCK_KINDS:
            kinds.pop()
            continue
        if token.type == "html_block" and token.map:
            block_start = offset(token.map[0])
            directives.extend(find_directives(source[block_start:offset(token.map[1])], block_start))
            continue
        if token.type != "inline" or not token.map:
            continue
        pos, limit = max(cursor, offset(token.map[0])), offset(token.map[1])
        builder.begin(kinds[-1] if kinds else "paragraph")
        pending_alts = []
        link_is_autolink = False
        link_start, link_href = 0, ""
        for child in token.children or []:
            kind = child.type
            if kind == "text":
                if link_is_autolink:
                    pos = aligner.skip(child.content, pos, limit)
                elif child.content:
                    pos = aligner.emit(child.content, pos, limit)
            elif kind in ("softbreak", "hardbreak"):
                pos = aligner.newline(pos, limit)
            elif kind == "code_inline":
                pos = aligner.skip(child.content, pos, limit)
            elif kind == "html_inline":
                idx = source.find(child.content, pos, limit)
                if idx >= 0:
                    directives.extend(find_directives(child.content, idx))
                    pos = idx + len(child.content)
            elif kind == "link_open":
                link_is_autolink = child.markup == "autolink"
                link_start, link_href = builder.length, str(child.attrs.get("href", ""))
            elif kind == "link_close":
                link_is_autolink = False
                if link_href:
                    links.append((link_start, builder.length, link_href))
            elif kind == "image":
                alt = "".join(c.content for c in child.children or [] if c.type == "text")
                idx = source.find(alt, pos, limit) if alt else -1
                if idx >= 0:
                    pending_alts.append((alt, idx))
                    pos = idx + len(alt)
        for alt, idx in pending_alts:
            builder.begin("alt_text")
            aligner.emit(alt, idx, limit)
        builder.end()
        cursor = pos
    return make_document(path, source, builder, directives, "markdown", links)


def _front_matter(builder: TextBuilder, source: str, token, offset) -> None:
    if not token.map:
        return
    start, end = offset(token.map[0]), offset(token.map[1])
    for match in FRONT_MATTER_FIELD.finditer(source, start, end):
        value_start, value_end = match.span(2)
        value = match.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value_start, value_end = value_start + 1, value_end - 1
        if value_end > value_start:
            builder.begin(match.group(1))
            builder.verbatim(value_start, value_end)
            builder.end()
