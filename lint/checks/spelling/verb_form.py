"""``grammar/verb-form``: a verb that does not agree with a noun subject
("The small intestine are part of", "Most affected individuals has"), and a
verb's wrong form after an auxiliary, "to" or a modal ("may being caused",
"is inherit in", "to helps the", "do not inherited").

Grammar says which forms may stand in the place; the word-pair counts
(symspellpy's general English, MedQuAD's health writing) say whether the
other form of the same verb is what English writes there, on both sides
of the word, by a margin per construction (tuned on MedQuAD answers 0-2999
and the news tune half's even lines with ``benchmarks/grammar_inject.py``).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import Iterator

from lint import context_model, lexicon, nlp, resources
from lint.checks.spelling.agreement import CLAUSE_OPENERS, IRREGULAR_PLURALS, MANDATES, SAME_PAST, _forms_of
from lint.checks.spelling.function_words import stop_words
from lint.checks.spelling.rules import VERB_FORM, replacing_finding
from lint.checks.spelling.word_class import classes, only_adjective
from lint.findings import Finding

# -- a form of "be", "have" or "do" after a noun subject ----------------------
SWAPS = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has",
         "does": "do", "do": "does"}
PLURAL_VERBS = frozenset({"are", "were", "have", "do"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "your",
                         "our", "my", "each", "every", "no", "some", "many", "most", "several", "few", "such",
                         "any", "another", "other", "both"})
# What may stand before a noun phrase that is a clause's subject: the
# sentence's start (see the starts) or one of these.
SUBJECT_OPENERS = frozenset({"because", "if", "when", "while", "although", "though", "since", "that", "whether",
                             "unless", "until", "but", "where", "once", "whereas", ",", ";"})
# A comma opens a subject only after a short introduction that starts the
# sentence: one of these words or an -ly adverb ("Sometimes, people is"), or
# a prepositional phrase of up to four words ("In most cases, the rash are").
INTRODUCTIONS = frozenset({"however", "sometimes", "often", "usually", "also", "therefore", "thus", "today", "now",
                           "overall", "instead", "still", "yet", "meanwhile", "moreover", "furthermore", "rarely",
                           "occasionally", "typically", "generally", "currently", "first", "second", "finally",
                           "later", "then", "again", "otherwise", "nevertheless", "similarly", "likewise"})
INTRO_PREPOSITIONS = frozenset({"in", "for", "at", "on", "by", "after", "before", "during", "with", "without",
                                "among", "of", "from", "like", "unlike", "as", "under", "over", "within"})
WH_WORDS = frozenset({"what", "how", "why", "where", "when", "who", "which", "whom", "whose"})
RELATIVES = frozenset({"who", "that", "which"})
# Nouns of quantity that agree with the plural they stand for ("the
# remainder are", "the majority were", "the rest have").
PARTITIVES = frozenset({"remainder", "majority", "minority", "rest", "number", "half", "third", "quarter", "bulk",
                        "percentage", "proportion", "fraction", "lot", "couple", "variety", "range", "host", "total",
                        "group", "series", "pair", "set", "handful", "most", "all", "none", "part"})
# "if further research were able": the subjunctive's "were".
SUBJUNCTIVE_OPENERS = frozenset({"if", "though", "whether", "as", "wish", "unless"})
# With neither pair counted, a singular's look is trusted only with one of
# these endings ("mastopathy", "fasciitis", "recurrence"): Latin plurals
# ("genitalia", "cocci") and nouns that are their own plural ("sperm") have none.
SINGULAR_ENDINGS = ("itis", "osis", "oma", "emia", "aemia", "pathy", "plasia", "trophy", "ism", "ency", "ance",
                    "ence", "tion", "sion", "ment", "ness", "ity", "ure", "ogy", "ery", "ome")
# A subject's head may stand before one prepositional phrase ("The goal of
# treatment are"); not a noun of kind, which agrees either way ("this type
# of cells are").
PHRASE_PREPOSITIONS = frozenset({"of", "with", "in", "for", "on", "from", "among", "at", "without", "about"})
KIND_NOUNS = frozenset({"type", "types", "kind", "kinds", "sort", "sorts", "form", "forms", "class", "category",
                        "amount", "level", "rate", "share", "body", "team", "family", "population"})
# How many words a noun phrase may hold before its head.
MODIFIERS = 3
# The noun's look (see _number) must call for the other form, which must
# follow the noun this many times as readily as the written one in the
# word-pair probabilities ("catheter is" against "catheter are", "people
# are" against "people is"); a pair counted after any word ("of individuals
# is") keeps the ratio of a plainly plural noun low. With neither pair
# counted ("fasciitis are") the look decides.
NOUN_AUX_RATIO = 2.0
# A singular with a plural of its own in common use (see _countable_singular)
# straight before the verb needs the other form only to be the commoner:
# "activity are" is counted after "levels of physical activity", 1.6 times
# rarer than "activity is". Not a collective ("the team are").
COUNTABLE_AUX_RATIO = 1.0

# -- a verb's form after an auxiliary, "to" or a modal -------------------------
MODALS = frozenset({"can", "could", "may", "might", "will", "would", "should", "must", "cannot"})
DO_FORMS = frozenset({"do", "does", "did"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
HAVE_FORMS = frozenset({"has", "have", "had"})
NEGATIONS = frozenset({"not", "n't", "n’t"})
# The forms of "be" and "have" written where the bare verb belongs ("should
# are", "can has").
BARE_OF = {"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
           "has": "have", "had": "have", "having": "have"}
# Words that begin an object: after "to" and a verb form they show that the
# word is the verb ("to helps the body"), not a noun ("to cells").
OBJECT_STARTS = frozenset({"the", "a", "an", "your", "their", "his", "her", "its", "our", "my", "them", "it", "him",
                           "this", "these", "those", "you", "us", "me"})
# The bare verb must follow the trigger this many times as readily as the
# written form (P(bare | trigger) against P(written | trigger)).
BARE_RATIO = 20.0
NOT_RATIO = 0.0
TRIGGERS = MODALS | DO_FORMS | BE_FORMS | HAVE_FORMS | {"to"}
# "to" with no object start after the verb: how often health writing must
# have the word before "to", "to" and the bare verb, and how much more
# readily the next word must follow the bare verb than the written one.
MIN_TO_TRIPLE = 3
TO_RIGHT_RATIO = 2.0
# A noun or adjective after "be" or "have" ("has promise", "is moderate") is
# questioned only before "by" or "to", which a passive takes ("is cause by",
# "is use to treat"); "is smoke in the air" is a noun.
NOUN_PASSIVE_AFTER = frozenset({"by", "to"})
NOMINAL_RIGHT_RATIO = 10.0
S_FORM_RIGHT_RATIO = 0.5
ADJECTIVE_CUES = ("very", "too", "quite", "extremely", "fairly")
# A word written after "very", "too", "quite" this share of its uses is an adjective.
ADJECTIVE_SHARE = 0.01
HYPHENS = frozenset({"-", "‐", "–"})
# After a form of "be" or "have", the participle must follow it this many
# times as readily as the written word, and the next word must follow the
# participle PARTICIPLE_RIGHT_RATIO times as readily as the written word
# ("is inherit in": "inherited in" against "inherit in"); with no word
# after, PARTICIPLE_ALONE_RATIO on the left alone.
PARTICIPLE_RATIO = 20.0
PARTICIPLE_RIGHT_RATIO = 3.0
PARTICIPLE_ALONE_RATIO = 100.0
MIN_FORM_COUNT = 500
FLOOR = 1e-7


@lru_cache(maxsize=1)
def _closed_words() -> frozenset[str]:
    """spaCy's English stop words, all of them: words that end a noun phrase
    read leftwards ("children without autism", "the number of cases")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | stop_words()


@lru_cache(maxsize=8192)
def _verb_lemma(word: str) -> str | None:
    """The verb whose form the word is, if it is a verb's form (the lemma has
    an -ing form) and the verb is common; else None."""
    lemma = nlp.lemma_table().get(word, word)
    if lexicon.frequency(lemma) < MIN_FORM_COUNT:
        return None
    if not any(form.endswith("ing") for form in _forms_of().get(lemma, ())):
        return None
    return lemma


