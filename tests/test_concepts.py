"""The concept table and the false-synonym rule it feeds."""

from __future__ import annotations

from lint import resources
from lint.concepts import concepts, key
from lint.config import Config
from lint.engine import lint_text

SYNONYMS = Config(select=("terminology/false-synonym",))


def found(text):
    return [(f.line if hasattr(f, "line") else f.location.line, f.location.column, f.text, f.message)
            for f in lint_text(text, "a.md", SYNONYMS)]


def test_key_ignores_case_hyphens_possessives_british_spelling_and_plural():
    assert key("Hashimoto's Thyroiditis") == key("hashimoto thyroiditis")
    assert key("herniated disc") == key("Herniated Disk")
    assert key("Triglycerides") == key("triglyceride")
    assert key("anaemia") == key("anemia")
    assert key("---") == ""
    # British spellings of Greek medical words by rule, where the spelling tables have no entry.
    for british, american in (("gonorrhoea", "gonorrhea"), ("thalassaemia", "thalassemia"), ("haemorrhoids", "hemorrhoid"),
                              ("paediatric", "pediatric"), ("seborrhoeic dermatitis", "seborrheic dermatitis")):
        assert key(british) == key(american), british
    assert (key("toe"), key("shoe"), key("aesthetic")) == ("toe", "shoe", "aesthetic")
    assert found("Gonorrhoea, also known as chlamydia, is a sexually transmitted infection.")[0][3] == \
        '"Gonorrhoea" and "chlamydia" are different conditions but are presented as one'


def test_table_knows_synonyms_and_what_is_broader():
    table = concepts()
    assert table.related(table.of("heart attack"), table.of("myocardial infarction"))
    assert table.related(table.of("arthritis"), table.of("gout"))  # broader
    assert not table.related(table.of("gout"), table.of("pseudogout"))
    assert not table.related(table.of("ureteroscopy"), table.of("lithotripsy"))


def test_table_file_header_names_sources_and_licences():
    import gzip

    head = gzip.decompress(resources.data_path("concepts/concepts.tsv.gz").read_bytes()).decode("utf-8")[:1200]
    for source in ("Disease Ontology", "CC0", "MeSH 2015", "National Library of Medicine", "MedQuAD", "CC BY 4.0"):
        assert source in head


def test_equivalences_between_different_concepts():
    [(line, column, text, message)] = found("Gout, also known as pseudogout, causes joint pain.")
    assert (line, column, text) == (1, 1, "Gout, also known as pseudogout")
    assert message == '"Gout" and "pseudogout" are different conditions but are presented as one'
    # The last words stand for the phrase after "also known as": a kind of lithotripsy.
    assert found("Ureteroscopy, also known as shock wave lithotripsy, breaks stones.")[0][2] == \
        "Ureteroscopy, also known as shock wave lithotripsy"
    # Brackets and "or" in apposition: the termbase's curated pairs, and concepts under one parent
    # (below); on real news they mostly gloss a term with a lay or wider name.
    assert found("Hypothyroidism (hyperthyroidism) is common.")[0][2] == "Hypothyroidism (hyperthyroidism)"
    assert found("The cause is hypothyroidism, or hyperthyroidism, in most cases.")[0][2] == \
        "hypothyroidism, or hyperthyroidism"
    assert found("Triglycerides (LDL cholesterol) rise after meals.") == []
    # A phrase the table lacks is related to what names holding all its words are related to.
    assert found("Patients may undergo coronary angioplasty, also called percutaneous coronary intervention.") == []


def test_a_bracket_or_an_or_in_apposition_between_two_siblings_of_the_table():
    # Two concepts under one parent, deep in their trees: two things a writer may confuse.
    assert [f[2:] for f in found("Gout (pseudogout) causes joint pain.\n")] == [
        ("Gout (pseudogout)", '"Gout" and "pseudogout" are different conditions but are presented as one')]
    assert [f[2] for f in found("People with gout, or pseudogout, have joint pain.\n")] == ["gout, or pseudogout"]
    assert [f[3] for f in found("Doctors may use a colonoscopy (esophagoscopy) first.\n")] == [
        '"colonoscopy" and "esophagoscopy" are different procedures but are presented as one']
    # Not siblings (a wider or a lay name, a part and its region), an everyday gloss of a technical
    # name, or a list of examples: no finding.
    for text in ("Symptoms include nausea (upset stomach) and vomiting.",
                 "Fever, headache, vomiting and lethargy (tiredness) may follow.",
                 "It fuses two bones in the neck (cervical vertebrae).",
                 "Treatments such as plasma exchange (plasmapheresis) may help.",
                 "It is caused by diseases such as tuberculosis, or multiple sclerosis.",
                 "White blood cells fall with fever (febrile neutropenia)."):
        assert found(text + "\n") == [], text


