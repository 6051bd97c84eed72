"""Which unknown words spelling/unknown-word reports by default (slips of a
known word, words run together) and which go to the preview rule
spelling/unknown-term (words that look like vocabulary the dictionary
lacks); and the word-part rules that accept valid words. Texts are our own."""

from lint.config import Config
from lint.engine import lint_text

BOTH = Config(select=("spelling/unknown-word", "spelling/unknown-term"))
WORD = Config(select=("spelling/unknown-word",))


def found(text, config=BOTH):
    return [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions[:1])
            for f in lint_text(text, "a.md", config)]


def test_a_slip_of_a_common_word_is_reported_by_default():
    assert found("We asked the paticipants twice.\n") == [
        ("spelling/unknown-word", 1, 14, "paticipants", ("participants",))]


def test_transposed_letters_near_the_end_and_a_letter_added_to_a_common_word_are_slips():
    assert found("It is currenlty closed.\n\nThe drug coulde help.\n") == [
        ("spelling/unknown-word", 1, 7, "currenlty", ("currently",)),
        ("spelling/unknown-word", 3, 10, "coulde", ("could",))]


def test_a_slip_of_a_term_the_article_keeps_using_is_reported():
    text = ("Zelvorastine helped. We gave zelvorastine twice and zelvorastine again.\n\n"
            "Then zelvorastne failed.\n")
    assert found(text) == [("spelling/unknown-word", 3, 6, "zelvorastne", ("zelvorastine",))]


def test_two_words_run_together_are_reported_with_the_space_as_the_fix():
    assert found("They took the drugsand the pills.\n") == [
        ("spelling/unknown-word", 1, 15, "drugsand", ("drugs and",))]


def test_an_unknown_term_goes_to_the_preview_rule_only():
    text = "Patients took the new compound tralgoxenide daily.\n"
    assert found(text) == [("spelling/unknown-term", 1, 32, "tralgoxenide", ())]
    assert found(text, Config(select=("spelling/unknown-word",))) == []
    assert found(text, Config()) == []


def test_quoted_slang_and_capitalised_brands_are_terms_not_slips():
    text = 'She said, "that gives me the ick every single time we meet."\n\nZorblix makes gels.\n'
    assert all(rule == "spelling/unknown-term" for rule, *_ in found(text))


def test_an_error_prone_document_reports_every_english_shaped_unknown_word():
    slips = "The paticipants, the reserach and the treament were all fine but "
    assert ("spelling/unknown-word", 1, 66, "skwarly", ()) in [
        (r, line, c, t, ()) for r, line, c, t, _ in found(slips + "skwarly it rained.\n")]
    assert found("The weather was fine skwarly it rained.\n") == [
        ("spelling/unknown-term", 1, 22, "skwarly", ("scary",))]


def test_a_misspelling_written_as_it_sounds_or_with_the_wrong_vowels_is_reported_alone():
    # In a clean article: no other slip makes the document error-prone.
    assert found("The weather was fine becuz it rained.\n") == [
        ("spelling/unknown-word", 1, 22, "becuz", ("because",))]
    assert found("He worked as a carpentar until the injury.\n") == [
        ("spelling/unknown-word", 1, 16, "carpentar", ("carpenter",))]
    assert found("Wait untill the rash clears.\n") == [
        ("spelling/unknown-word", 1, 6, "untill", ("until",))]
    assert found("Her diabetis was controlled.\n") == [
        ("spelling/unknown-word", 1, 5, "diabetis", ("diabetes",))]


def test_a_far_misspelling_of_an_ous_adjective_is_no_foreign_word():
    # Latin endings "-us", "-um" mark foreign words; English "-ous" does not.
    assert found("The scar looked gorjious after a year.\n") == [
        ("spelling/unknown-word", 1, 17, "gorjious", ("gorgeous",))]


def test_a_learned_looking_misspelling_of_a_very_common_word_it_sounds_like_is_reported():
    # "coenstannt" does not look like general English, but it sounds exactly
    # like "constant", one of the commonest words, a few letters away.
    assert found("The pain stayed coenstannt all day.\n") == [
        ("spelling/unknown-word", 1, 17, "coenstannt", ("constant",))]


