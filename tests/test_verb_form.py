"""grammar/verb-form: agreement with a noun subject, and a verb's form after
"to", a modal or an auxiliary."""

import pytest

from lint.config import Config
from lint.engine import lint_text

VERB_FORM = Config(select=("grammar/verb-form",))


def found(text):
    return [(f.rule.id, f.location.column, f.text, f.suggestions) for f in lint_text(text, "a.md", VERB_FORM)]


@pytest.mark.parametrize(("text", "column", "written", "meant"), [
    # A form of "be", "have" or "do" after the noun that opens its clause.
    ("The small intestine are part of the gut.", 21, "are", "is"),
    ("Clinical trials is taking place in many parts of the country.", 17, "is", "are"),
    ("Most affected individuals has profound hearing loss.", 27, "has", "have"),
    ("Sometimes, people is not diagnosed until later.", 19, "is", "are"),
    ("The goal of the treatment are to ease symptoms.", 27, "are", "is"),
    ("Check with your doctor if you has any of these.", 31, "has", "have"),
    ("I has a rash on my arm.", 3, "has", "have"),
    # A verb's form where grammar asks for the bare verb.
    ("The sign may being rare or common.", 14, "being", "be"),
    ("People with high cholesterol should are taking statins.", 37, "are", "be"),
    ("Children who do not inherited the gene will not have it.", 21, "inherited", "inherit"),
    ("Doctors use drugs to helps the body heal.", 22, "helps", "help"),
    # "to" dropped after a passive's participle.
    ("The rash is thought be an allergy.", 13, "thought be", "thought to be"),
    ("Steroids can be used reduce swelling.", 17, "used reduce", "used to reduce"),
    # "to" dropped between a word that takes a to-infinitive and a verb.
    ("You may need wear a special shoe for a few weeks.", 9, "need wear", "need to wear"),
    ("Most people can return work the next day.", 17, "return work", "return to work"),
    ("You may be able walk the next day.", 12, "able walk", "able to walk"),
    ("Try avoid spicy food for a while.", 1, "Try avoid", "Try to avoid"),
    ("Older users tend be healthier.", 13, "tend be", "tend to be"),
    # A past participle after a form of "be" or "have".
    ("The condition is inherit in an autosomal dominant pattern.", 18, "inherit", "inherited"),
    ("The rash is cause by a virus.", 13, "cause", "caused"),
    ("The gene has been show to raise the risk.", 19, "show", "shown"),
    ("These frequencies are base on a small study.", 23, "base", "based"),
    ("Cost has be an issue for years.", 10, "be", "been"),
    # A lexical verb against the noun phrase that opens its clause.
    ("Swollen joints tends to feel stiff in the morning.", 16, "tends", "tend"),
    ("Saline nasal drops helps loosen the mucus.", 20, "helps", "help"),
    ("These small cysts usually needs no treatment.", 27, "needs", "need"),
    ("It is more likely that patients takes the drugs.", 33, "takes", "take"),
    ("A cyst develop slowly over many years.", 8, "develop", "develops"),
    ("When a person inherit a gene mutation, the risk rises.", 15, "inherit", "inherits"),
    ("The size of the incision depend on the reason for surgery.", 26, "depend", "depends"),
    ('These "silent" cysts usually needs no treatment.', 30, "needs", "need"),  # a quoted modifier
    ('The "bad" fats is a problem.', 16, "is", "are"),
    ("These small stones usually needs no treatment.", 28, "needs", "need"),  # "stones" after "these" is no verb
])
def test_verb_form_slips(text, column, written, meant):
    assert found(text) == [("grammar/verb-form", column, written, (meant,))]


