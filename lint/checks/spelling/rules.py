"""The contextual spelling rules (real-word, word-boundary, missing-word,
near-miss) and the finding each reports."""

from __future__ import annotations

from lint.findings import Finding, Fix
from lint.rules import Applicability, Rule, Severity


REAL_WORD = Rule(
    id="spelling/real-word",
    severity=Severity.WARNING,
    summary="A real word that the context shows is a slip for another",
    explanation=(
        "What it does: reports a word when there is evidence of which word was meant: a known "
        "confusion (mucous/mucus, vain/vein) whose cue words are in the sentence; a homophone from the "
        "CMU Pronouncing Dictionary (waste/waist, chord/cord, jeans/genes, grater/greater) that fits the words "
        "around it far better and makes more known word pairs with them, at every use, by a margin set for each "
        "pair on clean text (by less where the tables have seen the written word beside neither neighbour: "
        "\"worse in the mourning\", \"grazes heel slowly\"), or that the article writes beside the same word "
        "elsewhere (\"cold sore\" six times, \"cold soar\" once) and fits no worse, or that follows a comma, a "
        "number or a bracket and that the word tables never saw before the next word, where they have seen the homophone "
        "there and it fits far better (\"19,950 knew cases\"), or, where the word tables have seen too little, that fits "
        "the words around it better and far better by its kind of word (Brown clusters: \"beside a golf coarse\"); a "
        "word, however rare, that sounds like a health "
        "word (\"your leg vanes\" for veins, \"shortness of breadth\" for breath) where the health word fits the "
        "words around far better, or by less where the article names the health word often or writes it beside the "
        "same neighbour elsewhere (\"heel pain\" there, \"heal pain\" here); a classic confusable or medical near-pair "
        "(form/from, then/than, affect/effect, prostrate/prostate) that fits far better by a margin set for "
        "that pair, at every use; or a word one letter away that the "
        "article itself keeps using, where the written word fits neither word beside it (\"scalp\" five "
        "times, and one \"scale\" in \"calms scale itching\"); or a word used once that English and health "
        "writing never put beside either of its neighbours, where a word one letter away fits them far better "
        "(\"feel bitter within a week\" for \"better\", \"spread to uther parts\" for \"other\"), or by less where "
        "health writing has that word between the very same two neighbours (\"genetic resting is\" for \"testing\"; "
        "also where the written word is seen beside one of them, by far more). It also "
        "reports agreement slips: a plural noun between \"a\" and \"of\" (\"a numbers of\"), a singular one after "
        "\"these\", \"several\" or \"many\" where the noun phrase ends (\"these result show\"), and a verb without "
        "its -s after a clause's \"it\", \"he\", \"she\" or \"this\" (\"it lead to\", \"This include\") or after "
        "\", which\" following a singular word (\"a recessive pattern, which mean\"), and a "
        "homophone of a past participle after \"has\", \"have\" or \"had\" (\"the stone has past\"), a verb's -s "
        "form after a modal or a plural pronoun (\"can causes\", \"they helps\") or after \"be\", \"been\" or \"being\" where its past participle "
        "belongs (\"is being studies\"), a verb's bare form after a form of \"be\" and before \"to\" or \"by\" where "
        "its past participle belongs (\"is know to be\", \"was lead by\"), \"you\" after a preposition and before a "
        "noun that never follows \"you\" (\"on you lip\"), or after a word that English never puts \"you\" "
        "after (\"rinse you mouth\"), a homophone that is only ever a noun after \"don't\", "
        "\"did not\" or a modal's \"not\" where its verb homophone belongs (\"don't waist your money\"), \"it's\" before a noun that health "
        "writing puts after \"its\" and never after \"is\" (\"cut off it's blood supply\"), a singular noun after \"one of the\" (\"one of the leading cause of\"), "
        "and \"their\" before a verb "
        "(\"their is\"), or before \"not\" or \"going to\" where \"they're\" belongs, and \"there\" before \"own\" or a "
        "word that follows \"their\" often and \"there\" never, or the article's own health word (\"there symptoms\", \"notice there tinnitus\"), and \"than\" after a comma before a "
        "word that follows \"then\" (\"two puffs, than wait\") or a bare verb health writing pairs with neither "
        "(\"with your meal, than enjoy\"). It also reports a small word (a stop word) typed as another "
        "one letter away, where health writing never has the written word between its two neighbours and often "
        "the other, and the other fits its neighbours far better in general English too (\"it in important\", "
        "\"part off the pathway\"). And it reports a word of a confusion pair that the place it stands in rules out by "
        "its word class, where its pair fits (WordNet's word lists): a noun where a verb must follow a modal, "
        "\"we\", \"they\", \"do not\" or an opening \"Always\" (\"we stair at screens\", \"Always where gloves\"; after a subject pronoun by less where the "
        "tables never saw the written word beside either neighbour: \"she new what\"), a "
        "verb's bare form after an article or a preposition (\"a from of\", \"ask for advise\"), a word that is no "
        "adjective after \"feel\" or \"very\" (\"feel week\"), suggesting a word that sounds the same, if one "
        "fits, before one a vowel away (\"clog your pours\": \"pores\", not \"peers\"); \"weather\" opening a clause after a verb of asking "
        "(\"ask weather it is safe\"); \"to\", \"too\" or \"for\" opening a range of amounts (\"to or three "
        "hours\"); \"to\" before an adjective or adverb that is no verb and ends the sentence or comes before an "
        "infinitive, after a linking verb or with no noun reading (\"was to small to see\", \"became to high.\"); "
        "and \"too\" before a determiner or a plural noun (\"refer you too a specialist\", \"too "
        "types\").\n\n"
        "Why it matters: ordinary spell checkers pass these slips because every word exists, and in a "
        "health article they can change the meaning (\"heel\" for \"heal\").\n\n"
        "Known problems: slips with no such evidence (\"feeling tried\" for \"tired\") are the preview "
        "rule spelling/near-miss's; homophones need a clear margin, so \"bare in mind\" is missed; "
        "a small word at a sentence's start, or next to punctuation, and one preposition written for another "
        "(\"on\"/\"in\") are not questioned; number words are not questioned, and of the classic "
        "confusables only the pairs the word counts can tell apart are listed (not accept/except, "
        "principal/principle, desert/dessert)."
    ),
    bad=("A clot in a deep vain needs urgent care.", "Hair shredding often follows a high fever."),
    good=("Rate your pain on a scale of one to ten.", "Hair shedding often follows a high fever."),
    fix=Applicability.UNSAFE,
)

