"""Medical near-pairs (lint/checks/spelling/near_pairs.py): a medical word
written for another one or two letters away, read from the words around it."""

from __future__ import annotations

from lint import resources
from lint.checks.spelling import near_pairs
from lint.config import Config
from lint.engine import lint_text


def _findings(text: str, preview: bool = True):
    return [f for f in lint_text(text, "t.txt", Config(preview=preview)) if f.rule.id == "spelling/near-pair"]


def test_pair_that_the_words_around_favour_is_reported():
    text = "Chest pain from vagina can spread to the arm and jaw, and heart disease is the usual cause."
    found = _findings(text)
    assert len(found) == 1
    assert found[0].span == (16, 22)
    assert found[0].suggestions == ("angina",)
    assert found[0].message == ("\"vagina\" is probably \"angina\" here (the two are one or two letters apart, "
                                "and the words around it, such as \"jaw\", go with \"angina\")")


def test_preview_rule_is_off_by_default():
    text = "Chest pain from vagina can spread to the arm and jaw, and heart disease is the usual cause."
    assert _findings(text, preview=False) == []


def test_right_word_is_not_reported():
    text = "Chest pain from angina can spread to the arm and jaw, and heart disease is the usual cause."
    assert _findings(text) == []


def test_word_the_article_keeps_using_is_meant():
    # Used twice and its partner never: the article's own word.
    text = ("Vagina pain can follow childbirth. Chest pain from vagina can spread to the arm and jaw, "
            "and heart disease is the usual cause.")
    assert not any(f.span[0] > 40 for f in _findings(text))


def test_table_is_symmetric_and_sourced():
    table = near_pairs.pairs()
    assert table["angina"]["vagina"]["jaw"] == -table["vagina"]["angina"]["jaw"]
    header = resources.read_text(near_pairs.TABLE).splitlines()[:6]
    assert any("MeSH 2015" in line for line in header) and any("CC BY 4.0" in line for line in header)
