"""The claim strength model (Yu et al.'s scale) and the shared attribution
model: what a user sees when a sentence makes, hedges, attributes or only
describes a claim."""

from __future__ import annotations

import pytest

from lint.checks.claims import strength
from lint.config import Config
from lint.engine import lint_text
from lint.checks.claims.evidence import attributed

def _words(text: str) -> list[str]:
    import spacy

    return [t.lower_ for t in spacy.blank("en")(text) if not t.is_space]


@pytest.mark.parametrize("text, expected", [
    ("Metformin reduces mortality in patients with type 2 diabetes.", strength.DIRECT),
    ("The cream is effective in treating eczema.", strength.DIRECT),
    ("Fish oil may lower the risk of heart disease.", strength.CONDITIONAL),
    ("A new study suggests that fish oil reduces inflammation.", strength.CONDITIONAL),
    ("Coffee drinking is associated with a lower risk of stroke.", strength.CORRELATIONAL),
    ("Sleep apnea is linked to high blood pressure.", strength.CORRELATIONAL),
    ("The clinic opened in 2019.", strength.NO_CLAIM),
])
def test_strength_is_read_from_the_predicate_with_any_subject(text, expected):
    assert strength.strength(_words(text)) == expected


def test_a_question_makes_no_claim():
    assert strength.strength(_words("Does turmeric cure arthritis?"), is_question=True) == strength.NO_CLAIM


def test_unlisted_subjects_are_claims_too():
    found = [(f.rule.id, f.text) for f in lint_text("Zorbex tablets cure migraine.", "a.md",
                                                       Config(select=("claims/unsupported-efficacy",)))]
    assert found == [("claims/unsupported-efficacy", "cure migraine")]


def test_adjective_and_noun_predicates():
    only = Config(select=("claims/unsupported-efficacy",))
    assert [f.text for f in lint_text("Nettle tea is effective against hay fever.", "a.md", only)] == [
        "is effective against hay fever"]


@pytest.mark.parametrize("text", [
    "A 2021 trial found that nettle tea cures hay fever.",
    "Nettle tea cures hay fever, according to the British Allergy Foundation.",
    "Nettle tea cures hay fever, said Dr Jane Smith of Leeds.",
    "Smith's team reported that nettle tea cures hay fever.",
    "Researchers at Leeds found that nettle tea cures hay fever.",
])
def test_a_named_source_in_the_sentence_settles_the_claim(text):
    assert attributed(_words(text), [t for t in text.replace(",", " ,").replace(".", " .").split()])
    assert lint_text(text, "a.md", Config(select=("claims/unsupported-efficacy",))) == []


def test_a_source_in_the_sentence_before_settles_the_claim():
    text = "Researchers at Leeds tested nettle tea on 200 people. Nettle tea cures hay fever."
    assert lint_text(text, "a.md", Config(select=("claims/unsupported-efficacy",))) == []


@pytest.mark.parametrize("text", [
    "People who boosted their activity lived longer.",          # past tense: a result reported
    "High blood pressure increases the risk of stroke.",       # a condition's own effect
    "\"Nettle tea cures hay fever,\" she said.",              # a speaker's words
    "Losing weight can lower uric acid levels.",               # what is possible
    "It is not known whether nettle tea cures hay fever.",      # not asserted
    "There are different types of treatment for gout.",        # what exists, not what it does
    "There is a treatment for most kinds of eczema.",
])
def test_descriptions_results_quotes_and_possibilities_are_not_reported(text):
    found = [f for f in lint_text(text, "a.md", Config(select=("claims/unsupported-efficacy",
                                                              "claims/unsupported-causal")))]
    assert found == []


def test_causal_and_harm_claims_acted_on_are_their_own_default_rule():
    only = Config(select=("claims/unsupported-causal",))
    found = lint_text("Fizzy drinks damage your kidneys permanently.", "a.md", only)
    assert [(f.rule.id, f.location.line, f.location.column, f.text) for f in found] == [
        ("claims/unsupported-causal", 1, 14, "damage your kidneys permanently")]
    found = lint_text("Red meat causes bowel cancer, so cut it out.", "a.md", only)
    assert [(f.location.column, f.text) for f in found] == [(10, "causes bowel cancer")]
    from lint.checks.claims import UNSUPPORTED_CAUSAL
    assert not UNSUPPORTED_CAUSAL.is_preview


def test_a_risk_factor_is_a_harm_claim_not_a_treatment_that_works():
    found = lint_text("Smoking is a risk factor for skin cancer.", "a.md", Config(
        select=("claims/unsupported-efficacy", "claims/unsupported-causal")))
    assert [(f.rule.id, f.text) for f in found] == [("claims/unsupported-causal", "is a risk factor for skin cancer")]


