"""Terminology rules on our own text."""

from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_text
from lint.termbase import CATEGORIES, TermbaseError, load_termbase, termbase_for

TERMS = Config(select=("terminology",))


def found(text, config=TERMS, name="a.md"):
    return [(f.rule.id, f.location.line, f.location.column, f.text, f.message) for f in lint_text(text, name, config)]


def test_deprecated_term_with_safe_fix_keeping_case():
    [finding] = lint_text("Sugar diabetes runs in families.", "a.md", TERMS)
    assert finding.rule.id == "terminology/deprecated-term"
    assert finding.message == '"Sugar diabetes" is a non-standard term: "diabetes" is the standard term'
    assert finding.suggestions == ("Diabetes",) and finding.fix.edits[0].replacement == "Diabetes"


def test_false_synonym_forms():
    assert found("A heart attack, also called cardiac arrest, is an emergency.")[0][:4] == (
        "terminology/false-synonym", 1, 3, "heart attack, also called cardiac arrest")
    assert found("Hypothyroidism (hyperthyroidism) is common.")[0][0] == "terminology/false-synonym"
    # A real choice is not a synonym, nor is a pair named apart elsewhere.
    assert found("Is it a heart attack or cardiac arrest?") == []
    assert found("Cardiac arrest differs from a heart attack. A heart attack or cardiac arrest needs help.") == []


def test_inconsistent_variant_reports_minority_and_prefers_termbase():
    text = "Book an e-mail reminder. We send email daily. Email us."
    assert [(r, c, t) for r, _, c, t, _ in found(text)] == [("terminology/inconsistent-variant", 9, "e-mail")]
    text = "Health care costs rise. Healthcare is complex. Healthcare matters."
    assert [(t, m) for *_, t, m in found(text)] == [
        ("Healthcare", '"Healthcare" is also written "Health care" in this article; use one form')] * 2


def test_function_word_pairs_are_not_compared():
    assert found("Walk every day. It is an everyday habit. Maybe it may be fine.") == []


def test_spelling_variant_majority_and_configured_language():
    text = "The tumour grew. Its color changed. The color faded. Doctors analyzed it."
    assert [(t, m) for _, _, _, t, m in found(text)] == [
        ("tumour", '"tumour" is British spelling; this article is otherwise in American English ("color")')]
    gb = Config(select=("terminology/spelling-variant",), language="en-GB")
    assert [t for _, _, _, t, _ in found(text, gb)] == ["color", "color", "analyzed"]


def test_words_spelled_ise_everywhere_are_never_variants():
    assert found("Advise, exercise and surprise: we advertise premises. Organize the glucose log. Devise a plan.") == []


def test_undefined_acronym_before_definition_and_never_defined():
    text = ("PRP is popular. Platelet-rich plasma (PRP) comes from blood.\n\n"
            "The QXR scale, the QXR test and the QXR score are all used.")
    assert [(m) for *_, m in found(text)] == [
        '"PRP" is used before it is defined (on line 1)',
        '"QXR" is never defined',
    ]


def test_acronym_definitions_either_way_round_and_allow_list():
    assert found("COPD (chronic obstructive pulmonary disease) is common. COPD worsens.") == []
    assert found("Your DNA and an MRI scan. The BRAF gene, the BRAF gene, the BRAF gene. Stage IIIB, IIIB, IIIB.") == []
    config = Config(select=("terminology",), acronyms=("QXR",))
    assert found("QXR, QXR and QXR.", config) == []


def test_termbase_size_categories_and_examples():
    termbase = load_termbase()
    assert len(termbase.entries) >= 300
    assert {e.category for e in termbase.entries} <= set(CATEGORIES)
    for entry in termbase.entries:
        for bad, good in entry.examples:
            assert found(bad), f"{entry.preferred}: bad example not reported: {bad!r}"
            assert found(good) == [], f"{entry.preferred}: good example reported: {good!r}"


def test_a_deprecated_terms_safe_fix_turns_each_bad_example_into_its_good_one():
    """The fix is safe, so applying it must give the sentence the entry
    promises ("He committed suicide" -> "He died by suicide", never "He
    suicide")."""
    from lint.fixes import apply_edits, select_edits

    config = Config(select=("terminology/deprecated-term",))
    checked = 0
    for entry in load_termbase().entries:
        for bad, good in entry.examples:
            findings = lint_text(bad, "a.md", config)
            if findings:
                checked += 1
                assert apply_edits(bad, select_edits(findings, unsafe=False)) == good, entry.preferred
    assert checked >= 12