def test_synonyms_broader_terms_lists_and_glosses_are_not_findings():
    for text in (
        "A heart attack, also called myocardial infarction, needs urgent care.",
        "Gout (a type of arthritis) is painful.",
        "Gout, also known as gouty arthritis, is painful.",
        "Type 2 diabetes (diabetes) is common.",
        "A stroke or mini-stroke needs urgent care.",
        "Eczema or psoriasis can make skin itch.",
        "Without changing carbohydrate, or fat, or protein, it worked.",
        "Doctors found gout, eczema, or psoriasis in most patients.",
        "She had sepsis, or blood poisoning, last year.",  # a lay gloss the vocabularies lack
        "Symptoms include nausea (upset stomach) and vomiting.",
        "It contains a short piece of protein, or peptide, tagged with a magnet.",
        "The procedure may collapse a lung (pneumothorax).",  # an organ glossing a disease
        "Gout, also known as XYZ, is painful.",
    ):
        assert found(text) == [], text


def test_equivalences_with_a_verb_before_also_and_another_name_for():
    assert found("Basal cell carcinoma is also known as melanoma.")[0][2] == \
        "Basal cell carcinoma is also known as melanoma"
    assert found("Actinic keratosis, which is also called seborrheic keratosis, is rough skin.")[0][2] == \
        "Actinic keratosis, which is also called seborrheic keratosis"
    assert found("Psoriasis is another name for eczema.")[0][2] == "Psoriasis is another name for eczema"
    # "is called" without "also" names one member of a class: not an equivalence.
    assert found("One of the commonest side effects is called cytokine release syndrome.") == []
    assert found("A heart attack is also known as a myocardial infarction.") == []


def test_curated_distinct_pairs_in_brackets_and_plural_names():
    assert found("Some bacteria (viruses) cause infections.")[0][3] == \
        '"bacteria" and "viruses" are different conditions but are presented as one'
    assert found("Kidney stones (gallstones) cause sharp pain.")[0][2] == "Kidney stones (gallstones)"


def test_more_ways_of_presenting_two_names_as_one():
    expected = "Ureteroscopy, also known as shock wave lithotripsy"
    for text, span in (
        ("Ureteroscopy (also known as shock wave lithotripsy) breaks stones.",
         "Ureteroscopy (also known as shock wave lithotripsy"),
        ("Ureteroscopy, better known as shock wave lithotripsy, breaks stones.",
         "Ureteroscopy, better known as shock wave lithotripsy"),
        ("Ureteroscopy, known as shock wave lithotripsy, breaks stones.",
         "Ureteroscopy, known as shock wave lithotripsy"),
        ("Ureteroscopy, often just called shock wave lithotripsy, breaks stones.",
         "Ureteroscopy, often just called shock wave lithotripsy"),
        ("Ureteroscopy, aka shock wave lithotripsy, breaks stones.", "Ureteroscopy, aka shock wave lithotripsy"),
        ("Ureteroscopy, a.k.a. shock wave lithotripsy, breaks stones.", "Ureteroscopy, a.k.a. shock wave lithotripsy"),
        ("Ureteroscopy is known as shock wave lithotripsy.", "Ureteroscopy is known as shock wave lithotripsy"),
        (expected + ", breaks stones.", expected),
    ):
        [(line, column, written, message)] = found(text)
        assert (line, column, written) == (1, 1, span), text
        assert message == '"Ureteroscopy" and "shock wave lithotripsy" are different procedures but are presented as one'
    # "a procedure known as X" names a member of a class.
    assert found("Doctors used a procedure known as shock wave lithotripsy.") == []


def test_a_plain_phrase_for_what_a_suffix_means_is_a_gloss():
    for text in (
        "Gum care reduced prostate inflammation, called prostatitis, in a trial.",
        "The device reduced heavy menstrual bleeding (also called menorrhagia) in most women.",
        "Hypoglycaemia, also known as low blood sugar, can cause shaking.",
    ):
        assert found(text) == [], text


def test_everyday_names_and_letter_numbers_in_the_table():
    table = concepts()
    assert table.of("mammogram") == table.of("mammography")
    assert table.of("echocardiogram") == table.of("echocardiography")
    assert table.of("antiviral") and table.of("thyroid")
    assert table.of("vitamin B-12") == table.of("Vitamin B 12") == table.of("vitamin b12")
    assert table.of("paracetamol") == table.of("acetaminophen")
    assert found("A mammogram, also known as a colonoscopy, finds cancer early.")[0][2] == \
        "mammogram, also known as a colonoscopy"