def _participle(model, trigger: str, lemma: str, written: str) -> str | None:
    """The form of the verb that follows the trigger most readily, if it is
    a participle (not -s, -ing or the bare verb) other than the written word."""
    forms = [f for f in _forms_of().get(lemma, ()) if f != lemma and not f.endswith(("s", "ing"))]
    best = max(forms, key=lambda f: model.bigram(trigger, f), default=None)
    if best is None or best == written:
        return None
    return best


NOUN_DETERMINERS = ("the", "a", "an", "this", "their", "its", "your", "his", "her", "these", "those")
# A head noun is written after a determiner this share of its uses or more
# in general English (symspellpy's pair counts over GENERAL_PAIR_SCALE times
# its own) or in health writing: "therapy" 0.017, "trials" 0.07; "also"
# 0.003, "alone" 0.012, "nor" 0. A word neither source holds is a term.
NOUN_SHARE = 0.015
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "nor"})


@lru_cache(maxsize=8192)
def _noun(word: str) -> bool:
    if word in NUMBER_WORDS:
        return False
    model = context_model.language_model()
    general, health = model.general_words.get(word, 0), model.health_words.get(word, 0)
    if not general and not health:
        return True
    if general and sum(model.general_pairs.get(f"{d} {word}", 0) for d in NOUN_DETERMINERS) >= (
            NOUN_SHARE * context_model.GENERAL_PAIR_SCALE * general):
        return True
    return bool(health) and sum(model.health_pairs.get(f"{d} {word}", 0) for d in NOUN_DETERMINERS) >= (
        NOUN_SHARE * health)


def _past_form(word: str) -> bool:
    """A verb's past form other than its -s and -ing ("fed", "conducted")."""
    lemma = nlp.lemma_table().get(word, word)
    return lemma != word and not word.endswith(("s", "ing")) and _verb_lemma(word) is not None


@lru_cache(maxsize=8192)
def _adjective(word: str) -> bool:
    model = context_model.language_model()
    general = model.general_words.get(word, 0)
    return bool(general) and sum(model.general_pairs.get(f"{c} {word}", 0) for c in ADJECTIVE_CUES) >= (
        ADJECTIVE_SHARE * context_model.GENERAL_PAIR_SCALE * general)


def _number(noun: str) -> str | None:
    """"plural" or "singular" by the noun's look and the lemma table, or None
    when it is neither plainly: a plural is an -s form of another word
    ("trials") or an irregular plural, a singular is its own lemma with no
    plural's ending ("intestine", "fasciitis")."""
    if noun in IRREGULAR_PLURALS:
        return "plural"
    lemma = nlp.lemma_table().get(noun, noun)
    if lemma != noun:
        return "plural" if noun in (lemma + "s", lemma + "es", lemma[:-1] + "ies") else None
    return "singular" if _singular_look(noun) else None


def _singular_look(word: str) -> bool:
    return word not in IRREGULAR_PLURALS and (not word.endswith("s") or word.endswith(("ss", "us", "is")))


def _noun_phrase_opens(words, texts, k: int, starts) -> str | None:
    """Whether the words before position k (the verb) are a noun phrase that
    opens a clause: a head noun at k - 1, up to MODIFIERS words before it, a
    determiner or none, and before that the sentence's start or an opener.
    Returns the word before the phrase ("" at the sentence's start), or None."""
    return _phrase(words, texts, k - 1, starts)[0]


QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _phrase(words, texts, head: int, starts, offsets=None) -> tuple[str | None, int]:
    """(the word before the noun phrase whose head is at ``head`` if it opens
    a clause, "" at the sentence's start, else None; the position of the word
    before the phrase, -1 at the sentence's start or when the phrase is
    no plain noun phrase)."""
    j = head - 1
    first = head
    while j >= 0 and head - j <= MODIFIERS:
        word = words[j]
        if (word is None and texts[j] in QUOTES and j >= 2 and texts[j - 2] in QUOTES and j - 1 not in starts
                and j + 1 not in starts and words[j - 1] is not None and texts[j - 1].islower()
                and words[j - 1] not in _closed_words()):
            # One word in quotation marks: 'These "silent" stones'.
            first = j - 2
            j -= 3
            continue
        if (word is None and texts[j] in HYPHENS and j >= 1 and j not in starts and words[j - 1] is not None
                and (texts[j - 1].islower() or (j - 1 in starts and texts[j - 1][1:].islower()))
                and words[j - 1] not in _closed_words() and words[j - 1] not in DETERMINERS
                and offsets is not None and offsets[j - 1] + len(texts[j - 1]) == offsets[j]
                and offsets[j] + len(texts[j]) == offsets[j + 1]):
            # A hyphenated modifier: "Winter-pattern symptoms", "long-term effects".
            first = j - 1
            j -= 2
            continue
        if j + 1 in starts or word is None or word in _closed_words() or word in DETERMINERS:
            break
        if not texts[j].islower() and not (j in starts and texts[j][1:].islower()):
            return None, -1  # a name or an acronym in the phrase ("the CT scan")
        if j - 1 >= 0 and words[j - 1] not in DETERMINERS and j not in starts and (
                word.endswith("ing") or _past_form(word)):
            return None, -1  # "the evidence suggesting benefits is", "mice fed milk were": a clause inside the phrase
        first = j
        j -= 1
    determined = first > 0 and words[first - 1] in DETERMINERS and (
        texts[first - 1][1:].islower() or texts[first - 1] == "a" or (texts[first - 1] == "A" and first - 1 in starts))
    if determined and words[first - 1] == "that" and _number(words[head] or "") == "plural":
        determined = False  # "likely that patients take": "that" opens the clause
    if not determined and first < head and (words[first] or "").endswith("ing"):
        return None, -1  # a gerund's phrase: "Smoking cigarettes is"
    if first in starts:
        return "", -1
    j = first - 1
    if j < 0:
        return "", -1
    if determined:
        if j in starts:
            return "", -1
        j -= 1
        if j < 0:
            return "", -1
        if words[j] == "once" and words[j + 1] == "a":
            return None, j  # "once a month were": an adverb, not a clause's subject
    before = words[j] if words[j] is not None else texts[j]
    if before == ",":
        opening = max((p for p in range(max(0, j - 5), j) if p in starts), default=None)
        if opening is None:
            return None, j  # a comma may end a list's item ("patches, gum do")
        intro = words[opening:j]
        if None in intro or not ((len(intro) == 1 and (intro[0] in INTRODUCTIONS or intro[0].endswith("ly")))
                                 or (intro[0] in INTRO_PREPOSITIONS and len(intro) <= 4)):
            return None, j
    if (determined and isinstance(before, str) and before.endswith("ly") and before.isalpha()
            and (j in starts or (j >= 1 and (words[j - 1] or texts[j - 1]) in ADVERB_OPENERS))
            and (words[j - 1] != "and" or _number(words[head] or "") == "plural")):
        # A sentence adverb between the clause's start and its subject: "and
        # honestly my symptoms has", "Sadly the results was". After "and" only
        # a plural's ("the tail and usually the spleen are" is one subject).
        return before, j
    return (before if before in SUBJECT_OPENERS else None), j


# Where a sentence adverb may open a clause before its subject (with SUBJECT_OPENERS).
ADVERB_OPENERS = SUBJECT_OPENERS | {"and", "but", "so"}


def _head_across_phrase(words, texts, k: int, starts, offsets=None) -> tuple[int, str | None]:
    """The subject's head for the verb at k: the noun at k - 1, or, where
    the phrase ending there follows a preposition ("The thickening of the
    skin are", "Consultation with an orthopedist are"), the noun before the
    preposition; with the word before the subject's phrase (see _phrase)."""
    before, j = _phrase(words, texts, k - 1, starts, offsets)
    if before is not None or j < 1 or words[j] not in PHRASE_PREPOSITIONS:
        return k - 1, before
    outer = j - 1
    noun = words[outer]
    if (noun is None or noun in _closed_words() or noun in DETERMINERS or noun in PARTITIVES
            or noun in KIND_NOUNS or not texts[outer].islower() and outer not in starts):
        return k - 1, None
    return outer, _phrase(words, texts, outer, starts, offsets)[0]


