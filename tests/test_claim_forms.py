"""Claims recognised by their form (figures, products, absolute wording), on
sentences written for the project in lint/data/claims/form_examples.tsv."""

from __future__ import annotations

import pytest

from lint import resources
from lint.config import Config
from lint.engine import lint_text

CLAIMS = Config(select=("claims",))


def _examples():
    for line in resources.lines("claims/form_examples.tsv"):
        rule, expected, text = line.split("\t")
        yield "claims/" + rule, text.replace("\\n", "\n"), expected


@pytest.mark.parametrize("rule, text, expected", list(_examples()))
def test_form_examples_in_the_data_file(rule, text, expected):
    found = [(f.rule.id, f.text) for f in lint_text(text, "a.md", CLAIMS)]
    assert any(r == rule for r, _ in found) == (expected == "report"), found