@pytest.mark.parametrize("text", [
    "The small intestine is part of the gut.",
    "The number of cases is rising.",  # the head is "number", before "of"
    "Personal quality of life issues are also important.",
    "What I tell you is true.",
    "Drugs that help the immune system fight melanoma are new.",  # an object and its verb
    "Physical therapy help is free.",
    "People with a history of cancer who are over 60 need checks.",
    "Proving that the procedure works in people is a big step.",
    "This type of cells are found in the gut.",
    "The remainder are caused by other genes.",  # a noun of quantity
    "Smoking cigarettes is linked to cancer.",  # a gerund's phrase
    "The evidence suggesting benefits is limited.",
    "If further research were able to show it, doctors would use it.",  # the subjunctive
    "Nicotine patches, gum and lozenges do not prevent relapse.",
    "Side effects is one reason people stop.",
    "There are changes in the skin.",  # a noun after "there are"
    "There will always be questions about it.",
    "Some people have gain or loss of genetic material.",
    "Will popping a pill work better?",  # a question's modal
    "It is related to eating too much.",  # -ing after "to"
    "This led to reduced blood flow.",  # an adjective after "to"
    "Others do not has been the question.",
    "People have access to care.",
    "Water jets also were linked with a decrease.",
    "Children without autism were the controls.",
    "In some cases, the genes responsible have not been found.",  # an adjective after its noun
    "The effects of arginine:glycine amidinotransferase deficiency are severe.",
    "Their external genitalia are normal.",  # a Latin plural
    "Because their sperm do not move, the men are infertile.",
    "Secondhand smoke is smoke in the air.",
    "All you can do is eat and sleep.",
    "People with diabetes may have repeat infections.",
    "The drug has promise.",
    "Patients were age 80 or older.",
    "The trial requires that the patient have three symptoms.",  # the subjunctive
    "Those who didn't improved their times by less.",  # "didn't" ends a clause
    "The women could be post-menopausal.",
    # A lexical verb: compounds, adjectives, amounts, names, collectives and plurals read as one thing.
    "An experimental drug dramatically reduced the plaques.",
    "The fungus ball gradually enlarges.",
    "Steroid drugs help shrink some tumors.",
    "Toenail fungus causes nails to become thick.",
    "That enables doctors to decide.",
    "Six weeks seems a long time to wait.",
    "The new data adds to the evidence.",
    "Shingles typically presents as a rash.",
    "The team decide together.",
    "An implanted device like this could help.",
    "People who took aspirin once a month were less likely to get it.",
    "The virus spread quickly through the ward.",  # a past tense spelled like the bare verb
    "Doctors recommend that the patient rest for a week.",  # the subjunctive
    "Eating vegetables helps your heart.",  # a gerund's phrase
    # No dropped "to": a bare infinitive, a noun, an adverb, a subject and its verb.
    "Saline drops help loosen the mucus.",
    "We will likely work with them.",
    "These computational approaches provide new options.",
    "Widely prescribed sleep medicines can cause falls.",
    "She sought help from a specialist.",
    "It is a way to address moderate sleep problems.",
    "Small areas of damage develop where it attaches.",
    "Apnea happens when 10 seconds pass without breathing.",
    "Come see us at the clinic.",
    "It causes a mild to moderate increase in pain.",
    # No subject at all: a word that opens a clause, or one that is only ever a verb.
    "Although group A strep infections are common, few lead to lasting harm.",
    "The age at which the rash develops varies from child to child.",
])
def test_verb_form_left_alone(text):
    assert found(text) == []


def test_an_adjective_after_is_and_an_adverb_after_the_subject_are_no_verb_slips():
    # "number" is filed under "numb" by the lemma table as its comparative, not as a participle.
    assert found("- your foot is numb, cold, or pale\n\nHis hand is numb.\n\n"
                 "Take it only for pain that the medicines above do not control.\n") == []


def test_a_questions_subject_stands_between_the_modal_and_its_bare_verb():
    assert found("## Can fever medicine prevent a seizure?\n\nDoes the medicine prevent it?\n") == []
    assert len(found("You will need wear a sling.\n")) == 1


def test_an_adjective_only_word_heading_a_table_cell_is_no_subject():
    text = "| Sample | Who |\n|---|---|\n| Vaginal swab you take yourself | People with a vagina |\n"
    assert found(text) == []


@pytest.mark.parametrize(("text", "column", "written", "meant"), [
    # A hyphenated modifier inside the subject's phrase.
    ("Winter-pattern symptoms tends to include low mood.", 25, "tends", "tend"),
    ("Long-term effects includes weight gain.", 19, "includes", "include"),
    # A plural whose singular only the pair counts know as a noun.
    ("Our surgeons has performed many of these operations.", 14, "has", "have"),
    # A sentence adverb between the clause's opener and the subject.
    ("I started on metformin, and honestly my symptoms has improved.", 50, "has", "have"),
    ("Sadly the results was not good.", 19, "was", "were"),
])
def test_agreement_across_modifiers_and_sentence_adverbs(text, column, written, meant):
    assert found(text) == [("grammar/verb-form", column, written, (meant,))]


def test_and_before_an_adverb_may_join_two_subjects():
    # "the tail ... and usually the spleen are removed": one plural subject.
    assert found("The tail of the pancreas and usually the spleen are removed.") == []


@pytest.mark.parametrize(("text", "column", "written", "meant"), [
    ("If you are pregnant, please speak your pharmacist or GP first.", 29, "speak your", "speak to your"),
    ("Always talk the nurse about new symptoms.", 8, "talk the", "talk to the"),
    ("Listen your body and rest when you need to.", 1, "Listen your", "Listen to your"),
])
def test_dropped_to_before_the_person_spoken_to(text, column, written, meant):
    assert found(text) == [("grammar/verb-form", column, written, (meant,))]


