"""Real-word and word-boundary errors on our own sentences."""

import pytest

from lint import resources
from lint.checks.spelling.tables import confusable_groups, confusions
from lint.config import Config
from lint.engine import lint_text

SPELLING = Config(select=("spelling/real-word", "spelling/word-boundary"))


@pytest.fixture
def no_confusion_list(monkeypatch):
    """The confusion list emptied, and the per-word options built from it
    forgotten before and after, so only the general mechanism is left."""
    from lint.checks.spelling import candidates, tables

    monkeypatch.setattr(tables, "confusions", lambda: {})
    candidates.word_options.cache_clear()
    yield
    candidates.word_options.cache_clear()


def found(text):
    return [(f.rule.id, f.location.column, f.text, f.suggestions) for f in lint_text(text, "a.md", SPELLING)]


def test_word_boundary_moves_one_letter():
    assert found("Stretching eases stiff joint sand muscles.") == [
        ("spelling/word-boundary", 24, "joint sand", ("joints and",))]


def test_confusion_with_a_cue_nearby():
    assert found("A clot in a deep vain needs urgent care.")[0][2:] == ("vain", ("vein",))
    assert found("Coughing up green mucous can mean infection.")[0][2:] == ("mucous", ("mucus",))


@pytest.mark.parametrize("text", [
    "Rate your pain on a scale of one to ten.",
    "Hair shedding is normal after a fever.",
    "Carcinoma in situ has not spread.",
    "Stiff joints and muscles improve with exercise.",
    "If the rash does not fade, see a doctor.",
    "Take the dose that your doctor prescribed.",
    "Shoes that fit well help blisters on the foot heal.",
    "The condition affects one side of the body.",
    "Keep track of your urinary symptoms in a diary.",
    "Measure your waist at the level of your belly button.",
    "The kidneys filter waste from the blood.",
    # Correct uses of words the list questions, with one of their cues near.
    "Illicit drugs can cause a severe reaction.",
    "Coarse facial features are common in this syndrome and need no treatment.",
    "Do not wait to see a doctor about weight loss.",
    "A public health nurse can treat pubic lice.",
    "Rush to the emergency room if the rash spreads and your skin swells.",
    "Side effects may affect your sleep.",
    "Patients may die if a severe allergic reaction to contrast dye is not treated.",
    "Loose stools and weight loss are common.",
    "The perineal nerve supplies the skin around the anus.",
    "Acid reflux can set off the gag reflex.",
    "Never ignore a pinched nerve.",
    "She knew the knee replacement had failed.",
    "The value of a heart scan depends on your risk.",
    "Oat bran lowers the risk of stroke.",
    "Press a clean cloth on the cut to stop the blood.",
    "The new version of the drug causes less blurred vision.",
])
def test_correct_text_is_quiet(text):
    assert found(text) == []


@pytest.mark.parametrize(("written", "meant", "example"),
                         [(w, m, e) for w, entries in confusions().items() for m, _, e in entries])
def test_each_confusion_entry_finds_its_example(written, meant, example):
    assert (written, (meant,)) in [(t.lower(), tuple(s.lower() for s in sug)) for _, _, t, sug in found(example)]


def _group_examples():
    for line in resources.lines("context/confusable_groups.tsv"):
        written, meant, _margin, example = line.split("\t")
        yield written, meant, example


@pytest.mark.parametrize(("written", "meant", "example"), list(_group_examples()))
def test_each_confusable_group_pair_finds_its_example(written, meant, example):
    assert (written, (meant,)) in [(t.lower(), tuple(s.lower() for s in sug)) for _, _, t, sug in found(example)]


def test_confusable_groups_question_every_use():
    """A classic confusable is questioned at each use, not only when the
    article uses it once: the second "then" is a slip for "than"."""
    text = "Rest, then drink water. Women get the disease more often then men. Then call your doctor."
    assert [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(text, "a.md", SPELLING)] == [
        ("spelling/real-word", 1, 58, "then", ("than",), "\"then\" is probably \"than\" here (\"then\" and "
         "\"than\" are often confused, and \"than\" fits the words around it far better)")]


@pytest.mark.parametrize("text", [
    "The drug had no effect on blood pressure.",
    "Stress can affect your sleep.",
    "Ask your doctor whether the drug is safe.",
    "Many people lose weight on this diet.",
    "Wear loose clothing after surgery.",
    "The blood comes from the liver.",
    "This is a form of arthritis.",
    "Women get the disease more often than men.",
    "Genes play a role in the disease.",
    "The surgical site should be kept dry.",
    "Cataracts can cloud your sight.",
    "Take a deep breath and hold it.",
    "It can be hard to breathe at night.",
    "Mucous membranes line the nose and mouth.",
    "He was treated for prostate cancer last year.",
])
def test_confusable_groups_leave_correct_text_alone(text):
    assert found(text) == []


def test_confusable_group_margins_are_data():
    """Every pair needs the meant word to fit by a margin of its own, never less than 1 (a tenfold odds)."""
    margins = [m for meant in confusable_groups().values() for m in meant.values()]
    assert margins and min(margins) >= 1.0


@pytest.mark.parametrize("text", [
    "The drug was tested in mice first, then men and women.",
    "Then the body makes more insulin than it needs.",
])
def test_confusable_groups_need_a_word_before(text):
    assert found(text) == []


ARTICLE_EVIDENCE = (
    "Psoriasis often affects the knees, the elbows and the scalp. On the scalp it forms thick "
    "silvery patches that can itch.\n\n"
    "A medicated shampoo softens the scalp patches, and a scalp oil loosens the scales. Keep the "
    "scalp moist. Tar shampoo calms scale itching overnight."
)


def test_slip_for_a_word_the_article_repeats_needs_no_list(no_confusion_list):
    """"scale" for "scalp" is found from the article's own vocabulary (five
    uses of "scalp") where "scale" fits neither word beside it, with the
    confusion list emptied: the general mechanism."""
    assert [(f.text, f.suggestions, f.message) for f in lint_text(ARTICLE_EVIDENCE, "a.md", SPELLING)] == [
        ("scale", ("scalp",), "\"scale\" is probably \"scalp\" here (the article uses \"scalp\" or its kin 5 "
         "times, and \"scale\" fits no word beside it)")]


STATIN_ARTICLE = ("Your doctor may offer a statin. A statin lowers the cholesterol your liver makes. "
                  "Most people tolerate statins well, and a statin is cheap. "
                  "Pravastatin is a mild statin. Stains reduce the risk of a heart attack.")


def test_slip_for_the_articles_word_at_a_sentence_start(no_confusion_list):
    """"Stains" opening a sentence, in an article that uses "statin" in
    two forms ("statin" four times, "statins" once: five uses by word
    family), is judged on its one neighbour; "statins" is too rare in
    general English to be among its slip candidates."""
    assert [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(STATIN_ARTICLE, "a.md", SPELLING)] == [
        ("spelling/real-word", 1, 171, "Stains", ("Statins",),
         "\"Stains\" is probably \"Statins\" here (the article uses \"statins\" or its kin 5 times, and "
         "\"stains\" fits no word beside it)")]


