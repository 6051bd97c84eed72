"""spelling/unknown-word on our own text: quiet on medical prose and names,
sharp on typos, with ranked, deterministic suggestions."""

import subprocess
import sys

from lint.config import Config
from lint.engine import lint_text
from lint.suggest import suggestions

SPELLING = Config(select=("spelling/unknown-word",))


def found(text, config=SPELLING):
    return [(f.location.column, f.text, f.suggestions) for f in lint_text(text, "a.md", config)]


def test_typos_get_medical_suggestions_and_a_safe_fix():
    [(column, text, suggested)] = found("Take acetominophen for the fever.")
    assert (column, text, suggested[0]) == (6, "acetominophen", "acetaminophen")
    [finding] = lint_text("Pnuemonia can follow the flu.", "a.md", SPELLING)
    assert finding.suggestions[0] == "Pneumonia" and finding.fix.edits[0].replacement == "Pneumonia"
    assert suggestions("amoxicilin")[0][0] == "amoxicillin"
    assert suggestions("nausia")[0][0] == "nausea"


def test_a_slip_at_the_end_of_a_word_the_article_uses_suggests_that_word_first():
    # Alone, "fatige" reads like the far commoner "footage"; beside "Fatigue"
    # it is a slip for the article's own word.
    text = "Fatigue is common.\n\nMany people feel fatige after treatment."
    [finding] = lint_text(text, "a.md", SPELLING)
    assert finding.suggestions[0] == "fatigue"


def test_a_rare_medical_word_with_a_letter_doubled_or_undoubled_is_a_misspelling_of_it():
    # Common words that sound alike ("furious", "writing") outrank the rare
    # word; a doubling is the slip, so the rare word comes first.
    text = ("Your feritin level shows how much iron is stored.\n\n"
            "Tablets such as ferous fumarate can help.\n\nDannon sells a yogurt with probiotics.\n")
    assert [(t, s[0]) for _, t, s in found(text)] == [("feritin", "ferritin"), ("ferous", "ferrous")]


def test_medical_vocabulary_names_doses_and_codes_are_quiet():
    text = ("Mesotherapy and microneedling target keratinocytes in androgenetic alopecia. "
            "Dr Adeyemi-Okafor at Clinique Lumiere suggests 500 mg (or 10mg/kg) of ibuprofen, "
            "checks HbA1c and COVID-19 status, and replies to care@example.org or https://example.org/x. "
            "The oropharyngeal and extracranial findings were reinfused; granuloma annulare was noted. "
            "It minimises risk and the colour changes.")
    assert found(text) == []


def test_house_words_from_config_and_dictionary_file(tmp_path):
    (tmp_path / "house.txt").write_text("# house words\nglowderm\n", encoding="utf-8")
    config = Config(select=("spelling/unknown-word",), words=("zentrix",), dictionary_files=("house.txt",),
                    root=str(tmp_path))
    [(column, text, suggested)] = found("Apply the ointnent and zentrix daily.", config)
    assert (column, text, suggested[0]) == (11, "ointnent", "ointment")
    assert found("Apply zentrix and glowderm daily.", config) == []


def test_suggestions_do_not_depend_on_the_hash_seed():
    code = "from lint.suggest import suggestions; print(suggestions('diabetis'), suggestions('recieve'))"
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1 and "diabetes" in outputs.pop()


def test_misspellings_that_web_lists_contain_are_reported():
    """The dictionary is a curated list, so common misspellings found on the
    web are reported, and words built on real parts must not be one edit
    from a dictionary word."""
    text = "We recieve it definately, truely and untill the arguement ends."
    assert [(c, t, s[0]) for c, t, s in found(text)] == [
        (4, "recieve", "receive"), (15, "definately", "definitely"), (27, "truely", "truly"),
        (38, "untill", "until"), (49, "arguement", "argument")]


def test_medical_parts_and_drug_stems_are_words():
    text = ("Canakinumab and tenecteplase were given; nonmelanoma and vasculitic lesions were seen "
            "after the hepatectomy.")
    assert found(text) == []


