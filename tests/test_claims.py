"""Unsupported medical claims on our own sentences and articles."""

from __future__ import annotations

import pytest

from lint.checks.claims.lexicon import patterns
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
        ("claims/missing-harms", 1, 1, "# Cupping for back pain"),
        ("claims/no-sources", 1, 1, "# Cupping for back pain"),
        ("claims/unsupported-efficacy", 3, 17, "relieves chronic back pain"),
        ("claims/overstated-certainty", 3, 53, "effectively"),
        ("claims/unsupported-efficacy", 3, 65, "boosts circulation"),
        ("claims/promotional", 4, 19, "Harbour Wellness Clinic"),
        ("claims/overstated-certainty", 4, 46, "see visible results"),
        ("claims/unsourced-statistic", 6, 18, "number one"),
    ]


def test_the_weaker_wording_offered_for_a_claim_made_with_is_keeps_the_verb_be():
    said = {f.text: f.suggestions[1] for f in lint_text(
        "Garlic is good for the heart.\n\nFish oil is a cure for dry eyes.\n", "a.md",
        Config(select=("claims/unsupported-efficacy",)))}
    assert said == {
        "is good for the heart": 'Or state its real strength: "may be good", "was linked to"',
        "is a cure for dry eyes": 'Or state its real strength: "may be a cure", "was linked to"',
    }


def test_slowing_a_good_outcome_is_a_harm_not_a_benefit():
    found = [(f.rule.id, f.text) for f in lint_text(
        "Smoking slows healing, so stop before your operation.\n", "a.md", Config(select=("claims",)))]
    assert ("claims/unsupported-causal", "slows healing") in found
    assert not any(rule == "claims/unsupported-efficacy" for rule, _ in found)


def test_benefits_weighed_against_risks_are_no_claim_and_a_hedge_keeps_the_verb_bare():
    found = [(f.rule.id, f.text, f.suggestions[-1]) for f in lint_text(
        "Each option has its own benefits and risks.\n\nGreen tea has benefits for the heart.\n", "a.md",
        Config(select=("claims/unsupported-efficacy",)))]
    assert found == [("claims/unsupported-efficacy", "has benefits for the heart",
                      'Or state its real strength: "may have", "was linked to"')]


def test_an_article_that_warns_of_high_doses_or_a_drug_not_recommended_for_long_mentions_harms():
    text = ("# Vitamin D\n\nVitamin D supplements strengthen bones.\n\n"
            "{warning}\n")
    for warning in ("Very high doses can raise calcium in the blood.",
                    "Sleeping tablets are not recommended for long-term use."):
        found = [f.rule.id for f in lint_text(text.format(warning=warning), "a.md", CLAIMS)]
        assert "claims/unsupported-efficacy" in found and "claims/missing-harms" not in found
    found = [f.rule.id for f in lint_text(text.format(warning="Ask your pharmacist which brand to buy."), "a.md", CLAIMS)]
    assert "claims/missing-harms" in found


def test_two_adjectives_joined_by_and_are_one_subject_not_two_causes():
    # "A less frequent and more disabling form of X causes ..." describes a condition's form;
    # "crash diets and rapid weight loss damage ..." names two causes, read by the first.
    causal = Config(select=("claims/unsupported-causal",))
    quiet = ("A less frequent and more disabling form of hearing loss called cochlear dysplasia causes very poor "
             "hearing.", "A milder and more common type of the rash called pityriasis causes mild itching.")
    for sentence in quiet:
        assert [f.rule.id for f in lint_text(sentence, "a.txt", causal)] == []
    found = lint_text("Crash diets and very rapid weight loss damage the lining of the gallbladder.", "a.txt", causal)
    assert [f.text for f in found] == ["damage the lining of the gallbladder"]


def test_an_absolute_about_genes_and_proteins_borrows_no_treatment_from_its_paragraph():
    text = ("Salt-wasting kidney disease runs in families and causes tiredness and cramps. "
            "Mutations in the gene lower the amount of the transporter protein or eliminate it completely.\n")
    assert [f.rule.id for f in lint_text(text, "a.txt", CLAIMS)] == []
    text = "Piles are swollen veins in the anus. This banding method never fails.\n"
    assert "claims/overstated-certainty" in [f.rule.id for f in lint_text(text, "a.txt", CLAIMS)]


def test_a_harm_said_in_passing_is_a_mention_of_risks():
    text = "# Ankle braces\n\nA brace heals a sprained ankle in a week.\n\n{warning}\n"
    for warning in ("Painkillers taken for the sprain can upset the stomach.",
                    "Like any operation, it carries a small chance of infection.",
                    "The gel may sting at first, and some people are allergic to it."):
        found = [f.rule.id for f in lint_text(text.format(warning=warning), "a.md", CLAIMS)]
        assert "claims/unsupported-efficacy" in found and "claims/missing-harms" not in found
    found = [f.rule.id for f in lint_text(text.format(warning="People with a higher risk of falls wear one."), "a.md", CLAIMS)]
    assert "claims/missing-harms" in found


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
    # An experience a group reports, and an absolute made approximate.
    "Many parents notice that honey soothes a cough.",
    "Some patients report that cupping therapy relieves their back pain.",
    "The patch makes it nearly impossible to overdose on the medicine.",
    "Cupping therapy is almost risk-free for most adults.",
])
def test_hedged_cited_negated_and_non_claims_are_quiet(sentence):
    assert [r for r, *_ in found(sentence) if r != "claims/no-sources"] == []


def test_a_references_section_makes_the_article_cited():
    text = "# Ginger\n\nGinger tea cures nausea.\n\n## References\n\n1. Viljoen E. Nutr J. 2014.\n"
    assert [r for r, *_ in found(text)] == ["claims/missing-harms", "claims/unsupported-efficacy"]


def test_an_overdose_said_to_be_impossible_is_absolute():
    assert ("claims/overstated-certainty", 1, 7, "impossible to overdose on") in found(
        "It is impossible to overdose on vitamin C tablets.")


def test_absolutes_are_errors_without_a_source_and_warnings_with_one():
    [finding] = lint_text("This balm is clinically proven to heal eczema.", "a.md", Config(select=("claims/overstated-certainty",)))
    assert finding.text == "clinically proven" and finding.effective_severity.label == "error"
    [finding] = lint_text("This balm is clinically proven to heal eczema [4].", "a.md", Config(select=("claims/overstated-certainty",)))
    assert finding.effective_severity.label == "warning"
    assert lint_text("No balm has been proven to heal eczema.", "a.md", Config(select=("claims/overstated-certainty",))) == []


def test_statistics_tied_to_results_and_shares_of_a_population_need_a_source():
    assert found("In our clinic, 92% of clients saw results within a month.") [1:] == [
        ("claims/unsourced-statistic", 1, 16, "92%")]
    assert found("About 1 in 5,000 people have the condition.")[1:] == [
        ("claims/unsourced-statistic", 1, 7, "1 in 5,000 people")]
    # A source named in the sentence, or a comparison (a study's result), settles it.
    assert found("About 1 in 5,000 people have the condition, according to the NIH.") == []
    assert found("The drug helped 35 per cent of patients, compared with 13 per cent on placebo.") == []


@pytest.mark.parametrize("name", sorted(patterns()))
def test_pattern_examples(name):
    entry = patterns()[name]
    for example in entry.matches:
        assert entry.regex.search(example), f"{name} should match {example!r}"
    for example in entry.rejects:
        assert not entry.regex.search(example), f"{name} should not match {example!r}"


CLEAN_REFERENCE_ARTICLE = """What is plantar fasciitis?

Plantar fasciitis is inflammation of the thick band of tissue under the foot. It causes heel pain that is
often worst in the morning. Treatment may include rest, stretching and shoe inserts. Most people recover
within a year. Ask a doctor if the pain does not improve.
"""


def test_a_cautious_reference_article_stays_quiet():
    assert found(CLEAN_REFERENCE_ARTICLE, "a.txt") == []


SELLING_ARTICLE = """# Why foot taping works

Kinesio taping relieves heel pain. It also permanently strengthens the arch of the foot.
Visit Stride Physio Studio to see visible results.
"""