def test_longer_words_ending_in_the_articles_word_count_as_its_uses(no_confusion_list):
    """"atorvastatin" and "simvastatin" are statins: two statin uses, one
    "statins" and the two drug names make five."""
    text = ("A statin is often the first choice. Your doctor may suggest atorvastatin or simvastatin. "
            "Many people take statins for years, and a statin is cheap. Stains reduce the risk of a stroke.")
    assert [(f.location.column, f.suggestions, f.message) for f in lint_text(text, "a.md", SPELLING)] == [
        (text.index("Stains") + 1, ("Statins",), "\"Stains\" is probably \"Statins\" here (the article uses "
         "\"statins\" or its kin 5 times, and \"stains\" fits no word beside it)")]


@pytest.mark.parametrize("text", [
    # The written word fits its one neighbour: left alone.
    STATIN_ARTICLE.replace("Stains reduce the risk", "Stains on the skin fade. It lowers the risk"),
    # Too few uses of the family.
    "Your doctor may offer a statin. Most people tolerate statins well. Stains reduce the risk of a heart attack.",
])
def test_the_articles_word_at_a_sentence_start_needs_evidence(text, no_confusion_list):
    assert lint_text(text, "a.md", SPELLING) == []


@pytest.mark.parametrize("text", [
    # The article's word is often a neighbour of a correct one: the written
    # word fits a word beside it, or is too common to be a slip.
    ARTICLE_EVIDENCE.replace("Tar shampoo calms scale itching overnight.", "Rate the itch on a scale of one to ten."),
    ARTICLE_EVIDENCE.replace("Tar shampoo calms scale itching overnight.", "Patients lose weight. Weight loss, weight "
                             "gain and weight cycling all matter, and weight is measured."),
])
def test_the_articles_own_word_needs_the_written_word_to_fit_nowhere(text, no_confusion_list):
    assert lint_text(text, "a.md", SPELLING) == []


def test_homophones_are_questioned_at_every_use():
    """Homophones from the CMU Pronouncing Dictionary: "waist" fits "your"
    far better than "waste"; "waste" used correctly elsewhere stays quiet."""
    text = "Hospitals make a lot of waste. Wear a belt around your waste. Less waste is better."
    assert [(f.text, f.suggestions, f.message) for f in lint_text(text, "a.md", SPELLING)] == [
        ("waste", ("waist",), "\"waste\" is probably \"waist\" here (\"waste\" sounds like \"waist\", which "
         "fits the words around it far better)")]


@pytest.mark.parametrize("text", [
    "Take the recommended four, then stop.",  # number words are not homophone slips
    "A patient's scent helped doctors in ancient Greece.",  # after a possessive the context is unknown
    "She said “their sight has been lost” at the clinic.",  # quoted words are the speaker's
    "Hare was not involved in the study, said Dr. Hare of the clinic.",  # a name at the start
])
def test_homophones_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, column, written, meant", [
    ("Last year the clinic saw 4,200 knew cases of measles.", 32, "knew", "new"),  # after a number
    ("Sadly, know cure exists for the disease.", 8, "know", "no"),  # after a comma
    ("Of the 40 patients, 12 knew cases were mild.", 24, "knew", "new"),  # a comma, then a number
])
def test_a_sound_alike_after_a_boundary_is_judged_on_the_next_word(text, column, written, meant):
    """The tables never put the written word before the next one and have
    seen its homophone there, by far (contextual._one_sided)."""
    assert [(f.location.column, f.text, f.suggestions) for f in lint_text(text, "a.md", SPELLING)
            if f.rule.id == "spelling/real-word"] == [(column, written, (meant,))]


@pytest.mark.parametrize("text", [
    "The drug was tested in mice first, then men and women.",  # ", then" opens a step
    "Nurses once relied on a patient’s scent to judge an infection.",  # after a possessive a noun belongs
    "In 2019, new cases of measles rose.",
    "As you know, knew is the past of know.",
])
def test_a_sound_alike_after_a_boundary_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, column, written, meant", [
    ("The clinic sits beside a golf coarse.", 31, "coarse", "course"),
    ("Some users get others on bored quickly.", 26, "bored", "board"),
])
def test_a_sound_alike_the_kinds_of_word_settle(text, column, written, meant):
    """Where the word tables have seen too little ("golf course" is no pair
    of theirs), the candidate fits better and its kind of word far better
    (word_clusters.py)."""
    assert [(f.location.column, f.text, f.suggestions) for f in lint_text(text, "a.md", SPELLING)
            if f.rule.id == "spelling/real-word"] == [(column, written, (meant,))]


@pytest.mark.parametrize("text", [
    "Patients may get bored and stop using the app.",
    # A classic confusable keeps its own margin, whatever the kinds of word say.
    "In a larger group of patients where similar results were seen, the drug helped.",
    "Most of their sight has been lost.",
])
def test_a_sound_alike_the_kinds_of_word_leave_alone(text):
    assert found(text) == []


def test_a_function_word_homophone_the_kinds_of_word_settle():
    """"here"/"hear" (function_homophones.tsv): only the last sound-alike tiers question them."""
    assert [(f.location.column, f.text, f.suggestions) for f in lint_text("I am hear to help you.", "a.md", SPELLING)
            ] == [(6, "hear", ("here",))]


@pytest.mark.parametrize("text", [
    "Call us if you would like to hear more.",
    "Tie a knot in the rope.",
    "The wood was wet, which made the fire smoky.",
    "Some of them would rather not say.",
])
def test_function_word_homophones_left_alone(text):
    assert found(text) == []


def test_function_homophone_table_pairs_a_function_word_both_ways():
    """lint/data/context/function_homophones.tsv, built by tools/build_function_homophones.py."""
    from lint.checks.spelling.tables import confusable_groups, function_homophones, homophones

    table = function_homophones()
    function_words = resources.word_set("grammar/function_words.txt")
    assert "hear" in table["here"] and "witch" in table["which"] and "wood" in table["would"]
    lines = list(resources.lines("context/function_homophones.tsv"))
    assert lines == sorted(set(lines))
    for word, others in table.items():
        for other in others:
            assert word in table[other]  # both ways
            assert (word in function_words) != (other in function_words)  # one function word
            assert other not in confusable_groups().get(word, {}) and other not in homophones().get(word, ())


def test_word_clusters_score_kinds_of_word():
    from lint.checks.spelling.word_clusters import class_margin

    assert class_margin("golf", "coarse", "course", None) > 5.0
    assert class_margin("golf", "course", "coarse", None) < -5.0
    assert class_margin("zzzq", "coarse", "course", None) is None  # a word with no cluster


def test_missing_word_is_put_back():
    text = "Eat plenty of fruit vegetables every day, and drink water."
    assert [(f.rule.id, f.text, f.suggestions) for f in
            lint_text(text, "a.md", Config(select=("grammar/missing-word",)))] == [
        ("grammar/missing-word", "fruit vegetables", ("fruit and vegetables",))]


def test_the_is_put_back_before_a_noun_that_needs_it():
    """"body" follows a determiner in nearly all health writing, so a bare
    "throughout body" is questioned although the tables know the pair."""
    text = "The infection can spread throughout body within hours."
    assert [(f.text, f.suggestions) for f in
            lint_text(text, "a.md", Config(select=("grammar/missing-word",)))] == [
        ("throughout body", ("throughout the body",))]