WORD_BOUNDARY = Rule(
    id="spelling/word-boundary",
    severity=Severity.WARNING,
    summary="A space in the wrong place (\"joint sand\" for \"joints and\")",
    explanation=(
        "What it does: finds two words that are never seen together where moving one letter across "
        "the space gives two words that are (\"joint sand muscles\" for \"joints and muscles\"), "
        "two words that read far better as one (\"with out\" for \"without\"), and spellings that "
        "depend on the part of speech, read from the words around them: \"take it everyday with food\" "
        "(every day), \"every day tasks\" (everyday), \"apart of\" (a part of), \"fall a part\" (apart), "
        "\"passes in to the blood\" (into).\n\n"
        "Why it matters: every word is spelled correctly, so other checkers pass the sentence, yet "
        "readers stumble on it.\n\n"
        "Known problems: only one letter is moved; a missing space inside a run of letters is left to "
        "the unknown-word rule. Pairs that are also good English (\"may be\", \"every day\", \"in to\") "
        "are questioned only in the patterns above, so \"maybe\" for \"may be\" is never reported."
    ),
    bad=("Stretching eases stiff joint sand muscles.", "Most people recover with out treatment."),
    good=("Stretching eases stiff joints and muscles.", "Most people recover without treatment."),
    fix=Applicability.UNSAFE,
)

MISSING_WORD = Rule(
    id="grammar/missing-word",
    severity=Severity.WARNING,
    summary="A small word (\"the\", \"and\", \"is\") seems to have been left out",
    explanation=(
        "What it does: compares two neighbouring words with the same words with \"the\", \"and\" or \"is\" "
        "between them, and reports the pair when the second reading is far more usual in English and health "
        "writing (\"fruit vegetables\" for \"fruit and vegetables\").\n\n"
        "Why it matters: a dropped word makes a reader stop and reread, and in a list it can merge two items "
        "into one.\n\n"
        "Known problems: only these three words are tried; many dropped words leave a sentence that still "
        "reads as English (\"causes disease\") and are not reported."
    ),
    bad=("Eat plenty of fruit vegetables every day.",),
    good=("Eat plenty of fruit and vegetables every day.",),
    fix=Applicability.UNSAFE,
    preview=("On real health news nearly every finding was a noun phrase that rightly has no article "
             "(\"reduces production of\", \"Division of Spine Surgery\", \"in body weight\"): word-pair "
             "counts cannot tell a bare noun phrase from a dropped \"the\". It needs a parser's view of "
             "the noun phrase (a count noun in the singular with no determiner) before it can come back. The "
             "places where English never leaves a noun bare (\"within year\", \"three times day\", \"speak to "
             "pharmacist\") are grammar/missing-article's, on by default."),
)