def test_required_distinct_pairs_are_present():
    termbase = load_termbase()
    pairs = [("antihistamine", "decongestant"), ("heart attack", "cardiac arrest"), ("type 1 diabetes", "type 2 diabetes"),
             ("virus", "bacterium"), ("dementia", "Alzheimer's disease"), ("common cold", "influenza"),
             ("Crohn's disease", "ulcerative colitis"), ("hypothyroidism", "hyperthyroidism")]
    for a, b in pairs:
        assert b in termbase.entry(a).distinct_from, (a, b)


def test_house_termbase_extends_and_bad_one_fails(tmp_path):
    house = tmp_path / "house.yaml"
    house.write_text("- {preferred: Glowderm serum, category: treatment, deprecated: [{term: glow juice, reason: use the product name}]}\n")
    config = Config(select=("terminology",), termbases=("house.yaml",), root=str(tmp_path))
    assert found("Apply glow juice nightly.", config)[0][3] == "glow juice"
    (tmp_path / "bad.yaml").write_text("- {preferred: x, category: gadget}\n")
    with pytest.raises(TermbaseError, match="category 'gadget'"):
        termbase_for(Config(termbases=("bad.yaml",), root=str(tmp_path)))


def test_cross_article_majority(write, tmp_path, capsys):
    import json

    from lint.cli import main

    for i in range(3):
        write(f"site/a{i}.md", "Pre-diabetes is common.\n")
    write("site/b.md", "Prediabetes is common.\n")
    main(["check", str(tmp_path / "site"), "--select", "terminology/cross-article", "--format", "json", "--jobs", "2"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["path"].split("/")[-1], f["line"], f["column"], f["message"]) for f in findings] == [
        ("b.md", 1, 1, '"Prediabetes" is written "Pre-diabetes" in 3 other articles of this run')]


def test_hyphenated_beside_spaced_compound_is_grammar_not_inconsistency():
    text = "High-risk patients need checks. People at high risk should ask.\n"
    assert found(text) == []
    closed = "High-risk patients need checks. Highrisk groups should ask.\n"
    assert [f[:4] for f in found(closed)] == [("terminology/inconsistent-variant", 1, 33, "Highrisk")]


def test_termbase_matcher_classes_match_what_ignorecase_matches():
    """The matcher's branches name both cases of a letter, plus the few
    other characters that IGNORECASE treats as that letter."""
    import re

    from lint.termbase import _either_case

    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for char in "abcdefghijklmnopqrstuvwxyz0123456789":
        ignoring_case = set(re.findall(re.escape(char), everything, re.I))
        assert set(re.findall(_either_case(char), everything)) == ignoring_case, char


def test_termbase_matcher_keeps_acronyms_as_written_and_words_in_any_case():
    matcher = load_termbase().matcher
    found = lambda text: [m.group() for m in matcher.finditer(text)]  # noqa: E731
    assert found("COPD and copd; Sugar Diabetes, SUGAR-DIABETES") == ["COPD", "Sugar Diabetes", "SUGAR-DIABETES"]


