"""spelling/real-word: a contraction before a noun that belongs to the
possessive, and a possessive before an article (our own sentences)."""

import pytest

from lint.config import Config
from lint.engine import lint_text

REAL_WORD = Config(select=("spelling/real-word",))


def found(text):
    return [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(text, "a.md", REAL_WORD)]


def test_contraction_before_a_noun_is_the_possessive():
    assert found("If you're insurance will not pay, ask the clinic.") == [
        ("spelling/real-word", 1, 4, "you're", ("your",),
         "\"you're\" is probably \"your\" here (a noun follows, which belongs to the possessive)")]


@pytest.mark.parametrize(("text", "expected"), [
    ("See a doctor if your a contact lens wearer.", ("your", ("you're",))),
    ("Their the first to know.", ("Their", ("They're",))),
    ("Whose the doctor on call tonight?", ("Whose", ("Who's",))),
    ("Rest you're shoulder for a week.", ("you're", ("your",))),
])
def test_possessive_and_contraction_swapped(text, expected):
    assert [f[3:5] for f in found(text)] == [expected]


@pytest.mark.parametrize("text", [
    "It's time to go home.",
    "You're home now.",
    "They're doctors at the clinic.",
    "It's injury-free.",
    "Is there a cure?",
    "Your A&E department can help.",
    "Whose turn is it?",
    "You're sleep-deprived and tired.",
    "You're going to feel better soon.",
    "You're welcome to bring a friend.",
    "WHO's goal is to end the epidemic. WHO's guidance changed.",
])
def test_correct_text_is_quiet(text):
    assert found(text) == []
