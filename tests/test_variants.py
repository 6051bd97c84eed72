"""Variants: compounds and letter-number forms of any word, British and
American names, and the article's English decided once."""

from __future__ import annotations

from lint.config import Config
from lint.engine import lint_text
from lint.english import decide
from lint.spelling_variants import AMERICAN, BRITISH, classify, feature

TERMS = Config(select=("terminology",))


def found(text, config=TERMS):
    return [(f.rule.id, f.location.column, f.text, f.message) for f in lint_text(text, "a.txt", config)]


def test_the_odd_one_out_of_a_compound_counts_its_plural_too():
    # "flareup" once, "flare-up" once and "Flare-ups" once: the article writes the hyphen twice,
    # so the closed form is the slip an editor fixes.
    text = "A painful flareup may last days. Flare-ups calm down. Soft stools prevent the next flare-up."
    assert found(text) == [
        ("terminology/inconsistent-variant", 11, "flareup", '"flareup" is also written "flare-up" in this article; use one form')]


def test_a_hyphenated_phrase_written_open_before_a_noun():
    text = ("Several over-the-counter creams can help. If over the counter options fail, ask. "
            "You can buy them over the counter, and keep the list up to date.")
    assert found(text) == [
        ("terminology/inconsistent-variant", 46, "over the counter",
         '"over the counter" is also written "over-the-counter" in this article; before a noun it takes its hyphens')]
    # Open before nouns more often than hyphenated: the article's own style, not a slip.
    house = ("A quality-of-life survey was used. Quality of life scores rose, and quality of life measures "
             "improved.")
    assert found(house) == []


def test_compound_with_a_particle_and_letter_number_forms():
    assert found("A flareup settles. Rest at the first sign of a flare-up. A flareup hurts.") == [
        ("terminology/inconsistent-variant", 48, "flare-up", '"flare-up" is also written "flareup" in this article; use one form')]
    assert found("Vitamin D3 helps. Take vitamin D-3 daily. The D3 form is common.") == [
        ("terminology/inconsistent-variant", 32, "D-3", '"D-3" is also written "D3" in this article; use one form')]


def test_combining_form_hyphenated_where_the_closed_compound_is_a_word():
    assert found("Micro-needling uses fine needles.") == [
        ("terminology/deprecated-term", 1, "Micro-needling",
         '"Micro-needling" is usually written closed up in medical writing: "Microneedling"')]
    assert found("Non-invasive tests and anti-cancer drugs help.") == []  # English prefixes: news style


def test_english_is_decided_once_per_article():
    # Canadian: -our and -re with -ize and American medical spellings.
    assert found("The colour and flavour were fine. We organize the centre. Estrogen and anemia rose.") == []
    # British, Oxford spelling: -ize is British too.
    assert found("The colour of the tumour changed. We organized the centre.") == []
    # An American article's lone British form, and a British article's lone American one.
    assert [t for _, _, t, _ in found("The color of the tumor changed. The centre held. Color matters.")] == ["centre"]
    assert [t for _, _, t, _ in found("Recognising the favour, they organised litres. The diarrhea stopped.")] == ["diarrhea"]
    # Two British words beside -ize are Oxford spelling; one beside one -ize word is an American
    # article's slip: the -ize word shows its house style.
    assert decide([(BRITISH, "our"), (BRITISH, "re"), (AMERICAN, "ise")]) in ("en-GB", "en-CA")
    assert decide([(BRITISH, "our"), (AMERICAN, "ise")]) == "en-US"
    assert decide([(BRITISH, "our"), (BRITISH, "re"), (AMERICAN, "ae"), (AMERICAN, "ise")]) == "en-CA"
    # Without an -ize word there is no Canadian signature: the minority is the slip,
    # "behaviour" and "fibre" in an article that writes "anemia" and "hemoglobin".
    assert decide([(BRITISH, "our"), (BRITISH, "re"), (AMERICAN, "ae")]) == "en-GB"
    assert [t for _, _, t, _ in found("Anemia is common. Hemoglobin falls in anemia. Behaviour changes. "
                                      "Eat more fibre.")] == ["Behaviour", "fibre"]
    # One British word beside one American medical spelling is a slip, not a Canadian pattern.
    assert decide([(BRITISH, "our"), (AMERICAN, "ae")]) in ("en-GB", "en-US")
    # A capital that only opens a sentence counts; an article's one slip is reported.
    assert [t for _, _, t, _ in found("We looked closely. Colour matters. The color of the tumor "
                                      "and the color of the skin changed.")] == ["Colour"]


def test_an_article_placed_in_one_health_system_keeps_its_english_when_slips_outnumber_by_one():
    text = ("A pediatric case is rare. The CDC counts cases, the FDA approves the drugs, and a brace costs "
            "about $10. Changes in behaviour help, and some people see a specialist at a sports centre.")
    assert [t for _, _, t, _ in found(text)] == ["behaviour", "centre"]
    # Without the markers, two British spellings against one American decide British.
    plain = "A pediatric case is rare. Changes in behaviour help, and some people see a specialist at a sports centre."
    assert [t for _, _, t, _ in found(plain)] == ["pediatric"]
    # A country named is a topic, not the reader's health system.
    named = plain + " In the U.S., the United States and the US, cases are rare."
    assert [t for _, _, t, _ in found(named)] == ["pediatric"]