# With neither pair counted, a noun is singular when the lemma table gives it
# an -s or -es plural that our word frequencies hold at this share of the
# noun's own ("patch"/"patches"; "sperm"/"sperms" far under it).
PLURAL_SHARE = 0.05


def _countable_singular(noun: str) -> bool:
    """A noun with a plural of its own in common use ("patch", "spray"):
    written without it, it is singular."""
    lemmas = nlp.lemma_table()
    return any(lemmas.get(form) == noun and lexicon.frequency(form) >= PLURAL_SHARE * max(lexicon.frequency(noun), 1)
               for form in (noun + "s", noun + "es", noun[:-1] + "ies"))


def _noun_or_its_plural(word: str) -> bool:
    """_noun, or a plural whose singular is one and which is no verb's -s
    form ("surgeons": symspellpy's pairs hold "the surgeon" but not "the
    surgeons")."""
    if _noun(word):
        return True
    lemma = nlp.lemma_table().get(word, word)
    return lemma != word and _number(word) == "plural" and _verb_lemma(word) is None and _noun(lemma)


def _noun_subject_slips(model, words, texts, offsets, starts, reported) -> Iterator[Finding]:
    n = len(words)
    stops = stop_words()
    for k in compress(range(2, n), map(SWAPS.__contains__, words[2:])):
        written = words[k]
        if written not in SWAPS or texts[k] != written or offsets[k] in reported:
            continue
        noun, noun_text = words[k - 1], texts[k - 1]
        if noun is None or noun in stops or noun in DETERMINERS or noun.endswith(("ly", "ing", "ed")):
            continue
        if not (noun_text.islower() or (k - 1 in starts and noun_text[1:].islower())):
            continue
        if offsets[k - 1] + len(noun_text) + 1 != offsets[k]:
            continue
        other = SWAPS[written]
        if k + 1 < n and words[k + 1] in ("and", "or"):
            continue
        if not _noun_or_its_plural(noun) or _adjective(noun) or (k + 1 < n and words[k + 1] in ("one", "what")):
            continue  # "side effects is one reason"
        if noun in _closed_words():
            continue  # an adverb after the subject: "the medicines above don't", "the risks here are"
        head, before = _head_across_phrase(words, texts, k, starts, offsets)
        if before is None or (written == "were" and before in SUBJUNCTIVE_OPENERS):
            continue
        if head != k - 1:
            # The inner noun must not agree with the verb either: "quality of
            # life issues are" is a compound's plural.
            inner = _number(noun)
            if inner is None or (inner == "plural") == (written in PLURAL_VERBS):
                continue
            noun, noun_text = words[head], texts[head]
            if noun.endswith(("ly", "ing", "ed")) or not _noun(noun) or _adjective(noun):
                continue
            if (_verb_lemma(noun) not in (None, noun) and words[head - 1] not in DETERMINERS
                    and _number(words[head - 1] or "") == "singular"):
                continue  # "that the procedure works in people is": a subject and its verb
        number = _number(noun)
        if number is None or (number == "plural") != (other in PLURAL_VERBS):
            continue  # the noun's look must call for the other form
        want, have = model.bigram(noun, other), model.bigram(noun, written)
        ratio = NOUN_AUX_RATIO
        if (head == k - 1 and number == "singular" and noun not in COLLECTIVES and noun not in KIND_NOUNS
                and _countable_singular(noun)):
            ratio = COUNTABLE_AUX_RATIO  # "Physical activity are": "activity are" follows plurals' "of" phrases
        if want or have:
            if want < ratio * max(have, FLOOR):
                continue
        elif head != k - 1:
            continue  # across a phrase the counts must speak
        elif number == "plural" and not lexicon.contains(noun[:-1]) and not lexicon.contains(noun[:-2]):
            continue  # no count either way, and no singular beside it ("rickets")
        elif number == "singular" and not noun.endswith(SINGULAR_ENDINGS) and not _countable_singular(noun):
            continue  # no count either way: "genitalia", "cocci", "sperm" may be plurals
        if written in PLURAL_VERBS and noun in PARTITIVES:
            continue
        if before == "that" and written in PLURAL_VERBS and MANDATES.intersection(words[max(0, k - 8):k]):
            continue  # the subjunctive: "requires that the patient have"
        yield replacing_finding(VERB_FORM, (offsets[k], offsets[k] + len(texts[k])), other,
                                f"\"{texts[k]}\" is probably \"{other}\" here (its subject, \"{noun_text}\", is "
                                f"{'plural' if other in PLURAL_VERBS else 'singular'})", "Use")


# "Ticks that has been attached", "Patients who is taking": a relative
# clause's verb after "that" or "who" whose antecedent is a plural noun
# phrase opening the clause, with nothing between it and the relative
# pronoun. Only that far: an antecedent inside a longer phrase may be another
# noun ("a history of cancer who are", see _pronoun_slips).
SINGULAR_TO_PLURAL = {"has": "have", "is": "are", "was": "were", "does": "do"}
# Tried and dropped (session 14): "is"/"are" dropped between a noun phrase
# that opens its clause and a passive's participle ("these frequencies based
# on a study, ..."), taken only where no modal, form of "be"/"have"/"do" or
# -s/-ed verb followed. 18 new findings on the 1,510 news stories and 23 on
# MedQuAD 0-2999, nearly all reduced relatives whose verb is a plural's bare
# form ("abnormalities associated with this condition typically affect"):
# it needs a parser's view of where the clause's verb is.


def _relative_slips(words, texts, offsets, starts, reported) -> Iterator[Finding]:
    n = len(words)
    for k in compress(range(2, n), map(SINGULAR_TO_PLURAL.__contains__, words[2:])):
        written, text = words[k], texts[k]
        if text != written or offsets[k] in reported or words[k - 1] not in ("that", "who"):
            continue
        noun, noun_text = words[k - 2], texts[k - 2]
        if noun is None or noun in _closed_words() or noun in PARTITIVES or noun in COLLECTIVES:
            continue
        if not (noun_text.islower() or (k - 2 in starts and noun_text[1:].islower())):
            continue
        if offsets[k - 2] + len(noun_text) + 1 != offsets[k - 1] or offsets[k - 1] + len(texts[k - 1]) + 1 != offsets[k]:
            continue
        if _number(noun) != "plural" or noun in COUNTABLE_EITHER or _adjective(noun):
            continue
        if _verb_lemma(noun) is not None:
            # A verb's -s form may be the verb ("The nurse checks who is
            # next"), unless it opens the sentence or follows a determiner.
            if not ((k - 2 in starts or words[k - 3] in DETERMINERS) and _noun(nlp.lemma_table().get(noun, noun))):
                continue
        elif not _noun_or_its_plural(noun):
            continue
        if _phrase(words, texts, k - 2, starts, offsets)[0] is None:
            continue
        other = SINGULAR_TO_PLURAL[written]
        yield replacing_finding(VERB_FORM, (offsets[k], offsets[k] + len(text)), other,
                                f"\"{text}\" is probably \"{other}\" here (its subject, \"{texts[k - 1]}\", stands for "
                                f"\"{noun_text}\", which is plural)", "Use")


# "which" or "whom" before a determined noun phrase: the phrase is the
# relative clause's subject ("in which the surgeon approaches").
RELATIVE_OPENERS = frozenset({"which", "whom"})

# -- a lexical verb after a noun subject ("Symptoms tends to", "A bunion develop") --
# Adverbs that may stand between a subject and its verb ("stones usually needs").
SUBJECT_ADVERBS = frozenset({"usually", "often", "also", "always", "generally", "sometimes", "rarely", "typically",
                             "commonly", "frequently", "normally", "still", "never", "seldom", "mostly", "mainly",
                             "gradually", "slowly", "quickly", "then", "really", "actually", "only"})
