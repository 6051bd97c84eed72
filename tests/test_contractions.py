"""Contractions written without their apostrophe, which the tokenizer splits
into two English words, are reported as spelling/unknown-word with a safe fix."""

from __future__ import annotations

import spacy

from lint import resources
from lint.engine import lint_text
from lint.checks.spelling.contractions import CONTRACTIONS, contractions
from lint.fixes import apply_edits, select_edits


def found(text):
    return [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(text, "a.md") if f.rule.id.startswith("spelling/")]


def test_a_contraction_without_its_apostrophe_is_reported_with_the_contraction():
    assert found("It isnt urgent, and Thats fine.\n") == [
        ("spelling/unknown-word", 1, 4, "isnt", ("isn't",), "\"isnt\" is missing its apostrophe"),
        ("spelling/unknown-word", 1, 21, "Thats", ("That's",), "\"Thats\" is missing its apostrophe"),
    ]


def test_words_and_acronyms_that_look_like_contractions_are_left_alone():
    # "cant", "wont", "its", "lets", "well" are words; "HES" an acronym; "don't" is right.
    assert found("Its cant and wont are words. Lets rest well. HES was given. You don't need it.\n") == []


def test_the_safe_fix_writes_the_contraction():
    text = "If it doesnt hurt, it wasnt the joint.\n"
    findings = [f for f in lint_text(text, "a.md") if f.rule.id == "spelling/unknown-word"]
    assert apply_edits(text, select_edits(findings, unsafe=False)) == "If it doesn't hurt, it wasn't the joint.\n"


def test_every_listed_form_is_split_by_the_tokenizer_and_its_contraction_spells_it():
    # Only split forms are listed: a form left whole is the dictionary's business.
    nlp = spacy.blank("en")
    for written, meant in contractions().items():
        assert written == meant.replace("'", "").lower(), written
        assert len(nlp(written)) == 2, f"{written} is not split into two tokens"
    entries = resources.lines(CONTRACTIONS)
    assert entries == sorted(entries) and len(entries) == len(set(entries))
