"""Every rule documents itself, and its examples are run, as prh runs specs."""

from __future__ import annotations

import pytest

from lint.checks import all_rules
from lint.config import Config
from lint.engine import lint_text

RULES = all_rules()
EXAMPLE_RULES = [r for r in RULES if not r.examples_need_article]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_documented(rule):
    assert rule.summary and not rule.summary.endswith(".")
    for section in ("What it does:", "Why it matters:"):
        assert section in rule.explanation, f"{rule.id} explanation lacks {section!r}"
    assert rule.bad, f"{rule.id} has no bad example"
    assert rule.good, f"{rule.id} has no good example"


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in EXAMPLE_RULES for e in r.bad],
    ids=lambda v: v.id if hasattr(v, "id") else v[:40],
)
def test_bad_example_is_reported(rule, example):
    found = lint_text(example, "example.md", Config(select=(rule.id,)))
    assert [f.rule.id for f in found if f.rule.id == rule.id], f"{rule.id} missed its own bad example"


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in EXAMPLE_RULES for e in r.good],
    ids=lambda v: v.id if hasattr(v, "id") else v[:40],
)
def test_good_example_is_not_reported(rule, example):
    found = lint_text(example, "example.md", Config(select=(rule.id,)))
    assert not [f for f in found if f.rule.id == rule.id], [f.message for f in found]


def test_rule_ids_are_unique_and_well_formed():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert all(i.count("/") == 1 and i == i.lower() for i in ids)
