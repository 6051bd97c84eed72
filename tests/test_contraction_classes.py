"""grammar/contraction-confusion beyond its word lists: a contraction before
a noun that is nothing else, and a possessive before an article (our own
sentences)."""

import pytest

from lint.config import Config
from lint.engine import lint_text

GRAMMAR = Config(select=("grammar/contraction-confusion",))


def found(text):
    return [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(text, "a.md", GRAMMAR)]


def test_contraction_before_a_noun_is_the_possessive():
    assert found("If you're insurance will not pay, ask the clinic.") == [
        ("grammar/contraction-confusion", 1, 4, "you're insurance", ("your insurance",),
         "\"you're insurance\" should be \"your insurance\"")]


@pytest.mark.parametrize(("text", "expected"), [
    ("See a doctor if your a contact lens wearer.", ("your a", ("you're a",))),
    ("Their the first to know.", ("Their the", ("They're the",))),
    ("Whose the doctor on call tonight?", ("Whose the", ("Who's the",))),
])
def test_possessive_before_an_article_is_the_contraction(text, expected):
    assert [f[3:5] for f in found(text)] == [expected]


@pytest.mark.parametrize("text", [
    "It's time to go home.",
    "You're home now.",
    "They're doctors at the clinic.",
    "It's injury-free.",
    "Is there a cure?",
    "Your A&E department can help.",
    "Whose turn is it?",
])
def test_correct_text_is_quiet(text):
    assert found(text) == []


def test_an_acronym_is_no_pronoun():
    assert found("WHO's goal is to end the epidemic. WHO's guidance changed.") == []


def test_a_noun_that_is_a_verb_too_still_settles_it():
    assert [f[3:5] for f in found("Rest you're shoulder for a week.")] == [("you're shoulder", ("your shoulder",))]


@pytest.mark.parametrize("text", [
    "You're sleep-deprived and tired.",
    "You're going to feel better soon.",
    "You're welcome to bring a friend.",
])
def test_adjectives_verbs_and_compounds_are_left_alone(text):
    assert found(text) == []