def test_two_slips_and_no_own_spelling_give_way_to_where_the_article_places_its_reader():
    # Two British spellings and no American one, in a page priced in dollars that cites an
    # American professional body: the page is American, and the British words are its slips.
    text = ("Pollen and mould spores can trigger it. Discharge may change the colour of the lashes. "
            "An app costs $4.99. The American Academy of Ophthalmology advises cool compresses.")
    assert [(t, m) for _, _, t, m in found(text)] == [
        ("mould", '"mould" is British spelling; this article is otherwise in American English '
                  '("$4.99")'),
        ("colour", '"colour" is British spelling; this article is otherwise in American English '
                   '("$4.99")')]
    # The other way round: a British college and pounds.
    british = ("Pollen and mold spores can trigger it. Discharge may change the color of the lashes. "
               "A private test costs £40. The Royal College of Physicians advises rest.")
    assert [t for _, _, t, _ in found(british)] == ["mold", "color"]
    # One marker is not enough, and three spellings of one English are not thin.
    assert found("Pollen and mould spores can trigger it. The colour changes. An app costs $4.99.") == []
    three = ("Pollen and mould spores can trigger it. The colour changes in the centre. An app costs $4.99. "
             "The American Academy of Ophthalmology advises rest.")
    assert found(three) == []
    # Canada's royal college is no British marker.
    from lint.english import phrase_names
    assert phrase_names("The Royal College of Physicians and Surgeons of Canada certifies them.")[BRITISH] == 0
    assert phrase_names("The Royal College of Nursing agrees.")[BRITISH] == 1


def test_a_one_word_name_counts_once_in_a_tie():
    # "paracetamol" is a one-word name (of acetaminophen) and also paired with "Tylenol": it counted
    # twice, and outweighed the American body beside one spelling each way. Counted once, the tie
    # goes to the first spelling written.
    text = ("It is done under local anesthetic. Paracetamol can ease pain. A hollow may form in the "
            "centre of the pad. The American Society for Surgery of the Hand explains more.")
    assert [t for _, _, t, _ in found(text)] == ["centre"]


def test_a_name_of_one_english_written_again_and_again_is_one_marker():
    # Three uses of one British name inside a condition's name ("antenatal hydronephrosis")
    # are one piece of evidence: they do not outweigh two American spellings.
    text = ("Antenatal hydronephrosis is often seen on a scan before birth. It is characterized by "
            "a swollen kidney. Most antenatal hydronephrosis settles, but some babies have anemia "
            "or infections. Antenatal hydronephrosis is followed up after birth.")
    assert [text for rule, _, text, _ in found(text) if rule == "terminology/spelling-variant"] == []


def test_fetus_is_british_medical_usage_too():
    assert classify("fetus") is None and classify("foetus") == (BRITISH, "fetus")
    assert found("The colour of the tumour changed, and the fetus grew.") == []


def test_analyses_is_a_plural_noun_in_both_spellings():
    assert classify("analyses") is None and classify("paralyses") is None
    assert found("The analyses were colorful. The analyses of color were done.") == []


def test_british_and_american_names_only_when_both_are_used():
    assert found("Paracetamol eases pain.") == []
    assert found("I took acetaminophen. Later paracetamol helped. The color changed.") == [
        ("terminology/spelling-variant", 29, "paracetamol",
         '"paracetamol" is the British name; this article also writes "acetaminophen" and is in American English')]
    assert feature("paracetamol") == "term" and feature("colour") == "our" and feature("minimise") == "ise"


def test_rare_ize_forms_and_verb_particles_are_not_variants():
    assert classify("exorcise") is None  # American writes "exorcise" too
    assert classify("randomised") == (BRITISH, "randomized")
    assert found("The results of that comeback vary. They come back later.") == []


def test_deprecated_terms_in_names_and_historical_mentions_are_not_findings():
    assert found("JDRF (formerly the Juvenile Diabetes Research Foundation) declined.") == []
    assert found("The condition was formerly called manic depression.") == []
    assert [r for r, *_ in found("Manic depression is an old name.")] == ["terminology/deprecated-term"]


def test_medical_words_follow_the_regular_british_american_patterns():
    assert classify("goitre") == (BRITISH, "goiter")
    assert classify("haemoglobin") == (BRITISH, "hemoglobin") and classify("hemoglobin") == (AMERICAN, "haemoglobin")
    assert classify("tumour") == (BRITISH, "tumor")
    for word in ("floor", "four", "hour", "sober", "timber", "meter", "canoes", "does", "glamour"):
        assert classify(word) is None, word
    # A species name is Latin, not British.
    assert found("Take Gymnema sylvestre daily. The color and the tumor changed.") == []


