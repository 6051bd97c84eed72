"""Lay and old names (data/terminology/lay_names.tsv, built by
tools/build_lay_names.py): each row's invented example is run, as prh runs
its specs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lint import resources
from lint.checks.terminology import lay_names
from lint.config import Config
from lint.engine import lint_text
from lint.termbase import form_pattern, load_termbase, normalise

DEPRECATED = Config(select=("terminology/lay-name",))
ROWS = sorted(lay_names().values(), key=lambda lay: lay.name)
REVIEW = Path(__file__).resolve().parent.parent / "tools" / "lay_names_review.tsv"


def lay_findings(text):
    return [f for f in lint_text(text, "a.md", DEPRECATED) if "lay or old name" in f.message]


@pytest.mark.parametrize("lay", ROWS, ids=lambda lay: lay.name)
def test_each_example_is_reported_with_the_preferred_name(lay):
    where = re.search(form_pattern(lay.name), lay.example, re.I)
    assert where, f"{lay.name!r}: its example does not contain it"
    [finding] = lay_findings(lay.example)
    assert (finding.rule.id, finding.location.column, finding.text) == (
        "terminology/lay-name", where.start() + 1, where.group())
    assert finding.suggestions[0].lower() == lay.preferred.lower()
    assert finding.message == (f"\"{where.group()}\" is a lay or old name that NIH health pages do not use "
                               f"(MedQuAD: {lay.count} against {lay.preferred_count} for \"{lay.preferred}\"); "
                               f"say \"{lay.preferred}\"")


@pytest.mark.parametrize("lay", ROWS, ids=lambda lay: lay.name)
def test_each_example_with_the_preferred_name_is_clean(lay):
    good = re.sub(form_pattern(lay.name), lay.preferred, lay.example, flags=re.I)
    assert lay_findings(good) == []


def test_the_table_is_sorted_unique_and_keeps_its_evidence():
    names = [line.split("\t")[0] for line in resources.lines("terminology/lay_names.tsv")]
    assert names == sorted(names) and len(names) == len(set(names)) == len(ROWS)
    for lay in ROWS:
        # NIH writers use the preferred name, and this one at most a tenth as often.
        assert lay.preferred_count >= 3 and lay.count * 10 <= lay.preferred_count, lay.name
        assert normalise(lay.name) != normalise(lay.preferred)


def test_every_shipped_name_was_kept_in_review_and_none_is_in_the_termbase():
    verdicts = {}
    for line in REVIEW.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, verdict, *_ = line.split("\t")
            verdicts[name] = verdict
    assert {lay.name for lay in ROWS} == {n for n, v in verdicts.items() if v == "keep"}
    termbase = load_termbase()
    assert not [lay.name for lay in ROWS if normalise(lay.name) in termbase.by_form]


def test_gates():
    # Given beside the standard name, or as history: not a finding.
    assert lay_findings("Hemorrhoids (piles) can bleed after straining on the toilet.") == []
    assert lay_findings("Hydrocephalus, also called water on the brain, is treated with a shunt.") == []
    assert lay_findings("Mononucleosis was once called the kissing disease.") == []
    # Once given beside the standard name, the article may use it again.
    assert lay_findings("Hydrocephalus (water on the brain) is treated with a shunt that drains "
                        "the water on the brain into the belly.") == []
    # A name with an everyday sense needs a cue word near it.
    assert lay_findings("Piles of laundry covered the bed.") == []
    assert lay_findings("She scored the runs her team needed.") == []
    assert [f.text for f in lay_findings("Piles often bleed when you strain on the toilet.")] == ["Piles"]
    assert lay_findings("We sorted piles of stool samples in the lab.") == []
    # A plural keeps its number in the suggestion.
    [finding] = lay_findings("Hare lips are repaired in the first year.")
    assert finding.suggestions == ("Cleft lips",)