def test_a_phrase_is_not_read_as_a_kind_of_a_head_near_the_top_of_a_tree():
    # "acid" is a class of chemicals near the top of MeSH: "acetylsalicylic acid" may be anything.
    assert found("Aspirin, also known as acetylsalicylic acid, thins the blood.") == []


def test_everyday_names_of_drug_classes_tests_and_therapies():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    from build_concepts import uninvert

    table = concepts()
    for line in resources.lines("concepts/everyday_names.tsv"):
        everyday, descriptor = line.split("\t")
        if descriptor.startswith("DOID:"):  # a Disease Ontology term: the name joins a concept with others
            [concept] = table.of(everyday)
            assert sum(concept in found for found in table.by_name.values()) > 1, line
            continue
        assert set(table.of(everyday) or ()) & set(table.of(uninvert(descriptor)) or ()), line
    assert found("Statins, also known as beta blockers, lower risk.")[0][3] == \
        '"Statins" and "beta blockers" are different drug classes but are presented as one'
    assert found("An MRI scan, also called a CT scan, shows the spine.")[0][2] == "MRI scan, also called a CT scan"
    for text in (
        "Few slowed the rise of cortisone (also known as corticosteroids).",  # a member and its class
        "The drugs, called statins, lower cholesterol.",  # "drugs" is no concept of its own
        "Painkillers, also called analgesics, ease pain.",
    ):
        assert found(text) == [], text


def test_the_same_as():
    assert found("Gout is the same as pseudogout.")[0][2] == "Gout is the same as pseudogout"
    assert found("Gout is basically the same thing as pseudogout.")[0][2] == \
        "Gout is basically the same thing as pseudogout"
    assert found("Gout is not the same as pseudogout.") == []
    assert found("A heart attack is the same as a myocardial infarction.") == []


def test_naming_constructions_with_two_adverbs_quotes_and_medical_terms():
    for text in (
        "Gout is also sometimes called pseudogout.",
        "Gout, also known as 'pseudogout', causes pain.",
        "Gout, also known as “pseudogout”, causes pain.",
        "Gout, known medically as pseudogout, causes pain.",
        "Gout, which doctors call pseudogout, causes pain.",
        "Pseudogout is the medical term for gout.",
    ):
        [(line, column, written, message)] = found(text)
        assert column == 1 and message.endswith("are different conditions but are presented as one"), text
    assert found("Myocardial infarction is the medical term for a heart attack.") == []
    assert found("A heart attack, which doctors call a myocardial infarction, is serious.") == []
    # "(or Y)" is an apposition: the termbase's curated pairs decide.
    assert found("Kidney stones (or gallstones) cause pain.")[0][2] == "Kidney stones (or gallstones"


def test_a_medlineplus_list_of_related_topics_names_no_one_thing():
    table = concepts()
    # "Cocaine" lists street names, "Dietary Fats" saturated and polyunsaturated fat: not one thing.
    assert table.of("blow") is None and table.of("speed") is None
    assert table.of("saturated fat") != table.of("polyunsaturated fat") or table.of("saturated fat") is None


def test_what_lay_people_call_a_thing_is_reported_usage_not_an_equivalence():
    assert found("It treats acid reflux, which many people refer to as heartburn.") == []


def test_the_last_item_of_a_list_glossed_by_a_sibling():
    # "also called" after a list's last item glosses it, or the whole list: only two siblings count.
    assert [f[2] for f in found("Signs include poor feeding, vomiting, also called nausea, and fever.\n")] == [
        "vomiting, also called nausea"]
    for text in ("Signs include fever, cough, sore throat, also known as flu symptoms.",
                 "Options include diet, exercise, also called lifestyle changes, and drugs.",
                 "Signs include fever, vomiting, also called emesis, and rash."):  # one thing
        assert found(text + "\n") == [], text


def test_everyday_names_of_common_conditions_whose_mesh_name_is_technical():
    # MeSH files insomnia under "Sleep Initiation and Maintenance Disorders", a nosebleed under "Epistaxis".
    table = concepts()
    assert table.of("insomnia") == table.of("sleep initiation and maintenance disorders")
    assert table.of("nosebleed") == table.of("epistaxis")
    assert found("Insomnia, also known as sleepwalking, keeps people awake.") == [
        (1, 1, "Insomnia, also known as sleepwalking",
         '"Insomnia" and "sleepwalking" are different conditions but are presented as one')]
    assert found("A nosebleed, also called epistaxis, usually stops by itself.") == []
    assert found("Angina, also known as chest pain from the heart, is a warning sign.") == []