@pytest.mark.parametrize("text", [
    "Speak your mind about the treatment.",
    "Talk your partner into coming with you.",
    "Talk the patient through the procedure.",
    "Speak to your pharmacist first.",
    "Try to speak your child's language.",
])
def test_speech_verbs_with_their_objects_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "column", "written", "meant"), [
    ("Ticks that has been attached for a day are likelier to pass it on.", 12, "has", "have"),
    ("Patients who is taking warfarin should ask first.", 14, "is", "are"),
])
def test_relative_clause_after_a_plural_that_opens_the_sentence(text, column, written, meant):
    assert found(text) == [("grammar/verb-form", column, written, (meant,))]


@pytest.mark.parametrize("text", [
    "The nurse checks who is next.",
    "The number of patients who has died rose.",
    "One of the patients who has diabetes was seen.",
    "A history of cancer in parents who is ill matters.",
])
def test_relative_clause_with_another_antecedent_is_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "column", "written", "meant"), [
    # A bare verb that is a noun too, after a singular noun subject, before its object.
    ("A warm bath help you relax.", 13, "help", "helps"),
    ("The ointment cause a mild sting at first.", 14, "cause", "causes"),
    ("Every visitor need a face mask on the ward.", 15, "need", "needs"),
    # No pair counted for the noun and "have", but the noun has a plural of its own.
    ("The bandage have been changed twice today.", 13, "have", "has"),
    # "each" or "one" of a plural: the verb agrees with "each" or "one".
    ("Each of the scans are painless.", 19, "are", "is"),
    ("One of the capsules have a bitter taste.", 21, "have", "has"),
    ("Each of these creams work in a different way.", 22, "work", "works"),
    # A singular with a plural of its own, where the pair counts lean only a little to "is".
    ("Gentle activity are helpful after surgery.", 17, "are", "is"),
    # "much of" and a singular noun: the verb agrees with "much".
    ("Much of this guidance come from the college.", 23, "come", "comes"),
    ("Much of the redness are gone by morning.", 21, "are", "is"),
    # "which" before a noun phrase that is the relative clause's subject.
    ("It is a method in which the surgeon reach the joint from the front.", 37, "reach", "reaches"),
    # "Do", "Does" or "Did" and its subject, then the bare verb.
    ("Does the lotion helps with dry skin?", 17, "helps", "help"),
    ("Did the midwife explains the scan?", 17, "explains", "explain"),
    ("Do the drops works for everyone?", 14, "works", "work"),
])
def test_agreement_with_a_noun_subject_and_in_questions(text, column, written, meant):
    assert found(text) == [("grammar/verb-form", column, written, (meant,))]


@pytest.mark.parametrize("text", [
    "Does the tablet cause changes in mood?",  # "cause" is the verb; "changes" its object
    "Does the nasal spray help?",
    "Do the capsules contain gelatin?",
    "Each of the scans is painless.",
    "The nurse is one of the staff members who work nights.",
    "Each of the children gets a sticker.",
    "Much of the time patients feel fine.",
    "The team are pleased with the results.",  # a collective
    "Levels of physical activity are low in this group.",
    "Much of the pain relief comes from rest.",
    "A second scan a few weeks later showed no change.",  # an amount of time, not an object
    "Oily fish like mackerel offer a lot of omega-3.",  # the subject is "fish"
    "The first time you use the inhaler, shake it well.",
    "Skin care\n\nThe cream is applied twice a day.",  # a heading is no clause
])
def test_noun_subjects_and_questions_left_alone(text):
    assert found(text) == []


def test_a_plural_noun_before_a_participle_opens_a_reduced_relative():
    assert found("Wart gels used every night cause soreness.") == []
    assert found("Lice combs sold in shops work well.") == []
    # A linking verb does take a participle: its -s still disagrees.
    assert found("Symptoms goes unnoticed for years.") == [("grammar/verb-form", 10, "goes", ("go",))]


def test_a_mostly_verbal_word_before_a_preposition_after_a_singular_noun():
    assert found("In most people, the virus stay in the nerves for good.") == [
        ("grammar/verb-form", 27, "stay", ("stays",))]
    # A compound's noun, or a word mostly used as a noun, is left alone.
    assert found("The hospital stay in most cases is short.") == []
    assert found("We saw signs of the wanted drug effect in tumours.") == []
    assert found("The key message in this leaflet is simple.") == []