def test_the_is_put_back_before_following_used_as_a_noun():
    """"the following" is a noun that needs its "the"; followed by a
    determiner, "following" is a verb and is left alone."""
    text = "Call your doctor if you have any of following symptoms. Treatment includes following a low-salt diet."
    assert [(f.text, f.suggestions) for f in
            lint_text(text, "a.md", Config(select=("grammar/missing-word",)))] == [
        ("of following", ("of the following",))]


@pytest.mark.parametrize("text", [
    "Wash the cut with soap and water, then cover it.",
    "Most people recover at home with rest and fluids.",
    "Treatment depends on the type of anemia and its cause.",
    "Swelling following surgery is common.",
    "A cold compress is a useful measure following a minor burn.",
    "Body temperature rises with fever.",
])
def test_complete_sentences_lose_no_word(text):
    assert lint_text(text, "a.md", Config(select=("grammar/missing-word",))) == []


NEAR_MISS = Config(select=("spelling/near-miss",))


def test_swapped_letters_need_no_list(no_confusion_list):
    """"form" for "from": two letters swapped, found by the word counts
    alone, by the preview rule (off by default)."""
    text = "Vaccines protect you form serious illness."
    assert [(f.rule.id, f.text, f.suggestions) for f in lint_text(text, "a.md", NEAR_MISS)] == [
        ("spelling/near-miss", "form", ("from",))]
    # The classic confusable groups list "form"/"from": the default rule finds it too.
    assert found(text) == [("spelling/real-word", 22, "form", ("from",))]


def test_health_words_need_less_evidence_than_general_ones():
    """Unlisted slips into general words (the preview rule): the meant word
    is the one health writing uses, and the n-gram context supports it."""
    def near(text):
        return [(f.rule.id, f.location.column, f.text, f.suggestions) for f in lint_text(text, "a.md", NEAR_MISS)]

    assert near("Weight loss for no known season can be a sign of illness.") == [
        ("spelling/near-miss", 26, "season", ("reason",))]
    assert near("The surgeon took out the humor and nearby lymph nodes.") == [
        ("spelling/near-miss", 26, "humor", ("tumor",))]
    # Inflections get no prior: a style difference, not a topic one.
    assert near("The surgeon removed the tumor and nearby lymph nodes.") == []


@pytest.mark.parametrize("text", [
    "She found a painless lump on her neck.",  # not "jump": "lump" is the health word
    "A scar forms as the wound heals.",  # not "scan"
    "Traction alopecia follows years of tight braids.",  # no seen pair favours "fraction"
    "People who live far from the equator make less vitamin D.",
])
def test_health_words_are_not_questioned_for_general_ones(text):
    assert found(text) == []


def test_boundary_decided_by_the_language_model():
    """Neither "trial scan" nor "trials can" settles it by seen pairs alone."""
    assert found("Ask whether the clinical trial scan be joined later.") == [
        ("spelling/word-boundary", 26, "trial scan", ("trials can",))]


def test_a_space_that_should_not_be_there():
    assert found("Most people recover with out treatment.") == [
        ("spelling/word-boundary", 21, "with out", ("without",))]
    assert found("Ask some one to help you with the dressing.") == [
        ("spelling/word-boundary", 5, "some one", ("someone",))]


@pytest.mark.parametrize("text", [
    "Symptoms may be mild at first and may be the first sign of this condition.",
    "Walk every day and give in to the urge to rest when you need to.",
    "Cartilage is a part of the joint.",
    "Try to work out for 30 minutes.",
])
def test_two_words_that_are_good_english_stay_apart(text):
    assert found(text) == []


def test_shipped_slip_candidates_match_what_the_rule_would_generate():
    """The table only saves work: for every 50th word it holds (and the
    words of the examples above) it must give what generation gives, or it
    is stale: rebuild it with tools/build_slip_candidates.py."""
    from lint.checks.spelling import candidates

    table = candidates._slip_table()
    words = sorted(table)[::50] + ["season", "humor", "codes", "shop", "minds"]
    assert len(words) > 200
    stale = [w for w in words if tuple(table[w].split()) != candidates.generate_slip_candidates(w)]
    assert not stale, f"stale slip candidates for {stale[:10]}; run tools/build_slip_candidates.py"
    assert "nodes" in table["codes"].split() and "reason" in table["season"].split()


def test_general_word_pair_probabilities_are_on_their_own_scale():
    """symspellpy counts pairs in a far larger corpus than single words;
    read unscaled, common pairs came out as certain (probability 1)."""
    from lint.context_model import language_model

    model = language_model()
    assert 0.05 < model.bigram("of", "the") < 0.6
    assert model.bigram("a", "new") < 0.1
    assert model.bigram("patients", "with") < 1.0


def test_pair_tests_on_spacy_hashes_agree_with_the_word_tables():
    """The whole-document tests read spaCy's LOWER column; strings spaCy
    keeps as symbols ("number", "det") have small ids there, not hashes,
    and must still be found ("the number" is a common pair, not a slip site)."""
    from lint import context_model, nlp, token_table

    doc = nlp.pipeline()("The number of det cells rose with out warning.")
    table = token_table.table(doc)
    words = [table.lower[k] for k in table.words]
    rows = table.array[table.words]
    assert rows[:, token_table.LOWER_COLUMN].tolist() == context_model.word_keys(words).tolist()
    keys = context_model.pair_keys(rows[:-1, token_table.LOWER_COLUMN], rows[1:, token_table.LOWER_COLUMN])
    seen = context_model.members(keys, context_model.seen_pair_index()).tolist()
    assert seen == [f"{a} {b}" in context_model.seen_pairs() for a, b in zip(words, words[1:])]
    assert seen[:2] == [True, True]


SPLIT_EXAMPLES = resources.yaml_data("context/split_phrases.yaml")["examples"]


@pytest.mark.parametrize(("text", "written", "meant"), SPLIT_EXAMPLES["bad"])
def test_one_word_or_two_by_part_of_speech(text, written, meant):
    """Each bad example of lint/data/context/split_phrases.yaml is found,
    with its fix."""
    boundary = Config(select=("spelling/word-boundary",))
    assert [(f.text, f.suggestions) for f in lint_text(text, "a.md", boundary)] == [(written, (meant,))]


@pytest.mark.parametrize("text", SPLIT_EXAMPLES["good"])
def test_one_word_or_two_leaves_correct_text_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "About 31 per cent of patients improved.",  # a standard two-word form
    "A larger trial is under way.",
    "Probiotics shortened a bout of diarrhea by a day.",  # "bout of" fits, "about of" does not
    # "a" and a noun is a noun phrase unless a noun phrase opens right after it.
    "Most people will have a bout bad enough to need rest.",
    "Rest for a while, then walk a little.",
    "He felt a cross pain in his chest.",
    "Our main strategy for warding off flu is the vaccine.",
    "Results were published in credible, peer-reviewed journals.",
    "Vaping may help ex-smokers; it won't help everyone.",  # glued tokens
    "She was able to do light house work.",
])
def test_valid_two_word_forms_are_not_joined(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "column"), [
    ("Pain may spread a cross the lower back.", 17),
    ("Walk a round the block twice a day.", 6),
    ("Numbness can travel a cross your foot.", 21),
])
def test_a_and_a_noun_joined_where_a_noun_phrase_follows(text, column):
    """"a cross the back": a determiner right after shows a preposition."""
    written = text[column - 1:column + 6].rstrip()
    assert found(text) == [("spelling/word-boundary", column, written, (written.replace(" ", ""),))]