def test_article_level_findings_run_from_the_start_of_the_file_to_the_title():
    findings = lint_text(SELLING_ARTICLE, "a.md", CLAIMS)
    by_rule = {f.rule.id: f for f in findings}
    assert (by_rule["claims/no-sources"].location.line, by_rule["claims/no-sources"].location.column,
            by_rule["claims/no-sources"].text) == (1, 1, "# Why foot taping works")
    assert by_rule["claims/missing-harms"].effective_severity.label == "info"
    assert [f.text for f in findings if f.rule.id == "claims/unsupported-efficacy"] == [
        "relieves heel pain", "strengthens the arch of the foot"]
    assert [(f.text, f.effective_severity.label) for f in findings if f.rule.id == "claims/overstated-certainty"] == [
        ("permanently", "error"), ("see visible results", "error")]


def test_mentioning_harms_silences_missing_harms_but_not_no_sources():
    text = SELLING_ARTICLE + "\nTaping can irritate the skin, and people with poor circulation should avoid it.\n"
    rules = [f.rule.id for f in lint_text(text, "a.md", CLAIMS)]
    assert "claims/no-sources" in rules and "claims/missing-harms" not in rules


@pytest.mark.parametrize("sentence, expected", [
    ("It also effectively reduces the risk of shin splints.", ["claims/overstated-certainty", "claims/unsupported-efficacy"]),
    ("These insoles relieve knee pain.", ["claims/unsupported-efficacy"]),
    ("Moreover, the brace also improves ankle stability and prevents injuries.", ["claims/unsupported-efficacy"]),
    ("This protein promotes the growth of nerve cells.", []),
    ("Colchicine is a medicine that reduces inflammation.", []),
    ("It is not known whether arch supports prevent injuries.", []),
    ("There is no evidence that magnetic insoles relieve foot pain.", []),
    ("If the brace relieves pain, keep wearing it.", []),
    ("The hormone stops cells from dividing.", []),
    ("Steroid injections can promote weight gain.", []),
    # After an adjective a word is a noun, even one that is also a verb ("flushes out toxins").
    ("Hot flushes ease after a year or two.", []),
    ("The detox tea flushes out toxins.", ["claims/unsupported-efficacy"]),
    # After a verb the adjective says what something is, and the verb after it is the claim's.
    ("Getting too hot damages the skin.", ["claims/unsupported-causal"]),
])
def test_subjects_clauses_and_mechanisms(sentence, expected):
    assert sorted({r for r, *_ in found(sentence)} - {"claims/no-sources", "claims/missing-harms"}) == expected


def test_risk_multipliers_are_statistics_that_need_a_source():
    assert [t for r, _l, _c, t in found("Runners with flat feet are 3 times more likely to get shin splints.")
            if r == "claims/unsourced-statistic"] == ["3 times more likely"]
    assert [r for r, *_ in found("Runners with flat feet are 3 times more likely to get shin splints [2].")] == []


def test_hyphenated_and_percent_absolutes_match_spacy_tokens():
    assert [t for r, _l, _c, t in found("The foot soak is risk-free and 100% safe.")
            if r == "claims/overstated-certainty"] == ["risk-free", "100% safe"]


def test_termbase_treatments_and_conditions_extend_the_lexicons():
    from lint.checks.claims.lexicon import intervention_words, outcome_words, phrases

    assert "angioplasty" in intervention_words() and "angioplasty" not in phrases("interventions")
    assert found("Angioplasty cures angina.")[-1][0] == "claims/unsupported-efficacy"


def test_the_concept_tables_conditions_and_symptoms_are_outcomes():
    """A claim's outcome may be any condition or symptom of the concept table
    (MeSH C and F03, the Disease Ontology), one word or several."""
    from lint.checks.claims.lexicon import condition_names, names_condition, outcome_words

    single, _firsts, multi = condition_names()
    if not single:
        pytest.skip("the concept table is not installed")
    assert {"seasickness", "toothache", "sunburn", "hiccup"} <= outcome_words()
    assert "heat exhaustion" in multi and names_condition("the ice pack stops heat exhaustion .".split())
    assert not names_condition("the ice pack stops the heat .".split())
    # Short names are mostly abbreviations ("aid" for AIDS); everyday senses,
    # fragments and procedures that a topic files as a disorder are no outcome.
    assert {"aid", "shock", "battery", "smoking"}.isdisjoint(outcome_words())
    # Four letters: an English word whose concept has a broader one ("lord", "fire" and "tarp" are
    # abbreviations of rare syndromes' names, with no place in the hierarchy).
    assert {"rash", "wart", "coma"} <= outcome_words() and {"lord", "fire", "tarp", "hard"}.isdisjoint(outcome_words())
    assert {"knee replacement", "birth control", "after surgery"}.isdisjoint(multi)
    assert [f.text for f in lint_text("The wristband prevents seasickness on ferries.", "a.md",
                                      Config(select=("claims/unsupported-efficacy",)))] == ["prevents seasickness"]


def test_everyday_senses_of_condition_names_are_no_outcome(monkeypatch):
    """Emptying everyday_senses.txt makes "the shock of early starts" a health outcome."""
    from lint import resources
    from lint.checks.claims import lexicon

    text = "The new timetable reduces the shock of early starts."
    if not lexicon.condition_names()[0]:
        pytest.skip("the concept table is not installed")
    assert efficacy(text) == []
    real = resources.word_set
    monkeypatch.setattr(resources, "word_set",
                        lambda name: frozenset() if name == "claims/everyday_senses.txt" else real(name))
    for cached in (lexicon.condition_names, lexicon.outcome_words):
        cached.cache_clear()
    try:
        assert efficacy(text) != []
    finally:
        monkeypatch.undo()
        for cached in (lexicon.condition_names, lexicon.outcome_words):
            cached.cache_clear()


@pytest.mark.parametrize("verb, form", [("cure", "cures"), ("relieve", "relieves"), ("detoxify", "detoxifies"),
                                        ("banish", "banishes"), ("minimise the risk of", "minimises the risk of")])
def test_causal_verbs_match_in_base_and_third_person(verb, form):
    from lint.checks.claims.strength import predicates

    _phrases, forms = predicates()
    assert forms[tuple(form.split())][0] == verb


def test_what_clinical_care_can_do_is_not_a_claim_but_what_a_product_can_do_is():
    only = Config(select=("claims/unsupported-efficacy",))
    assert lint_text("Surgery can relieve the back pain that nerve damage causes.", "a.md", only) == []
    # "can" states what is possible (Yu et al. read it as direct; consumer health text uses it for
    # what a treatment is able to do), so only the plain and the boosted forms are claims.
    assert [f.text for f in lint_text("This balm relieves back pain.", "a.md", only)] == ["relieves back pain"]
    assert [f.text for f in lint_text("Surgery can effectively relieve back pain.", "a.md", only)] == ["relieve back pain"]


@pytest.mark.parametrize("name", sorted(patterns()))
def test_a_sentence_is_skipped_only_when_the_pattern_cannot_match(name):
    from lint.checks.claims.lexicon import could_match

    entry = patterns()[name]
    for text in entry.matches:
        assert could_match(name, text), text
    for text in ("Take 2 tablets a day.", "About 1 in 5 adults.", "A #1 pick", "It is 3 times more likely."):
        assert could_match(name, text) or entry.regex.search(text) is None, text


def efficacy(text, config=CLAIMS):
    return [(f.location.line, f.location.column, f.text) for f in lint_text(text, "a.md", config)
            if f.rule.id == "claims/unsupported-efficacy"]


@pytest.mark.parametrize("sentence", [
    "Daily walking lowers blood pressure, a new review concludes.",
    "The cream heals eczema within a week, the company said.",
    "The implant is designed to relieve migraine attacks.",
    "The programme aims to prevent falls in older adults.",
])
def test_a_reporting_tail_or_a_purpose_is_not_an_unsupported_claim(sentence):
    assert efficacy(sentence) == []


REPORT = """# Trial of a new migraine drug

Researchers at a teaching hospital found that the drug halved the number of migraine days, the team reported.

"It changed my life," said one patient in the study.

The drug relieves migraine pain.

Dr Lee said the results were encouraging, and the study authors noted that larger trials are planned.
"""


def test_a_story_that_reports_its_sources_throughout_is_not_asked_for_them_again():
    assert efficacy(REPORT) == []
    # Preview mode still reports the plain statement, for those who want every one.
    assert efficacy(REPORT, Config(select=("claims",), preview=True)) == [(7, 10, "relieves migraine pain")]


def test_an_article_in_its_own_voice_is_still_asked_for_sources():
    own_voice = "# Migraine relief\n\nThe drug relieves migraine pain.\n\nA 2020 trial [1] found it may help some people.\n"
    assert efficacy(own_voice) == [(3, 10, "relieves migraine pain")]


