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
FRONT_MATTER_FIELD = re.compile(r"^(title|description)[ \t]*:[ \t]*(.*?)[ \t\r]*$", re.M)
BLOCK_KINDS = {
    "heading_open": "heading",
    "list_item_open": "list_item",
    "blockquote_open": "blockquote",
    "th_open": "table_cell",
    "td_open": "table_cell",
}


# markdown-it drops, silently, every block nested deeper than ``maxNesting``
# open tokens. The CommonMark preset's 20 loses the text of a list nested 10
# deep; 200 (100 nested lists, 200 quote levels) keeps every real article
# whole and stays well inside Python's recursion limit (the block parser
# recurses once per container). Past the limit markdown-it skips the rest of
# the enclosing block (for a list, the rest of the file): a warning, not silence.
MAX_NESTING = 200
CONTAINERS = frozenset({"blockquote_open", "bullet_list_open", "ordered_list_open", "list_item_open"})


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    # text_join would merge escapes and entities into the plain text around
    # them, which then no longer matches the source character for character.
    parser = MarkdownIt("commonmark").enable("table").disable("text_join").use(front_matter_plugin)
    parser.options["maxNesting"] = MAX_NESTING
    return parser


def _too_deep(tokens) -> bool:
    """True when the parser hit its nesting limit and skipped content."""
    return any(t.type in CONTAINERS and t.level >= MAX_NESTING - 1 for t in tokens)


class _Aligner:
    """Finds each piece of parsed inline text in the source, in order."""

    def __init__(self, builder: TextBuilder, source: str):
        self.builder = builder
        self.source = source

    def skip(self, content: str, pos: int, limit: int) -> int:
        idx = self.source.find(content, pos, limit)
        return idx + len(content) if idx >= 0 else pos

    def skip_code(self, markup: str, content: str, pos: int, limit: int) -> int:
        """Step over an inline code span by its backtick fences: its content
        cannot be searched for, as line ends inside it become spaces."""
        opening = self._fence(markup, pos, limit)
        closing = self._fence(markup, opening + len(markup), limit) if opening >= 0 else -1
        if closing < 0:
            return self.skip(content, pos, limit)
        return closing + len(markup)

    def _fence(self, markup: str, pos: int, limit: int) -> int:
        """The next run of exactly ``markup`` (not part of a longer run)."""
        source = self.source
        idx = source.find(markup, pos, limit)
        while idx >= 0:
            end = idx + len(markup)
            # A backtick before ``pos`` was consumed already (an escape "\`").
            if (idx == pos or source[idx - 1] != "`") and (end >= len(source) or source[end] != "`"):
                return idx
            while end < limit and source[end] == "`":
                end += 1
            idx = source.find(markup, end, limit)
        return -1

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
                # markdown-it turns "\r\n" and "\r" into "\n" and NUL into
                # U+FFFD; any other difference is markup to step over. (Any
                # whitespace matching any other let a no-break space in the
                # text pin itself to an ordinary space earlier in the source.)
                if s == ch or (ch == "\n" and s == "\r") or (ch == "\ufffd" and s == "\x00"):
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
    emphasis: list[tuple[int, int, str]] = []
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
        alts: list[_Recorder] = []
        pos = _inline(token.children or [], pos, limit, aligner, directives, alts, links, emphasis)
        for alt in alts:
            builder.begin("alt_text")
            alt.replay(builder)
        builder.end()
        cursor = pos
    document = make_document(path, source, builder, directives, "markdown", links, emphasis)
    if _too_deep(tokens):
        document.warnings.append(
            f"{path}: lists or block quotes nested too deeply (over {MAX_NESTING} parser levels); "
            "some text from there on is not checked")
    return document


class _Recorder:
    """Stands in for the builder while an image's alt text is aligned: alt
    text is linted as a segment of its own, after its paragraph."""

    def __init__(self):
        self.calls: list[tuple[str, tuple]] = []

    def verbatim(self, *args) -> None:
        self.calls.append(("verbatim", args))

    def mapped(self, *args) -> None:
        self.calls.append(("mapped", args))

    def replay(self, builder: TextBuilder) -> None:
        for name, args in self.calls:
            getattr(builder, name)(*args)


def _inline(children, pos: int, limit: int, aligner: _Aligner, directives: list, alts: list,
            links: list, emphasis: list | None = None) -> int:
    """Emit one inline token's children, aligned with the source; return the
    source position reached. Link targets go to ``links`` as (start, end, url),
    italic spans to ``emphasis`` as (start, end, "em")."""
    source = aligner.source
    link_is_autolink = False
    link_start, link_href = 0, ""
    em_starts: list[int] = []
    for child in children:
        kind = child.type
        if kind == "text":
            if link_is_autolink:
                pos = aligner.skip(child.content, pos, limit)
            elif child.content:
                pos = aligner.emit(child.content, pos, limit)
        elif kind == "text_special":
            # An escape ("\*") or entity ("&eacute;"), kept apart from plain
            # text (text_join is off) so it maps to exactly its source form.
            idx = source.find(child.markup, pos, limit) if child.markup else -1
            if idx < 0:
                pos = aligner.emit(child.content, pos, limit)
            elif link_is_autolink:
                pos = idx + len(child.markup)
            elif child.content == child.markup:  # a backslash before a letter is just text
                aligner.builder.verbatim(idx, idx + len(child.markup))
                pos = idx + len(child.markup)
            else:
                aligner.builder.mapped(child.content.replace("\xa0", " "), idx, idx + len(child.markup))
                pos = idx + len(child.markup)
        elif kind in ("softbreak", "hardbreak"):
            pos = aligner.newline(pos, limit)
        elif kind == "code_inline":
            pos = aligner.skip_code(child.markup, child.content, pos, limit)
        elif kind == "html_inline":
            idx = source.find(child.content, pos, limit)
            if idx >= 0:
                directives.extend(find_directives(child.content, idx))
                pos = idx + len(child.content)
        elif kind == "em_open" and isinstance(aligner.builder, TextBuilder):
            em_starts.append(aligner.builder.length)
        elif kind == "em_close" and em_starts and isinstance(aligner.builder, TextBuilder):
            start = em_starts.pop()
            if emphasis is not None and aligner.builder.length > start:
                emphasis.append((start, aligner.builder.length, "em"))
        elif kind == "link_open":
            link_is_autolink = child.markup == "autolink"
            if isinstance(aligner.builder, TextBuilder):
                link_start, link_href = aligner.builder.length, str(child.attrs.get("href", ""))
        elif kind == "link_close":
            link_is_autolink = False
            if link_href and isinstance(aligner.builder, TextBuilder):
                links.append((link_start, aligner.builder.length, link_href))
            link_href = ""
        elif kind == "image":
            recorder, builder = _Recorder(), aligner.builder
            aligner.builder = recorder
            try:
                pos = _inline(child.children or [], pos, limit, aligner, directives, alts, links, None)
            finally:
                aligner.builder = builder
            if recorder.calls:
                alts.append(recorder)
    return pos


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
