"""The sample articles: every planted problem is found, and nothing else is.

Expectations live in ``tests/article_expectations.yaml``. Only registered rules
are checked, so the file can list problems for checks still being written. A
planted problem the tool cannot find yet carries ``known_miss: <why>``; it is
reported as a known gap, and the test fails once it is found, so the gap is
closed in the expectations too. A finding on correct text that the tool still
raises carries ``known_false_alarm: <why>``: it is not counted as unplanned,
and the test fails once it is no longer raised, so the list of the tool's
known false alarms stays true and visible.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from lint.checks import all_rules
from lint.engine import Linter

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
EXPECTATIONS = yaml.safe_load((Path(__file__).parent / "article_expectations.yaml").read_text("utf-8"))


def _registered() -> set[str]:
    return {rule.id for rule in all_rules()}


def _expected_range(lines: list[str], item: dict) -> tuple[tuple[int, int], tuple[int, int]]:
    """(line, column) start and end of the expected text, 1-based, end exclusive."""
    source_line = lines[item["line"] - 1]
    column = source_line.find(item["text"])
    assert column >= 0, f"{item['text']!r} is not on line {item['line']}: {source_line!r}"
    return (item["line"], column + 1), (item["line"], column + 1 + len(item["text"]))


def _finding_range(finding) -> tuple[tuple[int, int], tuple[int, int]]:
    loc = finding.location
    return (loc.line, loc.column), (loc.end_line, loc.end_column)


def _overlaps(a, b) -> bool:
    """Same place: the ranges overlap, or they start on the same line (a rule
    may highlight a name where the expectation quotes the whole phrase)."""
    return (a[0] < b[1] and b[0] < a[1]) or a[0][0] == b[0][0]


def _describe(finding) -> str:
    loc = finding.location
    return f"{loc.line}:{loc.column} {finding.rule.id} {finding.message}"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def test_every_article_has_expectations():
    on_disk = sorted(p.name for p in ARTICLES.iterdir() if p.is_file())
    assert on_disk == sorted(EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_planted_problems_are_found(name, linter):
    registered = _registered()
    wanted = [item for item in EXPECTATIONS[name] if item["rule"] in registered]
    if not wanted:
        pytest.skip(f"no planted problem of a registered rule in {name}")
    path = ARTICLES / name
    lines = path.read_text("utf-8").splitlines()
    findings = linter.lint_file(str(path)).findings
    def found(item) -> bool:
        return any(f.rule.id == item["rule"] and _overlaps(_finding_range(f), _expected_range(lines, item))
                   for f in findings)

    def describe(item) -> str:
        return f"line {item['line']} {item['rule']}: {item['text']!r}"

    planted = [item for item in wanted if "known_false_alarm" not in item]
    missed = [describe(item) for item in planted if "known_miss" not in item and not found(item)]
    closed = [describe(item) for item in planted if "known_miss" in item and found(item)]
    quieted = [describe(item) for item in wanted if "known_false_alarm" in item and not found(item)]
    assert not missed, f"{name}: planted problems not found:\n" + "\n".join(missed)
    assert not closed, f"{name}: known misses now found; remove their known_miss:\n" + "\n".join(closed)
    assert not quieted, f"{name}: known false alarms no longer raised; remove them:\n" + "\n".join(quieted)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_no_unplanned_findings(name, linter):
    registered = _registered()
    path = ARTICLES / name
    lines = path.read_text("utf-8").splitlines()
    planted = [(item["rule"], _expected_range(lines, item)) for item in EXPECTATIONS[name]]
    unexpected = [
        _describe(f)
        for f in linter.lint_file(str(path)).findings
        if f.rule.id in registered
        and not any(rule == f.rule.id and _overlaps(_finding_range(f), where) for rule, where in planted)
    ]
    assert not unexpected, f"{name}: findings nobody planted:\n" + "\n".join(unexpected)