DROPPED_WORD = Rule(
    id="grammar/dropped-word",
    severity=Severity.WARNING,
    summary="A small word dropped between two words that English never writes together (\"the ability make\")",
    explanation=(
        "What it does: finds two neighbouring words that neither general English (symspellpy's word pairs) nor "
        "health writing (MedQuAD) has ever written together, and tries each small word (\"to\", \"of\", \"be\", "
        "\"is\", \"are\", \"with\", \"for\", \"and\", ...) between them. It reports the gap when two counts agree: "
        "general English writes the first word before the small word and the small word before the second so "
        "often that the three would be common, and the n-gram model reads the words around the gap far better "
        "with it (\"a small number people\" for \"number of people\").\n\n"
        "Why it matters: a dropped word makes a reader stop and reread, and the sentence looks careless.\n\n"
        "Known problems: most dropped words leave a pair that English does write (\"treat disease\", "
        "\"it safe\"), and those are not questioned; \"that\", \"not\" and \"been\" are never put back, "
        "since English often leaves them out (\"studies suggest there may be\"), nor are articles, since English "
        "leaves many noun phrases bare (grammar/missing-article takes the places where it cannot). Where a "
        "sharper rule (grammar/verb-form, grammar/missing-verb) reports the same words, this rule gives way. "
        "Nothing is put back after a subject pronoun before a past form (\"it expected\" is a clause), after a "
        "range's end (\"75 and up meet\"), after a word that may be an adverb (\"cells likely make\"), between a "
        "bare verb and a determiner (\"cells lack their\"), nor \"in\", \"for\", \"with\" or \"on\" between "
        "two nouns (\"the information line\" may be a compound)."
    ),
    bad=("Some of these drugs affect the ability make new cells.", "A small number people have no symptoms at all."),
    good=("Some of these drugs affect the ability to make new cells. A small number of people have no symptoms. "
          "Officials said it expected more cases. Adults 75 and up meet the criteria. These cells lack their "
          "pigment.",),
    fix=Applicability.UNSAFE,
    gives_way=True,
)

NEAR_MISS = Rule(
    id="spelling/near-miss",
    severity=Severity.WARNING,
    summary="A real word one letter from a word that fits its neighbours far better",
    explanation=(
        "What it does: questions a common word that an article uses once and reports it when a word "
        "one letter away, or with two letters swapped, or another form of the same word, fits both "
        "neighbours far better under the word n-gram model (\"feeling tried all the time\" for "
        "\"tired\"). It also questions, at every use, a word that sounds one vowel or voicing away from "
        "another common word spelled alike (accept/except, lose/loose, wander/wonder; from the CMU "
        "Pronouncing Dictionary), where the other fits far better and makes more known word pairs with the "
        "neighbours.\n\n"
        "Why it matters: ordinary spell checkers pass these slips because every word exists.\n\n"
        "Known problems: the word-pair counts cannot tell a less common correct word from a slip for "
        "a more frequent neighbour (\"how often they ate\" read as \"are\", \"if this pans out\" as "
        "\"pass\"); on real news nearly every finding was of that kind, so the rule is in preview."
    ),
    bad=("Many patients feel tried all the time.",),
    good=("Many patients feel tired all the time.",),
    fix=Applicability.UNSAFE,
    preview=("On 150k words of real health news it raised 0.4 findings per 1,000 words and nearly all "
             "were correct but less common words (\"hike the risk\" -> like, \"fare in the long term\" "
             "-> face). It needs evidence beyond word-pair counts that a word is a slip: a model of "
             "sentence meaning, or counts from far more text than symspellpy's pairs. Near-homophones "
             "(\"dialing up\" -> dealing, \"with fervor for\" -> fever on real news) fail the same way."),
)

NEAR_PAIR = Rule(
    id="spelling/near-pair",
    severity=Severity.WARNING,
    summary="A medical word one or two letters from another medical word that the context is about",
    explanation=(
        "What it does: knows pairs of medical words one or two letters apart (\"urine\"/\"purine\", "
        "\"ureter\"/\"urethra\", \"angina\"/\"vagina\"), found by a general rule in the words of MeSH, the "
        "Disease Ontology and MedQuAD's topic names, and reports a use of one where the words around it "
        "(10 either side) go with the other, by the words health writing puts near each and by the MeSH "
        "branches each belongs to, and the other also fits its neighbours better under the n-gram model.\n\n"
        "Why it matters: every spell checker accepts both words, and the slip changes the body part, test "
        "or disease (\"urine-rich foods\" for purine-rich).\n\n"
        "Known problems: words that health writing seldom uses (\"ilium\", \"peroneal\") have no cue "
        "words of their own and are not questioned; the listed confusions, homophones and classic "
        "confusables are spelling/real-word's."
    ),
    bad=("Chest pain from vagina can spread to the arm and jaw, and heart disease is the usual cause.",),
    good=("Chest pain from angina can spread to the arm and jaw, and heart disease is the usual cause.",),
    fix=Applicability.UNSAFE,
    preview=("On injected slips in held-out NIH answers it finds 0.28 at precision 0.97-0.99, with 0.01 false "
             "alarms per 1,000 clean words, but on 1m words of real health news its 3 findings were all "
             "correct words (\"ocular pigmentation\" read as macular, \"relapsing\" as relaxing): real slips of "
             "this kind are rarer than the pairs' chance agreements. It needs judged true findings on real "
             "text, or a stricter margin that keeps its recall, before it is on by default."),
)