def test_what_a_text_is_about_is_no_claim():
    assert efficacy("This summary is about the treatment of primary liver cancer.") == []
    assert efficacy("Surgery is the main treatment for early liver cancer.") == [(1, 9, "is the main treatment for early liver cancer")]


def _efficacy_examples():
    from lint import resources
    for line in resources.lines("claims/efficacy_examples.tsv"):
        expected, text = line.split("\t")
        yield text.replace("\\n", "\n"), expected


@pytest.mark.parametrize("text, expected", list(_efficacy_examples()))
def test_efficacy_examples_in_the_data_file(text, expected):
    assert bool(efficacy(text)) == (expected == "report"), efficacy(text)


def test_a_result_promised_for_every_case_is_overstated():
    text = "Skip the clinic: the Lemon Tonic passes any stone painlessly.\n"
    assert [(r, l, c, t) for r, l, c, t in found(text) if r == "claims/overstated-certainty"] == [
        ("claims/overstated-certainty", 1, 34, "passes any stone painlessly")]
    assert [r for r, *_ in found("It does not remove all warts for good.\n")
            if r == "claims/overstated-certainty"] == []


def _rule(text, rule):
    return [(f.location.line, f.location.column, f.text, f.message) for f in lint_text(text, "a.md", CLAIMS)
            if f.rule.id == rule]


def test_a_present_passive_with_its_agent_is_a_claim_about_the_agent():
    assert _rule("Knee pain is relieved by regular cycling.\n", "claims/unsupported-efficacy") == [
        (1, 14, "relieved by regular cycling",
         "\"relieved by regular cycling\" states as fact that a treatment works, with no source in this paragraph")]
    # A report of what happened, what is possible, and how a condition is
    # cared for or what causes it stay quiet.
    for text in ("Knee pain was relieved by regular cycling.\n", "Migraines can be prevented by cutting out caffeine.\n",
                 "The condition is treated by oral medications.\n", "Choroideremia is caused by mutations in a gene.\n",
                 "Symptoms that are improved by lying down come and go.\n"):
        assert [r for r, *_ in found(text) if r.startswith("claims/unsupported")] == [], text


def test_each_predicate_of_a_series_shares_the_first_ones_subject():
    assert [t for _l, _c, t, _m in _rule("Our balm soothes sore muscles, reduces swelling and restores movement.\n",
                                         "claims/unsupported-efficacy")] == ["soothes sore muscles", "reduces swelling"]
    # "not only ... but also" adds a claim; it denies none.
    assert [(c, t) for _l, c, t, _m in _rule("Physiotherapy not only relieves pain but also prevents future injuries.\n",
                                             "claims/unsupported-efficacy")] == [
        (24, "relieves pain"), (47, "prevents future injuries")]
    # A hedge on the first predicate hedges the series.
    assert _rule("Turmeric may soothe sore muscles, reduces swelling.\n", "claims/unsupported-efficacy") == []


def test_a_result_promised_to_the_reader_is_overstated_with_no_product_named():
    findings = [(f.location.line, f.location.column, f.text, f.effective_severity.name)
                for f in lint_text("## Treatments\n\nSee results after just one session.\n", "a.md", CLAIMS)
                if f.rule.id == "claims/overstated-certainty"]
    assert findings == [(3, 1, "See results after just one session", "ERROR")]
    assert _rule("Most clients notice a difference after their first treatment.\n",
                 "claims/overstated-certainty")[0][2] == "notice a difference after their first treatment"
    for text in ("You should notice an improvement within 2 weeks.\n", "If you notice a change after one dose, tell "
                 "your doctor.\n", "Some people see results after just one session.\n",
                 "You may feel relief after your first session.\n", "\"You will see results after one session,\" she said.\n"):
        assert _rule(text, "claims/overstated-certainty") == [], text


def test_a_sale_with_no_product_named_is_promotional_at_its_call_to_action():
    text = "## Book today\n\nVisit our Leeds clinic for a free skin assessment. Results are guaranteed.\n"
    assert [(f.rule.id, f.location.line, f.location.column, f.text, f.message) for f in lint_text(text, "a.md", CLAIMS)
            if f.rule.id in ("claims/promotional", "claims/overstated-certainty")] == [
        ("claims/promotional", 3, 1, "Visit our Leeds clinic",
         "\"Visit our Leeds clinic\" is a call to action: promotion, not health information"),
        ("claims/overstated-certainty", 3, 52, "Results are guaranteed",
         "\"Results are guaranteed\" promises a result no treatment can guarantee")]


def test_a_germ_killed_is_a_benefit_claimed():
    assert _rule("Our blue light therapy kills acne bacteria and shrinks inflamed spots.\n",
                 "claims/unsupported-efficacy") == [
        (1, 24, "kills acne bacteria",
         "\"kills acne bacteria\" states as fact that a treatment works, with no source in this paragraph"),
        (1, 48, "shrinks inflamed spots",
         "\"shrinks inflamed spots\" states as fact that a treatment works, with no source in this paragraph")]


def test_what_something_makes_the_reader_is_a_harm_claimed():
    assert [(r, c, t) for r, _l, c, t in found("Carbs make you fat, so cut them out.\n")
            if r == "claims/unsupported-causal"] == [("claims/unsupported-causal", 7, "make you fat")]
    assert [r for r, *_ in found("Some medicines make you drowsy.\n") if r == "claims/unsupported-causal"] == []


def test_a_source_nobody_could_find_settles_nothing_in_an_articles_own_voice():
    assert _rule("Research shows that acupuncture relieves back pain.\n", "claims/unsupported-efficacy") == [
        (1, 33, "relieves back pain",
         "\"relieves back pain\" states as fact that a treatment works, with no source in this paragraph")]
    assert [(r, c, t) for r, _l, c, t in found("Studies show that 60% of women experience hot flushes.\n")
            if r == "claims/unsourced-statistic"] == [("claims/unsourced-statistic", 19, "60% of women")]
    # A story that reports its sources keeps its researchers' words theirs.
    story = ("Researchers at Leeds tested the drug in 400 adults, the team reported in the BMJ.\n\n"
             "Studies show that acupuncture relieves back pain, Dr Jane Smith said.\n\n"
             "Research shows that acupuncture relieves back pain.\n")
    assert [r for r, *_ in found(story) if r == "claims/unsupported-efficacy"] == []


def test_a_medicine_said_to_cause_disease_outright_is_reported():
    assert [(r, c, t) for r, _l, c, t in found("The contraceptive pill causes depression.\n") if r == "claims/unsupported-causal"] == [
        ("claims/unsupported-causal", 24, "causes depression")]
    # A label's side effect, or what is possible, stays the label's.
    for text in ("Aspirin increases the risk of bleeding.\n", "Antibiotics can cause diarrhoea.\n"):
        assert [r for r, *_ in found(text) if r == "claims/unsupported-causal"] == [], text



def test_fewer_germs_is_a_health_outcome_of_a_lessening_verb():
    # "reduces superbugs", "cuts germs": a product said to do it claims a benefit;
    # friendly bacteria are no outcome of health.
    efficacy = Config(select=("claims/unsupported-efficacy",))
    assert [(f.location.line, f.location.column, f.text) for f in lint_text(
        "Copper door handles cut germs on hospital wards.", "a.md", efficacy)] == [(1, 21, "cut germs")]
    assert lint_text("Copper door handles cut good germs on hospital wards.", "a.md", efficacy) == []


def test_what_appears_or_seems_effective_is_not_asserted():
    efficacy = Config(select=("claims/unsupported-efficacy",))
    assert lint_text("Nettle tea appears effective for hay fever.", "a.md", efficacy) == []
    assert lint_text("Nettle tea seems just as effective as tablets for hay fever.", "a.md", efficacy) == []
    assert [f.text for f in lint_text("Nettle tea is effective for hay fever.", "a.md", efficacy)] == [
        "is effective for hay fever"]


def test_a_practice_named_by_its_gerund_claims_what_it_brings_about():
    # The subject opens with something done; its object's last noun ("clinics") does not make it a place.
    efficacy = Config(select=("claims/unsupported-efficacy",))
    assert [(f.location.column, f.text) for f in lint_text(
        "Moving patients to community clinics reduces hospital admissions.", "a.md", efficacy)] == [
        (38, "reduces hospital admissions")]
    # A condition named by an -ing word is no practice.
    assert lint_text("Bleeding in the brain causes strokes.", "a.md", efficacy) == []


