"""Rules: stable ids, default severities, documentation, and selection.

A rule is a value object. Check modules in ``lint.checks`` declare their rules
in a module-level ``RULES`` tuple; the registry collects them. Rule ids are
``category/kebab-name`` and are never reused for another meaning.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Iterable


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (allowed: error, warning, info)") from None


class Applicability(enum.Enum):
    """How far a fix can be trusted, as in ruff: safe fixes apply with --fix."""

    SAFE = "safe"
    UNSAFE = "unsafe"


CATEGORIES = ("spelling", "grammar", "terminology", "claims", "style")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    explanation: str
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    fix: Applicability | None = None
    # Article-level rules report once per file (no-sources, missing-harms).
    scope: str = "span"
    # Examples of a rule that needs a whole article (or several) to fire are
    # run by its own tests rather than the generic example runner.
    examples_need_article: bool = False
    aliases: tuple[str, ...] = field(default=())
    # A preview rule (as in ruff) has not reached its precision on real text:
    # it is off unless preview mode is on or its exact id is selected. The
    # value says why it is in preview and what would bring it back.
    preview: str = ""
    # A general rule that gives way to a sharper one: its finding is dropped
    # where another rule's finding covers any of the same characters (a
    # dropped word that grammar/verb-form or grammar/missing-verb explains).
    gives_way: bool = False

    def __post_init__(self) -> None:
        category, _, name = self.id.partition("/")
        if category not in CATEGORIES or not name or name != name.lower() or " " in name:
            raise ValueError(f"bad rule id {self.id!r}: want category/kebab-name")

    @property
    def is_preview(self) -> bool:
        return bool(self.preview)

    @property
    def category(self) -> str:
        return self.id.partition("/")[0]

    @property
    def name(self) -> str:
        return self.id.partition("/")[2]


def matches(rule_id: str, selector: str) -> bool:
    """A selector is a full rule id, a bare rule name, a category, or ALL."""
    selector = selector.strip().rstrip("/")
    if selector.upper() == "ALL":
        return True
    if selector == rule_id:
        return True
    category, _, name = rule_id.partition("/")
    return selector in (category, name)


@dataclass(frozen=True)
class RuleSelection:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    preview: bool = False

    def enabled(self, rule_id: str, is_preview: bool = False) -> bool:
        if not any(matches(rule_id, s) for s in self.select):
            return False
        if any(matches(rule_id, s) for s in self.ignore):
            return False
        # A preview rule needs preview mode, or to be asked for by its full id
        # (selecting a category or ALL never switches one on by accident).
        return not is_preview or self.preview or rule_id in (s.strip().rstrip("/") for s in self.select)

    def filter(self, rules: Iterable[Rule]) -> list[Rule]:
        return [r for r in rules if self.enabled(r.id, r.is_preview)]


def unknown_selectors(selectors: Iterable[str], rules: Iterable[Rule]) -> list[str]:
    ids = [r.id for r in rules]
    return [s for s in selectors if s.rstrip("/") not in CATEGORIES and not any(matches(i, s) for i in ids)]
