"""Applying fixes: ``check --fix`` writes them, ``check --diff`` shows them.

Only safe fixes apply unless unsafe ones are asked for, as in ruff. Edits
arrive in source offsets; overlapping ones are skipped (the next run applies
them). A file is rewritten atomically - a temporary file in the same folder,
flushed and synced, then renamed over the original - in its own encoding
(UTF-8, UTF-8 with BOM, UTF-16 with BOM), so every byte the fixes do not
touch, line ends included, stays as it was. If the file changed since it
was linted, it is left alone.
"""

from __future__ import annotations

import codecs
import difflib
import os
import tempfile
from dataclasses import dataclass

from lint.findings import Edit, Finding
from lint.rules import Applicability


class FixError(Exception):
    pass


@dataclass(frozen=True)
class FixedFile:
    path: str
    original: str
    fixed: str
    applied: int


def _encoding(data: bytes) -> tuple[str, bytes]:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", codecs.BOM_UTF8
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", codecs.BOM_UTF16_LE
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", codecs.BOM_UTF16_BE
    return "utf-8", b""


def select_edits(findings: list[Finding], unsafe: bool) -> list[Edit]:
    """Non-overlapping edits of the fixes allowed, in source order."""
    wanted = [Applicability.SAFE, Applicability.UNSAFE] if unsafe else [Applicability.SAFE]
    edits = sorted(
        (edit for f in findings if f.fix and f.fix.applicability in wanted for edit in f.fix.edits),
        key=lambda e: (e.start, e.end),
    )
    chosen: list[Edit] = []
    for edit in edits:
        if chosen and edit.start < chosen[-1].end:
            continue
        chosen.append(edit)
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    for edit in reversed(edits):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def fix_file(path: str, findings: list[Finding], unsafe: bool) -> FixedFile | None:
    edits = select_edits(findings, unsafe)
    if not edits:
        return None
    with open(path, "rb") as fh:
        data = fh.read()
    encoding, bom = _encoding(data)
    original = data[len(bom):].decode(encoding)
    if any(f.location and original[f.location.start_offset:f.location.end_offset] != f.text for f in findings):
        raise FixError(f"{path}: file changed since it was checked; not fixed")
    return FixedFile(path, original, apply_edits(original, edits), len(edits))


def write_atomically(fixed: FixedFile) -> None:
    with open(fixed.path, "rb") as fh:
        encoding, bom = _encoding(fh.read(4))
    folder = os.path.dirname(os.path.abspath(fixed.path))
    mode = os.stat(fixed.path).st_mode
    handle, temporary = tempfile.mkstemp(prefix=".healthlint-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(bom + fixed.fixed.encode(encoding))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode & 0o7777)
        os.replace(temporary, fixed.path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def unified_diff(fixed: FixedFile) -> str:
    return "".join(difflib.unified_diff(
        fixed.original.splitlines(keepends=True), fixed.fixed.splitlines(keepends=True),
        fromfile=f"a/{fixed.path}", tofile=f"b/{fixed.path}",
    ))