def test_a_misspelled_drug_stem_is_a_misspelling_not_a_new_drug():
    assert found("Take ibuprofin with food.\n") == [
        ("spelling/unknown-word", 1, 6, "ibuprofin", ("ibuprofen",))]


def test_borrowed_words_and_words_built_from_words_stay_terms():
    for text in ("She eats farro daily.\n", "He practises hatha yoga.\n", "The fish was roughy.\n",
                 "They sell soyfood.\n"):
        assert all(rule == "spelling/unknown-term" for rule, *_ in found(text)), text


def test_valid_word_forms_are_accepted():
    text = ("The puréed food and naïve cells helped. Flulike symptoms were cardiometabolic; "
            "macronutrients matter, esketamine and bifidobacteria helped, and a scan found a midstage tumour. "
            "Bifidobacterium longum and S. boulardii are probiotics.\n")
    assert found(text) == []


def test_a_regular_derivation_is_no_slip_but_a_dropped_e_kept_or_a_doubled_letter_missed_is():
    assert found("The gastric sleeving went well.\n") == [
        ("spelling/unknown-term", 1, 13, "sleeving", ("sleeping",))]
    assert found("He was sneezeing.\n\nIt was the begining.\n") == [
        ("spelling/unknown-word", 1, 8, "sneezeing", ("sneezing",)),
        ("spelling/unknown-word", 3, 12, "begining", ("beginning",))]


def test_prefixed_words_and_ies_plurals_are_no_slips_for_their_neighbours():
    assert found("She cofounded the clinic.\n") == [
        ("spelling/unknown-term", 1, 5, "cofounded", ("confounded",))]
    assert found("He had two endoscopies.\n") == []  # the -ies plural of a medical word: a word


def test_a_misspelling_the_web_repeats_is_no_word():
    # "tommorow" is in the web frequency list, "tomorrow" a thousand times as often.
    assert found("Come back tommorow.\n") == [("spelling/unknown-word", 1, 11, "tommorow", ("tomorrow",))]


def test_a_short_word_is_a_slip_only_of_one_of_the_commonest_words():
    assert found("We went hte next day.\n\nWait afte lunch.\n") == [
        ("spelling/unknown-word", 1, 9, "hte", ("the",)),
        ("spelling/unknown-word", 3, 6, "afte", ("after",))]


def test_the_word_a_slip_is_for_is_suggested_first_even_when_ranked_lower():
    """Two letters swapped in "patients": the ranking alone puts "patient"
    first (commoner, also one edit away); the slip's own word leads."""
    [finding] = lint_text("Most patienst recover within a week.\n", "a.md", BOTH)
    assert (finding.rule.id, finding.suggestions[:2]) == ("spelling/unknown-word", ("patients", "patient"))
    assert finding.message == '"patienst" is not in the dictionary'


def test_a_word_written_twice_counts_as_a_slip_towards_an_error_prone_article():
    """One typo and a doubled word make an article error-prone, and then a
    misspelling that is no slip ("probenecide") is reported too."""
    slips = "The cause of of the pain is inflamation. Start probenecide daily.\n"
    assert [f[3] for f in found(slips, Config(select=("spelling/unknown-word",)))] == ["inflamation", "probenecide"]
    one = "The cause of the pain is inflamation. Start probenecide daily.\n"
    assert [f[3] for f in found(one, Config(select=("spelling/unknown-word",)))] == ["inflamation"]


def test_a_long_piece_of_a_hyphenated_compound_of_words_is_checked():
    assert found("Take an anti-inflamatory drug.\n") == [
        ("spelling/unknown-word", 1, 14, "inflamatory", ("inflammatory",))]
    assert found("It is a well-knwon effect.\n") == [
        ("spelling/unknown-word", 1, 14, "knwon", ("known",))]


def test_combining_forms_chemical_names_and_nouns_made_of_a_compound_are_not_pieces_to_check():
    assert found("Many middle-agers take immuno-suppressants and N-acetylcysteine.\n") == []