def test_termbase_matcher_finds_what_one_flat_alternation_finds():
    """The split regex is an optimisation of the plain alternation of every
    form, longest first; on the termbase's own forms and examples, written
    in other cases and run together, both find the same."""
    import random
    import re

    from lint.termbase import _alternative

    termbase = load_termbase()
    forms = sorted({f: None for e in termbase.entries for f in (*e.forms, *(d.term for d in e.deprecated))},
                   key=len, reverse=True)
    flat = re.compile(r"(?<![\w-])(?:" + "|".join(map(_alternative, forms)) + r")(?![\w-])", re.I)
    examples = [text for e in termbase.entries for pair in e.examples for text in pair]
    chance = random.Random(7)
    pieces = forms + examples + ["\u212a", "\u017f", "\u0130", "-", "/", " or ", "(", "’s", "x"]
    texts = [" ".join(chance.choice(pieces) for _ in range(12)) for _ in range(300)]
    for text in texts + [t.upper() for t in texts] + [t.swapcase() for t in texts]:
        assert [m.span() for m in termbase.matcher.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_termbase_matcher_with_forms_not_starting_with_an_ascii_letter():
    """A house termbase may hold forms starting otherwise ("Ødem", "5-FU",
    "(ADHD)"); the matcher still finds what the flat alternation finds."""
    import re

    from lint.termbase import _alternative, _matcher

    forms = sorted(["Ødem", "ødem x", "5-FU", "(ADHD)", "alpha beta", "alpha", "ALP", "kappa", "Kappa B"],
                   key=len, reverse=True)
    flat = re.compile(r"(?<![\w-])(?:" + "|".join(map(_alternative, forms)) + r")(?![\w-])", re.I)
    text = "ødem X, Ødem; 5 fu, 5-FU (ADHD) Alpha-Beta alpha ALP alp \u212aappa b KAPPA-B."
    for variant in (text, text.upper(), text.lower()):
        assert [m.span() for m in _matcher(forms).finditer(variant)] == [m.span() for m in flat.finditer(variant)]


def test_compounds_are_what_a_hyphenated_word_regex_finds():
    """_compounds reads only the runs around hyphens; it finds what a search
    for letters joined by hyphens, bounded by neither a word character nor
    a hyphen, finds."""
    import re

    from hypothesis import given, settings, strategies as st

    from lint.checks.terminology import _compounds

    search = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)+(?![\w-])")

    @settings(max_examples=500, deadline=None)
    @given(st.text(alphabet="aZq-_9é. \n—'", max_size=30))
    def same(text):
        assert _compounds(text) == [m.span() for m in search.finditer(text)]

    same()


def test_false_synonym_names_the_same_but_for_opposites_or_parts_of_the_body():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    assert pairs("Hypothyroidism, also known as hyperthyroidism, is common.") == [
        '"Hypothyroidism" and "hyperthyroidism" are different conditions but are presented as one']
    assert pairs("Acute bronchitis, sometimes called chronic bronchitis, lasts weeks.") == [
        '"Acute bronchitis" and "chronic bronchitis" are different things but are presented as one']
    assert pairs("Type 1 diabetes, also called type 2 diabetes, is rising.") == [
        '"Type 1 diabetes" and "type 2 diabetes" are different conditions but are presented as one']
    assert pairs("Pancreatic abscess, also known as peritoneal abscess, is rare.") == [
        '"Pancreatic abscess" and "peritoneal abscess" are different things but are presented as one']
    # Words for one part of the body, a part and the region holding it, or a broader name: one thing.
    for text in ("Kidney failure, also known as renal failure, is serious.",
                 "Back pain, also called spinal pain, is common.",
                 "Stomach pain, also called abdominal pain, is common.",
                 "Laryngeal cancer, also known as throat cancer, is rare.",
                 "Diabetes, also called type 2 diabetes, is rising."):
        assert pairs(text) == [], text


def test_false_synonym_reads_an_acronym_as_what_it_stands_for():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    # MedQuAD's NIH writers' expansion of GERD, or the article's own definition.
    assert pairs("Heartburn, also known as GERD, is common.") == [
        '"Heartburn" and "GERD" are different conditions but are presented as one']
    assert pairs("Chronic obstructive pulmonary disease (COPD) is common. Asthma, also called COPD, is not.") == [
        '"Asthma" and "COPD" are different conditions but are presented as one']
    # A loose gloss the table knows only by its last word is left alone.
    assert pairs("Oats may cut the bad kind of cholesterol, known as LDL.") == []


def test_false_synonym_of_opposites_after_a_verb_names_only_the_opposites():
    # "patients report acute pain (also called chronic pain)": the phrase before reaches back to the
    # verb; its last words are the name the opposites make two things of.
    from lint.config import Config
    from lint.engine import lint_text
    found = [(f.location.column, f.message) for f in lint_text(
        "A few patients report acidic urine, which doctors call alkaline urine.\n", "a.txt",
        Config(select=("terminology/false-synonym",)))]
    assert found == [(23, '"acidic urine" and "alkaline urine" are different things but are presented as one')]