def test_causing_fewer_harms_than_another_treatment_is_a_benefit_claimed():
    found = [(f.rule.id, f.location.column, f.text) for f in lint_text(
        "The new pill causes less bleeding than warfarin.", "a.md",
        Config(select=("claims/unsupported-efficacy", "claims/unsupported-causal")))]
    assert found == [("claims/unsupported-efficacy", 14, "causes less bleeding")]


def test_a_hyphen_inside_a_word_ends_no_clause_but_a_spaced_one_does():
    efficacy = Config(select=("claims/unsupported-efficacy",))
    # "nurse-led clinics": the subject is the whole practice, not "led clinics".
    assert [f.text for f in lint_text("Moving patients to nurse-led clinics reduces hospital admissions.", "a.md",
                                      efficacy)] == ["reduces hospital admissions"]
    # "(Leeds) - Reversing memory loss is a goal": a dash, then a subject, not a participle clause.
    assert lint_text("LEEDS (Reuters) - Reversing memory loss is a major goal of dementia research.", "a.md",
                     efficacy) == []


@pytest.mark.parametrize("text, rule", [
    ("The operation results in diminished pain after surgery.", "claims/unsupported-efficacy"),
    ("Smoking leads to lower bone density.", "claims/unsupported-causal"),
    ("Smoking results in a loss of eyesight.", "claims/unsupported-causal"),
    ("The diet leads to weight loss.", "claims/unsupported-efficacy"),
])
def test_less_of_a_harm_is_a_benefit_and_a_loss_is_a_harm(text, rule):
    found = lint_text(text, "a.md", Config(select=("claims/unsupported-efficacy", "claims/unsupported-causal")))
    assert [f.rule.id for f in found] == [rule]


def test_evidence_appealed_to_and_never_named_settles_nothing_in_an_articles_own_voice():
    efficacy = Config(select=("claims/unsupported-efficacy",))
    assert [(f.location.column, f.text) for f in lint_text(
        "Turmeric has been shown to reduce joint pain.", "a.md", efficacy)] == [(28, "reduce joint pain")]
    # Named evidence settles it; what is "known" is settled background.
    assert lint_text("Turmeric has been shown to reduce joint pain (Smith 2019).", "a.md", efficacy) == []
    assert lint_text("Aspirin is known to reduce fever.", "a.md", efficacy) == []


def test_a_report_of_its_sources_keeps_shown_to_as_its_sources_finding():
    text = ("Researchers at Leeds tested turmeric in 200 adults, the journal Pain reported.\n\n"
            "The team said turmeric cut pain scores, according to Dr Ann Lee.\n\n"
            "Turmeric has been shown to reduce joint pain.\n")
    assert lint_text(text, "a.md", Config(select=("claims/unsupported-efficacy",))) == []


CAUSES = """# Winter and your health

Damp housing causes asthma attacks. Skipping breakfast causes migraines. Too little iron causes hair loss.
Late nights cause lasting damage to your heart.
"""


def test_a_cause_stated_in_the_articles_own_voice_is_reported_whatever_its_subject():
    assert [(line, column, text) for rule, line, column, text in found(CAUSES)
            if rule == "claims/unsupported-causal"] == [
        (3, 14, "causes asthma attacks"), (3, 56, "causes migraines"), (3, 90, "causes hair loss"),
        (4, 13, "cause lasting damage")]


@pytest.mark.parametrize("sentence", [
    "Damp housing sometimes causes asthma attacks.",  # said of some cases
    "In a small number of people, the tablets cause headaches.",  # said of a few
    "Eczema causes itchy, cracked skin.",  # a condition described
    "The norovirus causes vomiting and diarrhoea.",  # a germ
    "A faulty copy of the gene causes the disorder.",  # the body, a generic object
    "Type 3 causes a milder form of the illness.",  # a subtype
    "Damp housing can cause asthma attacks.",  # what is possible
    "It is not clear how damp housing causes asthma attacks.",  # a question under study
    "Mould is one of several causes including damp and poor ventilation.",  # the noun
    "This build-up of mould causes wheezing.",  # a chain of explanation
    "Iron depletion causes tiredness.",  # a process in the body
    "Kidney failure causes swollen ankles.",  # a condition named in two words
    "Wheezing is triggered by cold air.",  # a passive
    "Fluid collects in the lungs and causes breathlessness.",  # a chain of events
    "Damp air causes the airways to narrow.",  # a causative: how the body changes
])
def test_a_cause_said_of_some_cases_or_describing_a_condition_is_quiet(sentence):
    assert _rule("# Housing and health\n\n" + sentence + "\n", "claims/unsupported-causal") == [], sentence


def test_british_spellings_and_everyday_names_of_conditions_are_outcomes():
    text = "# Piles\n\nStraining on the toilet causes haemorrhoids. Lifting heavy boxes causes piles, so avoid it.\n"
    assert [(c, t) for _l, c, t, _m in _rule(text, "claims/unsupported-causal")] == [
        (25, "causes haemorrhoids"), (66, "causes piles")]


@pytest.mark.parametrize("text, expected", [
    ("Enter code GLOWUP15 at checkout for 15% off.", [(1, "Enter code GLOWUP15")]),
    # The seller's goods named at the end of a longer object ("a tub of our night cream") are sold too.
    ("Grab a tub of our night cream. Buy now while supplies last!", [(1, "Grab a tub of our night cream"), (32, "Buy now")]),
    ("Stocks are running low, so order today.", [(28, "order today")]),
    ("Claim your free 14-day trial of the breathing app.", [(12, "free 14-day trial")]),
    ("A full eye test with retinal photos for only £25.", [(37, "for only £25")]),
])
def test_an_offer_or_a_purchase_verb_with_now_is_promotional_whoever_is_addressed(text, expected):
    assert [(c, t) for _l, c, t, _m in _rule("## Offers\n\n" + text + "\n", "claims/promotional")] == expected


def test_the_only_product_you_will_ever_need_is_an_exclusive_claim():
    assert [(c, t) for _l, c, t, _m in _rule("Our magnesium spray is the only sleep remedy you'll ever need.\n",
                                              "claims/overstated-certainty")] == [
        (24, "the only sleep remedy you'll ever need")]


def test_shares_of_health_events_and_yearly_tolls_are_statistics():
    text = ("# Falls in later life\n\n"
            "Eight in ten hip fractures in older people follow a fall at home. "
            "Falls kill around 5,000 older people in this country every year.\n\n"
            "In the trial, 1,200 patients were followed for a year. The new scan found 25 percent more cancers.\n")
    stats = [f for f in found(text) if f[0] == "claims/unsourced-statistic"]
    assert stats == [
        ("claims/unsourced-statistic", 3, 1, "Eight in ten hip fractures"),
        ("claims/unsourced-statistic", 3, 85, "5,000 older people"),
    ]


def test_a_cause_the_writer_presents_as_plain_fact_is_theirs_even_of_a_condition():
    framed = "# Skin\n\nThe truth is, eczema causes asthma in later life.\n"
    assert [(c, t) for _l, c, t, _m in _rule(framed, "claims/unsupported-causal")] == [(22, "causes asthma")]
    assert _rule("# Skin\n\nEczema causes asthma in later life.\n", "claims/unsupported-causal") == []
    assert _rule("# Skin\n\nThe truth is, eczema sometimes causes asthma.\n", "claims/unsupported-causal") == []


def test_a_cause_stated_after_its_paragraph_says_the_cause_is_unknown_is_reported_despite_the_source():
    doubted = ("# Teeth\n\nChewing ice has been linked with tooth wear, but whether one causes the other is not "
               "known yet. Chewing ice causes tooth wear, so stop [2].\n")
    assert [(c, t) for _l, c, t, _m in _rule(doubted, "claims/unsupported-causal")] == [(109, "causes tooth wear")]
    cited = "# Teeth\n\nChewing ice has been linked with tooth wear. Chewing ice causes tooth wear, so stop [2].\n"
    assert _rule(cited, "claims/unsupported-causal") == []


def test_a_trigger_stated_in_the_articles_own_voice_is_a_cause():
    assert [(c, t) for _l, c, t, _m in _rule("# Skin\n\nScented candles trigger eczema flares.\n",
                                              "claims/unsupported-causal")] == [(17, "trigger eczema flares")]
    # "leads to" and "results in" chain a mechanism in reference text: left to the other paths.
    assert _rule("# Skin\n\nThis build-up of fluid leads to blisters.\n", "claims/unsupported-causal") == []