def test_a_concept_named_once_by_another_name_with_no_introduction():
    text = ("Kidney stones are common. Kidney stones hurt. Most kidney stones pass. "
            "Very large renal calculi may need surgery.")
    assert found(text) == [("terminology/inconsistent-variant", 83, "renal calculi",
                            '"renal calculi" names what this article otherwise calls "kidney stones" (3 times); '
                            'use one name, or introduce the other')]
    for text in (
        "Kidney stones are common. Kidney stones hurt. Kidney stones, or renal calculi, pass.",
        "PTSD is common. PTSD hurts. PTSD lasts. Post-traumatic stress disorder is treatable.",  # acronyms
        "A CT scan helps. A CT scan is quick. A CT scan is safe. Computed tomography coronary angiography too.",
    ):
        assert [m for *_, m in found(text) if "names what" in m] == [], text


def test_a_deprecated_name_given_as_a_gloss_or_history_is_not_a_finding():
    assert found("It could help patients with sepsis, or blood poisoning, which strikes many.") == []
    assert found("Bipolar disorder (which used to be called 'manic depression') is common.") == []
    assert found("A mood disorder also known as manic depression.") == []
    assert found("Computed tomography, or CT, and a CT scan. A CT scan. A CT scan helps. A CT scan again.") == []


def test_british_and_american_names_of_several_words_or_in_capitals():
    text = "Your GP may refer you for behavioural support. A primary care doctor can also help."
    assert found(text) == [("terminology/spelling-variant", 50, "primary care doctor",
                            '"primary care doctor" is the American name; this article also writes "GP" '
                            'and is in British English')]
    assert found("Get a flu shot each fall. The color fades. Pharmacies give the flu jab too.") == [
        ("terminology/spelling-variant", 64, "flu jab",
         '"flu jab" is the British name; this article also writes "flu shot" and is in American English')]
    # One name alone is no finding, and a capitalised name is a name.
    assert found("Go to A&E if the pain is severe.") == []
    assert found("The Flu Shot Clinic opened. Ask about the flu jab.") == []


def test_types_and_stages_in_arabic_and_roman_numerals():
    text = "People with type 2 diabetes need care. Type II diabetes is common. Type 2 diabetes can be managed."
    assert found(text) == [("terminology/inconsistent-variant", 40, "Type II",
                            '"Type II" is also written "type 2" in this article; use one form')]
    assert found("Phase 3 trials follow phase II trials.") == []


def test_a_drug_name_of_the_other_english_is_reported_alone():
    assert found("The colour of the tumour changed. She took acetaminophen.") == [
        ("terminology/spelling-variant", 44, "acetaminophen",
         '"acetaminophen" is the American name; this article is otherwise in British English, '
         'which writes "paracetamol"')]
    # So is a name the other English never writes (british_american_alone.txt: "diaper"); other
    # names need their counterpart in the article ("caregiver" alone is no finding).
    assert found("The colour of the tumour changed. Change the diaper often.") == [
        ("terminology/spelling-variant", 46, "diaper",
         '"diaper" is the American name; this article is otherwise in British English, which writes "nappy"')]
    assert found("The colour of the tumour changed. Her caregiver called.") == []


def test_medical_words_the_derivation_misses_are_in_the_table():
    assert classify("ischaemia") == (BRITISH, "ischemia") and classify("apnea") == (AMERICAN, "apnoea")
    assert classify("feces") == (AMERICAN, "faeces") and classify("titres") == (BRITISH, "titers")
    assert [t for _, _, t, _ in found("The tumor and the color changed, and the ischaemia worsened.")] == ["ischaemia"]


def test_a_name_glossed_in_brackets_by_the_other_is_not_a_finding():
    assert found("Take acetaminophen (paracetamol) for pain. Acetaminophen is safe.") == []
    assert found("See a GP (primary care physician) first. Your GP knows you.") == []
    assert classify("dialogue") is None


def test_hashtags_and_other_words_preferred_forms_do_not_set_the_style():
    assert found("Ask about a blood thinner. #bloodthinner A blood thinner helps.") == []
    # A closed form the dictionary has never seen is no model: the spaced form is suggested.
    assert [(t, m) for _, _, t, m in found("Eat a soyfood daily. Each soyfood helps. A soy food is tofu.")] == [
        ("soyfood", '"soyfood" is also written "soy food" in this article; use one form')] * 2


def test_every_scowl_word_of_a_regular_family_has_its_counterpart():
    # -ise words ending in "rise" (authorise, summarise), -ll- (dialled), -ence (offence),
    # -our derivatives (labourer), -re (meagre) and ae (ischaemic), all from the SCOWL-derived table.
    for british, american in (("authorised", "authorized"), ("summarise", "summarize"), ("dialled", "dialed"),
                              ("offence", "offense"), ("labourers", "laborers"), ("meagre", "meager"),
                              ("ischaemic", "ischemic"), ("marvellous", "marvelous"), ("catalyse", "catalyze")):
        assert classify(british) == (BRITISH, american)
        assert classify(american) == (AMERICAN, british)
    # A word both Englishes write is never a variant, nor is a word another sense shares.
    for word in ("license", "practice", "program", "prized", "four", "sunrise", "arise"):
        assert classify(word) is None


