"""A possessive (its, your, their, whose) opens a noun phrase: where the
next word cannot open one, the sound-alike contraction was meant; and a
contraction whose verb another verb follows ("they're is") is "there".
"there" opening a clause before "not" or a verb's -ing form is the
subject "they're"; "too" between a word that takes an infinitive and a
bare verb is "to". Our own sentences."""

import pytest

from lint.config import Config
from lint.engine import lint_text

CONTRACTION = Config(select=("grammar/contraction-confusion",))
REAL_WORD = Config(select=("spelling/real-word",))


def found(text, config=CONTRACTION):
    return [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(text, "a.md", config)]


def test_an_adjective_that_ends_its_phrase_takes_the_contraction():
    assert found("Tell the nurse if your allergic to latex.") == [
        ("grammar/contraction-confusion", 1, 19, "your allergic", ("you're allergic",),
         "\"your allergic\" should be \"you're allergic\"")]


@pytest.mark.parametrize(("text", "expected"), [
    ("If your pregnant, ask a doctor first.", "you're pregnant"),
    ("If your also allergic to eggs, say so.", "you're also"),
    ("Anyone whose at risk should be tested.", "who's at"),
    ("Their unable to walk far without help.", "They're unable"),
    ("Their still unable to walk far.", "They're still"),
    ("Its important for children to sleep.", "It's important"),
    ("They're is a small risk of bleeding.", "There is"),
    ("They're may be a benefit for some people.", "There may"),
])
def test_possessive_where_no_noun_phrase_can_follow(text, expected):
    assert [f[4] for f in found(text)] == [(expected,)]


@pytest.mark.parametrize("text", [
    "Your doctor will check your blood pressure.",
    "Treat your dry, itchy skin with a cream.",
    "Less than their more expensive, brand-name versions.",
    "The gland works to its fullest.",
    "Do your best, and rest on your own.",
    "Ask about your in-laws and their medical history.",
    "People whose parents had it are at risk.",
    "Your very own plan helps.",
    "They're tired, and there is no cure.",
    "Their in vitro results were strong.",
    "Its as yet unknown cause worries doctors.",
])
def test_possessive_before_a_noun_phrase_is_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "column"), [
    ("The pills help, but there not as safe as hoped.", 21),
    ("It helps because there checking the blood daily.", 18),
])
def test_there_opening_a_clause_before_not_or_ing_is_theyre(text, column):
    assert [f[2:5] for f in found(text, REAL_WORD)] == [(column, "there", ("they're",))]


@pytest.mark.parametrize("text", [
    "If there being no cure worries you, ask.",
    "And there, working with nurses, she learned a lot.",
    "Is there not a safer drug?",
    "We saw that there not only were fewer falls but less pain.",
])
def test_there_as_place_or_existential_is_left_alone(text):
    assert found(text, REAL_WORD) == []


@pytest.mark.parametrize("text", [
    "It can be hard too find the right dose.",
    "Some people need too rest after each meal.",
])
def test_too_between_an_infinitive_taker_and_a_bare_verb_is_to(text):
    assert [f[3:5] for f in found(text, REAL_WORD)] == [("too", ("to",))]


@pytest.mark.parametrize("text", [
    "Patients often want too much from one visit.",
    "You may have too many pills to track.",
    "I need help too, please.",
    "It is too hard to find.",
])
def test_too_before_an_adjective_or_adverb_is_left_alone(text):
    assert found(text, REAL_WORD) == []