def test_a_misspelling_in_a_title_case_heading_is_reported():
    # A capital in a Title Case heading is the style, not the mark of a name.
    text = "# Common Symtoms Of Migraine\n\nMigraine is common.\n\n## When To See A Docotr\n\nSee one soon.\n"
    assert found(text) == [
        ("spelling/unknown-word", 1, 10, "Symtoms", ("Symptoms",)),
        ("spelling/unknown-word", 5, 18, "Docotr", ("Doctor",)),
    ]


def test_a_name_in_a_title_case_heading_that_the_article_writes_again_is_a_name():
    text = "## Questions For Dr Okafor\n\nDr Okafor runs the clinic.\n"
    assert found(text) == []


def test_two_words_run_together_that_the_web_writes_apart_are_reported_though_common():
    # The frequency lists hold "eachother" and "weightloss", but the web writes
    # the two words apart hundreds of times as often.
    assert found("They help eachother.\n") == [
        ("spelling/unknown-word", 1, 11, "eachother", ("each other",))]
    assert found("Weightloss is slow.\n") == [
        ("spelling/unknown-word", 1, 1, "Weightloss", ("Weight loss",))]
    # A compound in its own right is written together about as often as apart.
    assert found("Track your bodyweight weekly.\n") == []


def test_an_ar_adverb_that_lost_its_l_is_a_slip_not_a_word_built_on_the_adjective():
    assert found("The two drugs work similary well.\n") == [
        ("spelling/unknown-word", 1, 20, "similary", ("similarly",))]


def test_a_misspelled_ending_that_is_no_ending_of_the_stem_is_a_slip():
    # "-ia"/"-ea" and "-on"/"-om" are no pair of endings one stem takes.
    assert found("Many patients report nausia after the first dose.\n") == [
        ("spelling/unknown-word", 1, 22, "nausia", ("nausea",))]
    assert found("The main sympton is a dull headache.\n") == [
        ("spelling/unknown-word", 1, 10, "sympton", ("symptom",))]
    # Endings of one stem ("-ia"/"-ic", "-is"/"-es") make derivations, not slips.
    assert found("It causes hyperthermic injury in rats.\n", WORD) == []


def test_a_capitalised_word_one_typo_from_a_common_word_is_no_name():
    # At the start of a sentence or a table cell a capital is no mark of a name
    # when the word is one typo from a common word.
    table = "| Symptom | What helps |\n|---|---|\n| Headach | Rest in a dark room |\n"
    assert found(table) == [("spelling/unknown-word", 3, 3, "Headach", ("Headache",))]
    assert found("Headach is common after a long flight.\n") == [
        ("spelling/unknown-word", 1, 1, "Headach", ("Headache",))]
    # A name several typos from any word stays a name.
    assert found("Okonjo is a family physician in Leeds.\n", WORD) == []


def test_an_unknown_word_that_runs_two_words_together_is_a_run_on():
    # Not in the frequency lists at all, but the web writes the pair apart.
    assert found("Check your heartrate and sideeffects often.\n", WORD) == [
        ("spelling/unknown-word", 1, 12, "heartrate", ("heart rate",)),
        ("spelling/unknown-word", 1, 26, "sideeffects", ("side effects",))]


def test_a_capitalised_word_that_sounds_like_a_common_word_is_no_name():
    assert found("Medysine helps most patients with back pain.\n", WORD) == [
        ("spelling/unknown-word", 1, 1, "Medysine", ("Medicine",))]


def test_a_british_re_ending_on_an_everyday_er_word_is_two_letters_swapped():
    # The British lists hold every real "-re" form ("centres", "fibres"), so a
    # missing one is a slip; a medical word keeps the pattern ("goitre").
    text = "Small blistres form on the lip.\n\nThe multicentre trial of goitre drugs ended.\n"
    assert found(text) == [("spelling/unknown-word", 1, 7, "blistres", ("blisters",))]


def test_a_drug_or_vitamin_ending_in_ol_written_with_another_vowel_is_a_slip():
    text = "Most tablets hold cholecalciferal, and some hold paracetamal too.\n"
    assert found(text, WORD) == [
        ("spelling/unknown-word", 1, 19, "cholecalciferal", ("cholecalciferol",)),
        ("spelling/unknown-word", 1, 50, "paracetamal", ("paracetamol",))]


