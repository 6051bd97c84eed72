"""Check families. Each module here reads a spaCy ``Doc`` and yields findings.

A check module defines:

- ``RULES``: a tuple of ``lint.rules.Rule`` it may report;
- ``check(doc, ctx) -> Iterable[Finding]``: findings for one document, with
  spans in document text offsets;
- optionally ``summarize(doc, ctx)`` (picklable data about one document) and
  ``check_project(summaries, ctx)`` for rules that compare articles.

Modules are found by walking this package, so a new family is one new file.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Callable

from lint.rules import Rule

if TYPE_CHECKING:
    from lint.config import Config
    from lint.findings import Location


@lru_cache(maxsize=1)
def modules() -> tuple[ModuleType, ...]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "RULES") and hasattr(module, "check"):
            found.append(module)
    return tuple(found)


# The registry as an earlier run of this same installation saved it (see
# lint.cache): a run whose files all come from the cache then need not
# import the check modules, and spaCy with them.
_saved_rules: tuple[Rule, ...] | None = None


def use_saved_rules(rules: tuple[Rule, ...] | None) -> None:
    global _saved_rules
    _saved_rules = rules


def all_rules() -> tuple[Rule, ...]:
    return _saved_rules if _saved_rules is not None else _registered_rules()


@lru_cache(maxsize=1)
def _registered_rules() -> tuple[Rule, ...]:
    from lint import suppress  # the unused-suppression rule lives with suppression

    rules = [rule for module in modules() for rule in module.RULES] + list(suppress.RULES)
    ids = [r.id for r in rules]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise RuntimeError(f"rule ids declared twice: {sorted(duplicates)}")
    return tuple(sorted(rules, key=lambda r: r.id))


def rule_by_id(rule_id: str) -> Rule | None:
    for rule in all_rules():
        if rule.id == rule_id or rule_id in rule.aliases:
            return rule
    return None


@dataclass
class CheckContext:
    """What a check may know beyond the document: settings, never the path."""

    config: "Config"
    enabled: Callable[[str], bool] = lambda rule_id: True
    # Resolves a document text span to its source location (used by
    # project-wide checks that must report in another process).
    locate: Callable[[int, int], "Location"] | None = None
    cache: dict = field(default_factory=dict)

    @property
    def language(self) -> str:
        return self.config.language