# Nouns that take a plural verb in British English or stand for a plural
# ("the team are", "the government say", "staff need").
COLLECTIVES = frozenset({"team", "government", "family", "staff", "public", "police", "couple", "committee",
                         "council", "panel", "group", "board", "crew", "jury", "audience", "press", "clergy",
                         "personnel", "cattle", "livestock", "poultry", "sheep", "deer", "fish", "offspring",
                         "aircraft", "trust", "service", "company", "university", "hospital", "clinic", "charity",
                         "department", "agency", "ministry", "party", "union", "industry", "army", "navy",
                         "management", "faculty", "class", "generation", "household", "community"})
# What may follow a verb, not a noun: an object's start, "to", "no", an -ly
# adverb (checked apart) or, after "help", a bare verb.
VERB_NEXT = OBJECT_STARTS | {"to", "no", "some", "any", "more", "less", "much", "many", "up", "out", "down",
                             "off", "away", "well", "better", "worse"}


# Verbs that take a participle as their complement ("becomes infected",
# "goes unnoticed"); any other -s word before a participle is a noun's
# plural whose reduced relative follows.
LINKING_VERBS = frozenset({"become", "get", "seem", "look", "feel", "remain", "appear", "stay", "go", "come",
                           "sound", "grow", "turn", "prove", "keep", "end", "lie", "stand", "sit", "rest"})


# A singular noun and a bare verb that English writes together ("doctor
# need" in "the doctor need not") are a slip only where the -s form follows
# the noun this many times as readily.
SINGULAR_RATIO = 10.0


@lru_cache(maxsize=8192)
def _s_form(lemma: str) -> str | None:
    return next((f for f in _forms_of().get(lemma, ()) if f in (lemma + "s", lemma + "es", lemma[:-1] + "ies")
                 and lexicon.frequency(f) >= MIN_FORM_COUNT), None)


# Plurals that English also writes with a singular verb ("the data shows").
COUNTABLE_EITHER = frozenset({"data", "media", "agenda", "news", "series", "species", "means", "headquarters",
                              "statistics", "politics", "economics", "ethics", "genetics", "physics", "mathematics",
                              "diabetes", "measles", "mumps", "rickets", "shingles", "herpes", "scabies", "lupus",
                              "sports", "athletics", "gymnastics", "aerobics", "pilates", "olympics"})
# A plural look whose singular health writing uses under this share as often
# names one thing ("shingles", "hives", "bends").
SINGULAR_SHARE = 0.05
MIN_NAME_USES = 20
# A plural that opens a sentence alone, in capitals, must be a word health
# writing uses this often, not a surname ("Pittas takes").
MIN_OPENING_USES = 5


def _plural_name(model, noun: str) -> bool:
    uses = model.health_words.get(noun, 0)
    if uses < MIN_NAME_USES:
        return False
    singular = nlp.lemma_table().get(noun, noun)
    return model.health_words.get(singular, 0) < SINGULAR_SHARE * uses


def _noun_or_unpaired(word: str) -> bool:
    """_noun, or a word no pair table holds after a determiner (too rare for
    symspellpy's pairs: "bunion", "blister") that is no verb."""
    if _noun(word):
        return True
    model = context_model.language_model()
    return _lexical_verb(word) is None and not any(
        model.general_pairs.get(f"{d} {word}") or model.health_pairs.get(f"{d} {word}") for d in NOUN_DETERMINERS)


@lru_cache(maxsize=8192)
def _lexical_verb(word: str) -> str | None:
    """_verb_lemma, or for a bare verb that spaCy's lookup table gives no
    -ing form ("develop": "developing" is its own lemma there), the word
    itself where our dictionary has its -ing form and its -s form is common."""
    lemma = _verb_lemma(word)
    if lemma is not None or nlp.lemma_table().get(word, word) != word or lexicon.frequency(word) < MIN_FORM_COUNT:
        return lemma
    stem = word[:-1] if word.endswith("e") else word
    if lexicon.contains(stem + "ing") and _s_form(word):
        return word
    return None


@lru_cache(maxsize=16384)
def _lexical_candidate(word: str | None) -> bool:
    """A lexical verb's form that _lexical_subject_slips may question."""
    return (word is not None and word not in SWAPS and word not in BARE_OF and word not in stop_words()
            and _lexical_verb(word) is not None)


def _lexical_subject_slips(model, words, texts, offsets, starts, reported) -> Iterator[Finding]:
    """"Symptoms tends to be worse", "Olive oil drops helps soften", "These
    stones usually needs no treatment", "A bunion develop slowly": a lexical
    verb (not "be", "have" or "do", which _noun_subject_slips takes) whose -s
    does not agree with the noun phrase that opens its clause, by the noun's
    look (a plural is an -s form of a singular noun, a singular its own lemma
    with no plural ending). The written noun-verb pair must not be one that
    English writes more readily than the agreeing one (a compound: "blood
    test", "weight loss"), and the word after the verb must read as what a
    verb takes where the verb could be a noun ("needs no", "tends to")."""
    n = len(words)
    stops = stop_words()
    same_past = resources.word_set(SAME_PAST)
    seen = context_model.seen_pairs()
    for k in compress(range(1, n), map(_lexical_candidate, words[1:])):
        word, text = words[k], texts[k]
        if text != word or offsets[k] in reported:
            continue
        prev = words[k - 1]
        if prev is None or prev in stops and prev not in SUBJECT_ADVERBS:
            continue  # a subject's head, or an adverb after it, comes first
        lemma = _lexical_verb(word)
        if lemma is None or word in stops or word in INTRO_PREPOSITIONS or word in ("like", "unlike", "near", "past"):
            continue
        if word != lemma:
            if word not in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
                continue
            want_number, other = "plural", lemma
        else:
            other = _s_form(lemma)
            if other is None or word in same_past:
                continue
            want_number = "singular"
        h = k - 1
        if words[h] in SUBJECT_ADVERBS and h >= 1 and offsets[h - 1] + len(texts[h - 1]) + 1 == offsets[h]:
            h -= 1
        if offsets[h] + len(texts[h]) + 1 != offsets[h + 1]:
            continue
        noun, noun_text = words[h], texts[h]
        if (noun is None or noun in stops or noun in DETERMINERS or noun.endswith(("ly", "ing", "ed"))
                or noun in COLLECTIVES or noun in PARTITIVES or noun in KIND_NOUNS):
            continue
        if not (noun_text.islower() or (h in starts and noun_text[1:].islower())):
            continue
        if not _can_head_a_subject(noun):
            continue  # "Although group A infections are", "the age at which it develops varies"
        if _number(noun) != want_number or _adjective(noun) or only_adjective(noun) or not (
                _noun_or_unpaired(noun) or (want_number == "plural"
                                            and _noun_or_unpaired(nlp.lemma_table().get(noun, noun)))):
            continue
        before, j = _phrase(words, texts, h, starts, offsets)
        inner = noun
        if before is None and j >= 1 and words[j] in PHRASE_PREPOSITIONS:
            # Across one prepositional phrase whose noun disagrees too ("The
            # size of the incision depend on"): the noun before it is the head.
            h = j - 1
            noun, noun_text = words[h], texts[h]
            if (noun is None or noun in stops or noun in DETERMINERS or noun.endswith(("ly", "ing", "ed"))
                    or noun in COLLECTIVES or noun in PARTITIVES or noun in KIND_NOUNS or not noun_text.islower()
                    or _number(noun) != want_number or _adjective(noun) or not _noun(noun)):
                continue
            before, j = _phrase(words, texts, h, starts, offsets)
        if before is None and j >= 0 and words[j] in RELATIVE_OPENERS and words[j + 1] in DETERMINERS:
            before = words[j]  # "in which the surgeon approach the hip": the relative clause's own subject
        if before is None:
            continue
        first = j + 1 if j >= 0 else max((s for s in starts if s <= h), default=0)
        phrase = [w for w, t in zip(words[first:h + 1], texts[first:h + 1])
                  if w is not None or (t not in QUOTES and t not in HYPHENS)]
        if any(w is None or w in NUMBER_WORDS for w in phrase) or any(t[:1].isdigit() for t in texts[first:h + 1]):
            continue  # "Six weeks is a long time": an amount takes the singular
        if want_number == "singular" and before == "that" and MANDATES.intersection(words[max(0, k - 8):k]):
            continue  # the subjunctive: "recommends that the patient rest"
        nxt = words[k + 1] if k + 1 < n else None
        verb_next = nxt is not None and (nxt in VERB_NEXT or nxt.endswith("ly") or (
            lemma == "help" and _verb_lemma(nxt) == nxt))
        help_verb = lemma == "help" and nxt is not None and _verb_lemma(nxt) == nxt
        if want_number == "singular":
            # A bare verb is also often a noun ("a fungus ball", "the exact
            # reason"): the written word must be no noun (see _noun), no word
            # before the head may look plural ("Steroid drugs help shrink": a
            # subject and its verb), and a verb's next word must follow.
            if any(_number(w) == "plural" for w in phrase[:-1]):
                continue
            if _noun(word):
                # A bare verb that is a noun too ("The cream cause a rash",
                # "Regular exercise help you sleep") only before an object's
                # start, with the -s form no rarer after the noun, and
                # neither source writing the noun, the word and the next
                # word together (a compound's noun: "the test result a").
                if k + 1 in starts or not _noun_verb_slip(model, inner, word, other, nxt, phrase,
                                                           words[k + 2] if k + 2 < n else None):
                    continue
            elif not (verb_next or (nxt in INTRO_PREPOSITIONS and nxt != "of")):
                continue
            if f"{inner} {word}" in seen and model.bigram(inner, other) < SINGULAR_RATIO * max(
                    model.bigram(inner, word), FLOOR):
                continue
        else:
            if noun in COUNTABLE_EITHER or _plural_name(model, noun):
                continue  # "the data seems", "Shingles presents as"
            if _noun(word) and not (verb_next or help_verb or nxt == "that"):
                continue  # "the nurses notes"
            if nxt is not None and lemma not in LINKING_VERBS and _past_form(nxt):
                # A noun's plural before a participle opens a reduced relative
                # ("Lice shampoos used too often cause"): only a linking verb
                # takes a participle straight after it ("cells becomes infected").
                continue
            if (_verb_lemma(noun) not in (None, noun) and _noun(word) and not help_verb
                    and phrase[0] not in ("these", "those", "many", "several", "both")):
                continue  # "Toenail fungus causes nails to", "That enables doctors to": the head may be the verb
            if not noun_text.islower() and len(phrase) == 1 and model.health_words.get(noun, 0) < MIN_OPENING_USES:
                continue  # a name that opens the sentence ("Pittas takes")
            want, have = model.bigram(noun, other), model.bigram(noun, word)
            if have and want < NOUN_AUX_RATIO * have:
                continue
        yield replacing_finding(VERB_FORM, (offsets[k], offsets[k] + len(text)), other,
                                f"\"{text}\" is probably \"{other}\" here (its subject, \"{noun_text}\", is "
                                f"{want_number})", "Use")