@pytest.mark.parametrize(("text", "column", "written", "meant"), [
    ("Insomnia means trouble falling a sleep, staying asleep or waking early.", 32, "a sleep", "asleep"),
    ("Some drivers fall a sleep at the wheel.", 19, "a sleep", "asleep"),
    ("Old dressings can fall a part in the wash.", 24, "a part", "apart"),
])
def test_a_and_a_noun_joined_after_a_word_that_never_takes_a(text, column, written, meant):
    """"falling a sleep": general English has "falling asleep" and never "falling a"."""
    assert found(text) == [("spelling/word-boundary", column, written, (meant,))]


@pytest.mark.parametrize("text", [
    "He had a sleep after lunch.",
    "She booked a sleep study.",
    "Lay a part of the bandage flat.",
])
def test_a_and_a_noun_after_a_word_that_takes_a_is_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "written", "meant"), [
    ("There are a numbers of causes.", "numbers", "number"),
    ("It lead to damage over time.", "lead", "leads"),
    ("Rest if you can, because it help the body heal.", "help", "helps"),
    ("This include pain in the joints.", "include", "includes"),
    ("The cough eases as it become less frequent.", "become", "becomes"),
    ("These result shows that the drug works.", "result", "results"),
    ("Several study have found a link.", "study", "studies"),
    ("Once the fever has past, rest for a day.", "past", "passed"),
    ("This mean that you should rest.", "mean", "means"),
    ("Studies show that it help people sleep.", "help", "helps"),
    ("They have scene the results.", "scene", "seen"),
    ("When this happen, rest for a day.", "happen", "happens"),
    ("The body makes less of the hormone as it grow older.", "grow", "grows"),
    ("It is passed on in a recessive pattern, which mean both parents carry the gene.", "mean", "means"),
])
def test_agreement_slips(text, written, meant):
    assert [(f.rule.id, f.text, f.suggestions) for f in lint_text(text, "a.md", SPELLING)] == [
        ("spelling/real-word", written, (meant,))]


@pytest.mark.parametrize("text", [
    "Let it help you sleep.",  # the bare form after "let it"
    "Why didn't it show up in the tests?",  # a question's inverted subject
    "It cut the risk by half.",  # a past tense spelled like the present
    "She need not worry about it.",
    "A means of escape and a series of tests.",
    "This test takes an hour.",
    "Large studies such as this require many patients.",
    "This help is free.",
    "These cause headaches in some people.",  # a verb after "these"
    "Patients who had past infections were excluded.",  # "past" goes on a noun phrase
    "She has insured the house.",  # a participle already
    "It is vital that it remain cold.",  # the subjunctive
    "Doctors recommend that it be taken with food.",
    "The researchers said these data show a benefit.",
    # ", which" after a plural, a name, or one of several things.
    "The cells line the gut, which produce mucus.",
    "Blood thinners such as warfarin, which raise the risk of bleeding, need care.",
    "Devices like Zapper and Buzzer, which employ sound waves, are sold online.",
    "It is one of the proteins from the same family, which recognize the marks.",
])
def test_agreement_left_alone(text):
    assert found(text) == []


def test_homophone_table_is_symmetric_and_leaves_variants_and_numbers_out():
    """lint/data/context/homophones.tsv, built by tools/build_homophones.py
    from the CMU Pronouncing Dictionary."""
    from lint.checks.spelling.tables import homophones

    table = homophones()
    assert list(table) == sorted(table)
    assert all(word in table.get(other, ()) for word, others in table.items() for other in others)
    assert "waist" in table["waste"] and "cord" in table["chord"] and "heal" in table["heel"]
    function_words = resources.word_set("grammar/function_words.txt")
    assert not function_words & table.keys()
    for word in ("four", "disc", "programme", "alfa", "colour"):  # numbers and spelling variants
        assert word not in table


@pytest.mark.parametrize("text, column, written, meant", [
    ("Your doctor will chick your blood pressure at each visit.", 18, "chick", "check"),
    ("Most people with a cold feel bitter within a week.", 30, "bitter", "better"),
    # Words the frequency list holds but no curated dictionary lists.
    ("The cause of this rash is ont known.", 27, "ont", "not"),
    ("The infection can spread to uther parts of the body.", 29, "uther", "other"),
    # A letter lost at the end of a word no dictionary lists ("sam" is a name's).
    ("Other conditions may cause the sam signs.", 32, "sam", "same"),
    # At a sentence's end one neighbour decides.
    ("Tell your doctor about any uther.", 28, "uther", "other"),
])
def test_a_word_stranded_among_its_neighbours(text, column, written, meant, no_confusion_list):
    findings = lint_text(text, "a.md", SPELLING)
    assert [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions) for f in findings] == [
        ("spelling/real-word", 1, column, written, (meant,))]
    assert findings[0].message == (f"\"{written}\" is probably \"{meant}\" here (\"{written}\" is never seen beside "
                                   f"the words around it; \"{meant}\" fits them far better)")


@pytest.mark.parametrize("text, column, written, meant", [
    # Stranded (seen beside neither neighbour), and health writing has the
    # candidate between the same two words: a smaller margin will do.
    ("Genetic resting is available for this condition.", 9, "resting", "testing"),
    ("Other symptoms very depending on the organ affected.", 16, "very", "vary"),
    ("The choice of drug is baked on the results of the test.", 23, "baked", "based"),
])
def test_a_stranded_word_whose_candidate_health_writing_attests(text, column, written, meant, no_confusion_list):
    findings = lint_text(text, "a.md", SPELLING)
    assert [(f.rule.id, f.location.column, f.text, f.suggestions) for f in findings] == [
        ("spelling/real-word", column, written, (meant,))]
    assert "is never seen beside the words around it" in findings[0].message


@pytest.mark.parametrize("text, column, written, meant", [
    # Seen beside one neighbour only: the attested reading must win by far more.
    ("Use a medical dictionary to book up the words you do not know.", 29, "book", "look"),
    ("Several people were wound to have the gene.", 21, "wound", "found"),
])
def test_a_word_beside_one_neighbour_where_health_writing_attests_another(text, column, written, meant,
                                                                         no_confusion_list):
    findings = lint_text(text, "a.md", SPELLING)
    assert [(f.rule.id, f.location.column, f.text, f.suggestions) for f in findings] == [
        ("spelling/real-word", column, written, (meant,))]
    assert findings[0].message == (f"\"{written}\" is probably \"{meant}\" here (health writing puts \"{meant}\" "
                                   f"between these words, and \"{written}\" fits them far worse)")