def test_false_synonym_spares_site_words_plurals_and_phrases_that_go_on():
    from lint.config import Config
    from lint.engine import lint_text

    def found(text):
        return [f.message for f in lint_text(text + "\n", "a.txt", Config(select=("terminology/false-synonym",)))]
    # One part of the body in two words, a Greek plural, a head noun whose phrase goes on: one thing.
    assert found("Liver angiomyolipoma, also known as hepatic angiomyolipoma, is rare.") == []
    assert found("Some people have ecchymosis (also called ecchymoses).") == []
    assert found("Porencephalic cyst, also known as cavity within brain, is rare.") == []
    # Two things still are.
    assert found("Heartburn, also known as a heart attack, is common.") == [
        '"Heartburn" and "heart attack" are different conditions but are presented as one']


def test_false_synonym_reads_an_acronym_by_every_concept_it_names():
    from lint.config import Config
    from lint.engine import lint_text

    def found(text):
        return [f.message for f in lint_text(text + "\n", "a.txt", Config(select=("terminology/false-synonym",)))]
    # An acronym the concept table knows, none of whose concepts is the name beside it.
    assert found("Angina pectoris, sometimes called CHF, may be present.") == [
        '"Angina pectoris" and "CHF" are different conditions but are presented as one']
    # One of its concepts is the name, or the name's words spell it out: no finding.
    assert found("Heart attack, also known as MI, is common.") == []
    assert found("Atrial septal defect, also known as ASD, is common.") == []
    assert found("Cerebral autosomal recessive arteriopathy with subcortical infarcts and leukoencephalopathy, "
                 "commonly known as CARASIL, is rare.") == []


def test_false_synonym_between_members_of_one_lettered_or_numbered_series():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    assert pairs("UVA rays, also known as UVB rays, burn the skin.") == [
        '"UVA rays" and "UVB rays" are different things but are presented as one']
    assert pairs("Vitamin D2 (vitamin D3) is made in the skin.") == [
        '"Vitamin D2" and "vitamin D3" are different things but are presented as one']
    assert pairs("Levels of T3, also called T4, fall.") == [
        '"T3" and "T4" are different things but are presented as one']
    # Opposites in an "or" set off by commas too.
    assert pairs("The cause is acute bronchitis, or chronic bronchitis, in most cases.") == [
        '"acute bronchitis" and "chronic bronchitis" are different things but are presented as one']
    # A bare number after a word is no series member ("SPF 30", "aged 65"), nor a lone letter with nothing before.
    assert pairs("Use SPF 30 (SPF 50) cream.") == []
    assert pairs("Omega 3 (omega 6) fats are common.") == []


def test_an_acronym_joined_to_a_medical_abbreviation_is_jargon_even_used_twice():
    def acronyms(text):
        return [(f[2], f[4]) for f in found(text) if f[0] == "terminology/undefined-acronym"]
    # "MCD" is in no medical list, but it stands beside FSGS: a condition like it.
    assert acronyms("It is very similar to MCD and focal segmental glomerulosclerosis (FSGS). "
                    "The treatment is the same as for MCD or FSGS.") == [(23, '"MCD" is never defined')]
    # Beside a body ("the NIH"), or an acronym every reader knows, it is still read as a name.
    assert acronyms("Funding came from the NIH and XYZ.") == []
    assert acronyms("He has HIV and XYZ.") == []


def test_a_false_synonym_after_an_opening_clause_is_no_list_item():
    from lint.engine import lint_text
    text = "Because of those bumps, rosacea is also called adult acne, which leads people to use harsh products.\n"
    assert [(f.rule.id, f.location.column) for f in lint_text(text, "a.md") if f.rule.id == "terminology/false-synonym"
            ] == [("terminology/false-synonym", 25)]
    listed = "Conditions such as eczema, rosacea, also called acne rosacea, need care.\n"
    assert [f for f in lint_text(listed, "a.md") if f.rule.id == "terminology/false-synonym"] == []


def test_a_preferred_form_the_article_never_writes_falls_to_its_majority():
    # The termbase prefers "X-ray"; this article writes "x ray" three times and "xray" once.
    text = ("An x ray shows the bone. A second x ray checks healing. "
            "If the xray is unclear, a third x ray may follow.\n")
    assert [(f[0], f[3]) for f in found(text) if f[0] == "terminology/inconsistent-variant"] == [
        ("terminology/inconsistent-variant", "xray")]