# After a singular noun subject, a bare verb that is a noun too is questioned
# only before one of these: the start of its object ("cause a rash", "help
# you sleep", "work the muscle"). Not "it" ("the time it takes": a relative
# clause without "that" after a noun).
NOUN_VERB_NEXT = frozenset({"a", "an", "the", "your", "their", "his", "her", "our", "my", "you", "them", "us",
                            "these", "those"})
# Prepositions after which such a word is questioned with stronger evidence
# (see _noun_verb_slip).
NOUN_VERB_PREPOSITIONS = frozenset({"in", "on", "into", "through", "for", "with", "from", "at", "until", "after"})
# A noun phrase's word that shows a clause without "that" may follow ("the
# first time you", "the last dose you", "each day the"): not the subject.
NOUN_VERB_TIME = frozenset({"time", "day", "week", "month", "year", "night", "morning", "evening", "moment",
                            "way", "place", "minute", "hour", "dose", "thing", "reason", "kind", "amount"})


# After "a" these make an amount or a time, no object ("a study a few months
# later", "one dose a day").
AMOUNT_WORDS = NOUN_VERB_TIME | {"few", "couple", "little", "bit", "lot", "number", "decade", "second", "half",
                                 "quarter", "third", "fortnight", "while"}


def _can_head_a_subject(word: str) -> bool:
    """Not a word that opens a clause ("although", "while") nor one the word
    classes know only as something other than a noun ("develops", "varies")."""
    if word in CLAUSE_OPENERS:
        return False
    found = classes(word)
    return not found or "noun" in found


# A word English writes after "to" or a modal at least this many times as
# often as after a determiner is mostly a verb ("stay" 5.3, "visit" 2.9;
# "effect" 0.09, "message" 0.01, "test" 0.5): general English's pairs.
VERB_OVER_NOUN = 2.0
VERB_CUES = ("to", "will", "can", "may", "should", "would", "could", "must")


@lru_cache(maxsize=4096)
def _mostly_verb(word: str) -> bool:
    pairs = context_model.language_model().general_pairs
    as_noun = sum(pairs.get(f"{d} {word}", 0) for d in NOUN_DETERMINERS)
    return sum(pairs.get(f"{c} {word}", 0) for c in VERB_CUES) >= VERB_OVER_NOUN * as_noun


def _noun_verb_slip(model, inner: str, word: str, other: str, nxt: str | None, phrase,
                    after: str | None = None) -> bool:
    """Is ``word``, a bare verb that is also a noun after the singular noun
    ``inner`` that heads its clause's subject, the verb written without its
    -s? Only before an object's start (NOUN_VERB_NEXT), with no time noun
    or preposition in the phrase, where neither general English nor health
    writing ever writes the noun and the word together (a compound: "pain
    relief", "blood test", "separate study")."""
    if word in NOUN_VERB_TIME or any(w in NOUN_VERB_TIME for w in phrase):
        return False
    if nxt in NOUN_VERB_PREPOSITIONS:
        # "the virus stay in the body": before a preposition the word could
        # end a compound ("the hospital stay in"), so general English or health writing must have
        # the noun with the -s form ("virus stays") and neither the
        # noun with the written word.
        return (f"{inner} {word}" not in context_model.seen_pairs() and f"{inner} {other}" in context_model.seen_pairs()
                and _mostly_verb(word) and not any(w in INTRO_PREPOSITIONS or w in ("like", "unlike") for w in phrase))
    if nxt not in NOUN_VERB_NEXT:
        return False
    if nxt in ("a", "an") and after in AMOUNT_WORDS:
        return False
    if any(w in INTRO_PREPOSITIONS or w in ("like", "unlike") for w in phrase):
        return False  # "Fatty fish like salmon offer": the head is before the preposition
    # The -s form is the noun's plural too ("separate studies"), so its pair
    # says nothing: neither source may hold the noun and the written word
    # together ("a separate study a month later" is a compound's noun).
    return f"{inner} {word}" not in context_model.seen_pairs() and not model.health_triples.get(
        f"{inner} {word} {nxt}", 0)