@pytest.mark.parametrize("text", [
    # Past tenses the health counts rarely hold, and a word beside one neighbour
    # whose other reading wins by too little.
    "The subjects ate more fruit than before.",
    "Doctors gave each patient a dose of the drug.",
    "The test does away with the need for a biopsy.",
])
def test_attested_readings_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Wash the cut with soap and warm water.",
    # A word the article repeats is meant, however oddly it sits.
    "Chick embryos were used. The chick grew well, and chick cells divided.",
    # A rarer dictionary word is left alone.
    "Splint the arthritic joints at night.",
    "Ask Sam about the same signs.",  # a name
])
def test_stranded_words_left_alone(text):
    assert found(text) == []


def test_an_ous_adjective_ending_its_phrase_is_the_us_noun():
    findings = lint_text("There is a steady drip of thin, watery mucous.", "a.md", SPELLING)
    assert [(f.rule.id, f.location.column, f.text, f.suggestions) for f in findings] == [
        ("spelling/real-word", 40, "mucous", ("mucus",))]
    assert findings[0].message == ("\"mucous\" is probably \"mucus\" here (the adjective \"mucous\" ends its phrase, "
                                   "where the noun \"mucus\" belongs)")


@pytest.mark.parametrize("text", [
    "The lining of the gut is mucous.",  # after a linking verb the adjective stands alone
    "The glands are serous and mucous.",
    "Blisters form on the skin and mucous-membrane surfaces.",  # a hyphen goes on the phrase
    "Doctors were criticised as callous.",
])
def test_an_ous_adjective_used_on_its_own_is_left_alone(text):
    assert found(text) == []


def test_a_short_word_no_dictionary_holds_is_reported_once():
    """"rae" (a name in the frequency lists) is a misspelling of "are" to
    spelling/unknown-word, so spelling/real-word leaves it alone: one finding."""
    findings = [f for f in lint_text("Clinical trials rae done to find out if new treatments work.", "a.md")
                if f.rule.id.startswith("spelling/")]
    assert [(f.rule.id, f.location.column, f.text, f.suggestions[0]) for f in findings] == [
        ("spelling/unknown-word", 17, "rae", "are")]



def test_a_confusable_whose_meant_word_the_article_uses_needs_less():
    """"from" for "form" scores under the pair's margin on its own; an
    article that writes "form" twice more is evidence enough."""
    slip = "Stones from when urine holds too much calcium."
    assert found(slip) == []
    text = "Small stones form in the kidney. " + slip + " Some stones form again."
    assert [f[1:] for f in found(text)] == [(41, "from", ("form",))]
    # An everyday meant word ("were", "through") is in every article: no help.
    assert found("Tests were run. Results were mixed. Ten patients where similar results were seen.") == []


def test_a_pair_listed_both_ways_is_settled_by_its_cues():
    """ileum/ilium fit "the ... ," alike (the tables never saw "ilium"): a cue
    of the meant word and none of the written word's decide."""
    assert found("The sacrum joins the pelvis at the sacroiliac joint, where it meets the ileum, a flared bone.") == [
        ("spelling/real-word", 73, "ileum", ("ilium",))]
    assert found("Crohn's disease inflames the ileum, the end of the small intestine, near the pelvis.") == []


def test_a_stranded_word_whose_candidate_fits_both_neighbours_needs_less(no_confusion_list):
    """"cancel" is seen beside neither "testicular" nor "is"; "cancer" beside both."""
    assert found("Testicular cancel is rare in older men.") == [
        ("spelling/real-word", 12, "cancel", ("cancer",))]
    assert found("Testicular cancer is rare in older men. Their success rates still fell well below.") == []


def test_which_after_a_singular_word_takes_the_s_form():
    """"which include" is common after plurals, so the counts alone cannot
    tell; after ", which" and a singular word the -s form is needed."""
    assert found("Gout can follow a diet high in purines, a pattern which is common. "
                 "Risks include a fair complexion, which include pale skin.") == [
        ("spelling/real-word", 107, "include", ("includes",))]
    # After a prepositional phrase the antecedent may be the plural before it.
    assert found("It has positive effects on the brain, which go beyond exercise.") == []


def test_this_before_an_article_takes_a_verb():
    assert [f[2:] for f in found("The drug is released slowly. This increase the effect of the dose.")] == [
        ("increase", ("increases",))]
    assert found("This week the trial ends. This year a new drug came out.") == []


def test_agreement_after_where_and_than():
    assert [f[2:] for f in found("The body stores more iron than it need.")] == [("need", ("needs",))]


def test_a_candidate_in_all_three_health_triples_needs_less(no_confusion_list):
    """"muscles on both sides of the": health writing has "sides" in every
    triple around it, "sites" in none."""
    assert found("It causes weakness of muscles on both sites of the face.") == [
        ("spelling/real-word", 39, "sites", ("sides",))]
    assert found("The study comes out on the eve of the meeting.") == []


def test_an_s_form_after_be_is_a_slip_for_the_participle():
    assert [f[2:] for f in found("Many new drugs are being studies. Blood samples will also be takes.")] == [
        ("studies", ("studied",)), ("takes", ("taken",))]
    assert found("Smoking and diet may be causes of heart disease. The lumps may be cysts. "
                 "There have been questions raised about the drug.") == []


def test_an_s_form_after_a_modal_is_a_slip_for_the_bare_verb():
    assert [f[2:] for f in found("Smoking can causes lung cancer. You must takes it with food.")] == [
        ("causes", ("cause",)), ("takes", ("take",))]
    assert found("Can openers are sold here. In May patients travel more.") == []


def test_the_noun_after_one_of_the_is_plural():
    assert [f[2:] for f in found("Stroke is one of the leading cause of death.")] == [("cause", ("causes",))]
    assert found("She is one of the new crop of patients. He is one of the study's authors. "
                 "It is one of the best ways to help.") == []


def test_a_plural_after_a_that_ends_its_phrase():
    assert [f[2:] for f in found("She had an injections that hurt.")] == [("injections", ("injection",))]
    assert found("He is a systems biologist. It is a centuries-old remedy. Cathepsin A works with enzymes.") == []


def test_their_and_there_where_the_next_word_settles_it():
    assert [f[2:] for f in found("Their is no cure. Kids need there own space.")] == [
        ("Their", ("There",)), ("there", ("their",))]
    assert found("Their children are fine. Is there own-brand food?") == []


def test_there_after_a_verb_and_an_adverb_is_a_place():
    # As after the verb alone ("Are there most of the signs?"): the pain is
    # somewhere, not somebody's.
    assert found("Asthma comes and goes, but these symptoms are usually there most of the time.") == []
    assert [f[2:] for f in found("Many people notice there most troublesome symptoms at night.")] == [
        ("there", ("their",))]


def test_an_s_form_after_a_plural_pronoun():
    assert [f[2:] for f in found("They causes pain in the joints. We needs more data.")] == [
        ("causes", ("cause",)), ("needs", ("need",))]
    assert found("You guys are great. They cause pain.") == []


def test_a_pair_listed_one_way_is_questioned_the_other_way():
    """confusable_groups.tsv lists "loss" for "lose" only; a confusion goes
    both ways, so "lose" written for "loss" is found too."""
    text = "Night sweats and sudden weight lose can be signs of the disease."
    assert [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(text, "a.md", SPELLING)] == [
        ("spelling/real-word", 1, 32, "lose", ("loss",), "\"lose\" is probably \"loss\" here (\"lose\" and "
         "\"loss\" are often confused, and \"loss\" fits the words around it far better)")]