def test_a_british_article_with_one_american_form_of_a_scowl_pair():
    assert [(t, m) for _, _, t, m in found(
        "The colour of the rash was noted. The nurse summarised the notes. The theatre staff dialed the ward.")] == [
        ("dialed", '"dialed" is American spelling; this article is otherwise in British English ("colour")')]


def test_every_one_word_drug_name_pair_is_reported_in_an_article_of_the_other_english():
    from lint import spelling_variants

    drugs = [(b, a) for b, (v, a) in spelling_variants.terms().items()
             if v == BRITISH and b in spelling_variants.drug_names()]
    assert len(drugs) >= 30
    for british, american in drugs:
        assert [t for _, _, t, _ in found(f"The color of the tumor changed. The nurse gave {british} twice.")] \
            == [british], british
        assert [t for _, _, t, _ in found(f"The colour of the tumour changed. The nurse gave {american} twice.")] \
            == [american], american


def test_a_job_title_of_each_english_in_one_article():
    assert [(t, m) for _, _, t, m in found(
        "The anaesthetist checked the colour of her lips. Another anesthesiologist agreed.")] == [
        ("anesthesiologist", '"anesthesiologist" is the American name; this article also writes '
                             '"anaesthetist" and is in British English')]


def test_licence_and_practise_are_british_but_license_and_practice_are_neutral():
    assert classify("licence") == (BRITISH, "license") and classify("license") is None
    assert classify("practise") == (BRITISH, "practice") and classify("practice") is None
    assert classify("practised") == (BRITISH, "practiced") and classify("practicing") == (AMERICAN, "practising")
    assert classify("homoeopathy") == (BRITISH, "homeopathy") and classify("homeopathy") is None
    # An American article's British verb; a British article's "license" (the verb) is no finding.
    assert [(t, m) for _, _, t, m in found("The color of the rash changed. Doctors practise this test.")] == [
        ("practise", '"practise" is British spelling; this article is otherwise in American English ("color")')]
    assert found("The colour of the rash changed. They license the drug and hold a licence.") == []


def test_analogue_is_neutral_so_a_drug_analogue_does_not_make_an_article_british():
    # American medical writing keeps "analogue" for a drug's chemical relative.
    from lint.engine import lint_text
    text = "The center prescribes an insulin analogue. Analogues act fast. The center is open."
    assert [f.rule.id for f in lint_text(text)] == []


def test_greek_endings_of_medical_words_are_british_or_american_however_rare():
    for british, american in (("hypokalaemia", "hypokalemia"), ("steatorrhoea", "steatorrhea"),
                              ("hypopnoea", "hypopnea"), ("leukaemic", "leukemic"), ("amenorrhoea", "amenorrhea")):
        assert classify(british) == (BRITISH, american)
        assert classify(american) == (AMERICAN, british)
    for word in ("academia", "academic", "systemic", "pandemic", "epidemic", "polemic"):
        assert classify(word) is None, word
    assert [t for _, _, t, _ in found("The color of the tumor changed. She also had steatorrhoea.")] == ["steatorrhoea"]


def test_greek_beginnings_of_medical_words_are_british_or_american_however_rare():
    for british, american in (("haemangioendothelioma", "hemangioendothelioma"), ("haematologist", "hematologist"),
                              ("oesophagogram", "esophagogram"), ("oestradiol", "estradiol"),
                              ("paediatrician", "pediatrician"), ("haemolysis", "hemolysis"),
                              ("gynaecomastia", "gynecomastia"), ("anaesthetic", "anesthetic"),
                              ("aetiology", "etiology"), ("oedematous", "edematous"), ("lymphoedema", "lymphedema")):
        assert classify(british) == (BRITISH, american)
        assert classify(american) == (AMERICAN, british)
    # American orthopaedic bodies write "orthopaedic" too (AAOS, JBJS): no mark of British English.
    assert classify("orthopaedic") is None and classify("orthopedic") == (AMERICAN, "orthopaedic")
    for word in ("hemisphere", "hemp", "estrange", "estrangement", "pedal", "pedestrian", "etiolated", "estrada"):
        assert classify(word) is None, word
    assert [t for _, _, t, _ in found("The color of the tumor changed. A haemangioendothelioma grew.")] == [
        "haemangioendothelioma"]


def test_british_forms_whose_american_counterpart_is_british_too_in_another_sense():
    assert classify("programme") == (BRITISH, "program") and classify("program") is None
    assert classify("neurones") == (BRITISH, "neurons") and classify("neurons") is None
    assert classify("naevus") == (BRITISH, "nevus") and classify("orthopaedists") == (BRITISH, "orthopedists")