def _verb_form_slips(model, words, texts, offsets, reported) -> Iterator[Finding]:
    n = len(words)
    # Only a word after a trigger, or after a trigger and "not", is questioned.
    after = [False] + list(map(TRIGGERS.__contains__, words[:-1]))
    for k in compress(range(2, n), map(NEGATIONS.__contains__, texts[1:n - 1])):
        after[k] = after[k] or words[k - 2] in TRIGGERS or texts[k - 2].lower() in ("ca", "wo")
    for k in compress(range(1, n), after[1:]):
        word, text = words[k], texts[k]
        if word is None or not text.islower() or offsets[k] in reported:
            continue
        t = k - 1
        negated = False
        if words[t] in NEGATIONS or texts[t] in NEGATIONS:
            negated = True
            t -= 1
            if t < 0:
                continue
        trigger = words[t]
        if trigger is None and texts[t].lower() in ("ca", "wo", "do", "does", "did"):
            trigger = texts[t].lower()
        if trigger is None:
            continue
        if offsets[k - 1] + len(texts[k - 1]) + 1 != offsets[k]:
            continue
        if k + 1 < n and texts[k + 1] in HYPHENS and offsets[k] + len(text) == offsets[k + 1]:
            continue  # a compound's first part: "post-traumatic"
        nxt = words[k + 1] if k + 1 < n else None
        bare_place = trigger in MODALS or trigger in ("ca", "wo") or (trigger in DO_FORMS and negated) or (
            trigger == "to" and not negated)
        if bare_place:
            if trigger == "to" and (nxt not in OBJECT_STARTS or word.endswith("ing")):
                # "related to eating", "to cells", "to reduced levels": "to"
                # is a preposition there. An infinitive's "to" shows in the
                # word before it: health writing has that word, "to" and the
                # bare verb ("important to keep", "found to have") and never
                # the written form; and the next word must follow the bare
                # verb TO_RIGHT_RATIO times as readily ("to looked up").
                lemma = _verb_lemma(word)
                before_to = words[t - 1] if t else None
                triples = model.health_triples
                if (lemma is None or lemma == word or before_to is None or nxt is None
                        or triples.get(f"{before_to} to {lemma}", 0) < MIN_TO_TRIPLE
                        or f"{before_to} to {word}" in triples
                        or model.bigram(lemma, nxt) < TO_RIGHT_RATIO * max(model.bigram(word, nxt), FLOOR)):
                    continue
            if t and words[t - 1] in ("the", "a", "an", "his", "her", "their", "its", "your"):
                continue  # "the will", "a can"
            if not texts[t].islower() or (t and words[t - 1] in WH_WORDS and word.endswith("ing")):
                continue  # a question: "Will popping a pill work", "what would losing weight do"
            if (negated and trigger not in ("do", "does") and not word.endswith("s")
                    and RELATIVES.intersection(words[max(0, t - 2):t])):
                continue  # "those who didn't improved their times": the clause ends at "not"
            if trigger in DO_FORMS and word in BARE_OF:
                continue  # "others do not has been": a clause ends at "not"
            meant = BARE_OF.get(word)
            if meant is None:
                lemma = _verb_lemma(word)
                if lemma is None or lemma == word or any(f.endswith("ing") for f in _forms_of().get(word, ())):
                    continue  # "lower" is "low"'s and a verb of its own
                meant = lemma
            left = trigger if not negated else "not"
            # After "do not" grammar decides (the counts of "not" hold the
            # passive's "not inherited"), where a word follows.
            # Not after "did not", which may end a clause ("those who didn't
            # improved their times"); the counts decide there.
            if negated and trigger in DO_FORMS and nxt is None:
                continue
            ratio = NOT_RATIO if negated and trigger in ("do", "does") else BARE_RATIO
            if negated and trigger == "did":
                ratio = BARE_RATIO
            if model.bigram(left, meant) < ratio * max(model.bigram(left, word), FLOOR):
                continue
            before = " ".join(texts[t:k])
            yield replacing_finding(VERB_FORM, (offsets[k], offsets[k] + len(text)), meant,
                                    f"\"{text}\" is probably \"{meant}\" here (after \"{before}\" comes the bare "
                                    "verb)", "Use")
            continue
        if negated or not (trigger in BE_FORMS or trigger in HAVE_FORMS):
            continue
        if "there" in words[max(0, t - 3):t]:
            continue  # "there are changes", "there will always be questions"
        if nxt in ("and", "or"):
            continue  # "have gain or loss of": nouns
        if trigger in HAVE_FORMS and word == "be":
            # "has be shown", "had be a boy": only "been" follows "have" here.
            yield replacing_finding(VERB_FORM, (offsets[k], offsets[k] + len(text)), "been",
                                    f"\"{text}\" is probably \"been\" here (after \"{texts[t]}\" comes a past "
                                    "participle)", "Use")
            continue
        lemma = _verb_lemma(word)
        if lemma is None or not (word == lemma or word in (lemma + "s", lemma + "es")):
            continue
        meant = _participle(model, trigger, lemma, word)
        if meant is None:
            continue
        nominal = _noun(word) or _adjective(word)
        if nominal and nxt is None:
            continue  # "has promise.", "were age 80", "is moderate,": a noun or an adjective
        if "do" in words[max(0, t - 4):t]:
            continue  # "all you can do is eat"
        left_ratio = model.bigram(trigger, meant) / max(model.bigram(trigger, word), FLOOR)
        if nxt is None:
            if left_ratio < PARTICIPLE_ALONE_RATIO:
                continue
        else:
            # A noun or adjective needs the next word's word too ("are base
            # on": "based on"; "is smoke in the air" stays), unless a passive's
            # "by" or "to" follows; an -s form that is no noun, which never
            # follows "be" or "have", only that the next word not prefer it
            # much ("has been thinks that").
            right = PARTICIPLE_RIGHT_RATIO
            if nominal and nxt not in NOUN_PASSIVE_AFTER:
                if nxt not in _closed_words() and _noun(nxt):
                    continue  # "have repeat infections": a noun phrase
                right = NOMINAL_RIGHT_RATIO
            elif not nominal and word != lemma:
                right = S_FORM_RIGHT_RATIO
            if left_ratio < PARTICIPLE_RATIO or model.bigram(meant, nxt) < right * max(
                    model.bigram(word, nxt), FLOOR):
                continue
        yield replacing_finding(VERB_FORM, (offsets[k], offsets[k] + len(text)), meant,
                                f"\"{text}\" is probably \"{meant}\" here (after \"{texts[t]}\" comes a past "
                                "participle)", "Use")


# "you" and "I" with a form of "be", "have" or "do" that agrees with neither.
PRONOUN_FORMS = {"you": {"has": "have", "does": "do", "was": "were", "is": "are"},
                 "i": {"has": "have", "does": "do", "is": "am", "are": "am"}}
PRONOUN_OPENERS = frozenset({"if", "when", "because", "that", "and", "but", "so", "unless", "until", "while",
                             "although", "though", "since", "once", "whether", "before", "after", "as", ",", ";"})


def _pronoun_slips(model, words, texts, offsets, starts, reported) -> Iterator[Finding]:
    """"if you has", "I has": "you" or "I" opening a clause with a form of
    "be", "have" or "do" that neither takes. (A relative clause's verb against
    the noun before "who", "that" or ", which" was tried: on the tune text 15
    of 16 such findings had another antecedent, "a history of cancer who are".)"""
    n = len(words)
    for k in compress(range(1, n), map(SWAPS.__contains__, words[1:])):
        written, text = words[k], texts[k]
        if text != written or offsets[k] in reported or offsets[k - 1] + len(texts[k - 1]) + 1 != offsets[k]:
            continue
        prev = words[k - 1]
        if prev in PRONOUN_FORMS and written in PRONOUN_FORMS[prev]:
            opener = k - 2 < 0 or k - 1 in starts or (words[k - 2] or texts[k - 2]) in PRONOUN_OPENERS
            other = PRONOUN_FORMS[prev][written]
            if opener and model.bigram(prev, other) >= BARE_RATIO * max(model.bigram(prev, written), FLOOR):
                yield replacing_finding(VERB_FORM, (offsets[k], offsets[k] + len(text)), other,
                                        f"\"{text}\" is probably \"{other}\" here (after \"{texts[k - 1]}\")", "Use")