@pytest.mark.parametrize("text", [
    "Many people lose weight when they change their diet.",
    "Where the rash spreads, the skin swells.",
    "The patients were treated where they lived.",
    "The stone passed without pain, and the pain is now in the past.",
])
def test_reversed_pairs_leave_correct_text_alone(text):
    assert found(text) == []


def test_a_past_form_after_a_modal_or_do_not_is_a_slip_for_the_bare_verb():
    text = "The new drug did not caused any side effects.\n\nCells that can not used glucose soon die."
    assert [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(text, "a.md", SPELLING)] == [
        ("spelling/real-word", 1, 22, "caused", ("cause",),
         "\"caused\" is probably \"cause\" here (after \"did not\" comes the bare verb, not its past form)"),
        ("spelling/real-word", 3, 20, "used", ("use",),
         "\"used\" is probably \"use\" here (after \"can not\" comes the bare verb, not its past form)")]


@pytest.mark.parametrize("text", [
    "This is not caused by a virus.",
    "It could have led to an early death.",
    "You can found a charity for the disease.",
    "The will led to a long dispute.",
    "Patients should not eat these foods.",
])
def test_a_past_form_where_english_allows_it_is_left_alone(text):
    assert found(text) == []


REAL_WORD_ONLY = Config(select=("spelling/real-word",))


def real_word(text):
    return [(f.rule.id, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(text, "a.md", REAL_WORD_ONLY)]


def test_a_common_word_written_for_a_function_word():
    assert real_word("A positive test does note mean that you have the disease.")[0][1:4] == (22, "note", ("not",))
    assert real_word("Talk witch your nurse if the pain gets worse.")[0][1:4] == (6, "witch", ("with",))
    assert real_word("Ask your doctor if you may bed at risk of gout.")[0][1:4] == (28, "bed", ("be",))


def test_a_function_word_slip_for_another_one_letter_away():
    assert real_word("It in important to rest after surgery.") == [
        ("spelling/real-word", 4, "in", ("is",), "\"in\" is probably \"is\" here (health writing never puts \"in\" "
         "between \"it\" and \"important\", and often \"is\")")]
    assert real_word("A fever is part off the body's defence against infection.")[0][1:4] == (17, "off", ("of",))
    assert real_word("The condition is part off a group of rare disorders.")[0][1:4] == (23, "off", ("of",))


@pytest.mark.parametrize("text", [
    # Idioms, and one preposition for another, are left alone.
    "Ice can take the edge off the pain.",
    "The gene sits on chromosome 7.",
    "The rash may spread to the arms or the legs.",
    "Eat plant-based or the marine-based oils.",
    "More research is now needed to be sure.",
    "See the doctor if the pain comes back.",
    "We see it as more of a habit than a disease.",
    # A reading that wins by less than the margin is no finding.
    "One of them most common causes is smoking.",
    # Acronyms written in capitals are no function words.
    "Most surgery is done in the OR by a team.",
])
def test_function_words_in_correct_text_are_left_alone(text):
    assert real_word(text) == []


def test_function_word_pairs_come_from_a_general_rule():
    from lint.checks.spelling.function_words import function_pairs

    pairs = function_pairs()
    assert "and" in pairs["an"] and "of" in pairs["off"] and "is" in pairs["it"] and "from" in pairs["form"]
    # Kin (our/your) and prepositions for each other (on/in) are left out;
    # a content word is questioned only for a stop word ("form" for "from").
    assert "your" not in pairs.get("our", ()) and "in" not in pairs["on"] and "farm" not in pairs["form"]
    for line in resources.lines("context/function_word_kin.txt"):
        first, second = line.split()
        assert first < second


def test_a_document_with_a_misspelling_needs_less_to_show_a_function_word_slip():
    both = Config(select=("spelling/real-word", "spelling/unknown-word"))
    slip = "One of them most common causes is smoking."
    assert [f.rule.id for f in lint_text(slip, "a.md", both)] == []
    found_here = [(f.rule.id, f.location.column, f.text, f.suggestions)
                  for f in lint_text("Some people feel a tingling sensaton in the legs. " + slip, "a.md", both)]
    assert found_here == [("spelling/unknown-word", 29, "sensaton", ("sensation", "sensate", "sunstone")),
                          ("spelling/real-word", 58, "them", ("the",))]


@pytest.mark.parametrize("text, column, written, meant", [
    # A rare word that sounds like a health word (health_homophones.tsv).
    ("Asthma can leave a child short of breadth after running.", 35, "breadth", "breath"),
    # The article names the health word often, the sound-alike once.
    ("Veins carry blood to the heart. Varicose veins are swollen veins. "
     "Weak valves let blood pool in the vanes of the calf.", 101, "vanes", "veins"),
    # The article writes the health word beside the same neighbour elsewhere.
    ("Heel pain is common in runners. A sharp heal pain in the morning is typical.", 41, "heal", "heel"),
])
def test_words_that_sound_like_a_health_word(text, column, written, meant):
    assert [(f.rule.id, f.location.column, f.text, f.suggestions) for f in lint_text(text, "a.md", SPELLING)] == [
        ("spelling/real-word", column, written, (meant,))]


@pytest.mark.parametrize("text", [
    "The study measured the breadth of the evidence.",
    "Cuts heal faster when kept clean, and most heal within a week.",
    "The company sells its device for about 600 euros.",  # a common word: homophones.tsv's business
    "She was not a vain person, but the rash upset her.",
    "Weather vanes turn in the wind, and vanes on a pump move water.",  # the article's own word
])
def test_words_that_sound_like_a_health_word_left_alone(text):
    assert found(text) == []


def test_health_homophone_table():
    """lint/data/context/health_homophones.tsv (tools/build_health_homophones.py):
    the meant word is a health word, the written one no spelling variant of it."""
    from lint.checks.spelling.health_homophones import pairs

    table = pairs()
    assert "veins" in table["vanes"] and "breath" in table["breadth"] and "heel" in table["heal"]
    assert "dietician" not in table and "fibres" not in table and "centres" not in table
    lines = list(resources.lines("context/health_homophones.tsv"))
    assert lines == sorted(lines)


def test_listed_confusion_in_a_title_case_heading():
    """A heading in title case: the listed confusion's cue ("irritable") is as
    good a word there; other capitalised words are not questioned."""
    assert found("Living With Irritable Bowl Syndrome") == [("spelling/real-word", 23, "Bowl", ("Bowel",))]
    assert found("The Super Bowl Party") == []
    assert found("A Big Salad Bowl") == []


@pytest.mark.parametrize("text, column, written, meant", [
    ("The spots look like acne, but their not acne.", 31, "their", "they're"),
    ("Their going to need a new inhaler.", 1, "Their", "They're"),
    ("Many people notice there symptoms more at night.", 20, "there", "their"),
    # By general English's pairs: health writing has too few "their partners".
    ("Men and there partners can come together.", 9, "there", "their"),
])
def test_their_there_theyre_by_the_next_word(text, column, written, meant):
    assert [(f.location.column, f.text, f.suggestions) for f in lint_text(text, "a.md", SPELLING)] == [
        (column, written, (meant,))]


@pytest.mark.parametrize("text", [
    "Their not being treated is a worry.",  # a gerund's subject
    "Parents worry about their not eating enough.",
    "Is there genetic testing for this condition?",  # a question
    "We went there yesterday.",
    "So there need to be more clinics.",  # a verb's base form
])
def test_their_there_left_alone(text):
    assert found(text) == []


def test_a_split_preposition_before_its_noun_phrase():
    assert found("Redness a cross the cheeks is common.") == [("spelling/word-boundary", 9, "a cross", ("across",))]
    assert found("A bout of flu can last a week.") == []


@pytest.mark.parametrize("text, expected", [
    ("Give two puffs, than wait and watch.", [("spelling/real-word", 17, "than", ("then",))]),
    ("Rinse the cut, than apply a bandage.", [("spelling/real-word", 16, "than", ("then",))]),
    ("Women were more likely, than men, to report pain.", []),  # a comparison after a comma
    ("It is better to rest, than to run.", []),
    # Neither pair in health writing: a bare verb after ", than" is the next step.
    ("Take one tablet with your evening meal, than enjoy a short walk.", [("spelling/real-word", 41, "than", ("then",))]),
    ("Older adults slept longer in the study, than younger adults.", []),
    ("The new gel worked faster, than placebo.", []),
])
def test_than_opening_a_step_after_a_comma(text, expected):
    assert found(text) == expected


def test_there_before_the_articles_own_health_word():
    text = ("Tinnitus is common. Tinnitus can be loud. Many people notice there tinnitus more at night. "
            "Is there tinnitus in children?")
    assert found(text) == [("spelling/real-word", 62, "there", ("their",))]


def test_a_homophone_opening_a_list_item_is_no_name():
    # The list item's first word follows the last item's word with no full
    # stop between; only a capitalised word can be taken for a name.
    text = "# Anaemia\n\nOthers may have:\n\n- tiredness and lack of energy\n- pail skin\n"
    assert [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions)
            for f in lint_text(text, "a.md", SPELLING)] == [("spelling/real-word", 6, 3, "pail", ("pale",))]