def test_a_hormone_in_common_use_written_with_a_french_e_is_a_slip():
    assert found("Some people take melatonine at night.\n", WORD) == [
        ("spelling/unknown-word", 1, 18, "melatonine", ("melatonin",))]


def test_other_endings_of_a_medical_stem_stay_derivations():
    # Latin and Greek endings of one stem are words of their own.
    text = "It was called retinitis pigmentosus by some, and synkinesia by others.\n"
    assert [rule for rule, *_ in found(text)] == ["spelling/unknown-term", "spelling/unknown-term"]


def test_a_misspelled_medical_suffix_after_called_is_still_a_misspelling():
    text = "This early stage is called gingivitus, and it can be reversed.\n"
    assert found(text) == [("spelling/unknown-word", 1, 28, "gingivitus", ("gingivitis",))]


def test_a_y_kept_before_an_ending_or_an_e_dropped_before_a_plural_s_is_a_misspelling():
    text = ("The rash brings itchyness and redness.\n\nShe felt happyer once she studyed the leaflet.\n\n"
            "Swallow the capsuls whole.\n")
    assert found(text, WORD) == [
        ("spelling/unknown-word", 1, 17, "itchyness", ("itchiness",)),
        ("spelling/unknown-word", 3, 10, "happyer", ("happier",)),
        ("spelling/unknown-word", 3, 27, "studyed", ("studied",)),
        ("spelling/unknown-word", 5, 13, "capsuls", ("capsules",))]


def test_a_y_after_a_vowel_stays_before_an_ending():
    # "employer", "enjoyed", "greyness": a vowel before the "y" keeps it.
    assert found("The employer enjoyed the greyness.\n", WORD) == []


def test_a_letter_dropped_or_added_in_a_long_rare_word_is_a_slip():
    text = "Ask the opthalmologists about it.\n\nThe lump was not cancercous.\n"
    assert found(text, WORD) == [
        ("spelling/unknown-word", 1, 9, "opthalmologists", ("ophthalmologists",)),
        ("spelling/unknown-word", 3, 18, "cancercous", ("cancerous",))]


def test_a_letter_changed_in_a_long_rare_word_may_be_another_word_and_stays_a_term():
    # One letter from "hematologist" and "debunking", but words in their own right.
    assert found("The hepatologist suggested debulking surgery.\n", WORD) == []


def test_the_first_two_letters_swapped_in_a_longer_word_is_a_slip():
    assert found("Check the rpessures twice.\n\nThe ektamine dose was low.\n", WORD) == [
        ("spelling/unknown-word", 1, 11, "rpessures", ("pressures",)),
        ("spelling/unknown-word", 3, 5, "ektamine", ("ketamine",))]


def test_a_slip_of_a_drug_name_that_common_words_outrank_by_sound_still_names_the_drug():
    assert found("She takes apihaban daily.\n", WORD) == [("spelling/unknown-word", 1, 11, "apihaban", ("apixaban",))]


def test_a_drug_name_without_its_final_e_is_a_slip():
    assert found("Creams such as metronidazol help. Paracetamol does too.\n", WORD) == [
        ("spelling/unknown-word", 1, 16, "metronidazol", ("metronidazole",))]


def test_the_ous_adjectives_of_medical_ma_nouns_are_words():
    assert found("The skin was erythematous and the ankles edematous.\n") == []


def test_a_capitalised_slip_of_a_medical_name_inside_a_sentence_is_no_name():
    text = ("Pain above the heel is often the Achillies tendon.\n\n"
            "Yogurts may hold Lactobacilus strains.\n")
    assert found(text, WORD) == [
        ("spelling/unknown-word", 1, 34, "Achillies", ("Achilles",)),
        ("spelling/unknown-word", 3, 18, "Lactobacilus", ("Lactobacillus",))]
    # A letter changed, or a common word as the target, is a name's mark.
    assert found("Ask Dr Stritch or the Wellcome team, says Prevencion.\n", WORD) == []
