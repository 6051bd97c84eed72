"""Inline suppression directives and the unused-suppression rule."""

from lint.config import Config
from lint.engine import lint_text

ONLY = Config(select=("grammar/repeated-word", "style/unused-suppression"))


def found(text, name="a.md"):
    return [(f.rule.id, f.location.line, f.location.column) for f in lint_text(text, name, ONLY)]


def test_disable_next_line():
    text = "<!-- healthlint-disable-next-line grammar/repeated-word -->\nTake the the pills.\nRest and and sleep.\n"
    assert found(text) == [("grammar/repeated-word", 3, 6)]


def test_disable_region_until_enable_by_category():
    text = (
        "Take the the pills.\n\n<!-- healthlint-disable grammar -->\n\nRest and and sleep.\n\n"
        "<!-- healthlint-enable -->\n\nEat well well.\n"
    )
    assert found(text) == [("grammar/repeated-word", 1, 6), ("grammar/repeated-word", 9, 5)]


def test_unused_directive_is_reported_at_the_directive():
    text = "Fine text.\n\n<!-- healthlint-disable-next-line claims -->\nNothing to see.\n"
    assert found(text) == [("style/unused-suppression", 3, 6)]
    [finding] = lint_text(text, "a.md", ONLY)
    assert finding.message == "Unused suppression: `healthlint-disable-next-line` for claims silenced no finding"


def test_html_comments_suppress_too():
    html = "<p><!-- healthlint-disable-next-line -->\nTake the the pills.</p>"
    assert found(html, "a.html") == []