def test_everyday_names_of_foot_joint_skin_and_childhood_conditions():
    table = concepts()
    assert table.of("hammertoe") == table.of("hammer toe") == table.of("hammer toe syndrome")
    assert table.of("wry neck") == table.of("torticollis")
    assert set(table.of("threadworms")) <= set(table.of("enterobiasis"))
    assert found("A bunion, also known as a hammertoe, is a bony bump.") == [
        (1, 3, "bunion, also known as a hammertoe",
         '"bunion" and "hammertoe" are different conditions but are presented as one')]
    # MeSH files carpal tunnel syndrome under cumulative trauma disorders: one kind, not another name.
    assert found("Carpal tunnel syndrome, also called repetitive strain injury, affects the hand.") == [
        (1, 1, "Carpal tunnel syndrome, also called repetitive strain injury",
         '"Carpal tunnel syndrome" is one kind of repetitive strain injury, not another name for it')]
    assert found("Sinusitis, also known as a sinus infection, clears up in weeks.") == []
    assert found("Enterobiasis, also called threadworms, is common in children.") == []


def test_brand_names_are_their_active_ingredient():
    table = concepts()
    assert table.of("Wegovy") == table.of("semaglutide") == table.of("Ozempic")
    assert table.of("Tylenol") == table.of("acetaminophen")
    assert found("Wegovy, also known as Mounjaro, is a weekly injection.") == [
        (1, 1, "Wegovy, also known as Mounjaro",
         '"Wegovy" and "Mounjaro" are different drugs but are presented as one')]
    for text in (
        "Wegovy, also known as semaglutide, is a weekly injection.",
        "Tylenol, also called paracetamol, eases pain.",
        # A drug MeSH 2015 lacks is never compared with a MeSH name: MeSH may hold it by a wider one.
        "Botox, also known as botulinum toxin, relaxes muscles.",
    ):
        assert found(text) == [], text


def test_drug_names_file_header_names_its_source_and_licence():
    import gzip

    head = gzip.decompress(resources.data_path("concepts/drug_names.tsv.gz").read_bytes()).decode("utf-8")[:600]
    for source in ("drug-named-entity-recognition", "MIT", "DrugBank", "CC0"):
        assert source in head


def test_a_deficiency_named_as_one_of_the_diseases_it_causes():
    assert found("Vitamin D deficiency, also known as rickets, is common.") == [
        (1, 1, "Vitamin D deficiency, also known as rickets",
         '"Vitamin D deficiency" and "rickets" are different conditions but are presented as one')]
    assert found("Thiamine deficiency, also called beriberi, harms nerves.")[0][2] == \
        "Thiamine deficiency, also called beriberi"
    for text in (
        "Vitamin C deficiency, also known as scurvy, is rare now.",  # one concept in the vocabularies
        "Iron deficiency, also known as iron deficiency anaemia, is common.",
        "Lactase deficiency, also called lactase nonpersistence, is common.",
        "Thiamine deficiency (beriberi) is rare.",  # a bracket may name the outcome
    ):
        assert found(text) == [], text


def test_two_brands_of_different_drugs_in_brackets_or_apposition():
    assert found("Ozempic (Mounjaro) is a weekly jab.") == [
        (1, 1, "Ozempic (Mounjaro)", '"Ozempic" and "Mounjaro" are different drugs but are presented as one')]
    # The phrase before is judged by its last word.
    assert found("The jab Ozempic (Mounjaro) is weekly.")[0][:3] == (1, 9, "Ozempic (Mounjaro)")
    assert found("Lipitor, or Crestor, lowers cholesterol.")[0][2] == "Lipitor, or Crestor"
    for text in (
        "Ozempic (Wegovy) is a weekly jab.",  # one ingredient, semaglutide
        "Wegovy (semaglutide) is a weekly jab.",
        "Lipitor or Crestor lowers cholesterol.",  # a list
        "Intrarosa (prasterone) is a vaginal insert.",  # a name of the other's ingredient
    ):
        assert found(text) == [], text


def test_a_compound_of_a_combining_form_names_a_kind_of_its_head():
    for text in (
        "Corticosteroids, also known as steroids, reduce swelling.",
        "Steroids, which are also called corticosteroids, reduce swelling.",
    ):
        assert found(text) == [], text
    # An opposed prefix or "pseudo-" makes another thing.
    assert found("Gout, also known as pseudogout, is painful.")[0][2] == "Gout, also known as pseudogout"
    assert found("Hypothyroidism, also called hyperthyroidism, is common.")[0][2] == \
        "Hypothyroidism, also called hyperthyroidism"