VERB_FORM = Rule(
    id="grammar/verb-form",
    severity=Severity.WARNING,
    summary="A verb that does not agree with its subject, or has the wrong form after \"to\", a modal or an auxiliary",
    explanation=(
        "What it does: finds a form of \"be\", \"have\" or \"do\" that does not agree with the noun that opens "
        "its clause (\"The small intestine are part of\", \"Most affected people has\"), or with the noun before "
        "one prepositional phrase (\"The goal of treatment are\"), where English writes the other form after that "
        "noun far more often, or with \"you\" or \"I\" (\"if you has\"); a lexical verb whose -s does not agree "
        "with a plainly plural or singular noun that opens its clause, perhaps with an adverb between (\"Symptoms "
        "tends to\", \"These stones usually needs\", \"A cyst develop slowly\"), or across one prepositional phrase "
        "whose noun disagrees too (\"The size of the incision depend on\"), where the next word is one a "
        "verb takes if the word could be a noun, and English does not write the pair as a compound; a verb that "
        "disagrees with \"each of\", \"one of\" or \"much of\" and its noun phrase (\"Each of the tests are\", "
        "\"Much of this advice come from\"); a verb's -s form after \"Do\", \"Does\" or \"Did\" and its "
        "subject (\"Does the spray helps?\"); and a verb's wrong form where grammar asks for the bare "
        "verb, after a modal (\"may being caused\", \"should are\"), after \"do not\" (\"do not inherited\") "
        "or after \"to\" before its object (\"to helps the body\") or where health writing has the word before "
        "\"to\" with the bare verb (\"important to keeping\"), or for a past participle after a form "
        "of \"be\" or \"have\", or a \"to\" dropped after a passive's participle (\"is thought be\", \"is needed "
        "treat\") where English never writes the two words together and health writing has them with \"to\", or after "
        "a word that \"to\" mostly follows, before a verb that \"to\" often comes before (\"need wear\", \"able walk\", "
        "\"return work the next day\"), where neither general English nor health writing ever writes the two together "
        "(\"is inherit in\", \"is associates with\"), where the other form fits the "
        "words on both sides far better in the word-pair counts.\n\n"
        "Why it matters: a verb in the wrong form reads as careless and can blur who does what.\n\n"
        "Known problems: a subject longer than a noun and three words before it, or one inside a phrase "
        "(\"the number of cases is\"), is not checked, nor a relative clause's verb (\"people who has\": the "
        "noun \"who\" stands for is too often another); a lexical verb after a singular noun is questioned, "
        "when the verb is a noun too, only before an object's start and where neither general English nor health "
        "writing has the two words together (\"The cream cause a rash\" is found, \"the rash cause\" alone "
        "passes; before a preposition only a word mostly used as a verb, after a noun that English writes with its -s "
        "form, as in \"the virus stay in the body\"), and plurals English also writes with a singular verb "
        "(\"the data shows\", \"sports teaches\") and collectives (\"the team decide\") are left alone, as is an -s word before a participle other than a linking verb's (\"Lice shampoos used too often cause\": a plural noun and its reduced relative); a noun or adjective after \"be\" or \"have\" (\"has promise\") is questioned only where the "
        "next word settles it."
    ),
    bad=("The small intestine are part of the digestive system.", "The gene is inherit in a dominant pattern."),
    good=("The small intestine is part of the digestive system.", "The gene is inherited in a dominant pattern."),
    fix=Applicability.UNSAFE,
)

RULES = (REAL_WORD, WORD_BOUNDARY, MISSING_WORD, NEAR_MISS, NEAR_PAIR, VERB_FORM, DROPPED_WORD)
# The kinds of evidence each rule reports: real-word the known confusions
# (listed pairs with their cues, homophones) and slips for a word the
# article keeps using; near-miss the rest of the one-edit candidates.
REAL_WORD_KINDS = frozenset({"listed", "homophone", "article", "stranded", "group", "attested"})
NEAR_MISS_KINDS = frozenset({"generic", "swapped", "inflection"})


def replacing_finding(rule: Rule, span: tuple[int, int], replacement: str, message: str, verb: str = "Write") -> Finding:
    """A finding whose one suggestion replaces the span: an unsafe fix, since
    the n-gram model can be wrong about what was meant."""
    return Finding(rule=rule, span=span, message=message, suggestions=(replacement,),
                   fix=Fix.replace(*span, replacement, Applicability.UNSAFE, f"{verb} \"{replacement}\""))