def test_a_citation_vouches_for_its_paragraph_up_to_where_it_stands():
    before = ("# Iron\n\nAbout 30% of women have low iron stores, and they tire easily [2]. "
              "Heavy periods are the usual cause.\n")
    after = ("# Iron\n\nLow iron is the commonest cause of anaemia [2]. "
             "About 30% of women have low iron stores.\n")
    assert [f for f in found(before) if f[0] == "claims/unsourced-statistic"] == []
    assert [f for f in found(after) if f[0] == "claims/unsourced-statistic"] == [
        ("claims/unsourced-statistic", 3, 55, "30% of women")]


def test_rankings_and_national_counts_are_statistics():
    text = ("# Gallstones\n\n"
            "Gallstones are the fifth most common reason for a hospital stay. "
            "Around 400,000 people in the UK live with them. "
            "Each year, about 70,000 operations remove the gallbladder. "
            "Most people need 2,000 calories a day, and the most common symptom is pain.\n")
    stats = [(f[2], f[3]) for f in found(text) if f[0] == "claims/unsourced-statistic"]
    assert stats == [(20, "fifth most common"), (73, "400,000 people"), (131, "70,000 operations")]


def test_absolute_wording_in_a_section_heading_is_reported():
    text = ("# Bunion splints\n\nA splint holds the big toe straight at night.\n\n"
            "## Guaranteed results, completely risk-free\n\nMost people wear it for three months.\n")
    assert [(f[0], f[1], f[3]) for f in found(text) if f[0] == "claims/overstated-certainty"] == [
        ("claims/overstated-certainty", 5, "Guaranteed results"), ("claims/overstated-certainty", 5, "completely risk-free")]


def test_a_negation_after_an_absolute_promise_does_not_turn_it_round():
    promise = "# Reflux\n\nThis diet will clear your reflux completely and you will no longer need antacids.\n"
    denied = "# Reflux\n\nNo diet will clear your reflux completely.\n"
    assert [f[3] for f in found(promise) if f[0] == "claims/overstated-certainty"] == ["clear your reflux completely"]
    assert [f for f in found(denied) if f[0] == "claims/overstated-certainty"] == []


@pytest.mark.parametrize(("sentence", "span"), [
    ("Our award-winning audiologists have helped many patients.", "Our award-winning"),
    ("Call 0800 123 456 to book your free hearing check.", "free hearing check"),
    ("Join thousands of happy customers who use our balm.", "thousands of happy customers"),
    ("Our podiatrists offer same-day appointments.", "same-day appointments"),
    ("Treat yourself to our foot cream, now only £9.99.", "now only £9.99"),
    ("We are the leading private clinic for bunion surgery.", "the leading private clinic"),
    ("Click here to order your home test kit.", "Click here to order"),
    ("Don't wait: book a consultation with our team today.", "book a consultation"),
])
def test_a_seller_speaking_of_itself_promotes(sentence, span):
    assert [f[3] for f in found("# Feet\n\n" + sentence + "\n") if f[0] == "claims/promotional"] == [span]


@pytest.mark.parametrize("sentence", [
    "You are entitled to a free health check every five years.",
    "Book an appointment with your GP if the pain lasts.",
    "There is no waiting list for this test at most hospitals.",
])
def test_public_services_and_advice_are_not_promotion(sentence):
    assert [f for f in found("# Feet\n\n" + sentence + "\n") if f[0] == "claims/promotional"] == []


@pytest.mark.parametrize("text, expected", [
    # The seller's own voice: its staff, goods or services, and a time it can see the reader in.
    ("At the clinic our dermatologists clear stubborn acne in six weeks.", (15, "our dermatologists clear stubborn acne")),
    ("Unlike NHS waiting lists, we can see you within 48 hours.", (27, "we can see you within")),
    ("I help busy women lose up to a stone without dieting.", (1, "I help busy women lose")),
    # Testimonials, credited to no one a reader could find, or told of a named product.
    ("My knees have never felt better, says one delighted customer.", (34, "says one delighted customer")),
    ("Since taking MigraStop, I have not had a single migraine.", (1, "Since taking MigraStop, I")),
    # Social proof, an insurer's quote, places said to be limited, delivery to the door.
    ("Thousands of customers have already switched to our tea.", (1, "Thousands of customers have")),
    ("Get a quote in two minutes and enjoy peace of mind.", (1, "Get a quote")),
    ("Spaces on the spring bootcamp are limited, so reserve yours now.", (47, "reserve yours now")),
    ("Sign up for my 12-week weight loss programme.", (1, "Sign up for my 12-week weight loss programme")),
    # A camel-case brand that a sentence in the article's own voice says works.
    ("VitaCalm restores your sleep.", (1, "VitaCalm")),
])
def test_the_sellers_own_voice_and_testimonials_are_promotional(text, expected):
    assert [(c, t) for _l, c, t, _m in _rule(text + "\n", "claims/promotional")] == [expected]


@pytest.mark.parametrize("text", [
    "Visit your local pharmacy for advice on hay fever.",
    "Our immune system fights off most colds within a week.",
    "We can all lower our risk of heart disease.",
    "Since taking metformin, my blood sugar has been stable.",
    "The clinic offers free flu jabs to over-65s.",
    "Our bodies need vitamin D for healthy bones.",
])
def test_information_about_services_and_the_readers_own_provider_is_not_promotional(text):
    assert _rule(text + "\n", "claims/promotional") == []


def test_a_headline_that_denies_an_effect_is_a_claim_the_body_is_not():
    # A first line that names and cites nothing announces its finding, denied or asserted.
    assert _rule("Regular cheese does not improve gut health\n\nMore on this below.\n",
                 "claims/unsupported-efficacy") == [
        (1, 16, "does not improve gut health",
         "\"does not improve gut health\" is denied as fact in the headline, with no source in the article")]
    assert [t for _l, _c, t, _m in _rule("Antacids do not increase the risk of stroke\n",
                                         "claims/unsupported-causal")] == ["do not increase the risk of stroke"]
    for text in ("Turmeric does not cure arthritis.\n", "No evidence that cheese improves gut health\n",
                 "Cheese does not improve gut health, a 2020 trial [1] found\n"):
        assert [f for f in _rule(text, "claims/unsupported-efficacy")] == [], text


def test_a_headline_about_something_done_or_taken_is_a_claim_whatever_its_outcome_words():
    assert [t for _l, _c, t, _m in _rule("Popular sleep supplement can cause dangerous interactions\n",
                                         "claims/unsupported-causal")] == ["cause dangerous interactions"]
    # In the body, "can" is what is possible, and "crowding" names no health outcome.
    assert _rule("# Wards\n\nEarlier booking can reduce waiting at clinics.\n", "claims/unsupported-efficacy") == []


def test_has_been_found_to_appeals_to_unnamed_evidence_in_an_articles_own_voice():
    assert [t for _l, _c, t, _m in _rule("# Tea\n\nGreen tea has been found to lower blood pressure.\n",
                                         "claims/unsupported-efficacy")] == ["lower blood pressure"]
    # What a study was found to do is its report.
    assert _rule("# Tea\n\nThe drug was found to lower blood pressure.\n", "claims/unsupported-efficacy") == []


@pytest.mark.parametrize("text, expected", [
    ("Our experienced team of hygienists will leave your smile brighter.", (1, "Our experienced team")),
    ("We are the leading private hearing clinic in the North West.", (1, "We are the leading")),
    ("Over 500,000 happy users have already transformed their sleep with the app.",
     (1, "Over 500,000 happy users have")),
    ("Unlock all 300 workouts when you upgrade to FitPro Premium.", (45, "FitPro Premium")),
])
def test_self_praise_numbers_of_users_and_upgrades_are_promotional(text, expected):
    assert [(c, t) for _l, c, t, _m in _rule(text + "\n", "claims/promotional")] == [expected]


def test_a_service_described_in_the_first_person_is_not_promotional():
    assert _rule("Our helpline team can talk you through your diagnosis.\n", "claims/promotional") == []
    assert _rule("Our nurses will call you back within two days.\n", "claims/promotional") == []


def test_harm_verbs_of_everyday_wellness_copy_are_claims():
    assert [t for _l, _c, t, _m in _rule("Fizzy drinks wreck your teeth.\n", "claims/unsupported-causal")] == [
        "wreck your teeth"]
    assert [t for _l, _c, t, _m in _rule("Fluoride in tap water lowers children's IQ.\n",
                                         "claims/unsupported-causal")] == ["lowers children's IQ"]
    assert _rule("The storm ruined the harvest.\n", "claims/unsupported-causal") == []