@pytest.mark.parametrize("text", [
    "HPV causes cervical cancer.",                                    # described, not acted on
    "Researchers in Leeds said so. The team found so. Red meat causes bowel cancer.",  # a report of its sources
    "Aspirin increases the risk of bleeding, so tell your dentist.",  # a medicine's documented side effect
    "Researchers found that red meat causes bowel cancer, so cut it out.",  # attributed in the sentence
])
def test_causes_described_side_effects_and_attributed_causes_are_not_reported(text):
    assert lint_text(text, "a.md", Config(select=("claims/unsupported-causal",))) == []


def test_a_harm_said_to_be_total_or_lasting_is_reported_without_advice():
    only = Config(select=("claims/unsupported-causal",))
    found = lint_text("Steroid creams thin the skin permanently.", "a.md", only)
    assert [(f.location.column, f.text) for f in found] == [(16, "thin the skin permanently")]
    found = lint_text("Bleach completely destroys the gut lining.", "a.md", only)
    assert [(f.location.column, f.text) for f in found] == [(19, "destroys the gut lining")]


@pytest.mark.parametrize("text, column, span", [
    ("Tanning beds raise the risk of melanoma.", 14, "raise the risk of melanoma"),
    ("Regular sunbed use causes skin cancer.", 20, "causes skin cancer"),
    ("Drinking cola erodes tooth enamel.", 15, "erodes tooth enamel"),
    ("Artificial sweeteners trigger migraines.", 23, "trigger migraines"),   # claims/exposures.txt
    ("Too much salt raises blood pressure.", 15, "raises blood pressure"),  # an exposure, not a condition
    ("Red meat causes bowel cancer.", 10, "causes bowel cancer"),  # in an article's own voice
    ("City smog worsens asthma.", 11, "worsens asthma"),  # an environmental exposure
])
def test_a_harm_caused_by_something_taken_or_done_is_reported_without_advice(text, column, span):
    found = lint_text(text, "a.md", Config(select=("claims/unsupported-causal",)))
    assert [(f.location.column, f.text) for f in found] == [(column, span)]


@pytest.mark.parametrize("text", [
    "Loud music can permanently damage hearing.",        # what is possible
    "Having diabetes raises the risk of gum disease.",   # a condition, not something taken or done
    "A fall in oestrogen weakens the bones.",            # what the body does
    "Statin use raises the risk of muscle pain.",        # a medicine's side effect
    "Gum disease damages the teeth.",                    # what a condition does
    "Researchers found that the cream thins the skin permanently. They said so. The study said so.",  # attributed
])
def test_lasting_harms_possible_plain_or_attributed_are_not_reported(text):
    assert lint_text(text, "a.md", Config(select=("claims/unsupported-causal",))) == []


def test_prevalence_statistics_need_a_source_unless_one_is_named():
    only = Config(select=("claims/unsourced-statistic",))
    found = lint_text("Hay fever affects as many as 30% of adults.", "a.md", only)
    assert [(f.location.column, f.text, f.message) for f in found] == [
        (30, "30% of adults", "\"30% of adults\" is a share of a population with no source")]
    assert lint_text("Hay fever affects as many as 30% of adults, according to the NHS.", "a.md", only) == []


def test_a_background_figure_beside_an_attributed_sentence_still_needs_its_own_source():
    only = Config(select=("claims/unsourced-statistic",))
    text = ("# Hot flushes\n\n"
            "Researchers in Leeds found that the gel eased hot flushes. About 70 percent of women have hot flushes.\n")
    assert [(f.location.line, f.location.column, f.text) for f in lint_text(text, "a.md", only)] == [
        (3, 66, "70 percent of women")]


@pytest.mark.parametrize("text", [
    "Researchers in Leeds found that the gel eased hot flushes. Yet 80% of those women still had night sweats.",
    "Researchers in Leeds tested the gel on 200 women. About 70 percent of the participants have fewer flushes.",
    "Researchers in Leeds tested the gel on 200 women. However, only 40% stayed on it for a year.",
    "About 70 percent of women have hot flushes, Dr Lee notes.",
])
def test_a_figure_that_goes_on_with_its_neighbours_report_is_that_sources(text):
    assert lint_text(text, "a.md", Config(select=("claims/unsourced-statistic",))) == []


def test_products_are_recognised_by_their_form_and_named_as_the_span():
    only = Config(select=("claims/promotional",))
    found = lint_text("Try ZestaCalm Herbal Tonic today and feel the difference.", "a.md", only)
    assert [f.text for f in found] == ["ZestaCalm Herbal Tonic"]
    # An institution is not a product, and a mention with nothing sold is not promotion.
    assert lint_text("The Leeds Teaching Hospital runs an allergy clinic.", "a.md", only) == []


@pytest.mark.parametrize("text", [
    "None of the new drugs works for everyone.",
    "Beware of unsupported claims about miracle cures.",
])
def test_absolutes_in_negation_and_criticism_are_not_overstated(text):
    assert lint_text(text, "a.md", Config(select=("claims/overstated-certainty",))) == []


