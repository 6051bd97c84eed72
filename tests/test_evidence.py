"""What counts as evidence and as hedging: the spaCy extensions and the
paragraph-level evidence that the claims rules read."""

from __future__ import annotations

import pytest

from lint import nlp
from lint.config import Config
from lint.documents.markdown import load as load_markdown
from lint.engine import lint_text
from lint.checks.claims import strength
from lint.checks.claims.evidence import cites, find_evidence

CLAIMS = Config(select=("claims",))


def sentences(markdown: str):
    doc = next(iter(nlp.process([load_markdown("a.md", markdown)])))
    return doc, list(doc.sents)


@pytest.mark.parametrize("sentence", [
    "Rosehip powder eases hip pain [2].",
    "Rosehip powder eases hip pain [1–3].",
    "Rosehip powder eases hip pain [2, 4].",
    "Rosehip powder eases hip pain².",
    "Rosehip powder eases hip pain.[^1]",
    "Rosehip powder eases hip pain (Winther et al., 2008).",
    "Rosehip powder eases hip pain (Winther 2008).",
    "A 2008 randomised trial in a rheumatology journal found that rosehip powder eases hip pain.",
    "According to the Arthritis Foundation, rosehip powder eases hip pain.",
    "Rosehip powder eases hip pain (doi:10.1016/j.example.2008.01.001).",
    "Rosehip powder eases hip pain (PMID: 18234567).",
])
def test_citations_in_a_sentence(sentence):
    assert cites(sentence)
    doc, _sents = sentences(sentence)
    assert find_evidence(doc).cited_segments  # its paragraph supports every claim in it


@pytest.mark.parametrize("sentence", [
    "Rosehip powder eases hip pain.",
    "Take 2 capsules in 2020 style (see below).",
    "According to plan, the session ends at noon.",
])
def test_no_citation(sentence):
    assert not cites(sentence)
    doc, _sents = sentences(sentence)
    assert not find_evidence(doc).cited_segments


def test_a_link_to_a_journal_is_evidence_and_a_link_to_a_shop_is_not():
    journal, _sents = sentences("Rosehip eases hip pain ([trial](https://pubmed.ncbi.nlm.nih.gov/18234567/)).")
    shop, _sents = sentences("Rosehip eases hip pain ([buy it](https://rosehip-shop.example/)).")
    assert find_evidence(journal).cited_segments and not find_evidence(shop).cited_segments


def test_the_markdown_loader_keeps_link_targets_in_text_offsets():
    document = load_markdown("a.md", "See [the NHS page](https://www.nhs.uk/conditions/) today.")
    [(start, end, url)] = document.links
    assert document.text[start:end] == "the NHS page" and url == "https://www.nhs.uk/conditions/"


@pytest.mark.parametrize("sentence, hedged", [
    ("Rosehip may ease hip pain.", True),
    ("Rosehip can help ease hip pain.", True),
    ("Rosehip is thought to ease hip pain.", True),
    ("Rosehip eases hip pain.", False),
])
def test_hedged_sentences(sentence, hedged):
    """One model of hedging for every claims rule: the claim strength model's
    (claims/hedges.txt): a hedged claim is never read as direct, so no rule reports it."""
    _doc, [sent] = sentences(sentence)
    words = [token.lower_ for token in sent]
    assert (strength.strength(words) == strength.DIRECT) is not hedged


def test_evidence_in_the_paragraph_supports_every_sentence_in_it():
    text = ("# Rosehip\n\nRosehip powder eases hip pain. It also lowers the risk of stiffness (Winther 2008).\n\n"
            "Rosehip tea cures arthritis.\n")
    found = [(f.rule.id, f.location.line) for f in lint_text(text, "a.md", CLAIMS)]
    assert ("claims/unsupported-efficacy", 5) in found
    assert not any(line == 3 for _rule, line in found)


def test_an_evidence_link_in_markdown_supports_the_claim():
    cited = "# Rosehip\n\nRosehip powder eases hip pain ([trial](https://doi.org/10.1016/j.example)).\n"
    shop = "# Rosehip\n\nRosehip powder eases hip pain ([shop](https://rosehip-shop.example/)).\n"
    assert [f.rule.id for f in lint_text(cited, "a.md", CLAIMS)] == []
    assert "claims/unsupported-efficacy" in [f.rule.id for f in lint_text(shop, "a.md", CLAIMS)]