def test_wonders_terrible_for_and_made_worse_are_claims():
    assert [t for _l, _c, t, _m in _rule("Turmeric works wonders for joint pain.\n", "claims/unsupported-efficacy")] == [
        "works wonders for joint pain"]
    assert [t for _l, _c, t, _m in _rule("Fizzy drinks are terrible for your bones.\n",
                                         "claims/unsupported-causal")] == ["are terrible for your bones"]
    assert [t for _l, _c, t, _m in _rule("Avoid dairy, because milk makes acne worse.\n",
                                         "claims/unsupported-causal")] == ["makes acne worse"]


@pytest.mark.parametrize("sentence, span", [
    ("The vaccine gives 100 per cent protection for life.", "100 per cent protection"),
    ("The vaccine gives 100 percent protection for life.", "100 percent protection"),
    ("The cream is 100 per cent safe for babies.", "100 per cent safe"),
])
def test_a_percent_sign_written_out_is_the_same_absolute(sentence, span):
    assert ("claims/overstated-certainty", 1, sentence.index(span) + 1, span) in found(sentence)


def test_the_top_of_a_measured_range_is_no_absolute():
    assert found("The implants gave the right warning from 56 percent to 100 percent of the time.\n") == []


SOURCED_NEIGHBOURS = """# Heartburn

Some text to open the article.

A 2019 study of 40,000 women found that those who kept a healthy weight had fewer reflux symptoms [1]. {claim}

A low-fat diet will dissolve small gallstones within a few months. {cited} [2].
"""


def test_a_source_for_one_subject_does_not_vouch_for_the_next_subject():
    text = SOURCED_NEIGHBOURS.format(
        claim="Apple cider vinegar cures acid reflux naturally.",
        cited="Tablets containing ursodeoxycholic acid can sometimes dissolve small cholesterol stones")
    efficacy = [(line, text) for rule, line, _, text in found(text) if rule == "claims/unsupported-efficacy"]
    assert efficacy == [(5, "cures acid reflux naturally"), (7, "dissolve small gallstones")]


def test_a_source_that_goes_on_about_the_claims_subject_still_vouches_for_it():
    text = SOURCED_NEIGHBOURS.format(
        claim="These women also had fewer symptoms at night, so keeping a healthy weight eases reflux.",
        cited="Such diets also ease pain after meals")
    assert [f for f in found(text) if f[0] == "claims/unsupported-efficacy"] == []
    # The subject named again in the cited sentence ("diet") carries it on too.
    text = SOURCED_NEIGHBOURS.format(claim="", cited="The diet works best for small stones")
    assert [f for f in found(text) if f[0] == "claims/unsupported-efficacy"] == []


@pytest.mark.parametrize("sentence, span", [
    # A booking sold at a price, whatever the verb.
    ("Start your $29 online consultation today and get your prescription in under 24 hours.",
     "your $29 online consultation"),
    ("Book your £45 assessment today.", "your £45 assessment"),
    # "just a $0 copay": a price said to be low, with its article.
    ("Members pay just a $0 copay for their first podiatry visit.", "just a $0"),
])
def test_a_price_on_the_readers_booking_is_an_offer(sentence, span):
    assert ("claims/promotional", 1, sentence.index(span) + 1, span) in found(sentence)


def test_a_price_or_code_for_a_named_product_is_inside_the_finding():
    sentence = "Stock up on FungaFresh Tea Tree Balm today and use code FRESHFEET for 20% off your first order."
    promo = [f for f in lint_text(sentence, "a.md", CLAIMS) if f.rule.id == "claims/promotional"]
    assert [(f.location.column, f.text) for f in promo] == [
        (13, "FungaFresh Tea Tree Balm today and use code FRESHFEET")]
    assert promo[0].message == '"FungaFresh Tea Tree Balm" is promoted with a price or offer'


def test_results_guaranteed_without_a_verb_is_a_promise():
    text = "Same-day appointments available, results guaranteed.\n"
    assert ("claims/overstated-certainty", 1, 34, "results guaranteed") in found(text)


@pytest.mark.parametrize("sentence, span", [
    # An organ named in everyday words (terminology/organ_words.tsv) is a health outcome.
    ("Traditional syringing causes perforated eardrums.", "causes perforated eardrums"),
    ("Blue light from screens damages your retina.", "damages your retina"),
    # "suggest" with an object advises; it does not report the claim.
    ("Gluten damages the gut lining in everyone, which is why we suggest cutting it out.", "damages the gut lining"),
    ("Cotton buds perforate your eardrum.", "perforate your eardrum"),
])
def test_harms_to_organs_stated_as_fact(sentence, span):
    assert ("claims/unsupported-causal", 1, sentence.index(span) + 1, span) in found(sentence)


def test_verbs_that_correct_a_condition_claim_efficacy():
    assert [(r, t) for r, _l, _c, t in found("Toe spacers straighten bunions in as little as four weeks.")
            if r == "claims/unsupported-efficacy"] == [("claims/unsupported-efficacy", "straighten bunions")]


def test_an_organ_blocked_is_no_benefit_and_a_trailing_suggests_still_hedges():
    assert found("Sometimes wax builds up and blocks the ear.") == []
    assert found("Coffee reduces liver cancer, a new study suggests.") == []


SELLER_QUOTING_STAFF = (
    "# Knee pain: how our physios can help\n\n"
    "Knee pain affects 1 in 4 adults. Our tailored programme strengthens the knee.\n\n"
    "\"Most people feel better within six weeks,\" says Tom Ellery, senior physiotherapist at the clinic.\n\n"
    "Book your assessment today.\n")


def test_a_seller_quoting_its_own_staff_still_cites_nothing():
    assert ("claims/no-sources", 1, 1, "# Knee pain: how our physios can help") in found(SELLER_QUOTING_STAFF)


def test_a_seller_naming_a_body_or_a_study_cites_something():
    for source in ("says Tom Ellery, who sits on the council of the Chartered Society of Physiotherapy",
                   "says Tom Ellery, whose 2021 study of 300 patients found the same"):
        text = SELLER_QUOTING_STAFF.replace("says Tom Ellery, senior physiotherapist at the clinic", source)
        assert "claims/no-sources" not in [rule for rule, *_ in found(text)]


def test_an_article_whose_only_source_is_someone_speaking_cites_nothing():
    # A quote is what someone says, not where a reader could check the
    # figure: with no study, journal or body named, the article cites nothing.
    text = SELLER_QUOTING_STAFF.replace("Our tailored programme strengthens the knee.\n\n", "").replace(
        "Book your assessment today.\n", "")
    assert ("claims/no-sources", 1, 1, "# Knee pain: how our physios can help") in found(text)
    named = text.replace("senior physiotherapist at the clinic", "lead author of the study in the BMJ")
    assert "claims/no-sources" not in [rule for rule, *_ in found(named)]


def test_sources_with_nothing_pointing_to_one_are_vague():
    # Plural or mass sources with no name, year or "the"/"these" before them
    # ("data from national registries", "according to dermatologists") name
    # nothing a reader could find; a term's initials in brackets are no name.
    body = ("# Scabies\n\nPermethrin cream kills the mites in one application.\n\n"
            "Washing bedding at 60 degrees destroys the mites.\n\n{}\n")
    for vague in ("According to dermatologists, itching can last four weeks.",
                  "Data from national registries suggest few people need a second course.",
                  "Most doctors will suggest cognitive behavioural therapy (CBT) for the itch."):
        assert ("claims/no-sources", 1, 1, "# Scabies") in found(body.format(vague)), vague
    for named in ("According to the British Association of Dermatologists, itching can last four weeks.",
                  "These data come from the 2019 national audit, which found few people need a second course."):
        assert "claims/no-sources" not in [rule for rule, *_ in found(body.format(named))], named


def test_a_citation_for_another_subject_does_not_source_a_figure_before_it():
    text = ("# Sleep apnoea\n\nSome text to open the article.\n\n"
            "Around 80% of cases go undiagnosed. Left untreated, OSA has been linked with high blood pressure [1].\n")
    assert ("claims/unsourced-statistic", 5, 8, "80% of cases") in found(text)
    # The cited sentence goes on about the cases counted: the citation covers the figure.
    text = text.replace("Left untreated, OSA has", "Such cases have")
    assert [f for f in found(text) if f[0] == "claims/unsourced-statistic"] == []