def test_everyday_british_and_american_names_for_one_thing():
    assert [(t, m) for _, _, t, m in found(
        "The color of the rash changed. Caregivers should check it daily, and carers need support too.")] == [
        ("carers", '"carers" is the British name; this article also writes "caregivers" and is in American English')]
    # A name of several words is one name in the singular and the plural.
    assert [(t, m) for _, _, t, m in found(
        "A verruca is common. Plantar warts spread in pools. The colour of the skin changed.")] == [
        ("Plantar warts", '"Plantar warts" is the American name; this article also writes "verruca" and is in '
                          'British English')]
    assert found("Call 911 at once. The color changed.") == []  # one English's name alone is no finding


def test_labels_for_people_by_condition():
    [(rule, column, written, message)] = found("Diabetics should check their feet daily.")
    assert (rule, column, written) == ("terminology/deprecated-term", 1, "Diabetics")
    assert message.startswith('"Diabetics" is a non-standard term: person-first language')
    # After a modifier the label needs rewording ("people with type 2 diabetes"): reported, not fixed.
    [finding] = lint_text("Many type 2 diabetics take metformin.", "a.txt", TERMS)
    assert finding.text == "diabetics" and finding.fix is None
    [finding] = lint_text("Metformin helps many diabetics.", "a.txt", TERMS)
    assert finding.fix is not None
    assert found("She went to Alcoholics Anonymous and Narcotics Anonymous meetings.") == []
    assert found("The European League Against Rheumatism met in June.") == []


def test_a_lone_name_the_other_english_never_writes_is_reported_once_the_english_is_settled():
    from lint.config import Config
    from lint.engine import lint_text

    def report(text):
        return [(text[f.span[0]:f.span[1]], f.message, f.suggestions) for f in
                lint_text(text, "a.txt", Config(select=("terminology/spelling-variant",)))]
    assert report("The color of the rash and the tumor size changed. See your GP if it spreads.\n") == [
        ("GP", '"GP" is the British name; this article is otherwise in American English, which writes '
               '"family physician"', ("family physician",))]
    assert report("The colour of the rash and the tumour changed. Go to the emergency room at once.\n") == [
        ("emergency room", '"emergency room" is the American name; this article is otherwise in British '
                           'English, which writes "A&E"', ("A&E",))]
    assert report("The color of the rash and the tumor size changed. Go to A&E now.\n") == [
        ("A&E", '"A&E" is the British name; this article is otherwise in American English, which writes '
                '"emergency room"', ("emergency room",))]
    # Not settled (one spelling of its own), glossed, or a name both Englishes write: nothing.
    assert report("The color of the rash changed. See your GP if it spreads.\n") == []
    assert report("The color of the rash and the tumor changed. See your GP (family physician) soon.\n") == []
    assert report("The colour of the rash and the tumour changed. Her caregiver called.\n") == []


def test_everyday_names_the_other_english_never_writes_are_reported_alone():
    american = " The pediatrician checked the color of the tumor."
    assert found("During the study, carers gave the child acetaminophen." + american) == [
        ("terminology/spelling-variant", 19, "carers",
         '"carers" is the British name; this article is otherwise in American English, which writes "caregivers"')]
    # The counterpart's first words already before it are not written twice: "potato crisps" becomes
    # "potato chips", not "potato potato chips".
    findings = lint_text("Lunch came with potato crisps and cookies." + american + "\n", "a.txt", TERMS)
    assert [(f.message, f.suggestions) for f in findings] == [
        ('"crisps" is the British name; this article is otherwise in American English, which writes '
         '"potato chips"', ("chips",))]
    # A word both Englishes write is left alone ("caregiver" in a British article).
    assert found("The caregiver checked the colour of the tumour and the behaviour of the child.") == []


def test_a_list_run_into_one_line_opens_each_item_like_a_sentence():
    # MedQuAD-style lists flattened into a line: "include: - Lymphoma. - Leukaemia." Each item's
    # capital opens it, and a capitalised first word ("Pediatric") is no name before the next.
    american = " The tumor and the anemia are common."
    assert found("Cancers that spread include: - Breast cancer. - Leukaemia. - Lymphoma." + american) == [
        ("terminology/spelling-variant", 49, "Leukaemia",
         '"Leukaemia" is British spelling; this article is otherwise in American English ("tumor")')]
    assert found("Specialists include: - Surgeon. - Pediatric haematologist. - Nurse." + american) == [
        ("terminology/spelling-variant", 45, "haematologist",
         '"haematologist" is British spelling; this article is otherwise in American English ("Pediatric")')]