@pytest.mark.parametrize("text, span", [
    ("This ointment carries absolutely no risk for eczema.", "absolutely no risk"),
    ("The patch always works for migraine.", "always works"),
    ("Our herbal tea is a permanent cure for hay fever.", "permanent cure"),
])
def test_absolute_promises_of_safety_and_success_are_overstated(text, span):
    found = lint_text(text, "a.md", Config(select=("claims/overstated-certainty",)))
    assert [f.text for f in found] == [span]


def test_a_universal_negative_about_treatments_is_absolute():
    only = Config(select=("claims/overstated-certainty",))
    found = lint_text("No amount of creams or pills can cure eczema.", "a.md", only)
    assert [f.text for f in found] == ["No amount of"]


def test_an_article_that_names_its_study_is_not_citing_nothing():
    text = "# Nettle tea\n\nResearchers at Leeds studied nettle tea.\n\nNettle tea cures hay fever.\n"
    assert [f for f in lint_text(text, "a.md", Config(select=("claims/no-sources",)))] == []


def test_an_article_whose_only_sources_are_studies_in_general_cites_nothing():
    text = ("# Collagen for skin\n\nCollagen powder repairs damaged skin from the inside. Studies show that "
            "collagen makes skin firmer.\n\nTake one scoop a day with water.\n")
    found = [(f.rule.id, f.location.line) for f in lint_text(text, "a.md", Config(
        select=("claims/no-sources", "claims/unsupported-efficacy")))]
    assert found == [("claims/no-sources", 1), ("claims/unsupported-efficacy", 3)]


def test_studies_in_general_beside_a_claim_do_not_settle_it_but_cited_trials_do():
    only = Config(select=("claims/unsupported-efficacy",))
    vague = "# Collagen\n\nCollagen powder repairs damaged skin. Studies show that collagen makes skin firmer.\n"
    assert [(f.location.line, f.text) for f in lint_text(vague, "a.md", only)] == [(3, "repairs damaged skin")]
    cited = "# Collagen\n\nCollagen powder repairs damaged skin. In trials [2], collagen made skin firmer.\n"
    assert lint_text(cited, "a.md", only) == []


def test_commas_inside_a_parenthesis_do_not_cut_a_doubt_off_its_claim():
    text = "It is not known if painkillers (such as ibuprofen, naproxen and aspirin) lower the risk of bowel cancer."
    assert lint_text(text, "a.md", Config(select=("claims/unsupported-efficacy",))) == []


def test_an_article_level_finding_covers_the_masthead_and_the_title_below_it():
    text = ("RIVERSIDE PHYSIO NEWSLETTER - SPRING\n\nShoulder pain: what you need to know\n\n"
            "Our shockwave therapy cures frozen shoulder in three sessions. Ice reduces inflammation quickly.\n")
    found = [(f.location.line, f.location.column, f.location.end_line) for f in lint_text(
        text, "a.txt", Config(select=("claims/no-sources", "claims/unsupported-efficacy"))) if f.rule.id == "claims/no-sources"]
    assert found == [(1, 1, 3)]


def test_an_article_recommending_in_its_own_voice_names_no_source():
    # "Our clinic recommends" is the article speaking; "our study found" would be a source.
    text = "# Why Our Clinic Recommends Cupping\n\nCupping relieves back pain.\n"
    found = [f for f in lint_text(text, "a.md") if f.rule.id == "claims/no-sources"]
    assert [(f.rule.id, f.location.line) for f in found] == [("claims/no-sources", 1)]
    assert attributed(_words("Our study found that cupping relieves back pain."))


def test_the_readers_own_clinician_advising_names_no_source():
    # "your care team may suggest" tells the reader what to expect; it is no source to check.
    text = ("# Kidney Stones\n\nDrinking cola causes kidney stones.\n\n"
            "If a stone is stuck, your care team may suggest a scope to remove it.\n")
    found = [f for f in lint_text(text, "a.md") if f.rule.id == "claims/no-sources"]
    assert [(f.rule.id, f.location.line) for f in found] == [("claims/no-sources", 1)]
    assert not attributed(_words("Your doctor may recommend a scan of the kidneys."))


def _strength_examples():
    from lint import resources

    names = {"none": strength.NO_CLAIM, "correlational": strength.CORRELATIONAL,
             "conditional": strength.CONDITIONAL, "direct": strength.DIRECT}
    for line in resources.lines("claims/strength_examples.tsv"):
        label, sentence = line.split("\t")
        yield pytest.param(sentence, names[label], id=sentence[:40])


@pytest.mark.parametrize("text, expected", list(_strength_examples()))
def test_strength_examples_in_the_data_file(text, expected):
    """Each class of claim the model reads, with a sentence written for it."""
    assert strength.strength(_words(text), text.endswith("?")) == expected


def test_a_question_lowers_any_claim_to_none():
    assert strength.strength(_words("Does poor sleep lead to weight gain?"), True) == strength.NO_CLAIM