def test_false_synonym_spares_an_acronym_its_name_spells_out_and_one_number_two_ways():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    # The construction is the writer's definition, whatever else MedQuAD's writers use the acronym for.
    assert pairs("Friedreich ataxia, also known as FA, affects the nerves.") == []
    assert pairs("Some people have episodic ataxia (also called EA).") == []
    # Roman and Arabic numerals of one number name one type.
    assert pairs("Glycogen storage disease type V is also known as glycogen storage disease type 5.") == []
    assert pairs("Type 1 diabetes, also known as type II diabetes, starts in childhood.") == [
        '"Type 1 diabetes" and "type II diabetes" are different things but are presented as one']


def test_false_synonym_a_kind_named_as_its_class():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    assert pairs("Arthritis, also known as gout, causes sudden joint pain.") == [
        '"gout" is one kind of arthritis, not another name for it']
    assert pairs("Melanoma, also called cancer, can spread.") == [
        '"Melanoma" is one kind of cancer, not another name for it']
    # A name that says so ("type 1 diabetes", "skin cancer"), a bracket, a substance or procedure filed
    # under its chemistry or class, and a rare condition's subtype are not reported.
    assert pairs("Type 1 diabetes, also known as diabetes, needs insulin.") == []
    assert pairs("Gout (arthritis) causes sudden pain.") == []
    assert pairs("B cells make antibodies (also known as immunoglobulins).") == []
    assert pairs("Immunization, also called vaccination, protects children.") == []
    assert pairs("One form is maculopapular cutaneous mastocytosis (also called urticaria pigmentosa).") == []


def test_false_synonym_between_everyday_names_of_conditions():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    assert pairs("A cold, also known as the flu, clears up in a week.") == [
        '"cold" and "flu" are different conditions but are presented as one']
    assert pairs("A sprain, also called a fracture, needs rest.") == [
        '"sprain" and "fracture" are different conditions but are presented as one']
    assert pairs("A squint, also known as a lazy eye, affects children.") == [
        '"squint" and "lazy eye" are different conditions but are presented as one']
    # An everyday name of the same condition.
    assert pairs("Gastroenteritis, also known as a tummy bug, causes vomiting.") == []
    assert pairs("A squint, also known as strabismus, affects children.") == []
    # An everyday name for a technical class, whatever the tables file under it.
    assert pairs("Conjunctivitis, often called pink eye, makes the eye red.") == []


def test_false_synonym_in_more_constructions():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    expected = ['"Eczema" and "psoriasis" are different conditions but are presented as one']
    for text in ("Eczema, i.e. psoriasis, makes skin itch.",
                 "Eczema (i.e. psoriasis) makes skin itch.",
                 "Eczema, the medical name for psoriasis, makes skin itch.",
                 "Eczema, another name for psoriasis, makes skin itch.",
                 "Eczema – or psoriasis – makes skin itch.",
                 "Eczema, more formally known as psoriasis, makes skin itch.",
                 "Eczema (which is also called psoriasis) makes skin itch."):
        assert pairs(text) == expected, text
    # "i.e." that gives an example is judged as a bracket is: only two siblings of the table.
    assert pairs("Drugs such as long-acting nitrates (i.e. isosorbide dinitrate) may help.") == []
    # A dash before "or" that is no apposition.
    assert pairs("Eczema – or psoriasis, or both – makes skin itch.") == []
    # A class with "a" before it introduces one of its kinds.
    assert pairs("It is a mood disorder, also known as manic depression.") == []


def test_false_synonym_names_the_same_but_for_two_parts_of_the_body_more_adjectives():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    assert pairs("A glabellar hemangioma, also known as an esophageal hemangioma, may be present.") == [
        '"glabellar hemangioma" and "esophageal hemangioma" are different things but are presented as one']
    # Two words for one part: one thing.
    assert pairs("Coronary artery disease, also called cardiac artery disease, is common.") == []


def test_radiation_therapy_is_radiotherapy():
    assert [f for f in found("Radiation therapy, also called radiotherapy, uses high-energy rays.")
            if f[0] == "terminology/false-synonym"] == []