def test_a_capitalised_medical_word_alone_in_a_table_or_list_is_no_name():
    # A flattened table ("Leukaemia 7.5%") or a list item opened by a common word ("- Autoimmune
    # haemolytic anemia"): the word is the article's spelling, not a name's.
    american = " The tumor and the anemia are common."
    assert found("Features: Hypotension 7.5% Leukaemia 7.5% Migraine 7.5%." + american) == [
        ("terminology/spelling-variant", 28, "Leukaemia",
         '"Leukaemia" is British spelling; this article is otherwise in American English ("tumor")')]
    assert found("Signs: - Autoimmune haemolytic anemia - Fever." + american) == [
        ("terminology/spelling-variant", 21, "haemolytic",
         '"haemolytic" is British spelling; this article is otherwise in American English ("anemia")')]
    # Names stay names: beside another capital or "of", a genus, a word the dictionary lacks.
    for text in ("She works at the Leukaemia Foundation.", "He heads the Department of Haematology.",
                 "It was published in the journal Haematologica in 2005.", "Take Gymnema sylvestre daily."):
        assert found(text + american) == [], text


def test_doubled_l_family_and_medical_pairs_the_tables_lacked():
    # Doubled l after an unstressed -el/-al, both forms words: British doubles it.
    assert classify("cancelled") == (BRITISH, "canceled") and classify("canceled") == (AMERICAN, "cancelled")
    assert classify("tunnelling") == (BRITISH, "tunneling") and classify("remodeling") == (AMERICAN, "remodelling")
    assert feature("travellers") == "ll"
    # Stressed endings and words of their own are not variants.
    for word in ("compelled", "paralleled", "parallelled", "filling", "filing", "feeling", "dealer"):
        assert classify(word) is None, word
    # Medical pairs: amoeba, caecum, phaeochromocytoma, placenta praevia; sulph- drug names are
    # British, their sulf- forms British too (rINN), so never reported as American.
    assert classify("amoebae") == (BRITISH, "amebae")
    assert classify("pheochromocytoma") == (AMERICAN, "phaeochromocytoma")
    assert classify("sulphonylureas") == (BRITISH, "sulfonylureas") and classify("sulfonylurea") is None
    british = " The colour of the tumour changed."
    assert found("The appointment was canceled." + british) == [
        ("terminology/spelling-variant", 21, "canceled",
         '"canceled" is American spelling; this article is otherwise in British English ("colour")')]


def test_british_oxford_spelling_is_fine_but_not_mixed_with_ise_in_one_article():
    from lint.engine import lint_text
    oxford = "The colour of the rash is recognized early, and doctors organize care to minimize scarring.\n"
    assert [f for f in lint_text(oxford, "a.md") if f.rule.id == "terminology/spelling-variant"] == []
    mixed = ("The colour of the rash is recognised early, and doctors organise care to minimise scarring "
             "and stabilize the joint.\n")
    assert [(f.rule.id, f.text, f.message) for f in lint_text(mixed, "a.md") if f.rule.id.startswith("terminology")] == [
        ("terminology/spelling-variant", "stabilize",
         '"stabilize" is spelled -ize; this article otherwise writes -ise ("recognised")')]


def test_an_ly_adverb_hyphenated_and_open_in_one_article_is_reported_on_the_hyphen():
    from lint.engine import lint_text
    text = ("A minimally invasive procedure closes the vein. Most patients choose a minimally-invasive option, "
            "and early-stage disease responds well.\n")
    assert [(f.rule.id, f.text, f.suggestions) for f in lint_text(text, "a.md") if f.rule.id.startswith("terminology")] == [
        ("terminology/inconsistent-variant", "minimally-invasive", ("minimally invasive",))]
    quoted = "Most patients choose a minimally-invasive option. “It is a minimally invasive fix for most people,” she said.\n"
    assert [f for f in lint_text(quoted, "a.md") if f.rule.id.startswith("terminology")] == []


def located(text, config=TERMS):
    return [(f.location.line, f.location.column, f.rule.id, f.message) for f in lint_text(text, "a.txt", config)]


def test_a_compound_used_as_a_noun_both_hyphenated_and_open():
    # Two nouns are written open unless the article prefers otherwise; the termbase prefers "side effect".
    text = "Iron tablets can cause side-effects, such as constipation. If side effects are a problem, ask your GP."
    assert located(text) == [(1, 24, "terminology/inconsistent-variant",
                            '"side-effects" is also written "side effects" in this article; use one form')]
    # A verb and its particle as a noun keep their hyphen on a tie.
    text = "Your nurse checks your feet at your annual check up.\n\nBring your list of tablets to each check-up.\n"
    assert located(text) == [(1, 44, "terminology/inconsistent-variant",
                            '"check up" is also written "check-up" in this article; use one form')]
    # "self-" always takes its hyphen.
    text = "We offer self-management advice.\n\nSelf management is the key to staying well.\n"
    assert located(text) == [(3, 1, "terminology/inconsistent-variant",
                            '"Self management" is also written "self-management" in this article; use one form')]


def test_a_compound_as_a_modifier_one_way_and_a_noun_or_verb_the_other_is_grammar():
    for text in (
        "High-risk patients need a scan. People at high risk should ask their GP.",
        "Our plan has meal-prep guides. Meal prep on Sunday saves time.",
        "Book a follow-up visit. Your nurse will follow up with you in a week.",
        "It was a two-year study. Two years is a long time to wait.",
    ):
        assert found(text) == [], text