def _dropped_to(model, words, texts, offsets, reported) -> Iterator[Finding]:
    """"is thought be", "is needed treat": a bare verb straight after a
    passive's participle that English never puts before it, where health
    writing has the participle, "to" and the verb MIN_TO_TRIPLE times or more."""
    n = len(words)
    seen = context_model.seen_pairs()
    triples = model.health_triples
    # Only after a passive's participle ("is thought be", "is needed treat"):
    # after a noun the verb is often its own ("the immune system attack",
    # "therapy help"), after "likely" an adverb's.
    for aux in compress(range(n - 2), map(BE_FORMS.__contains__, words[:n - 2])):
        k = aux + 2
        if words[aux + 1] in ("also", "often", "usually", "generally", "commonly", "not") and k + 1 < n:
            k += 1
        verb, before = words[k], words[k - 1]
        if verb is None or before is None or offsets[k] in reported or not texts[k].islower():
            continue
        if not texts[k - 1].islower() or not _past_form(before):
            continue
        if offsets[k - 1] + len(texts[k - 1]) + 1 != offsets[k] or f"{before} {verb}" in seen:
            continue
        if triples.get(f"{before} to {verb}", 0) < MIN_TO_TRIPLE or _verb_lemma(verb) != verb:
            continue
        meant = f"{texts[k - 1]} to {texts[k]}"
        yield replacing_finding(VERB_FORM, (offsets[k - 1], offsets[k] + len(texts[k])), meant,
                                f"\"to\" seems to be missing: \"{meant}\" (after \"{texts[k - 1]}\" the verb takes "
                                "\"to\")", "Write")


# "need wear", "return work", "able walk": "to" dropped between a word that
# takes a to-infinitive and a verb. The first word must be a verb's form or an
# adjective that "to" follows this share of its uses or more (in general
# English or health writing: "need" 0.64, "return" 0.38, "able" 0.99; "plan"
# 0.12, "start" 0.10), the second a bare verb that "to" comes before this
# share of its uses ("wear" 0.23, "work" 0.18; "home" 0.02, "care" 0.02),
# and neither source may ever have written the two together.
TO_AFTER_SHARE = 0.15
TO_BEFORE_SHARE = 0.15
# Words with a high share of "to" after them that take a noun, not a verb,
# after it: a dropped "to" there leaves a noun phrase ("similar work").
TO_PREPOSITIONAL = frozenset({"due", "according", "prior", "compared", "related", "similar", "close", "next",
                              "equal", "relative", "subject", "thanks", "owing", "contrary", "exposed", "linked",
                              "attributed", "referred", "applied", "added", "devoted", "committed", "opposed",
                              "used", "addition", "access", "way", "back"})


# Verbs that take the bare infinitive as well ("helps loosen", "let it heal").
BARE_INFINITIVE = frozenset({"help", "helps", "helped", "helping", "make", "makes", "made", "let", "lets",
                             "have", "has", "had", "see", "sees", "saw", "watch", "hear", "feel", "dare", "bid"})
# A word "to" follows this share of its uses is taken whatever its part of
# speech ("able" 0.99, "unable", "likely").
TO_ALWAYS_SHARE = 0.5


# Words that also stand straight before a bare verb in good English: an
# adverb ("will likely work"), a preposition ("like sleep apnea"), informal
# "come see", "go get".
TO_OPTIONAL = frozenset({"likely", "unlikely", "like", "come", "go", "please", "rather", "better", "sooner"})


@lru_cache(maxsize=8192)
def _takes_to(word: str) -> bool:
    """A word that takes a to-infinitive (see TO_AFTER_SHARE) and is no
    plural noun ("approaches to", "plans to": "these approaches work" is a
    subject and its verb), past form ("prescribed sleep medicines", "sought
    help") or -ing form, which stand before nouns."""
    if word in TO_PREPOSITIONAL or word in BARE_INFINITIVE or word in TO_OPTIONAL or word.endswith("ing"):
        return False
    model = context_model.language_model()
    general = model.general_words.get(word, 0)
    health = model.health_words.get(word, 0)
    share = model.general_pairs.get(f"{word} to", 0) / (context_model.GENERAL_PAIR_SCALE * general) if general else 0
    if health >= MIN_NAME_USES:
        share = max(share, model.health_pairs.get(f"{word} to", 0) / health)
    if share < TO_AFTER_SHARE or _past_form(word) or (_noun(word) and _number(word) == "plural"):
        return False
    if share >= TO_ALWAYS_SHARE and not _noun(word):
        return True
    if word in _closed_words() or not (_lexical_verb(word) or _adjective(word)):
        return False
    return share >= TO_AFTER_SHARE


@lru_cache(maxsize=16384)
def _takes_to_word(word: str | None) -> bool:
    return word is not None and _takes_to(word)


@lru_cache(maxsize=16384)
def _infinitive(word: str) -> bool:
    if _lexical_verb(word) != word and word not in ("be", "go", "do", "get", "make", "take", "see", "keep", "give"):
        return False
    model = context_model.language_model()
    general = model.general_words.get(word, 0)
    return bool(general) and model.general_pairs.get(f"to {word}", 0) >= (
        TO_BEFORE_SHARE * context_model.GENERAL_PAIR_SCALE * general)


def _dropped_to_after_verb(model, words, texts, offsets, starts, reported) -> Iterator[Finding]:
    n = len(words)
    seen = context_model.seen_pairs()
    for k in compress(range(1, n), map(_takes_to_word, words[:n - 1])):
        verb, before = words[k], words[k - 1]
        if verb is None or offsets[k] in reported or not _infinitive(verb):
            continue
        if not texts[k].islower() or f"{before} {verb}" in seen:
            continue
        if not (texts[k - 1].islower() or (k - 1 in starts and texts[k - 1][1:].islower())):
            continue
        if offsets[k - 1] + len(texts[k - 1]) + 1 != offsets[k] or not _takes_to(before):
            continue
        after = words[k + 1] if k + 1 < n else None
        if _noun(verb) and (_adjective(before) or after is None or not (
                after in OBJECT_STARTS or (after in INTRO_PREPOSITIONS and after != "of") or after.endswith("ing"))):
            continue  # a noun after an adjective or a verb: "important supplement", "moderate sleep problems"
        if k >= 2 and (words[k - 2] in NOUN_DETERMINERS or words[k - 2] in NUMBER_WORDS or texts[k - 2][:1].isdigit()
                       or words[k - 2] in INTRO_PREPOSITIONS or words[k - 2] in PHRASE_PREPOSITIONS
                       or words[k - 2] == "to"):
            continue  # "the need", "a return", "10 seconds pass", "areas of damage develop",
            # "mild to moderate increase": a noun or a range
        if k + 1 < n and texts[k + 1] in HYPHENS:
            continue
        opening = max((p for p in starts if p <= k - 1), default=0)
        if words[opening] in MODALS or words[opening] in DO_FORMS:
            continue  # a question's subject before its bare verb: "Can fever medicine prevent a seizure?"
        meant = f"{texts[k - 1]} to {texts[k]}"
        yield replacing_finding(VERB_FORM, (offsets[k - 1], offsets[k] + len(texts[k])), meant,
                                f"\"to\" seems to be missing: \"{meant}\" (\"{texts[k - 1]}\" takes \"to\" before a "
                                "verb, and English never writes the two words together)", "Write")


# "please speak your pharmacist", "talk the nurse about it": a verb of speech
# that takes its hearer through "to", straight before a determiner and a
# person one consults (ADDRESSEES: "doctor", "pharmacist", "midwife"). No
# such verb takes a person as its object ("speak your mind", "talk your way
# out" are things), save before "into", "through", "round" or "out" ("talk
# your partner into it", "talk the patient through it"), or a possessive
# ("speak your child's language"). "listen", which never takes an object,
# before a determiner and any word ("listen your body").
SPEECH_VERBS = frozenset({"speak", "speaks", "speaking", "spoke", "talk", "talks", "talking", "talked", "listen",
                          "listens", "listening", "listened"})
HEARER_DETERMINERS = frozenset({"your", "the", "a", "an", "their", "his", "her", "our", "my", "this", "that"})
PERSUADING = frozenset({"into", "through", "round", "around", "out", "down", "over", "'s", "’s"})
ADDRESSEES = "grammar/addressees.txt"