def test_a_compound_hyphenated_and_closed_is_inconsistent_whatever_its_first_part():
    from lint.config import Config as _Config
    from lint.engine import lint_text as _lint
    text = ("# Recovery\n\nYour aftercare starts on the ward. Good aftercare helps you heal. "
            "The after-care team will call you.\n")
    found = [(f.rule.id, f.location.line, f.location.column, f.text)
             for f in _lint(text, "a.md", _Config(select=("terminology/inconsistent-variant",)))]
    assert found == [("terminology/inconsistent-variant", 3, 71, "after-care")]


def test_a_hyphenated_noun_before_an_adverb_or_preposition_is_compared_with_its_open_form():
    from lint.config import Config as _Config
    from lint.engine import lint_text as _lint
    only = _Config(select=("terminology/inconsistent-variant",))
    text = "# BP\n\nCheck your blood-pressure daily. Your blood pressure may be high. Blood pressure checks are free.\n"
    assert [(f.location.column, f.text) for f in _lint(text, "a.md", only)] == [(12, "blood-pressure")]
    # Two modifiers joined by a comma, and a noun after its verb, are not one compound two ways.
    text = "# Cost\n\nIt is a low-cost, low-dose medicine. The low cost for patients helps.\n"
    assert _lint(text, "a.md", only) == []


def test_an_old_name_in_brackets_beside_the_standard_one_is_a_gloss_not_a_finding():
    config = Config(select=("terminology/deprecated-term",))
    for text in ("Bipolar disorder (manic depression) affects mood.", "Tetanus (lockjaw) is rare now.",
                 "Lockjaw (tetanus) is rare now."):
        assert lint_text(text, "a.md", config) == [], text
    assert [f.text for f in lint_text("Lockjaw is rare now.", "a.md", config)] == ["Lockjaw"]


def test_false_synonym_spares_a_name_whose_words_are_another_name_of_the_other():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    # "fungal nail infection" holds the words of "nail fungus", a name of onychomycosis (an ending aside),
    # though the Disease Ontology files the phrase under paronychia.
    assert pairs("# Fungal Nail Infection (Onychomycosis)\n\nIt is common.") == []
    assert pairs("Onychomycosis (fungal nail infection) is common.") == []
    # The MedlinePlus topic "Cold Sores" carries herpes labialis's UMLS id (everyday_names.tsv).
    assert pairs("A cold sore, also known as herpes labialis, starts as a tingle.") == []
    assert pairs("Cold sores, also called canker sores, appear on the lips.") == [
        '"Cold sores" and "canker sores" are different conditions but are presented as one']
    # A topic the vocabularies file nowhere, holding every word of a name of the other.
    assert pairs("An enlarged prostate, also known as benign prostatic hyperplasia, is common.") == []
    # Two siblings whose names share no such words are still reported.
    assert pairs("Tinea pedis (tinea cruris) itches.") == [
        '"Tinea pedis" and "tinea cruris" are different conditions but are presented as one']
    assert pairs("Onychomycosis (paronychia) is common.") == [
        '"Onychomycosis" and "paronychia" are different conditions but are presented as one']


def test_false_synonym_between_two_germs():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    assert pairs("Chickenpox is caused by the varicella-zoster virus, also known as the herpes simplex virus.") == [
        '"varicella-zoster virus" and "herpes simplex virus" are different organisms but are presented as one']
    assert pairs("Staphylococcus aureus, also known as Streptococcus pyogenes, causes impetigo.") == [
        '"Staphylococcus aureus" and "Streptococcus pyogenes" are different organisms but are presented as one']
    # A germ glossed by its class, or named by the infection it causes, is no such pair.
    assert pairs("Staphylococcus aureus (bacteria) lives on skin.") == []
    assert pairs("The varicella-zoster virus, also known as the chickenpox virus, causes shingles.") == []


def test_false_synonym_between_everyday_names_of_procedures_and_a_lay_name_of_a_skin_infection():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    # "X Transplantation" is a transplant; everyday names from MeSH entry terms and MedlinePlus topics.
    assert pairs("Dialysis, also known as a kidney transplant, cleans the blood.") == [
        '"Dialysis" and "kidney transplant" are different procedures but are presented as one']
    assert pairs("A hysterectomy, also called a tubal ligation, is permanent.") == [
        '"hysterectomy" and "tubal ligation" are different procedures but are presented as one']
    assert pairs("Athlete's foot, also known as jock itch, is caused by fungi.") == [
        '"Athlete\'s foot" and "jock itch" are different conditions but are presented as one']
    assert pairs("A lumbar puncture, also known as a spinal tap, takes fluid from the spine.") == []
    assert pairs("Jock itch (tinea cruris) is a fungal infection.") == []