def test_outdated_names_of_conditions_are_deprecated():
    assert located("Pyorrhoea can loosen your teeth.") == [
        (1, 1, "terminology/deprecated-term",
         '"Pyorrhoea" is a non-standard term: an old name; say "periodontitis" (advanced gum disease)')]
    assert [f[2] for f in located("Tired blood can leave you pale. Lumbago can last weeks. Apoplexy is sudden.")] == [
        "terminology/deprecated-term"] * 3


def test_medical_words_rare_in_the_large_lists_take_the_huge_lists_as_arbiter():
    # SCOWL's huge lists decide for words of the medical vocabulary (tools/build_british_american.py).
    for british, american in (("catheterisation", "catheterization"), ("nebulisers", "nebulizers"),
                              ("luteinising", "luteinizing"), ("melaena", "melena"), ("microlitre", "microliter")):
        assert classify(british) == (BRITISH, american) and classify(american) == (AMERICAN, british)
    # British writes "colorectal" too: no pair.
    assert classify("colorectal") is None
    assert [t for _, _, t, _ in found("The color of the tumor changed after catheterisation.")] == ["catheterisation"]


def test_a_tie_of_spellings_is_broken_by_names_then_by_the_ise_or_ize_words():
    # One British and one American spelling: the names the article uses decide...
    assert [t for _, _, t, _ in found("Ask at the drugstore about a cream. A change of colour. "
                                      "Natural fibers help.")] == ["colour"]
    assert [t for _, _, t, _ in found("See your GP first. Wax can vary in color. We realised it late.")] == ["color"]
    # ...then an -ize word beside one British word, too few to show Oxford spelling...
    assert found("Changes in behaviour come first. Randomized trials found a benefit.") == [
        ("terminology/spelling-variant", 12, "behaviour",
         '"behaviour" is British spelling; this article is otherwise in American English ("Randomized")')]
    # ...then the word written first.
    assert [t for _, _, t, _ in found("The color changed. We realised it late.")] == ["realised"]
    assert [t for _, _, t, _ in found("We realised it late. The color changed.")] == ["color"]
    assert decide([(AMERICAN, "our"), (BRITISH, "re")], names=lambda: {BRITISH: 2}) == "en-GB"
    # Two more spellings of one English win over any names; one more loses to names of the
    # other English (and its country markers) where the article writes none of its own.
    assert decide([(AMERICAN, "our"), (AMERICAN, "re"), (AMERICAN, "ll"), (BRITISH, "re")],
                  names=lambda: {BRITISH: 5}) == "en-US"
    assert decide([(AMERICAN, "our"), (AMERICAN, "re"), (BRITISH, "re")], names=lambda: {BRITISH: 5}) == "en-GB"
    assert decide([(AMERICAN, "our"), (AMERICAN, "re"), (BRITISH, "re")],
                  names=lambda: {BRITISH: 5, AMERICAN: 1}) == "en-US"


def test_a_name_spelled_by_a_convention_counts_as_that_spelling():
    assert [t for _, _, t, _ in found("Contact your GP. You will have a general anesthetic. "
                                      "The anaesthetist will visit you.")] == ["anesthetic"]


def test_the_other_englishs_name_given_as_the_same_thing_is_a_gloss_not_a_slip():
    text = ("The colour of the rash and the behaviour of the child matter. Use the adrenaline pen at once. "
            "Adrenaline is also called epinephrine. Paracetamol, known as acetaminophen in the US, helps.")
    assert found(text) == []
    assert [f[2] for f in found(text.replace("Adrenaline is also called epinephrine.", "Ask about epinephrine."))] == [
        "epinephrine"]


def test_titles_in_a_reference_list_say_nothing_of_the_articles_english():
    text = ("# Statins\n\nThe colored tablets were compared with placebo [1].\n\n## References\n\n"
            "1. Smith J. A randomised trial of statins and behaviour. BMJ. 2020;1:1.\n"
            "2. Jones K. Organisational factors in statin use. Lancet. 2021;2:2.\n")
    assert [f.rule.id for f in lint_text(text, "a.md", TERMS)] == []


def test_the_british_names_of_drugs_are_the_international_ones_since_2003():
    assert found("The colour and flavour of the gel matter to the behaviour of a child. It holds lidocaine, "
                 "and furosemide is a water tablet.") == []