def test_names_at_the_start_of_a_sentence():
    """A capitalised word the dictionary lacks, first in its sentence, is a
    name when a verb of saying follows or the article writes it again, always
    capitalised; otherwise it is checked."""
    assert found("The trial ended.\n\nOkonkwo said the results were clear.") == []
    assert found("Zelvexa is a new cream. The label is short.\n\nZelvexa costs more.") == []
    [(column, text, suggested)] = found("The trial ended. Recieve the results by post.")
    assert (column, text, suggested[0]) == (18, "Recieve", "Receive")


def test_suggestions_by_sound_and_by_typing():
    assert suggestions("fisician")[0][0] == "physician"
    assert suggestions("nausious")[0][0] == "nauseous"
    assert suggestions("accomodate")[0][0] == "accommodate"


def test_sound_index_matches_the_key_function():
    """The shipped sound index was built with today's ``sound_key``."""
    from lint.suggest import sound_index, sound_key

    index = sound_index()
    sample = sorted(index)[::997]
    assert sample and all(sound_key(word) == key for key in sample for word in index[key].split(" ")[:3])


def test_the_articles_own_terms_plurals_and_british_forms():
    """A word the article writes twice the same way, with no likely slip
    near, is its own term; a near slip repeated is still reported. Regular
    plurals and -ise forms of dictionary words are words."""
    text = "Take zorvaxitide daily. Zorvaxitide works. The prescribers use nebulisers. Recieve it; recieve it."
    assert [(c, t) for c, t, _ in found(text)] == [(76, "Recieve"), (88, "recieve")]


def test_a_word_used_again_and_again_and_a_dateline_source():
    text = "Corvana — The masa is ground. Masa flour is sold. Buy masa today."
    assert found(text) == []


def test_words_the_frequency_lists_hold_often_are_words_but_misspellings_are_not():
    from lint.config import Config
    from lint.engine import lint_text

    text = "The funders built a chatbot for bloodborne infections. It was definately customizable.\n"
    found = [f.text for f in lint_text(text, "a.md", Config(select=("spelling/unknown-word",)))]
    assert found == ["definately"]


def test_drug_names_with_a_long_inn_stem_need_only_two_letters_before_it():
    from lint.config import Config
    from lint.engine import lint_text

    text = "Letrozole, nilutamide, bexarotene and vismodegib treat cancers; letrozle is a slip.\n"
    found = [f.text for f in lint_text(text, "a.md", Config(select=("spelling/unknown-word",)))]
    assert found == ["letrozle"]


def test_new_drugs_minerals_and_latin_plurals_are_words():
    """Insulin and INN names newer than MeSH 2015, minerals and chemicals (the
    FDA substance list), and the Latin plurals of medical nouns."""
    text = ("Insulin detemir, glargine and degludec; sitagliptin and tirzepatide. Struvite stones and "
            "tophi form; the foramina, diverticula and ganglia were seen.")
    assert found(text) == []


def test_variant_spellings_the_substance_list_holds_are_still_misspellings():
    """The FDA list names some substances in variant spellings one letter
    from the usual name; those are left out, so the slip is reported."""
    assert [(c, t, s[0]) for c, t, s in found("Give flumazepil, then ipilumumab.")] == [
        (6, "flumazepil", "flumazenil"), (23, "ipilumumab", "ipilimumab")]


def test_rare_substances_are_words_and_no_slip_targets():
    """The substance list's rare compounds and plants are words ("retinyl",
    an official name one letter from "retinal"), and a word one letter from
    one is not therefore a slip; its drug names are slip targets."""
    assert found("Retinyl palmitate and meclozine were listed.") == []


def test_ies_plural_of_a_medical_word_is_a_word_even_one_letter_from_another():
    """ "endoscopies" (of "endoscopy", MeSH) though "endoscopes" is one letter away."""
    assert found("Two endoscopies and three bronchoscopies were done.") == []
