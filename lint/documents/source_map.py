"""Map every character of the linted text back to the source file.

Loaders build the text piece by piece with ``TextBuilder``; each character
records the half-open range of source characters it came from (one
character for verbatim prose, several for an entity such as ``&amp;``).
Columns are counted in Unicode code points, 1-based, as editors show them.
"""

from __future__ import annotations

import bisect
import re
from array import array

from lint.findings import Location


class SourceMap:
    def __init__(self, source: str, starts: array, ends: array):
        self.source = source
        self._starts = starts
        self._ends = ends
        self._line_starts = line_starts(source)

    def __len__(self) -> int:
        return len(self._starts)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of the text span [start, end)."""
        n = len(self._starts)
        if n == 0:
            return (0, 0)
        start = min(max(start, 0), n - 1)
        end = min(max(end, start + 1), n)
        src_start = self._starts[start]
        src_end = self._ends[end - 1]
        if src_end < src_start:
            src_end = src_start
        return (src_start, src_end)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a source offset."""
        line_index = bisect.bisect_right(self._line_starts, offset) - 1
        return line_index + 1, offset - self._line_starts[line_index] + 1

    def locate(self, start: int, end: int) -> Location:
        src_start, src_end = self.source_span(start, end)
        line, column = self.position(src_start)
        end_line, end_column = self.position(src_end)
        return Location(line, column, end_line, end_column, src_start, src_end)

    def keeping(self, kept: list[int]) -> "SourceMap":
        """The map of a text that keeps only the characters at ``kept``."""
        return SourceMap(self.source, array("q", (self._starts[i] for i in kept)),
                         array("q", (self._ends[i] for i in kept)))

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

    def offset_of_line(self, line: int) -> int:
        return self._line_starts[line - 1]


def line_starts(source: str) -> list[int]:
    """Offsets where lines begin; CRLF, CR and LF all end a line."""
    return [0, *(match.end() for match in LINE_BREAK.finditer(source))]


LINE_BREAK = re.compile(r"\r\n|\r|\n")


class TextBuilder:
    """Accumulates linted text and its source map, segment by segment."""

    SEPARATOR = "\n\n"

    def __init__(self, source: str):
        self.source = source
        self._parts: list[str] = []
        self._starts = array("q")
        self._ends = array("q")
        self._length = 0
        self.segments: list[tuple[int, int, str]] = []
        self._segment_start: int | None = None
        self._segment_kind = ""

    @property
    def length(self) -> int:
        """Characters of prose emitted so far: the text offset of what comes next."""
        return self._length

    # -- segments -------------------------------------------------------
    def begin(self, kind: str) -> None:
        if self._segment_start is not None:
            self.end()
        if self.segments or self._length:
            self._append_separator()
        self._segment_start = self._length
        self._segment_kind = kind

    def rename(self, kind: str) -> None:
        """Give the open segment another kind, once what follows it tells
        (a plain-text heading is known by the underline after it)."""
        if self._segment_start is not None:
            self._segment_kind = kind

    def end(self) -> None:
        if self._segment_start is None:
            return
        start, kind = self._segment_start, self._segment_kind
        self._segment_start = None
        # Drop trailing whitespace from the segment so sentences end cleanly.
        if self._length == start:
            self._retract_separator(start)
            return
        self.segments.append((start, self._length, kind))

    def _append_separator(self) -> None:
        anchor = self._ends[-1] if self._length else 0
        for ch in self.SEPARATOR:
            self._push(ch, anchor, anchor)

    def _retract_separator(self, start: int) -> None:
        # An empty segment leaves no trace: remove the separator it added.
        cut = len(self.SEPARATOR) if self.segments else 0
        if cut and start >= cut:
            text = "".join(self._parts)[: start - cut]
            self._parts = [text]
            del self._starts[start - cut:]
            del self._ends[start - cut:]
            self._length = start - cut

    # -- characters -----------------------------------------------------
    def _push(self, ch: str, src_start: int, src_end: int) -> None:
        self._parts.append(ch)
        self._starts.append(src_start)
        self._ends.append(src_end)
        self._length += 1

    def verbatim(self, src_start: int, src_end: int, *, fold_newlines: bool = True) -> None:
        """Copy source[src_start:src_end]; line breaks become spaces so a
        hard-wrapped sentence reads as one."""
        chunk = self.source[src_start:src_end]
        if fold_newlines:
            chunk = chunk.replace("\r", " ").replace("\n", " ")
        self._parts.append(chunk)
        # numpy fills the offset arrays in C; a Python range was half the
        # cost of loading a document. (Imported here: numpy comes with
        # spaCy on the linting path, but a fully cached run never needs it.)
        import numpy

        offsets = numpy.arange(src_start, src_end + 1, dtype=numpy.int64)
        self._starts.frombytes(offsets[:-1].tobytes())
        self._ends.frombytes(offsets[1:].tobytes())
        self._length += len(chunk)

    def mapped(self, text: str, src_start: int, src_end: int) -> None:
        """Text that stands for a source range (a decoded entity, a break)."""
        for ch in text:
            self._push(ch, src_start, src_end)

    def last_char(self) -> str:
        return self._parts[-1][-1] if self._length else ""

    def build(self) -> tuple[str, SourceMap, list[tuple[int, int, str]]]:
        self.end()
        text = "".join(self._parts)
        return text, SourceMap(self.source, self._starts, self._ends), list(self.segments)