def test_a_harm_that_can_quickly_follow_is_still_only_possible():
    text = "Vomiting, diarrhea and fever can quickly cause dehydration, so take small, frequent sips.\n"
    assert [rule for rule, *_ in found(text)] == []
    assert "claims/unsupported-efficacy" in [rule for rule, *_ in found("Our balm can quickly cure eczema.\n")]


def test_a_contact_line_or_the_readers_own_provider_is_no_sale():
    text = ("Contact us or your GP practice to arrange it.\n\n"
            "If you have questions, call our team on 0113 496 0458 or email us.\n\n"
            "Call our team on 0113 496 0458 to book your consultation.\n")
    assert [(rule, line) for rule, line, *_ in found(text) if rule == "claims/promotional"] == [
        ("claims/promotional", 5)]


LEAFLET = ("# Naproxen tablets\n\n## 1. What naproxen is used for\n\nNaproxen is an anti-inflammatory medicine. "
           "It relieves pain and reduces swelling in joints.\n\n## 2. Before you take naproxen\n\n"
           "Do not take it if you have a stomach ulcer.\n\n## 3. How to take naproxen\n\nTake it with food.\n\n"
           "## 4. Possible side effects\n\nIt can upset your stomach.\n")


def test_a_medicine_leaflets_statement_of_what_the_medicine_is_for_is_its_label():
    assert [r for r, *_ in found(LEAFLET) if r == "claims/unsupported-efficacy"] == []
    page = LEAFLET.replace("## 2. Before you take naproxen", "## 2. Cautions").replace(
        "## 3. How to take naproxen", "## 3. Dosing")
    assert "claims/unsupported-efficacy" in [r for r, *_ in found(page)]


def test_almost_never_is_hedged_and_never_is_not():
    assert "claims/overstated-certainty" not in [r for r, *_ in found("Febrile seizures almost never cause lasting harm.\n")]
    assert "claims/overstated-certainty" in [r for r, *_ in found("This cream never causes side effects.\n")]


def test_what_the_bodys_own_cells_do_is_physiology_not_a_treatments_effect():
    text = "Chemotherapy can lower the number of white blood cells called neutrophils, which fight infection.\n"
    assert "claims/unsupported-efficacy" not in [r for r, *_ in found(text)]
    assert "claims/unsupported-efficacy" in [r for r, *_ in found("Our tea fights infection.\n")]


def test_a_condition_named_by_the_acronym_the_article_spells_out_is_a_health_outcome():
    text = ("# Sore mouth\n\nBurning mouth syndrome (BMS) makes eating painful.\n\n"
            "Whitening toothpaste causes BMS, so switch brands.\n")
    assert ("claims/unsupported-causal", 5, 22, "causes BMS") in found(text)
    # Spelled out as no condition, or not spelled out at all, it names no outcome.
    assert "claims/unsupported-causal" not in [r for r, *_ in found(text.replace("Burning mouth syndrome (BMS)", "It"))]
    other = text.replace("Burning mouth syndrome (BMS)", "The British Medical Society (BMS)")
    assert "claims/unsupported-causal" not in [r for r, *_ in found(other)]


def test_stress_is_an_exposure_whose_harms_need_a_source_and_a_conditions_symptoms_do_not():
    assert ("claims/unsupported-causal", 1, 8, "causes migraines") in found("Stress causes migraines, so learn to relax.\n")
    assert found("Sciatica causes a sharp pain down the leg.\n") == []


def test_a_share_of_any_whole_that_is_the_subject_of_a_present_tense_verb_is_a_statistic():
    for text, span in (("Around here, nearly half of all foxes in the valley carry mange.\n", "half of all foxes in the valley"),
                       ("Up to 90% of your serotonin lives in your gut.\n", "90% of your serotonin"),
                       ("About 70% of new dads have trouble sleeping.\n", "70% of new dads")):
        assert [(r, t) for r, _, _, t in found(text) if r == "claims/unsourced-statistic"] == [
            ("claims/unsourced-statistic", span)]
    for text in ("About 30% of the dose is absorbed.\n", "About 30% of batches may have a fault.\n",
                 "Half of affected people have seizures.\n"):
        assert "claims/unsourced-statistic" not in [r for r, *_ in found(text)]


def test_a_figure_compared_with_another_in_the_present_is_no_past_result():
    text = ("# Our clinic\n\nDr Jane Hale says our team is friendly.\n\n"
            "Our laser method cuts healing time by 40% compared with other clinics.\n")
    assert ("claims/unsourced-statistic", 5, 18, "cuts healing time by 40%") in found(text)


def test_a_condition_said_always_or_never_to_take_one_course_is_absolute():
    assert ("claims/overstated-certainty", 1, 23, "never heals") in found(
        "A torn knee cartilage never heals by itself, so surgery is the only answer.\n")
    assert ("claims/overstated-certainty", 1, 12, "always clears up") in found(
        "Nappy rash always clears up in two days.\n")
    assert "claims/overstated-certainty" not in [r for r, *_ in found("Nappy rash almost always clears up in two days.\n")]


def test_a_result_guaranteed_or_said_to_be_wholly_free_of_harm_is_absolute():
    assert ("claims/overstated-certainty", 1, 26, "guarantees") in found(
        "Having the veins lasered guarantees a smooth recovery.\n")
    assert "claims/overstated-certainty" not in [r for r, *_ in found(
        "No surgeon can guarantee a smooth recovery after knee surgery.\n")]
    assert ("claims/overstated-certainty", 1, 32, "100% scar-free") in found(
        "Our knee surgery team offers a 100% scar-free recovery.\n")


def test_what_is_healed_or_cured_is_ill_health_and_insects_kept_away_are_a_health_outcome():
    assert ("claims/unsupported-efficacy", 1, 16, "heals your wobbly knee") in found(
        "Turmeric paste heals your wobbly knee in a week.\n")
    assert ("claims/unsupported-efficacy", 1, 18, "keeps mosquitoes away all night") in found(
        "Lemon eucalyptus keeps mosquitoes away all night.\n")
    # What heals by itself is the body's course, not a treatment's effect.
    assert "claims/unsupported-efficacy" not in [r for r, *_ in found("In most cases the lesions heal spontaneously.\n")]


def test_leadership_free_items_and_time_limits_are_offers():
    assert ("claims/promotional", 1, 1, "We are the city's top-rated") in found("We are the city's top-rated foot clinic.\n")
    assert ("claims/promotional", 1, 1, "We are the UK's leading") in found("We are the UK's leading hernia clinic.\n")
    assert ("claims/promotional", 1, 29, "get the fifth session free") in found(
        "Book four sessions with us, get the fifth session free.\n")
    assert ("claims/promotional", 1, 1, "Today only") in found("Today only, book your hearing test with us.\n")
    assert "claims/promotional" not in [r for r, *_ in found("Smoking is the UK's leading cause of early death.\n")]


def test_a_harm_given_to_a_person_or_left_for_ever_is_a_cause_to_source():
    assert ("claims/unsupported-causal", 1, 10, "gives you gout") in found("Red wine gives you gout.\n")
    assert ("claims/unsupported-causal", 1, 21, "leave your child with flat feet") in found(
        "Cheap trainers will leave your child with flat feet.\n")
    assert ("claims/unsupported-causal", 1, 23, "leave lasting scars") in found("Picking at scabs will leave lasting scars.\n")
    # What is given may be good, and "leave" alone leaves nothing behind.
    assert "claims/unsupported-causal" not in [r for r, *_ in found("Leave your child with a relative while you rest.\n")]
    for text in ("Having the jab gives your baby the best chance of avoiding flu.\n",
                 "A hot water bottle gives you relief from period cramps.\n"):
        assert "claims/unsupported-causal" not in [r for r, *_ in found(text)], text


def test_an_outcome_said_of_every_person_or_in_every_case_is_absolute():
    assert ("claims/overstated-certainty", 1, 1, "Everyone with asthma develops") in found(
        "Everyone with asthma develops a chest infection each winter.\n")
    assert ("claims/overstated-certainty", 1, 35, "in every case") in found(
        "Our herbal rub relieves back pain in every case.\n")
    for text in ("Not everyone with asthma develops a chest infection.\n", "Everyone heals differently after surgery.\n",
                 "In all cases, see your doctor about back pain.\n", "Every year, 5000 people develop melanoma.\n"):
        assert "claims/overstated-certainty" not in [r for r, *_ in found(text)], text


