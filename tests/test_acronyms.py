"""Undefined acronyms: definitions a writer really uses are not false alarms."""

from __future__ import annotations

from lint.config import Config
from lint.engine import lint_text

TERMS = Config(select=("terminology/undefined-acronym",))


def messages(text):
    return [(f.location.line, f.location.column, f.message) for f in lint_text(text, "a.md", TERMS)]


def test_spelled_out_without_brackets_counts_as_defined():
    text = ("Chronic venous insufficiency starts slowly. CVI causes swollen ankles.\n\n"
            "Treatment of CVI includes compression stockings. CVI can return.\n")
    assert messages(text) == []


def test_never_spelled_out_is_still_reported():
    text = ("QXV causes swollen ankles.\n\nTreatment of QXV includes compression stockings. "
            "QXV can return.\n")
    assert messages(text) == [(1, 1, '"QXV" is never defined')]


def test_an_acronym_listed_after_a_comma_is_not_named_by_the_words_before_it():
    # "about alcohol, AA and ..." holds A and A by chance: a list, not a later definition.
    text = "Many people who want to stop drinking try AA first.\n\nIn talks about alcohol, AA and similar groups come up.\n"
    assert messages(text) == [(1, 43, '"AA" is never defined')]


def test_plural_or_capitalised_expansion_is_one_definition():
    text = ("Nonsteroidal anti-inflammatory drugs (NSAIDs) ease pain. "
            "Take a nonsteroidal anti-inflammatory drug (NSAID) with food.\n")
    assert messages(text) == []


def test_two_different_expansions_are_reported():
    text = ("Peak expiratory flow (PEF) is measured at home. "
            "Pulmonary embolism forecast (PEF) is another thing.\n")
    assert messages(text) == [
        (1, 78, '"PEF" is defined twice, as "peak expiratory flow" and as "Pulmonary embolism forecast"')]


def test_expansion_found_from_word_initials_before_letters_inside_words():
    text = ("All-trans retinoic acid (ATRA) is a drug. "
            "All-trans retinoic acid therapy (ATRA) is given with chemotherapy.\n")
    assert messages(text) == []


def test_a_chemical_or_greek_letter_prefix_is_no_part_of_the_definition():
    text = ("Raised levels of delta-aminolevulinic acid (ALA) point to porphyria. ALA is measured in urine.\n\n"
            "Alpha-difluoromethylornithine (DFMO) is being studied. DFMO is taken by mouth.\n")
    assert lint_text(text, "a.md", TERMS) == []


def test_medical_acronyms_with_roman_letters_are_acronyms():
    # MCI and DXA read as Roman numerals (1101, 510 + A) before; "type II" and a drug schedule "CIV" still are.
    text = ("Adults diagnosed with MCI took part. Each had a DXA scan. "
            "Some had type II disease or took drugs scheduled CIV. "
            "Mild cognitive impairment (MCI) is common.\n")
    assert messages(text) == [(1, 23, '"MCI" is used before it is defined (on line 1)'),
                              (1, 49, '"DXA" is never defined')]


def test_a_condition_or_a_named_thing_used_once_is_reported():
    # Used once and in no medical list: "people with ABC" and "a regimen called ABC" are jargon, not a name.
    assert messages("Some people with QRTS feel dizzy.\n") == [(1, 18, '"QRTS" is never defined')]
    assert messages("QRTS is a rare inherited disorder.\n") == [(1, 1, '"QRTS" is never defined')]
    assert messages("They were given new drugs known as QRTS.\n") == [
        (1, 36, '"QRTS" is named but never spelled out')]
    assert messages("She works with a group called QRTS.\n") == []
    assert messages("Funding came from QRTS Inc.\n") == []


def test_a_name_whose_initials_come_in_another_order_defines_its_acronym():
    text = "She is a member of the Centre for Interdisciplinary Research in Rehabilitation (CRIR). CRIR helps.\n"
    assert messages(text) == []


def test_the_abc_names_a_body_or_study_the_reader_needs_spelled_out():
    assert messages("Soon after the QWHI made headlines, sales fell.\n") == [(1, 16, '"QWHI" is never defined')]
    # A publication or product named by its maker's initials is left alone.
    assert messages("It appeared in the QFEBS journal last year.\n") == []
    assert messages("The study used the QHOVR device at home.\n") == []