@pytest.mark.parametrize("text, expected", [
    ("The flu jab is know to be very safe.", [("spelling/real-word", 16, "know", ("known",))]),
    ("The trial was lead by a team in Leeds.", [("spelling/real-word", 15, "lead", ("led",))]),
    ("The cream has been show to ease itching.", [("spelling/real-word", 20, "show", ("shown",))]),
    ("There is need to act quickly.", []),  # "there is need to" is English
    ("The key is access to care.", []),  # a noun the pair counts put after "is" too
])
def test_a_bare_verb_after_a_form_of_be_before_to_or_by_is_its_participle(text, expected):
    assert found(text) == expected


def test_a_homophone_the_article_writes_beside_the_same_word_elsewhere():
    # "cold sore" three times, then "cold soar" once: the article's own pairs
    # decide, though the tables lack the pair.
    text = ("# Cold sores\n\nA cold sore is a small blister. Most cold sore patches heal in a week. "
            "Many people get a cold sore each winter.\n\n## Treating a cold soar\n\nCreams can help.\n")
    assert [(f.rule.id, f.location.line, f.location.column, f.text, f.suggestions)
            for f in lint_text(text, "a.md", SPELLING)] == [("spelling/real-word", 5, 20, "soar", ("sore",))]


def test_a_function_word_beside_a_homophone_is_no_echo():
    text = ("The whole team came. The whole day went well. The whole week too. "
            "We dug the hole by the fence.\n")
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("A tingling feeling on you lip comes first.", [("spelling/real-word", 23, "you", ("your",))]),
    ("Swelling in you mouth can hurt.", [("spelling/real-word", 13, "you", ("your",))]),
    ("It all depends on you and your doctor.", []),
    ("Most of you know this already.", []),
    ("Many of you reported pain.", []),
    ("Those of you smokers should stop.", []),  # a plural in apposition
    ("The nurse will rely on you telling the truth.", []),
    # After "to", "with", "for", only a noun general English writes after "your".
    ("Rest, and listen to you body when it aches.", [("spelling/real-word", 21, "you", ("your",))]),
    ("Talk with you doctor before you stop.", [("spelling/real-word", 11, "you", ("your",))]),
    ("Ask which you doctor can refer you.", [("spelling/real-word", 11, "you", ("your",))]),
    ("We will explain it to you today.", []),
    ("This is good for you too.", []),
    ("Thanks to you all for coming.", []),
])
def test_you_after_a_preposition_before_a_noun_is_your(text, expected):
    assert found(text) == expected


def test_a_homophone_after_to_that_the_tables_never_saw_there():
    assert found("Wounds on the feet can take longer to heel, so check them daily.") == [
        ("spelling/real-word", 39, "heel", ("heal",))]
    assert found("Older machines are likely to fare better.") == []


@pytest.mark.parametrize("text, expected", [
    ("But don't waist your money on cheap pens.", [("spelling/real-word", 11, "waist", ("waste",))]),
    ("We did not meat the target this year.", [("spelling/real-word", 12, "meat", ("meet",))]),
    ("You can't die from a cold sore.", []),  # a verb after "can't"
    ("It isn't meat, it is tofu.", []),  # "is" is no "do" or modal
    ("The waist did not shrink.", []),
])
def test_a_noun_only_homophone_after_do_not_is_its_verb(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A band is placed to cut off it's blood supply.", [("spelling/real-word", 29, "it's", ("its",))]),
    ("It's been a long year.", []),  # "it has"
    ("It's cause for concern.", []),  # general English writes "is cause" too
    ("It's time to rest.", []),
    ("It's normal to feel sad.", []),
    # After a preposition "it is" cannot stand, whatever the counts.
    ("Check the date at the end of it's shelf life.", [("spelling/real-word", 30, "it's", ("its",))]),
    ("Wax works it's way out on its own.", []),  # after a verb: the counts decide
    ("We talked about it. It's worth a try.", []),
])
def test_its_before_a_noun_that_follows_its_and_not_is(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "slip", "meant"), [
    ("The gel does not works on every wart.", "works", "work"),
    ("She have had chickenpox before, so she is immune.", "have", "has"),
    ("Your child should of been offered the vaccine.", "of", "have"),
    ("They was given a cream for the itch.", "was", "were"),
    ("He has took the full course of tablets.", "took", "taken"),
    ("By then the swelling had went down.", "went", "gone"),
])
def test_verb_form_slips(text, slip, meant):
    assert [(f[2], f[3]) for f in found(text)] == [(slip, (meant,))]


@pytest.mark.parametrize("text", [
    "Her surgeon recommended that he have the operation in spring.",  # a subjunctive
    "If it were not for the rash, nobody would have known.",
    "Decades of arthritis have wrought changes in the joint.",  # an old participle of "work"
    "Both drugs could, of course, be taken together.",
    "The trial has shown that the drug works.",
])
def test_verb_forms_that_are_right(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "slip", "meant"), [
    ("These tablets works within an hour.", "works", "work"),
    ("The results shows a clear benefit for older patients.", "shows", "show"),
])
def test_a_plural_subject_takes_the_bare_verb(text, slip, meant):
    assert [(f[2], f[3]) for f in found(text)] == [(slip, (meant,))]