def test_a_verb_and_particle_written_open_as_a_noun_beside_its_hyphenated_modifier():
    # The noun and the modifier take the hyphen; only the verb is open.
    text = ("## Follow-up\n\nMost children need no follow-up appointment. Your GP can also arrange a follow up "
            "if you are worried.\n")
    assert located(text) == [(3, 73, "terminology/inconsistent-variant",
                            '"follow up" is also written "follow-up" in this article; use one form')]
    # An adjective between the determiner and the noun: "a slower warm up on cold mornings".
    text = "Do a proper warm-up before running, and a slower warm up on cold mornings.\n"
    assert located(text) == [(1, 50, "terminology/inconsistent-variant",
                            '"warm up" is also written "warm-up" in this article; use one form')]
    # The verb stays open, after an object pronoun or a relative "that" too.
    for text in ("Book a follow-up visit. Your nurse will follow up with you in a week.",
                 "Start with a warm-up. Help her warm up on cold mornings.",
                 "Book a follow-up visit. Patients that follow up on time do better."):
        assert located(text) == [], text


def test_names_of_one_english_outweigh_a_lone_spelling_of_the_other():
    text = ("Ask your GP for a referral to physiotherapy. If the pain is severe, go to A&E.\n\n"
            "An orthopedic surgeon may review the scan.\n")
    assert located(text) == [(3, 4, "terminology/spelling-variant",
                            '"orthopedic" is American spelling; this article is otherwise in British English ("GP")')]
    # One name is not enough: the spelling still decides.
    assert located("Ask your GP. An orthopedic surgeon may review the scan.\n") == []


def test_a_noun_and_participle_modifier_written_open_beside_its_hyphenated_form():
    text = ("Ticks spread Lyme disease, the most common tick borne illness here.\n\n"
            "Check for any tick-borne infection after a walk.\n")
    assert located(text) == [(1, 44, "terminology/inconsistent-variant",
                            '"tick borne" is also written "tick-borne" in this article; use one form')]
    for text in (
        "Age-related changes are normal. Some hearing loss is age related and slow.",  # not before a noun
        "Use a water-based gel. Results were based on two trials.",
        "A population-based study.\n\nResearch: autism in a youth cohort: population based cohort study\n",  # a title
    ):
        assert located(text) == [], text


def test_every_usage_marker_matches_its_own_example_and_not_the_other_englishs_form():
    import re

    from lint import resources

    rows = [line.split("\t") for line in resources.lines("terminology/usage_markers.tsv")]
    assert rows and all(len(row) == 4 for row in rows)
    for variety, pattern, _, example in rows:
        assert re.search(pattern, example), (pattern, example)
    patterns = {variety: [re.compile(p) for v, p, _, _ in rows if v == variety] for variety in ("american", "british")}
    # Each side's example is not taken for the other side.
    for variety, _, _, example in rows:
        other = "british" if variety == "american" else "american"
        assert not any(p.search(example) for p in patterns[other]), example


def test_the_writers_own_usage_settles_an_article_whose_spellings_tie():
    # One "color" and one "behaviour": the first word written would decide. A writer who
    # writes "gotten" and dates month first is American, so the British word is the slip.
    tie = "Changes in behaviour are common. The rash may change color. "
    american = tie + "Symptoms have gotten worse since the trial ended on March 3, 2021."
    assert [t for _, _, t, _ in found(american)] == ["behaviour"]
    british = tie + "Patients were taken to hospital, and the trial ended on 3 March 2021."
    assert [t for _, _, t, _ in found(british)] == ["color"]
    # "in hospital settings" is American medical usage too, and says nothing.
    neutral = tie + "Such rashes are rare in hospital settings."
    assert [t for _, _, t, _ in found(neutral)] == ["color"]  # the first word written decides


def test_british_forms_american_never_writes_are_variants_but_their_counterparts_are_not():
    text = "The color of the tumor changed, and we organized care. Grey patches and whilst resting."
    assert [t for _, _, t, _ in found(text)] == ["Grey", "whilst"]
    # "gray" is also the unit of radiation dose in British writing.
    assert found("The colour of the tumour changed. The dose was 2 gray, given whilst resting.") == []


def test_menopause_symptom_has_one_name_in_each_english():
    text = ("Estrogen falls at menopause, and pediatric doses differ. Hot flashes are common. "
            "Many women find hot flushes fade.")
    assert [t for _, _, t, _ in found(text)] == ["hot flushes"]


def test_an_open_compound_modifier_before_a_noun_beside_its_hyphenated_form():
    # A noun and "free", "like", "threatening"... modify a noun hyphenated; open before a noun it is a slip.
    assert [t for _, _, t, _ in found("Choose a lactose-free milk. A lactose free yogurt is fine too.")] == [
        "lactose free"]
    assert [t for _, _, t, _ in found("Flu-like symptoms are common. Most flu like illnesses pass in a week.")] == [
        "flu like"]
    # After the noun it describes it is written open: grammar, not a slip.
    assert found("This milk is lactose free, and lactose-free cheese is easy to find.") == []
    assert found("It is a life-threatening illness, and the bleeding can be life threatening.") == []


def test_a_prefix_that_never_stands_open():
    assert [t for _, _, t, _ in found("An anti-itch cream helps. Use the anti itch lotion at night.")] == ["anti itch"]
    assert [t for _, _, t, _ in found("Non-drowsy tablets suit drivers. Ask for a non drowsy brand.")] == ["non drowsy"]
