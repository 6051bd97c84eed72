"""Unsupported medical claims on our own sentences and articles."""

from __future__ import annotations

import pytest

from lint.claims_lexicon import patterns
from lint.config import Config
from lint.engine import lint_text

CLAIMS = Config(select=("claims",))


def found(text, name="a.md"):
    return [(f.rule.id, f.location.line, f.location.column, f.text) for f in lint_text(text, name, CLAIMS)]


ARTICLE = """# Cupping for back pain

Cupping therapy relieves chronic back pain. It also effectively boosts circulation in the muscles.
Book a session at Harbour Wellness Clinic to see visible results.

Back pain is the number one reason adults visit a clinic.
"""


def test_promotional_article_with_no_sources():
    assert found(ARTICLE) == [
        ("claims/missing-harms", 1, 3, "Cupping for back pain"),
        ("claims/no-sources", 1, 3, "Cupping for back pain"),
        ("claims/unsupported-efficacy", 3, 17, "relieves chronic back pain"),
        ("claims/overstated-certainty", 3, 53, "effectively"),
        ("claims/unsupported-efficacy", 3, 65, "boosts circulation"),
        ("claims/promotional", 4, 19, "Harbour Wellness Clinic"),
        ("claims/unsourced-statistic", 6, 18, "number one"),
    ]


def test_messages_say_what_is_missing():
    findings = {}
    for f in lint_text(ARTICLE, "a.md", CLAIMS):
        findings.setdefault(f.rule.id, f)
    claim = findings["claims/unsupported-efficacy"]
    assert claim.message == ('"relieves chronic back pain" states as fact that a treatment works, '
                             "with no source in this paragraph")
    assert claim.suggestions[1] == 'Or state its real strength: "may relieve", "was linked to"'
    booster = findings["claims/overstated-certainty"]
    assert booster.message == '"effectively" overstates what the treatment does, and the claim has no source'
    assert booster.effective_severity.label == "error"


@pytest.mark.parametrize("sentence", [
    "A 2021 trial [3] found that cupping therapy may ease back pain.",
    "Cupping therapy relieves back pain in some adults [2].",
    "Cupping therapy relieves back pain (Lee et al., 2019).",
    "Cupping therapy may relieve back pain.",
    "Cupping therapy can help relieve back pain.",
    "Cupping therapy does not cure back pain.",
    "There is no evidence that cupping therapy prevents back pain.",
    "Does cupping therapy relieve back pain?",
    "Cupping therapy is associated with less back pain.",
    "According to the NHS, cupping therapy relieves back pain for some people.",
    "Ibuprofen is used to treat back pain.",
    "To treat back pain, stay active.",
    "The new software improves patient scheduling.",
])
def test_hedged_cited_negated_and_non_claims_are_quiet(sentence):
    assert [r for r, *_ in found(sentence) if r != "claims/no-sources"] == []


def test_a_references_section_makes_the_article_cited():
    text = "# Ginger\n\nGinger tea cures nausea.\n\n## References\n\n1. Viljoen E. Nutr J. 2014.\n"
    assert [r for r, *_ in found(text)] == ["claims/missing-harms", "claims/unsupported-efficacy"]


def test_absolutes_are_errors_without_a_source_and_warnings_with_one():
    [finding] = lint_text("This balm is clinically proven to heal eczema.", "a.md", Config(select=("claims/overstated-certainty",)))
    assert finding.text == "clinically proven" and finding.effective_severity.label == "error"
    [finding] = lint_text("This balm is clinically proven to heal eczema [4].", "a.md", Config(select=("claims/overstated-certainty",)))
    assert finding.effective_severity.label == "warning"
    assert lint_text("No balm has been proven to heal eczema.", "a.md", Config(select=("claims/overstated-certainty",))) == []


def test_statistics_tied_to_results_need_a_source_but_prevalence_does_not():
    assert found("In our clinic, 92% of clients saw results within a month.") [1:] == [
        ("claims/unsourced-statistic", 1, 16, "92%")]
    assert found("About 1 in 5,000 people have the condition.") == []
    assert found("About 50% of people with the syndrome develop glaucoma.") == []


@pytest.mark.parametrize("name", sorted(patterns()))
def test_pattern_examples(name):
    entry = patterns()[name]
    for example in entry.matches:
        assert entry.regex.search(example), f"{name} should match {example!r}"
    for example in entry.rejects:
        assert not entry.regex.search(example), f"{name} should not match {example!r}"
