"""spelling/real-word's word-class tier: a confusion-pair word in a slot
its class rules out, where its pair fits (our own sentences)."""

import pytest

from lint.checks.spelling.word_class import classes, partners
from lint.config import Config
from lint.engine import lint_text

REAL_WORD = Config(select=("spelling/real-word",))


def found(text):
    return [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(text, "a.md", REAL_WORD)]


def test_noun_after_a_subject_is_read_as_its_verb_homophone():
    assert found("When we stair at a screen for hours, our eyes dry out.") == [
        ("spelling/real-word", 1, 9, "stair", ("stare",),
         "\"stair\" is probably \"stare\" here (after \"we\" English needs a verb, which \"stare\" is and "
         "\"stair\" is not)")]


def test_instruction_opening_needs_a_verb():
    assert found("Always where gloves when you clean the bathroom.") != []
    assert found("Keep your feet dry. Always where clean socks.")[0][3:5] == ("where", ("wear",))


def test_modal_needs_a_verb():
    assert found("You should where a hat in strong sun.")[0][3:5] == ("where", ("wear",))


@pytest.mark.parametrize("text", [
    "Always wear gloves when you clean the bathroom.",
    "We stare at screens for hours each day.",
    "Stairs can be hard to climb after a hip operation.",
    "Ask where the nearest pharmacy is.",
    "We doctors see this often.",
    "You can self-refer to the clinic.",
    "Book a follow-up appointment in six weeks.",
    "The stair lift helps her reach the bedroom.",
    "Teeth can feel loose after an injury.",
])
def test_correct_text_is_quiet(text):
    assert found(text) == []


def test_word_classes_come_from_the_word_lists():
    assert classes("stair") == frozenset({"noun"})
    assert "verb" in classes("stare") and "verb" in classes("stares") and "verb" in classes("stared")
    assert classes("where") == frozenset()
    assert "verb" in classes("were")


def test_pairs_come_from_the_confusion_tables():
    assert "stare" in partners()["stair"]
    assert "wear" in partners()["where"]


def test_weather_after_a_verb_of_asking_opens_a_clause():
    assert found("Ask your pharmacist weather one is suitable for a child.") == [
        ("spelling/real-word", 1, 21, "weather", ("whether",),
         "\"weather\" is probably \"whether\" here (after \"ask\" a clause opens with \"whether\")")]


@pytest.mark.parametrize("text", [
    "Check the weather forecast before a long walk.",
    "Ask about the weather in the mountains.",
    "Cold weather can trigger asthma.",
])
def test_weather_as_a_noun_is_left_alone(text):
    assert found(text) == []


def test_to_or_for_opening_a_range_of_amounts_is_a_number():
    assert [f[3:5] for f in found("Do not lie down for to or three hours after eating.")] == [("to", ("two",))]
    assert [f[3:5] for f in found("Take the drops for or five days.")] == [("for", ("four",))]
    assert found("Use the drops for three or four days, then go to and fro.") == []


def test_feel_needs_an_adjective():
    assert [f[3:5] for f in found("Your teeth may feel lose and sore.")] == [("lose", ("loose",))]


@pytest.mark.parametrize(("text", "expected"), [
    ("It is important to no the early signs of a stroke.", ("no", ("know",))),
    ("Many people do not no they have high blood pressure.", ("no", ("know",))),
    ("You may feel week and tired for a few days.", ("week", ("weak",))),
])
def test_more_slots(text, expected):
    assert [f[3:5] for f in found(text)] == [expected]


@pytest.mark.parametrize("text", [
    "They no longer respond to the drug.",
    "You no doubt know someone with diabetes.",
    "The change did not quite reach significance.",
    "We can give you advice on diet.",
])
def test_adverbs_and_objects_are_no_slips(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Your GP can refer you too a specialist.", ("too", ("to",))),
    ("There are too types of diabetes.", ("too", ("two",))),
])
def test_too_before_a_determiner_or_a_plural(text, expected):
    assert [f[3:5] for f in found(text)] == [expected]


def test_too_as_an_adverb_is_left_alone():
    assert found("It is too early to say. Eating too much salt is bad. Me too, the nurse said.") == []


@pytest.mark.parametrize("text", [
    "Drink plenty of fluids, weather you feel thirsty or not.",
    "Take the tablets weather or not you have symptoms.",
])
def test_weather_before_a_subject_or_or_not(text):
    assert [f[3:5] for f in found(text)] == [("weather", ("whether",))]


def test_weather_or_climate_is_left_alone():
    assert found("Cold weather or damp air can trigger asthma.") == []


# Session 14: possessives by general English's pairs, kin nouns after a
# modal, a verb after a possessive 's, "lead" for "led" (our own sentences).

def test_any_form_of_a_verb_taking_an_infinitive_makes_a_verb_slot():
    assert found("Practising to breath slowly helps when panic starts. She is learning to breath slowly.") == [
        ("spelling/real-word", 1, 73, "breath", ("breathe",),
         "\"breath\" is probably \"breathe\" here (after \"to\" English needs a verb, which \"breathe\" is and "
         "\"breath\" is not)")]


def test_a_noun_after_a_modal_is_read_as_its_own_verb():
    assert found("After the operation he could breath again.") == [
        ("spelling/real-word", 1, 30, "breath", ("breathe",),
         "\"breath\" is probably \"breathe\" here (after \"could\" English needs a verb, which \"breathe\" is and "
         "\"breath\" is not)")]
    assert found("With a blocked nose you can't breath easily.")[0][2:5] == (31, "breath", ("breathe",))


def test_a_verb_after_a_possessive_s_is_read_as_its_noun():
    assert found("Follow your pharmacist's advise on how to take the tablets.") == [
        ("spelling/real-word", 1, 26, "advise", ("advice",),
         "\"advise\" is probably \"advice\" here (after \"pharmacist's\" English needs a noun, which \"advice\" is "
         "and \"advise\" is not)")]


def test_lead_for_led():
    assert found("A small trial lead by Dr. Jones tested the cream.") == [
        ("spelling/real-word", 1, 15, "lead", ("led",),
         "\"lead\" is probably \"led\" here (after \"trial\", \"by\" follows the past participle)")]
    assert found("These changes have lead to fewer falls.")[0][2:5] == (20, "lead", ("led",))
    assert found("The clinic team, lead by a senior nurse, runs the service.")[0][2:5] == (18, "lead", ("led",))


@pytest.mark.parametrize("text", [
    "Parents lead by example when they eat well.",
    "Old paint can contain lead, which harms children.",
    "These steps lead to better sleep.",
    "Nurses who lead the clinic see most patients.",
    "It isn't breath that smells but the tongue.",
    "She would text her daughter every night.",
    "Let's advise patients together.",
    "Take a deep breath and hold it.",
    "The doctor's advice was to rest.",
])
def test_new_slots_leave_correct_text_alone(text):
    assert found(text) == []