def _dropped_to_before_hearer(words, texts, offsets, reported) -> Iterator[Finding]:
    n = len(words)
    people = resources.word_set(ADDRESSEES)
    for k in compress(range(n - 2), map(SPEECH_VERBS.__contains__, words[:n - 2])):
        determiner, noun = words[k + 1], words[k + 2]
        listen = words[k].startswith("listen")  # never takes an object: "listen your body"
        if determiner not in HEARER_DETERMINERS or noun is None or offsets[k + 1] in reported or not (
                noun in people or (listen and texts[k + 2].isalpha() and texts[k + 2].islower())):
            continue
        if not texts[k + 1].islower() or offsets[k] + len(texts[k]) + 1 != offsets[k + 1]:
            continue
        if k + 3 < n and (words[k + 3] or texts[k + 3]) in PERSUADING:
            continue
        meant = f"{texts[k]} to {texts[k + 1]}"
        yield replacing_finding(VERB_FORM, (offsets[k], offsets[k + 1] + len(texts[k + 1])), meant,
                                f"\"to\" seems to be missing: \"{meant} {texts[k + 2]}\" (\"{texts[k]}\" takes "
                                f"\"to\" before {'what is heard' if listen else 'the person spoken to'})", "Write")


# -- "Does the spray helps?", "Each of the tests are" -------------------------
# The determiners that open a question's subject after "Do", "Does", "Did".
QUESTION_DETERMINERS = frozenset({"the", "this", "that", "your", "my", "our", "his", "her", "its", "their", "a",
                                  "an", "each", "every", "these", "those"})
# Words after the -s form that show it is the verb: an object's start, a
# preposition, or the question's end.
QUESTION_ENDS = frozenset({"?"})


def _question_slips(words, texts, offsets, starts, reported) -> Iterator[Finding]:
    """"Does the spray helps with", "Did the nurse explains the results?": a
    question opened by "Do", "Does" or "Did", a determiner and a noun (one
    modifier before it at most, which is no verb), then a verb's -s form
    where the bare verb belongs. The word after it must be one a verb takes
    or the question's end, so that "Does the pill cause changes" (the noun
    phrase "the pill", its verb "cause") is left alone: a bare verb after a
    candidate head ends the search."""
    n = len(words)
    stops = stop_words()
    for k in sorted(starts):
        if k + 3 >= n or words[k] not in DO_FORMS or not texts[k][:1].isupper() or not texts[k][1:].islower():
            continue
        if words[k + 1] not in QUESTION_DETERMINERS or not texts[k + 1].islower():
            continue
        for h in range(k + 2, min(k + 4, n - 1)):
            head, verb = words[h], words[h + 1]
            if head is None or verb is None or not texts[h].islower() or not texts[h + 1].islower():
                break
            if head in stops or head in _closed_words() or verb in stops or verb in SWAPS or verb in BARE_OF:
                break
            if offsets[h] + len(texts[h]) + 1 != offsets[h + 1]:
                break
            lemma = _lexical_verb(verb)
            if lemma is not None and lemma != verb and verb in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
                nxt = words[h + 2] if h + 2 < n else None
                ends = texts[h + 2] if h + 2 < n else ""
                number = _number(head)
                if offsets[h + 1] in reported or number is None or (words[k] == "does" and number != "singular") or (
                        words[k] == "do" and number != "plural"):
                    break
                if not (nxt in VERB_NEXT or nxt in INTRO_PREPOSITIONS or ends in QUESTION_ENDS
                        or (nxt is not None and nxt.endswith("ly"))):
                    break
                if not _noun_or_unpaired(head) or only_adjective(head):
                    break
                text = texts[h + 1]
                yield replacing_finding(VERB_FORM, (offsets[h + 1], offsets[h + 1] + len(text)), lemma,
                                        f"\"{text}\" is probably \"{lemma}\" here (after \"{texts[k]}\" and its "
                                        "subject comes the bare verb)", "Use")
                break
            if lemma is not None or _lexical_verb(head) is not None and not only_adjective(head):
                break  # a bare verb ("Does the pill cause"), or a head that may be one: the search ends


# "each of the", "one of the": the subject is the one, not the plural after
# "of"; "much of the", whose noun is a singular mass ("much of the damage").
ONE_OF = frozenset({"each", "one", "much"})
OF_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "your", "our", "their", "his", "her", "its", "my"})
SINGULAR_OF = {"are": "is", "were": "was", "have": "has", "do": "does"}


def _each_of_slips(model, words, texts, offsets, starts, reported) -> Iterator[Finding]:
    """"Each of the tests are quick", "One of the tablets have a coating",
    "Each of these drugs work": "each" or "one" opening a clause, "of", a
    determiner, a plural noun phrase (MODIFIERS words before its head at
    most) and straight after it the verb in the plural where "each" or
    "one" takes the singular."""
    n = len(words)
    for k in compress(range(n - 4), map(ONE_OF.__contains__, words[:n - 4])):
        if words[k + 1] != "of" or words[k + 2] not in OF_DETERMINERS:
            continue
        opens = k in starts or (k >= 1 and (words[k - 1] or texts[k - 1]) in SUBJECT_OPENERS)
        if not opens or (words[k] == "one" and k >= 1 and words[k - 1] in ("that", ",")):
            continue  # "one" after a comma may be a number's word in a list
        much = words[k] == "much"
        for h in range(k + 3, min(k + 4 + MODIFIERS, n - 1)):
            head, verb = words[h], words[h + 1]
            if head is None or not texts[h].islower() or head in _closed_words():
                break
            if verb is None or not texts[h + 1].islower():
                continue
            if much:
                # The head is the word before the first verb's form; it must
                # be a singular noun (a plural, "much of the studies", is a slip of its own).
                if verb not in SINGULAR_OF and (_lexical_verb(verb) != verb or verb in stops_and_swaps()):
                    continue
                if _number(head) != "singular" or not _noun_or_unpaired(head):
                    break
            elif _number(head) != "plural" or head in COUNTABLE_EITHER:
                continue
            if offsets[h] + len(texts[h]) + 1 != offsets[h + 1] or offsets[h + 1] in reported:
                break
            if verb in SINGULAR_OF:
                meant = SINGULAR_OF[verb]
            else:
                lemma = _lexical_verb(verb)
                nxt = words[h + 2] if h + 2 < n else None
                if (lemma != verb or verb in stops_and_swaps() or _s_form(verb) is None
                        or not (nxt in VERB_NEXT or nxt in INTRO_PREPOSITIONS or (nxt or "").endswith("ly"))
                        or (_noun(verb) and nxt not in NOUN_VERB_NEXT and (nxt not in INTRO_PREPOSITIONS or nxt == "of"))):
                    break
                meant = _s_form(verb)
            text = texts[h + 1]
            yield replacing_finding(VERB_FORM, (offsets[h + 1], offsets[h + 1] + len(text)), meant,
                                    f"\"{text}\" is probably \"{meant}\" here (its subject is \"{texts[k]}\", "
                                    f"not \"{texts[h]}\")", "Use")
            break


@lru_cache(maxsize=1)
def stops_and_swaps() -> frozenset[str]:
    return stop_words() | frozenset(SWAPS) | frozenset(BARE_OF)


def verb_form_slips(model, words, texts, offsets, sentence_starts, reported: set[int]) -> Iterator[Finding]:
    """``sentence_starts``: the positions (in ``words``) that open a sentence."""
    starts = set(sentence_starts)
    yield from _dropped_to(model, words, texts, offsets, reported)
    yield from _dropped_to_before_hearer(words, texts, offsets, reported)
    yield from _dropped_to_after_verb(model, words, texts, offsets, starts, reported)
    yield from _pronoun_slips(model, words, texts, offsets, starts, reported)
    yield from _noun_subject_slips(model, words, texts, offsets, starts, reported)
    yield from _relative_slips(words, texts, offsets, starts, reported)
    yield from _each_of_slips(model, words, texts, offsets, starts, reported)
    yield from _question_slips(words, texts, offsets, starts, reported)
    yield from _lexical_subject_slips(model, words, texts, offsets, starts, reported)
    yield from _verb_form_slips(model, words, texts, offsets, reported)