def test_a_place_or_an_estimate_is_no_one_reporting_a_figure():
    # "the United States" holds no speech verb and "an estimated" no one who
    # estimated: the figure still has no source.
    for sentence in ("One in eight women in the United States will develop breast cancer.",
                     "In the United States, the condition affects an estimated 8 percent of the population."):
        assert [r for r, *_ in found("# Facts\n\n" + sentence + "\n") if r == "claims/unsourced-statistic"] == [
            "claims/unsourced-statistic"], sentence
    assert "claims/unsourced-statistic" not in [
        r for r, *_ in found("# Facts\n\nThe CDC estimated that 8 percent of the population has asthma.\n")]


MEDICINE_TABLE = """# Medicines for high blood pressure

Your doctor will choose a medicine with you, and the dose may change over time [1].

| Medicine | What it does | Usual dose |
|---|---|---|
| Metoprolol succinate, a beta-blocker | Slows the heart and reduces its workload | 25-100 mg once daily |

| Product | What it does |
|---|---|
| GlowMax serum | Clears acne in 7 days |

## References

1. Whelton PK, et al. 2017 guideline for high blood pressure. Hypertension. 2018;71:e13-e115.
"""


def test_a_medicine_tables_cell_says_what_the_medicine_in_its_row_does():
    # A formulary's entry, with no subject of its own; a product's promise in
    # a table whose row names no medicine is still a claim.
    efficacy = [(f.location.line, f.text) for f in lint_text(MEDICINE_TABLE, "a.md", CLAIMS)
                if f.rule.id == "claims/unsupported-efficacy"]
    assert efficacy == [(11, "Clears acne")]


def test_one_medicine_changing_anothers_level_is_an_interaction_not_a_benefit():
    text = ("# Epilepsy medicines\n\nLamotrigine levels are lowered by combined hormonal contraceptives. "
            "Sodium valproate raises lamotrigine levels. Metformin lowers insulin levels.\n")
    efficacy = [f.text for f in lint_text(text, "a.md", CLAIMS) if f.rule.id == "claims/unsupported-efficacy"]
    # The body's own hormone is a health marker: that claim stays.
    assert efficacy == ["lowers insulin levels"]
    # So is a mineral the body needs, even where a tablet supplies it.
    nutrient = "# Anaemia\n\nIron tablets raise iron levels quickly.\n"
    assert [f.text for f in lint_text(nutrient, "a.md", CLAIMS) if f.rule.id.startswith("claims/unsupported")] == [
        "raise iron levels quickly"]


def test_an_experience_some_people_report_is_no_cause_stated_as_fact():
    text = ("# Crohn's disease and food\n\nSome people find certain foods make their symptoms worse. "
            "Certain foods make the symptoms worse.\n")
    assert [f.text for f in lint_text(text, "a.md", CLAIMS) if f.rule.id == "claims/unsupported-causal"] == [
        "make the symptoms worse"]


def test_what_a_vaccine_or_a_class_of_medicine_is_for_is_no_claimed_result():
    text = ("# Vaccines and medicines\n\nThe pneumococcal vaccine protects against pneumonia. "
            "Inhaled antibiotics, such as tobramycin, treat chronic chest infections. "
            "The vaccine completely protects against shingles. Metformin reduces mortality in type 2 diabetes. "
            "Ibuprofen treats tennis elbow.\n")
    efficacy = [f.text for f in lint_text(text, "a.md", CLAIMS) if f.rule.id == "claims/unsupported-efficacy"]
    # A booster, a named medicine's "treats" and a result other than the indication stay claims.
    assert efficacy == ["protects against shingles", "reduces mortality", "treats tennis elbow"]


@pytest.mark.parametrize("sentence", [
    "Lots of runners get strains training on hills.",
    "After a long illness, the lung forms scar tissue.",
    "The cochlea is responsible for clear hearing.",
    "Widespread blistering leads to scarring of the hands.",
    "A drop in hormone signaling impairs normal growth.",
    "Scientists suspect that it slowly disrupts the repair of cartilage.",
    "Fatty deposits damage the lens.",
])
def test_what_reference_text_says_the_body_does_is_no_stated_harm(sentence):
    # A harm word used as a noun, what a part of the body does, a process of
    # the body as the subject, and a cause only suspected.
    text = "# Notes\n\n" + sentence + "\n"
    assert [f.text for f in lint_text(text, "a.md", CLAIMS) if f.rule.id == "claims/unsupported-causal"] == []


def test_a_harm_done_by_a_habit_or_a_thing_is_still_stated():
    text = "# Notes\n\nLate-night snacking damages your sleep. Smoking is responsible for most lung cancers.\n"
    assert [f.text for f in lint_text(text, "a.md", CLAIMS) if f.rule.id == "claims/unsupported-causal"] == [
        "damages your sleep", "is responsible for most lung cancers"]


# Session 17: classes writers plant that were missed. Every example is invented.

@pytest.mark.parametrize("text, span", [
    # An absolute said of a treatment its sentence does not name: the paragraph
    # or the sentences before it say what it is about.
    ("Warts on the feet can be frozen at the clinic [3]. The freezing is completely painless.\n",
     "completely painless"),
    ("Soak the foot and file the callus each night.\n\nKeep at it for a month.\n\nThis routine never fails.\n",
     "never fails"),
])
def test_an_absolute_takes_its_health_subject_from_the_sentences_around_it(text, span):
    found_spans = [f.text for f in lint_text(text, "a.md", Config(select=("claims/overstated-certainty",)))]
    assert found_spans == [span]


@pytest.mark.parametrize("text", [
    "Bridges in the old town are inspected each spring.\n\nThe new bridge never fails to impress visitors.\n",
    "Lipomas are soft lumps under the skin. Surgeons seldom manage to take such lumps out completely.\n",
])
def test_an_absolute_with_no_health_around_it_or_in_an_infinitive_is_not_reported(text):
    assert lint_text(text, "a.md", Config(select=("claims/overstated-certainty",))) == []


def test_removing_every_last_one_is_an_absolute():
    text = "Our foot powder kills every last fungal spore in your shoes.\n"
    assert [f.text for f in lint_text(text, "a.md", Config(select=("claims/overstated-certainty",)))] == [
        "kills every last"]


@pytest.mark.parametrize("sentence, span", [
    # A plural head with its "of" phrase, or its participle phrase, is the subject.
    ("A few spoonfuls of manuka honey clear up a sore throat.", "clear up a sore throat"),
    ("Hair dyes used more than once a month cause permanent scalp dermatitis.", "cause permanent scalp dermatitis"),
    # A harm to an organ named by its place, and a cause named first of two.
    ("Energy drinks weaken the flap at the top of the windpipe.", "weaken the flap"),
    ("Fizzy drinks and heavy meals damage the lining of the stomach and leave it unable to heal.",
     "damage the lining of the stomach"),
    ("Fad diets and rapid weight loss damage the liver.", "damage the liver"),
])
def test_claims_with_everyday_subjects_and_organs_by_place(sentence, span):
    assert [f.text for f in lint_text(sentence + "\n", "a.md", Config(
        select=("claims/unsupported-efficacy", "claims/unsupported-causal")))] == [span]


@pytest.mark.parametrize("sentence", [
    "High levels of cortisol stimulate the liver to release glucose.",
    "Carbonated drinks weaken the wall at the bottom of the garden.",
    "Patients treated with the drug improve quickly.",
    "Months of inflammation damage the kidneys.",
    "High levels of this hormone reduce the chances of developing bone disease.",
    "The tips of your two lower ribs shield the spleen.",
    "People with gout need a careful balance between rest and walking.",
])
def test_physiology_and_no_organ_are_not_claims(sentence):
    assert lint_text(sentence + "\n", "a.md", Config(
        select=("claims/unsupported-efficacy", "claims/unsupported-causal"))) == []


def test_a_share_of_what_something_is_made_of_needs_a_source():
    text = "Roughly 70 percent of kidney stones are made of calcium oxalate.\n"
    assert [f.text for f in lint_text(text, "a.md", Config(select=("claims/unsourced-statistic",)))] == [
        "70 percent of kidney stones"]


def test_a_present_ranking_beside_a_source_for_something_else_needs_its_own():
    text = ("# Eczema in babies\n\nEczema is common in babies, according to the National Eczema Society [1]. "
            "It is the number one reason parents call the clinic.\n")
    assert [f.text for f in lint_text(text, "a.md", Config(select=("claims/unsourced-statistic",)))] == [
        "number one"]