def test_false_synonym_spares_a_name_that_is_the_other_and_a_head_of_kind():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    # "tinea infection" is a name of ringworm: "tinea" with a head that says only what kind of thing it is.
    assert pairs("Ringworm, also known as tinea, is a fungal infection.") == []
    # Other words besides the head still make another name.
    assert pairs("A heart attack, also called heart failure, needs care.") == [
        '"heart attack" and "heart failure" are different conditions but are presented as one']


def test_false_synonym_reads_a_condition_named_without_its_head():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    # "shoulder impingement" is shoulder impingement syndrome, a sibling of frozen shoulder in the table.
    assert pairs("A stiff shoulder, or shoulder impingement, is another matter.") == []
    assert pairs("Frozen shoulder, or shoulder impingement, can follow a fall.") == [
        '"Frozen shoulder" and "shoulder impingement" are different conditions but are presented as one']
    assert pairs("Irritable bowel, also called inflammatory bowel disease, causes cramps.") == [
        '"Irritable bowel" and "inflammatory bowel disease" are different conditions but are presented as one']
    # A short form NIH writers use alone names something else (headless_names.tsv), and a phrase ending
    # in a part of the body names that part ("coronary arteries" are no coronary artery disease).
    assert pairs("An irregular heart rhythm, also called a heart murmur, may need tests.") == []
    from lint.checks import terminology
    table = terminology.concept_table()
    assert terminology._concept_of(table, "shoulder impingement")[0] == "shoulder impingement syndrome"
    assert terminology._concept_of(table, "heart rhythm") is None
    assert terminology._concept_of(table, "coronary arteries") is None


def test_false_synonym_an_acronym_whose_article_spells_it_another_way():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    swapped = ("CHD, also known as congenital heart disease, can follow years of smoking. Coronary heart disease "
               "narrows the arteries. Coronary heart disease is common in older men.")
    assert pairs(swapped) == ['"CHD" stands for "coronary heart disease" elsewhere in this article, and '
                              '"congenital heart disease" is a different condition']
    # The name given is the article's own expansion, or the other phrase is written only once, or shares no
    # word with the name given (letters that match by chance), or the acronym has two letters.
    assert pairs("CTS, also known as carpal tunnel syndrome, makes fingers numb. Carpal tunnel syndrome "
                 "is common. Cubital tunnel syndrome is not.") == []
    assert pairs("MS, also known as multiple sclerosis, affects nerves. Mitral stenosis is a heart problem. "
                 "Mitral stenosis is rarer.") == []


def test_false_synonym_after_adverbs_of_frequency_and_register():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    expected = ['"Eczema" and "psoriasis" are different conditions but are presented as one']
    for text in ("Eczema, frequently called psoriasis, makes skin itch.",
                 "Eczema, occasionally referred to as psoriasis, makes skin itch.",
                 "Eczema, widely known as psoriasis, makes skin itch.",
                 "Eczema, known to doctors as psoriasis, makes skin itch.",
                 "Eczema, often known simply as psoriasis, makes skin itch.",
                 "Eczema is simply another name for psoriasis."):
        assert pairs(text) == expected, text
    # Adverbs by which the writer disowns or dates the name.
    assert pairs("Eczema, sometimes mistakenly called psoriasis, makes skin itch.") == []
    assert pairs("Eczema, wrongly known as psoriasis, makes skin itch.") == []


def test_false_synonym_or_in_apposition_between_cousins_of_the_table():
    def pairs(text):
        return [f[4] for f in found(text) if f[0] == "terminology/false-synonym"]
    # A conjunctival disease and a uvea disorder: two eye diseases, one grandparent apart.
    assert pairs("Conjunctivitis, or uveitis, makes the eye red.") == [
        '"Conjunctivitis" and "uveitis" are different conditions but are presented as one']
    # Cousins count after "or" set off by commas only, not in brackets.
    assert pairs("Conjunctivitis (uveitis) makes the eye red.") == []
    # An "or" after a bracket ends a list.
    assert pairs("Tests may show a big heart (cardiomegaly), or orthostatic hypertension, in some adults.") == []
