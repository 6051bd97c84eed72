"""HTML via the standard library's tokenizer, which reports source positions.

Skipped: script, style, noscript, code, pre, template (and svg, math).
A site's menu (``<nav>`` or ``role="navigation"``) is kept as segments of
kind "navigation", which the prose zones mark as page furniture.
Entities are decoded and map back to their whole source span. Block elements
start a new segment, so a heading never runs into the next paragraph. Image
``alt`` text is linted as a segment of its own. Comments are read for
suppression directives only.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from lint.documents import Document, find_directives, make_document
from lint.documents.source_map import TextBuilder

SKIPPED = frozenset({"script", "style", "noscript", "code", "pre", "template", "svg", "math", "head", "title"})
BLOCKS = {
    **{f"h{i}": "heading" for i in range(1, 7)},
    "li": "list_item", "td": "table_cell", "th": "table_cell", "blockquote": "blockquote",
    "caption": "paragraph", "figcaption": "paragraph", "dt": "paragraph", "dd": "paragraph",
    "p": "paragraph", "div": "paragraph", "section": "paragraph", "article": "paragraph",
    "header": "paragraph", "footer": "paragraph", "main": "paragraph", "aside": "paragraph",
    "nav": "navigation", "ul": "paragraph", "ol": "paragraph", "table": "paragraph",
    "tr": "paragraph", "body": "paragraph", "html": "paragraph", "form": "paragraph",
    "br": "paragraph", "hr": "paragraph", "details": "paragraph", "summary": "paragraph",
    "address": "paragraph", "fieldset": "paragraph", "legend": "paragraph", "dl": "paragraph",
}
# Inline tags whose text is set apart, often a title of a work.
EMPHASIS = {"i": "em", "em": "em", "cite": "cite"}
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
ALT_ATTRIBUTE = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


class _Loader(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.builder = TextBuilder(source)
        # HTMLParser.getpos() counts only "\n" as a line break, so a lone
        # "\r" (old Mac line ends) must not start a line here.
        self.starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.directives = []
        self.skip_depth = 0
        self.skip_stack: list[str] = []
        self.kinds = ["paragraph"]
        self.pending_alts: list[tuple[int, int]] = []
        self.open = False
        # Open italic or citation tags (tag, text offset), and the closed spans.
        self.emphasis_open: list[tuple[str, int]] = []
        self.emphasis: list[tuple[int, int, str]] = []

    def parse_marked_section(self, i, report=1):
        # Python < 3.13 raises AssertionError on "<![" not followed by a known
        # keyword (CDATA, if, ...); browsers read it as a bogus comment.
        position = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            # It may have moved the position before raising: put it back.
            self.lineno, self.offset = position
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def _break(self, kind: str | None = None) -> None:
        self.builder.end()
        self.open = False
        for start, end in self.pending_alts:
            self.builder.begin("alt_text")
            self._emit_raw(start, end)
            self.builder.end()
        self.pending_alts = []
        if kind:
            self.kinds.append(kind)

    def _ensure_open(self) -> None:
        if not self.open:
            # A site's menu is navigation down to its last list item.
            self.builder.begin("navigation" if "navigation" in self.kinds else self.kinds[-1])
            self.open = True

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            if tag not in VOID:
                self.skip_stack.append(tag)
            return
        if self.skip_stack:
            return
        if tag in EMPHASIS:
            self.emphasis_open.append((tag, self.builder.length))
        if tag in BLOCKS:
            kind = "navigation" if dict(attrs).get("role") == "navigation" else BLOCKS[tag]
            self._break(None if tag in VOID else kind)
        if tag in ("img", "area") or (tag == "input" and dict(attrs).get("type") == "image"):
            self._queue_alt()

    def handle_startendtag(self, tag, attrs):
        if self.skip_stack or tag in SKIPPED:
            return
        if tag in BLOCKS:
            self._break()
        if tag in ("img", "area"):
            self._queue_alt()

    def _queue_alt(self) -> None:
        raw = self.get_starttag_text() or ""
        match = ALT_ATTRIBUTE.search(raw)
        if not match:
            return
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)
        start = self._offset() + match.start(group)
        end = self._offset() + match.end(group)
        if end > start:
            self.pending_alts.append((start, end))

    def handle_endtag(self, tag):
        if self.skip_stack:
            if tag == self.skip_stack[-1]:
                self.skip_stack.pop()
            elif tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in EMPHASIS and self.emphasis_open and self.emphasis_open[-1][0] == tag:
            _, start = self.emphasis_open.pop()
            if self.builder.length > start:
                self.emphasis.append((start, self.builder.length, EMPHASIS[tag]))
        if tag in BLOCKS and tag not in VOID:
            self._break()
            # Pop the innermost matching block kind (tolerates bad nesting).
            if len(self.kinds) > 1:
                self.kinds.pop()

    def _emit_raw(self, start: int, end: int) -> None:
        # Attribute values may hold entities too.
        text = self.source[start:end]
        pos = start
        for match in re.finditer(r"&[#A-Za-z0-9]+;?", text):
            self.builder.verbatim(pos, start + match.start())
            decoded = html.unescape(match.group()).replace("\xa0", " ")  # as in text, below
            self.builder.mapped(decoded, start + match.start(), start + match.end())
            pos = start + match.end()
        self.builder.verbatim(pos, end)

    def handle_data(self, data):
        if self.skip_stack or not data:
            return
        start = self._offset()
        end = min(start + len(data), len(self.source))  # never the "\n" load() adds
        if end <= start or (not data.strip() and not self.open):
            return
        self._ensure_open()
        self.builder.verbatim(start, end)

    def _reference(self, length_hint: str):
        if self.skip_stack:
            return
        start = self._offset()
        end = start + len(length_hint)
        if end < len(self.source) and self.source[end] == ";":
            end += 1
        decoded = html.unescape(self.source[start:end])
        if decoded == self.source[start:end]:
            decoded = self.source[start:end]
        self._ensure_open()
        # A non-breaking space reads as a space.
        self.builder.mapped(decoded.replace("\xa0", " "), start, end)

    def handle_entityref(self, name):
        self._reference("&" + name)

    def handle_charref(self, name):
        self._reference("&#" + name)

    def handle_comment(self, data):
        start = self._offset() + 4  # after "<!--"
        self.directives.extend(find_directives(data, start))


def load(path: str, source: str) -> Document:
    loader = _Loader(source)
    # A trailing newline lets html.parser finish a reference at the very end
    # ("Q&A"): without one it silently drops the "&".
    loader.feed(source + "\n")
    loader.close()
    loader._break()
    return make_document(path, source, loader.builder, loader.directives, "html",
                         emphasis=sorted(loader.emphasis))