def test_an_organisation_used_in_a_sentence_before_its_definition_is_reported():
    text = ("The trial was funded by the QNHB. It ran for years.\n\n"
            "The Quebec National Heart Board (QNHB) said so.\n")
    assert messages(text) == [(1, 29, '"QNHB" is used before it is defined (on line 3)')]
    # In a title or credit, or on a line of its own, it is part of a name.
    text = ("Professor Smith, QNHB Senior Fellow, led it.\n\n"
            "The Quebec National Heart Board (QNHB) said so.\n")
    assert messages(text) == []


def test_two_letters_with_a_small_word_between_two_words_spell_nothing_out():
    # "trained in microsuction" holds T and M by chance; "tympanic membrane" would spell TM out.
    text = ("Our nurses are trained in microsuction.\n\nWe check your TM is intact before we start.\n")
    assert messages(text) == [(3, 15, '"TM" is never defined')]
    assert messages("The tympanic membrane is thin. We check your TM is intact.") == []


def test_a_credential_that_names_a_test_or_condition_here_is_jargon():
    assert messages("You may be offered an MRCP scan, which shows the bile ducts.") == [
        (1, 23, '"MRCP" is never defined')]
    assert messages("People with MS often feel tired.") == [(1, 13, '"MS" is never defined')]
    assert messages("Jane Roe, MD, MRCP, said the scan helped.") == []  # after a name: a credential


def test_a_medical_abbreviation_run_on_into_another_is_one_measure_to_decode():
    assert messages("When my doctor tested it, my HOMA-IR was through the roof.") == [
        (1, 30, '"HOMA-IR" is never defined')]
    # The part to decode spelled out: "Homeostatic Model Assessment" for HOMA.
    assert messages("Two measures (called Homeostatic Model Assessment, HOMA-IR and BMI) fell.") == []
    assert messages("Her BI-RADS score was 3. The ADAS-Cog fell.") == []  # names of scales in parts
    assert messages("She trained as an OB-GYN.") == []  # everyday American usage


def test_a_list_items_label_that_is_medical_jargon_is_an_acronym_to_define():
    text = "Treatments include:\n\n- **RFA:** works like laser treatment, using radio waves.\n"
    assert messages(text) == [(3, 5, '"RFA" is never defined')]
    assert messages("Notes:\n\n- MORE: see the site.\n- SOURCE: the charity.\n") == []  # labels that are words


def test_a_trials_name_is_a_name_but_a_treatment_tried_in_a_trial_is_an_acronym():
    assert messages("In the SAMSON trial, 60 people took a statin. SAMSON found no harm.\n") == []
    assert messages("A trial of SBRT in 40 people found less pain.\n") == [
        (1, 12, '"SBRT" is never defined')]


def test_an_expansion_in_brackets_may_go_on_with_a_gloss():
    assert messages('LASIK (laser-assisted in situ keratomileusis, meaning "shaping the cornea in place") '
                    'lifts a flap. LASIK costs more.\n') == []


def test_a_mnemonic_spelled_out_by_the_lines_after_it_is_defined():
    listed = "## The ABCDE guide\n\n- A for Asymmetry\n- B for Border\n- C for Colour\n- D for Diameter\n- E for Evolving\n"
    table = ("## The ABCDE guide\n\n| Letter | Stands for |\n|---|---|\n| A | Asymmetry |\n| B | Border |\n"
             "| C | Colour |\n| D | Diameter |\n| E | Evolving |\n")
    assert messages(listed) == [] and messages(table) == []
    assert messages("## The ABCDE guide\n\nCheck moles often.\n") == [(1, 8, '"ABCDE" is never defined')]


def test_words_that_hold_the_letters_by_chance_spell_nothing_out():
    # The letters of QES in a row of words that is a clause, not a name: a run that ends in a
    # word that is only a verb, and a run of everyday words in lower case with "the" inside it.
    verb = ("A band of muscle, the QES, keeps food down. "
            "Surgery wraps the stomach around the quiet end to strengthen the barrier.\n")
    assert messages(verb) == [(1, 23, '"QES" is never defined')]
    article = ("A band of muscle, the QES, keeps food down. "
               "A camera looks at the quality of the end and sides of the tube.\n")
    assert messages(article) == [(1, 23, '"QES" is never defined')]
    # What an acronym stands for ends in a noun, and "the" sits inside a name before a capital.
    assert messages("Ask about the number needed to treat. The NNT here is four.\n") == []
    assert messages("The Society for the Study of Kidneys met. The SSK agreed.\n") == []
    assert messages("A band of muscle, the quiet end sphincter, keeps food down. The QES relaxes.\n") == []
