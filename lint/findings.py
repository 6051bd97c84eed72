"""Findings: what a check reports, and where it sits in the source file.

Checks create findings with ``span`` in *document text* offsets (the prose
the checks read). The engine resolves each into a ``Location`` in the source
file and computes the fingerprint; checks never do line or column maths.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache

from lint.rules import Applicability, Rule, Severity


@dataclass(frozen=True)
class Edit:
    """Replace ``span`` (document text offsets until located, then source
    offsets) with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE
    title: str = ""

    @classmethod
    def replace(cls, start: int, end: int, replacement: str,
                applicability: Applicability = Applicability.SAFE, title: str = "") -> "Fix":
        return cls((Edit(start, end, replacement),), applicability, title)


@dataclass(frozen=True)
class Location:
    line: int
    column: int
    end_line: int
    end_column: int
    start_offset: int
    end_offset: int


@dataclass(frozen=True)
class Finding:
    rule: Rule
    span: tuple[int, int]
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    severity: Severity | None = None
    path: str = ""
    location: Location | None = None
    fingerprint: str = ""
    # The text the finding points at, filled in by the engine.
    text: str = ""

    @property
    def effective_severity(self) -> Severity:
        return self.severity if self.severity is not None else self.rule.severity

    @property
    def rule_id(self) -> str:
        return self.rule.id

    @property
    def category(self) -> str:
        return self.rule.category

    def with_(self, **changes) -> "Finding":
        return replace(self, **changes)

    def sort_key(self) -> tuple:
        loc = self.location
        pos = (loc.line, loc.column, loc.end_line, loc.end_column) if loc else (0, 0, 0, 0)
        return (self.path, *pos, self.rule.id, self.message)

    def to_dict(self) -> dict:
        loc = self.location
        assert loc is not None, "finding was never located"
        return {
            "path": self.path,
            "line": loc.line,
            "column": loc.column,
            "end_line": loc.end_line,
            "end_column": loc.end_column,
            "rule": self.rule.id,
            "category": self.rule.category,
            "severity": self.effective_severity.label,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "fingerprint": self.fingerprint,
        }


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


def project_path(path: str, root: str) -> str:
    """``path`` relative to the project ``root``, with forward slashes, however
    it was spelled (relative, absolute, ``./x``, from a subfolder, through a
    symbolic link): what fingerprints and baselines hold, so a baseline made
    in one folder still matches a run from another."""
    folder, name = os.path.split(os.path.abspath(path))
    real = os.path.join(_realpath(folder), name)
    try:
        relative = os.path.relpath(real, _realpath(root))
    except ValueError:  # another drive (Windows): keep it absolute
        relative = real
    return relative.replace(os.sep, "/")


# Folders resolved once per process (a run lints many files in few folders).
_realpath = lru_cache(maxsize=4096)(os.path.realpath)


def fingerprint(rule_id: str, path: str, matched: str, context: str, occurrence: int) -> str:
    """A stable id for a finding that survives edits elsewhere in the file.

    It hashes what was found and a little of its own sentence, never line
    numbers, so inserting a paragraph above leaves it unchanged; ``occurrence``
    tells apart identical findings in one file. ``path`` is the file's
    ``project_path`` (the engine passes it so), so the id does not depend on
    how the path was spelled on the command line.
    """
    key = "\x1f".join((rule_id, path, _normalise(matched), _normalise(context), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    words: int = 0
    error: str | None = None
    # Checked, but worth telling the user about (an empty file, say); each
    # message names the file.
    warnings: tuple[str, ...] = ()
    # Data that project-wide checks collect per file (see lint.checks).
    summaries: dict = field(default_factory=dict)