@pytest.mark.parametrize("text", [
    "Shingles causes a painful rash on one side of the body.",  # one disease, plural in form
    "Drinking more than these amounts leads to liver damage.",  # the plural is compared, not the subject
    "The news shows how common the rash is.",
])
def test_subjects_that_only_look_plural(text):
    assert found(text) == []


# -- the general confusion sets (tools/build_confusion_sets.py) --------------

def test_general_confusion_sets_are_derived_data():
    """Each line: written, meant, kind, margin; every pair both ways; sorted;
    no pair that the hand-written tables list."""
    from lint.checks.spelling import tables

    rows = [line.split("\t") for line in resources.lines(tables.CONFUSION_SETS)]
    assert rows and all(len(row) == 4 and row[2] in ("homophone", "near") and float(row[3]) >= 3.0 for row in rows)
    assert rows == sorted(rows)
    pairs = {(row[0], row[1]) for row in rows}
    assert all((meant, written) in pairs for written, meant in pairs)
    general = tables.general_confusions()
    assert "breath" in general["breadth"] and "sores" in general["soars"]
    for written, meant in confusable_groups().items():
        assert not set(meant) & set(general.get(written, {}))


@pytest.mark.parametrize(("text", "column", "written", "meant", "rule", "why"), [
    # Homophones are spelling/real-word's, at every use.
    ("Cold soars are caused by a virus.", 6, "soars", "sores", "spelling/real-word", "sounds like"),
    ("The wound will take weeks to heel completely.", 30, "heel", "heal", "spelling/real-word", "sounds like"),
])
def test_general_confusion_sets_find_unlisted_confusions(text, column, written, meant, rule, why):
    config = Config(select=("spelling/real-word", "spelling/near-miss"), preview=True)
    assert [(f.rule.id, f.location.column, f.text, f.suggestions, f.message)
            for f in lint_text(text, "a.md", config)] == [
        (rule, column, written, (meant,),
         f"\"{written}\" is probably \"{meant}\" here (\"{written}\" {why} \"{meant}\", which fits the words around "
         "it far better)")]


def test_near_homophones_stay_out_of_the_default_rule():
    assert found("The rash fades, but the doctor will not except it.") == []


@pytest.mark.parametrize("text", [
    "The desert is hot and dry in summer.",
    "Most patients accept the offer of a second opinion.",
    "The latter group had fewer side effects.",
    "He likes to wander in the park after lunch.",
    "Our personal doctor retired last year.",
    "Lightning struck the old hospital twice.",
    "Do not pour hot water on a burn.",
    "Stand in the shade when the sun is at its peak.",
])
def test_general_confusion_sets_leave_correct_text_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Hiccup comes from a word for a sob or catch in the throat.",
    "It sounded like a sob or a cough.",
])
def test_a_rarer_dictionary_word_is_not_stranded(text):
    """A dictionary word with fewer than MIN_STRANDED_COUNT uses is seen
    beside few words at all: "a sob or" is no slip for "a job or"."""
    assert found(text) == []


def test_a_part_of_a_hyphenated_compound_is_no_real_word_slip():
    text = "A widely cited analysis estimated that half of the world's population could be short-sighted by 2050.\n"
    assert found(text) == []


def test_a_noun_after_this_before_an_auxiliary_is_no_verb_wanting_s():
    assert found("The upper limit is 350 mg a day. This limit doesn't apply to magnesium in food.\n") == []
    assert found("This help them recover.\n") == [("spelling/real-word", 6, "help", ("helps",))]


@pytest.mark.parametrize(("text", "written", "meant"), [
    # The tables have seen the written word beside neither neighbour, and
    # the homophone beside one or both: less margin is needed, also at a
    # sentence's edge, where one side is all the evidence there is.
    ("Knees often feel worse in the mourning.", "mourning", "morning"),
    ("Deep grazes heel slowly and may scar.", "heel", "heal"),
    ("Raze the foot of the bed to ease the cough.", "Raze", "Raise"),
])
def test_a_stranded_homophone_needs_less(text, written, meant):
    assert [(f[2], f[3]) for f in found(text)] == [(written, (meant,))]


@pytest.mark.parametrize("text", [
    "Morning stiffness that lasts an hour can point to arthritis.",
    "A heel spur rarely needs surgery.",
    "Mourning a loss can disturb sleep for months.",
])
def test_stranded_homophone_tier_leaves_correct_words_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "written", "meant"), [
    # The slot rules the written word out; of the words that fit it, the one
    # that sounds the same is suggested, not a near-homophone a vowel away
    # that the counts happen to favour ("peers", "hell").
    ("Harsh soap can block your pours and dry the skin.", "pours", "pores"),
    ("Pressure under the heal can feel like a stone in the shoe.", "heal", "heel"),
])
def test_a_slot_slip_is_read_as_its_homophone_first(text, written, meant):
    assert [(f[2], f[3]) for f in found(text)] == [(written, (meant,))]


@pytest.mark.parametrize(("text", "expected"), [
    # A verb that English never puts "you" after takes no person as its
    # object: the noun after "you" is its object and belongs to "your".
    ("Gently rinse you mouth after each meal.", [("spelling/real-word", 14, "you", ("your",))]),
    ("Rest you arm on a pillow at night.", [("spelling/real-word", 6, "you", ("your",))]),
    # Verbs that take a person and a thing ("give you advice") are seen before "you".
    ("We can give you advice on diet.", []),
    ("A therapist can teach you breathing exercises.", []),
    ("Doctors can send you reminders by text.", []),
    ("Thank you notes are a kind touch.", []),
    # A plural noun before "you" opens a relative clause.
    ("Results depend on which women you screen first.", []),
])
def test_you_after_a_verb_never_seen_before_you_is_your(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An adjective or adverb that is no verb's base form takes neither the
    # preposition "to" nor the infinitive's: before an infinitive or the
    # sentence's end, "too" was meant.
    ("The scar was to small to notice.", [("spelling/real-word", 14, "to", ("too",))]),
    ("Blood sugar can become to high.", [("spelling/real-word", 24, "to", ("too",))]),
    ("The room felt to hot.", [("spelling/real-word", 15, "to", ("too",))]),
    # Ranges, nouns, adjectives joined before a noun, amounts.
    ("Her itching could be mild to severe.", []),
    ("Symptoms range from mild to severe.", []),
    ("We hope to get his pressure back to normal to ease symptoms.", []),
    ("Exposure to cold can trigger attacks.", []),
    ("It may be due to physical, mental or social causes.", []),
    ("The list was narrowed down to three to be tested.", []),
])
def test_to_before_a_degree_word_is_too(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # After a subject pronoun a verb must follow: an adjective the tables
    # never saw beside either neighbour yields to its verb homophone even
    # where the counts favour the commoner adjective a little.
    ("I new the risks before the operation.", [("spelling/real-word", 3, "new", ("knew",))]),
    ("She new just what kind of test she wanted.", [("spelling/real-word", 5, "new", ("knew",))]),
    ("They often need new glasses.", []),
    ("We too were surprised by the result.", []),
])
def test_an_adjective_after_a_subject_yields_to_its_verb_homophone(text, expected):
    assert found(text) == expected
