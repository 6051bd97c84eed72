"""Agreement and inflection slips: "a numbers of", "it lead to"."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, repeat
from operator import eq
from typing import Iterator

from lint import context_model, lexicon, nlp, resources
from lint.findings import Finding
from lint.checks.spelling.candidates import health_leaning
from lint.checks.spelling.rules import REAL_WORD, replacing_finding
from lint.checks.spelling.tables import homophones
from lint.checks.spelling.word_class import classes, is_base_verb


# Agreement slips ("a numbers of", "it lead to"): the form the grammar
# needs must follow the word before it this many times more readily than
# the form written ("it helps" 98 times "it help", "it causes" 144, "he
# says" 28; "it makes" 9 and "it works" 3, because "make it work" puts
# the bare form after "it" too; the subject must open a clause, which
# leaves "make it work" out). At 20 the benchmark's tune half missed "when
# this happen" (13 times rarer), "it appear to" (11), "it need" (17); at
# 5 it finds 0.045 more of the injected inflection slips (0.797 -> 0.842),
# with no clean-text finding and nothing more on the news tune half (2 finds
# no more, and reads "This help is free" as "helps").
MIN_AGREEMENT_RATIO = 5.0
# After ", which" that follows a singular word, the -s form need only be
# the commoner after "which" ("which includes" 2.5 times "which include",
# "which controls" 4.5, "which begins" 3.5, "which involves" 1.3): on the
# benchmark's tune half 6 more of the injected inflection slips, nothing more
# on its clean text or on either half of the news once a prepositional
# phrase or a plural in the three words before the singular word sends it
# back to MIN_AGREEMENT_RATIO (the news tune half read "effects on the
# brain, which go beyond" as "goes").
WHICH_RATIO = 1.0
PREPOSITIONS = frozenset({"on", "in", "at", "for", "with", "to", "into", "by", "about", "among", "between",
                          "within", "without", "across", "after", "before", "during", "under", "over"})
# The form the grammar needs must be this common (our word frequencies) as
# well as the written word's form by the lemma table: "reduces" (1,765),
# "lowers" (1,403) and "decreases" (662) fell under the 2,000 of the slip
# candidates; at 500 the benchmark's tune half finds 0.011 more of the
# injected inflection slips (0.842 -> 0.853), nothing more on clean text or
# the news tune half.
MIN_FORM_COUNT = 500
# "this" too, where it opens a clause: the ratio test keeps it from reading
# "this test", "this change" or "this work" (a noun after the determiner:
# the -s form follows "this" less readily) as a slip; "this include" (23
# times rarer than "this includes"), "this occur", "this lead" are slips.
AGREEMENT_SUBJECTS = frozenset({"it", "he", "she", "this"})
ARTICLES = frozenset({"a", "an"})
# Words after which "it", "he" or "she" starts a clause, so a verb must agree
# with it ("and it lead to", not "let it lead to").
CLAUSE_OPENERS = frozenset({"although", "and", "as", "because", "but", "how", "if", "once", "since", "so", "that",
                            "though", "sometimes", "often", "usually",
                            "unless", "until", "when", "whether", "while", "why",
                            "where", "whereas", "whenever", "wherever", "than", "after", "before"})
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
# Forms of "be" before which a verb's -s form is a slip for its participle
# ("may be causes by" -> caused), where that participle follows the form of
# "be" BE_RATIO times as readily as the written word in the pair counts; and
# the words after a plural noun that show it is one ("may be causes of",
# "are signs that"). Only "be", "been" and "being": after "is", "are",
# "was" and "were" plural nouns are everywhere on news ("were ages 55-74",
# "there are concerns about"), and "there" before "been" does the same.
BE_FORMS = frozenset({"be", "been", "being"})
BE_RATIO = 20.0
# A verb's bare form after any form of "be" and before "to" or "by" ("is
# know to be", "was use to treat") where its past participle follows that
# form of "be" BE_RATIO times as readily ("is known" 140 times "is know";
# "is access to" 3 times, "is support to" 12). Not after "there" ("there
# is need to").
PASSIVE_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
PASSIVE_AFTER = frozenset({"to", "by"})
# A plural noun after "a" or "an" with no "of" after it, ending its noun
# phrase ("a symptoms that", "a tests is") needs its singular to follow the
# article this many times as readily. Any next word gave eight false alarms
# on the news tune half, all compounds ("a systems geneticist", "a
# centuries-old remedy").
ARTICLE_PLURAL_RATIO = 20.0
# How many words after "one of the" its noun may come ("one of the most
# common causes": three).
ONE_OF_THE_REACH = 3
THEIR_THERE = frozenset({"their", "there"})
# "there" before a word that follows "their" at least this often (a share of
# the pairs "their" starts: "symptoms" 0.012, "skin" 0.004) and "there" never
# is a slip for the possessive.
POSSESSED_SHARE = 0.002
# Or a word health writing favours (log10 leaning over general English, see
# candidates.health_leaning) that the article names this often.
SUBJECT_LEANING = 1.0
MIN_SUBJECT_USES = 3
# Verbs that follow "there" ("there is", "there may be") and never a
# possessive: after "their" they show that "there" was meant.
VERBS_AFTER_THERE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "may", "might",
                               "could", "should", "can", "must", "seems", "seem", "appears", "appear", "remains",
                               "remain", "exists", "exist", "isn't", "aren't", "wasn't", "weren't"})
# After a modal a verb's -s form ("can causes", "may helps") is a slip for
# the bare verb when that follows the modal MODAL_RATIO times as readily.
MODALS = frozenset({"can", "could", "may", "might", "will", "would", "should", "must", "shall"})
MODAL_RATIO = 20.0
# After a modal, or "not" after a modal or a form of "do", a verb's past
# form ("can led to", "did not caused") is a slip for the bare verb when that
# follows the word before it MODAL_RATIO times as readily. A past form that
# is also a bare verb ("found", "left") or spelled like its present ("put")
# is never questioned.
DO_FORMS = frozenset({"do", "does", "did"})
# "cannot" takes the bare verb too; a modal after a determiner is a noun ("the will led to").
PAST_AFTER = MODALS | {"cannot"}
NOUN_MARKERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "my", "your", "our"})
# After "do not" or "can not" the grammar already asks for the bare verb;
# the pair counts (of "not" and the verb) need only not prefer the past form.
NOT_RATIO = 1.0
# The same after a plural pronoun ("they causes", "we needs").
PLURAL_SUBJECTS = frozenset({"they", "we", "you", "i"})
NOUN_AFTER_BE = frozenset({"of", "for", "that", "and", "or", "in", "to", "with", "from", "on", "at", "than", "who",
                           "which", "such", "like", "among", "include", "are", "is"})
AFTER_PARTICIPLE = frozenset({"the", "a", "an", "by", "through", "from", "to", "in", "on", "into", "away", "out",
                              "up", "down", "it", "them", "him", "her", "this", "that", "over", "along", "before"})
PLURAL_DETERMINERS = frozenset({"these", "those", "several", "many", "various", "numerous"})
# Words that follow a noun phrase, not a verb: after "these result" they
# show that "result" is the noun.
NOUN_PHRASE_ENDS = frozenset({"are", "were", "have", "had", "may", "can", "could", "will", "would", "should",
                              "might", "must", "show", "suggest", "indicate", "of", "that", "which", "who",
                              "is", "was", "has", "shows", "suggests", "indicates"})
# Verbs that show the word between "this" and them is a noun ("This help is free").
VERBS_AFTER_NOUN = frozenset({"is", "are", "was", "were", "has", "have", "had", "can", "may", "will", "would",
                              "should", "could", "might", "must", "does", "did", "cannot", "shall",
                              "ca", "wo"})  # "ca", "wo": "can't", "won't" as the tokenizer splits them
MANDATES = frozenset({"important", "essential", "vital", "necessary", "crucial", "imperative", "critical",
                      "recommend", "recommends", "recommended", "require", "requires", "required", "insist",
                      "insists", "ask", "asks", "asked", "demand", "demands", "urge", "urges", "advise", "advises",
                      "advised", "propose", "proposes", "proposed", "request", "requested", "mandate", "mandates"})
OBJECT_OPENERS = frozenset({"the", "a", "an", "that"})
# Between "this" and an article the word is a verb ("This increase the
# effect": "this increases" is 0.29 times as common as "this increase" in
# the pair counts, since "increase" is mostly a noun there); a time noun
# ("This week the", 0.012; "This year a", 0.016) stays far below.
OBJECT_RATIO = 0.25
ARTICLE_WORDS = frozenset({"the", "a", "an"})
# "as" opens a clause ("as it grows"), except in a comparison or example.
AS_COMPARING = frozenset({"such", "same", "well", "just", "much", "soon", "long"})
SAME_PAST = "grammar/verbs_past_as_present.txt"


def _possessed(word: str) -> bool:
    """A word that follows "their" often (POSSESSED_SHARE of the pairs
    "their" starts) and "there" never, in health writing or general English:
    "there symptoms", "there children"."""
    model = context_model.language_model()
    if model.bigram("there", word) or context_model.general_counts()[1].get(f"there {word}"):
        return False
    # By general English only, no verb's base form: "so there need to be".
    return model.bigram("their", word) >= POSSESSED_SHARE or (not is_base_verb(word)
                                                               and _general_possessed("their", word))


def _general_possessed(possessive: str, word: str) -> bool:
    """A noun or adjective (no adverb: "there now") that general English
    writes after the possessive often enough for symspellpy's pair list,
    which keeps only the web's commoner pairs ("their partners", "your
    body"): health writing's pair counts are too few to know most nouns
    after a possessive."""
    found = classes(word)
    return (bool(found & {"noun", "adj"}) and "adv" not in found
            and context_model.general_counts()[1].get(f"{possessive} {word}", 0) > 0)


def _article_subject(words, word: str) -> bool:
    """A health word the article keeps naming (MIN_SUBJECT_USES times or more:
    "tinnitus" in an article on it) that "there" never comes before: "notice
    there tinnitus more" is the possessive, though too rare a word for the
    pair counts to have it after "their"."""
    if health_leaning(word) < SUBJECT_LEANING or context_model.language_model().bigram("there", word):
        return False
    return words.count(word) >= MIN_SUBJECT_USES


def _after_be_and_adverb(words, k: int) -> bool:
    """"there" as the place after a verb and an adverb: "symptoms are usually
    there most of the time", "the pain is always there" (as after the verb
    alone: "are there")."""
    before = words[k - 1]
    return (k >= 2 and words[k - 2] in VERBS_AFTER_THERE
            and "adv" in (found := classes(before)) and "noun" not in found)


# "there" opening a clause after these words, before "not" or a verb's
# -ing form, is the subject "they're" ("but there not as safe", "because
# there working"): "there" takes a verb before them ("there is not", "there
# are working groups"), and "there being" is English.
THERE_SUBJECT_OPENERS = frozenset({"that", "because", "but", "and", "so", "if", "when", "since", "although", "though",
                                   "unless", "while", "whether"})
NOT_AFTER_THERE_NOT = frozenset({"only", "be", "being", "to"})


def _subject_there(words, texts, k: int) -> bool:
    """"there" where a clause's subject and verb belong (see THERE_SUBJECT_OPENERS)."""
    if k == 0 or words[k - 1] not in THERE_SUBJECT_OPENERS or k + 2 >= len(words) or not texts[k].islower():
        return False
    nxt, after = words[k + 1], words[k + 2]
    if nxt == "not":
        return after is not None and after not in NOT_AFTER_THERE_NOT
    return (nxt is not None and nxt.endswith("ing") and nxt not in ("being", "having") and texts[k + 1].islower()
            and classes(nxt) == {"verb"})


def _their_there(words, texts, offsets) -> Iterator[Finding]:
    """The homophones "their" and "there" where the next word settles it: a
    possessive never comes before a verb ("their is", "their may be"), and
    "own" takes the possessive ("there own")."""
    n = len(words)
    for k in compress(range(n - 1), map(THEIR_THERE.__contains__, words[:n - 1])):
        word, nxt = words[k], words[k + 1]
        if word == "their" and nxt in VERBS_AFTER_THERE:
            meant = "there"
        elif word == "there" and nxt == "own" and not (k + 2 < n and texts[k + 2] == "-"):
            meant = "their"
        elif word == "there" and _subject_there(words, texts, k):
            meant = "they're"
        elif (word == "there" and k and words[k - 1] is not None and words[k - 1] not in VERBS_AFTER_THERE
              and not _after_be_and_adverb(words, k)
              and nxt is not None and (_possessed(nxt) or _article_subject(words, nxt))):
            # (Not a question: "Is there genetic testing".)
            meant = "their"
        elif word == "their" and k + 2 < n and words[k + 2] is not None and (
                (nxt == "not" and not words[k + 2].endswith("ing")) or (nxt == "going" and words[k + 2] == "to")):
            # A possessive takes a noun: "their not acne", "their going to
            # stop" are a subject and its verb ("their not being treated" is
            # a gerund's subject). Neither is in the news tune half or any
            # MedQuAD answer.
            meant = "they're"
        else:
            continue
        text = texts[k]
        replacement = meant.capitalize() if text[0].isupper() else meant
        why = (f"\"{texts[k + 1]} {texts[k + 2]}\" needs a subject and a verb, not "
               + ("a possessive" if word == "their" else "a place") if meant == "they're"
               else f"\"{texts[k + 1]}\" follows \"{meant}\", never \"{word}\"")
        yield replacing_finding(REAL_WORD, (offsets[k], offsets[k] + len(text)), replacement,
                                f"\"{text}\" is probably \"{replacement}\" here ({why})", "Use")


def _than_after_comma(words, texts, offsets) -> Iterator[Finding]:
    """"than" opening a clause after a comma or semicolon before a word that
    follows "then" THEN_RATIO times as readily as "than" ("give two puffs,
    than wait"): a comparison's "than" seldom follows a comma, and then
    before what is compared (", than women who", ", than in people")."""
    model = context_model.language_model()
    n = len(words)
    for k in compress(range(1, n - 1), map(eq, repeat("than"), words[1:n - 1])):
        nxt = words[k + 1]
        if texts[k - 1] not in (",", ";") or nxt is None:
            continue
        then, than = model.bigram("then", nxt), model.bigram("than", nxt)
        if not (then or than):
            # Health writing has neither pair ("than enjoy"): a bare verb
            # after ", than" is the next step.
            if not _plain_verb(nxt):
                continue
        elif (then + SMOOTHING) < THEN_RATIO * (than + SMOOTHING):
            continue
        text = texts[k]
        yield replacing_finding(REAL_WORD, (offsets[k], offsets[k] + len(text)), "then",
                                f"\"{text}\" is probably \"then\" here (after a comma \"{texts[k + 1]}\" opens "
                                "the next step, and follows \"then\", not \"than\")", "Use")


def _plain_verb(word: str) -> bool:
    """A verb's bare form ("enjoy", "rinse"): its own lemma, with an -ing
    form, and common (MIN_FORM_COUNT)."""
    if nlp.lemma_table().get(word, word) != word or lexicon.frequency(word) < MIN_FORM_COUNT:
        return False
    return any(form.endswith("ing") for form in _forms_of().get(word, ()))


# Prepositions after which "you" ends its phrase ("depends on you", "most of
# you"), so that a noun right after it belongs to "your" ("a tingling on you
# lip", "swelling in you mouth"). "to", "for" and "with" are left out:
# "give it to you straight", "good for you too" (see YOU_POSSESSED_AFTER).
YOU_PREPOSITIONS = frozenset({"on", "in", "into", "onto", "of", "from", "under", "inside", "around", "behind",
                              "over", "across", "along", "beneath", "between", "near", "round", "upon", "within"})

YOUR_RATIO = 100.0
YOU_POSSESSED_AFTER = frozenset({"to", "for", "with", "at", "about"})
# Verbs that take a noun subject and never "you" ("you doctor can" takes a
# modal too: "you" + a noun is then no subject but a possessed noun).
VERBS_AFTER_SUBJECT = frozenset({"is", "was", "has", "does", "can", "could", "will", "would", "may", "might",
                                 "should", "must"})


def _never_before_you(prev: str | None) -> bool:
    """A verb's base form that neither general English nor health writing
    puts before "you" ("lean you", "rinse you"): a verb that takes no person
    as its object, so a noun after "you" is its object and belongs to
    "your". Verbs that do ("give you tips", "show you ways") are seen before
    "you"; a plural noun before "you" opens a relative clause ("which men
    you screen"), and no plural is a verb's base form."""
    return (prev is not None and prev.isalpha() and prev not in _stop_words() and is_base_verb(prev)
            and f"{prev} you" not in context_model.seen_pairs()
            and lexicon.frequency(prev) >= MIN_FORM_COUNT)


def _you_for_your(words, texts, offsets) -> Iterator[Finding]:
    """ "on you lip": "you" after a preposition and before a noun, where
    neither health writing nor general English puts the next word after
    "you" ("of you know", "on you to"), and it is no function word, verb's
    past or -ing form, or adverb ("of you who", "of you reported", "on you
    again", "in you knowing")."""
    model = context_model.language_model()
    n = len(words)
    for k in compress(range(1, n - 1), map(eq, repeat("you"), words[1:n - 1])):
        prev, nxt, text = words[k - 1], words[k + 1], texts[k]
        if nxt is None or not texts[k + 1].islower() or text != "you":
            continue
        subject = possessed = False
        if prev not in YOU_PREPOSITIONS:
            # After "to", "for", "with", only a noun general English writes
            # after "your" ("listen to you body", "talk with you doctor"), not
            # "give it to you straight"; so too before a verb that no "you"
            # takes ("you doctor can", "you bone is"): the noun is the subject.
            # (A plural by its singular: "your wrists" is too rare a pair for
            # the pair list, "your wrist" is not.)
            possessed = _general_possessed("your", nxt) or (
                nxt.endswith("s") and _general_possessed("your", nlp.lemma_table().get(nxt, nxt)))
            if not possessed:
                continue
            subject = k + 2 < n and words[k + 2] in VERBS_AFTER_SUBJECT
            if prev not in YOU_POSSESSED_AFTER and not subject and not _never_before_you(prev):
                continue
        if prev == "of" and nxt.endswith("s"):
            continue  # "those of you smokers": a plural in apposition
        # (Health writing has its own slips: "you doctor" once to 350 "your
        # doctor". A noun that is a verb too, "doctor", is settled by general
        # English when it is possessed.)
        you_pair = model.bigram("you", nxt)
        if ((you_pair and not (possessed and you_pair * YOUR_RATIO < model.bigram("your", nxt)))
                or context_model.general_counts()[1].get(f"you {nxt}", 0)
                or nxt.endswith(("ing", "ly", "ed"))
                or (not possessed and _bare_verb(nxt, nlp.lemma_table()) is not None)
                or nxt in _stop_words() or lexicon.frequency(nxt) < MIN_FORM_COUNT):
            continue
        why = (f"\"{texts[k + 1]} {texts[k + 2]}\" needs its noun as the subject, and \"{texts[k + 1]}\" belongs to "
               "\"your\"" if subject and prev not in YOU_POSSESSED_AFTER else
               f"after \"{texts[k - 1]}\", \"you\" ends its phrase, and \"{texts[k + 1]}\" belongs to \"your\""
               if prev in YOU_PREPOSITIONS or prev in YOU_POSSESSED_AFTER else
               f"English never puts \"you\" after \"{texts[k - 1]}\", and \"{texts[k + 1]}\" belongs to \"your\"")
        yield replacing_finding(REAL_WORD, (offsets[k], offsets[k] + len(text)), "your",
                                f"\"{text}\" is probably \"your\" here ({why})", "Use")


# "it's" before a noun where "its" belongs ("cut off it's blood supply"): health
# writing must put the noun after "its" ITS_RATIO times as readily as after
# "is", and general English must not put it after "is" more than 1/ITS_RATIO
# as often as after "its" ("it's cause for concern": "is cause" is common).
ITS_RATIO = 20.0
# Prepositions after which "it's" is "its" before a noun: "of it's", "in
# it's". Not "for" ("for it's the best"), "like", "as", "than", "to"
# ("the key to it's that ..."), which may open a clause.
ITS_PREPOSITIONS = frozenset({"of", "in", "on", "at", "from", "with", "by", "into", "onto", "through", "during",
                              "within", "throughout", "under", "across", "toward", "towards", "without"})
APOSTROPHE_S = frozenset({"'s", "’s"})


def _its_for_it_is(words, texts, offsets) -> Iterator[Finding]:
    """ "it's blood supply": "it's" (spaCy's "it" + "'s") before a noun that
    follows "its" and not "is": no verb's form ("it's been", "it's become":
    "it has"), and not "own" (grammar/contraction-confusion's)."""
    model = context_model.language_model()
    pairs = context_model.general_counts()[1]
    lemmas = nlp.lemma_table()
    n = len(words)
    for k in compress(range(n - 2), map(eq, repeat("it"), words[:n - 2])):
        piece, nxt = texts[k + 1], words[k + 2]
        if piece not in APOSTROPHE_S or nxt is None or nxt == "own" or not texts[k + 2].islower():
            continue
        if offsets[k] + len(texts[k]) != offsets[k + 1] or offsets[k + 1] + len(piece) + 1 != offsets[k + 2]:
            continue
        if (_bare_verb(nxt, lemmas) is not None or nxt.endswith(("ed", "en", "ing", "ly"))
                or nxt in _stop_words() or lexicon.frequency(nxt) < MIN_FORM_COUNT):
            continue
        # After a preposition "it is" cannot stand ("at the end of it's shelf
        # life"): the noun belongs to "its" whatever the pair counts say.
        if not (k and words[k - 1] in ITS_PREPOSITIONS and texts[k] == "it"
                and offsets[k - 1] + len(texts[k - 1]) + 1 == offsets[k]):
            if model.bigram("its", nxt) < ITS_RATIO * max(model.bigram("is", nxt), 1e-9):
                continue
            if pairs.get(f"is {nxt}", 0) * ITS_RATIO > pairs.get(f"its {nxt}", 0) and pairs.get(f"is {nxt}", 0):
                continue
        written = texts[k] + piece
        meant = texts[k][0] + "ts"
        yield replacing_finding(REAL_WORD, (offsets[k], offsets[k + 1] + len(piece)), meant,
                                f"\"{written}\" is probably \"{meant}\" here (\"{texts[k + 2]}\" belongs to "
                                f"\"its\"; \"it's\" is \"it is\")", "Use")


# "can't" and "won't" are split into these pieces before "n't".
NEGATED_PIECES = frozenset({"ca", "wo", "sha"})
NEGATIONS = frozenset({"not", "n't", "n’t"})


def _noun_after_negation(words, texts, offsets) -> Iterator[Finding]:
    """ "don't waist your money": after "do", "does", "did" or a modal and
    "not" or "n't" comes a bare verb, so a homophone that is only ever a noun
    (its one other form a plural, and general English never writes "not"
    before it) is a slip for its homophone that is a verb and follows "not"."""
    sounds = homophones()
    n = len(words)
    before = DO_FORMS | MODALS | NEGATED_PIECES
    for k in compress(range(1, n - 1), map(NEGATIONS.__contains__, texts[1:n - 1])):
        word = words[k + 1]
        if word is None or word not in sounds or texts[k].lower() not in NEGATIONS or words[k - 1] not in before:
            continue
        text = texts[k + 1]
        if not text.islower() or offsets[k] + len(texts[k]) + 1 != offsets[k + 1]:
            continue
        meant = _verb_homophone(word, tuple(sounds[word]))
        if meant:
            yield replacing_finding(REAL_WORD, (offsets[k + 1], offsets[k + 1] + len(text)), meant,
                                    f"\"{text}\" is probably \"{meant}\" here (after \"{texts[k - 1]}{texts[k]}\" "
                                    f"comes a verb, and \"{text}\" is only ever a noun)", "Use")


@lru_cache(maxsize=4096)
def _verb_homophone(word: str, others: tuple[str, ...]) -> str | None:
    """The homophone of a noun-only word that is a verb general English
    writes after "not", or None."""
    pairs = context_model.general_counts()[1]
    forms = _forms_of().get(word, ())
    if (nlp.lemma_table().get(word, word) != word or not all(form.endswith("s") for form in forms)
            or pairs.get(f"not {word}", 0)):
        return None
    return next((other for other in others if _plain_verb(other) and pairs.get(f"not {other}", 0)), None)


def _stop_words() -> frozenset[str]:
    from lint.checks.spelling.function_words import stop_words

    return stop_words()


# "then" must be this many times as likely as "than" before the next word
# (pair counts, each with SMOOTHING added): "wait" 600, "apply" 1,300, "take"
# 11, "use" 18; "you" 3, "it" 1.9, "women" and "those" near 0. On the news
# tune half and all MedQuAD answers ", than" came before a noun, a pronoun,
# "in" or "were" only (15 uses), none of which passes.
THEN_RATIO = 10.0
SMOOTHING = 1e-6


def _one_of_the(words, texts, offsets) -> Iterator[Finding]:
    """"one of the most common cause of": the noun that ends the phrase after
    "one of the" is plural. The head is the first word of the next few that
    a word ending a noun phrase follows (NOUN_PHRASE_ENDS: "of", "is", "that");
    a plural before it ("one of the study authors") has ended the search."""
    n = len(words)
    for k in compress(range(n - 3), map(eq, repeat("one"), words[:n - 3])):
        if words[k + 1] != "of" or words[k + 2] != "the":
            continue
        for j in range(k + 3, min(k + 3 + ONE_OF_THE_REACH, n - 1)):
            word, text = words[j], texts[j]
            if word is None or not text.islower() or not _singular(word):
                break
            if words[j + 1] not in NOUN_PHRASE_ENDS:
                continue
            if words[j + 1] == "of" and j + 2 < n and not _singular(words[j + 2]):
                break  # a group noun with its plural: "one of the new crop of patients"
            lemmas = nlp.lemma_table()
            forms = (word + "s", word + "es", word[:-1] + "ies") if word.endswith("y") else (word + "s", word + "es")
            meant = next((form for form in forms
                          if lemmas.get(form) == word and lexicon.frequency(form) >= MIN_FORM_COUNT), None)
            if meant:
                yield replacing_finding(REAL_WORD, (offsets[j], offsets[j] + len(text)), meant,
                                        f"\"{text}\" is probably \"{meant}\" here "
                                        "(after \"one of the\" the noun is plural)",
                                        "Use")
            break


def _participle(first: str, word: str, lemmas, bare: bool = False) -> str | None:
    """The form of the word's verb that follows ``first`` (a form of "be")
    most readily in the pair counts, if it is neither the -s nor the -ing
    form nor the bare verb: "caused" for "causes", "taken" for "takes";
    with ``bare``, of the bare verb itself ("known" for "know")."""
    lemma = word if bare else lemmas.get(word)
    if lemma is None or (lemma == word and not bare):
        return None
    forms = _forms_of().get(lemma, ())
    model_bigram = _bigram_model().bigram
    best = max(forms, key=lambda form: model_bigram(first, form), default=None)
    if best is None or best == word or best == lemma or best.endswith(("s", "ing")):
        return None
    return best


def _bare_verb(word: str, lemmas) -> str | None:
    """The bare verb of a past form ("led" -> "lead", "caused" -> "cause"),
    or None for a word that is no past form, is a bare verb itself
    ("found", "left") or is spelled like its present ("put")."""
    lemma = lemmas.get(word)
    if (lemma is None or lemma == word or word.endswith(("s", "ing")) or word in _forms_of()
            or word in resources.word_set(SAME_PAST) or lexicon.frequency(lemma) < MIN_FORM_COUNT):
        return None
    # Only a verb's forms: the lemma has an -ing form ("these" -> "this" has none).
    if not any(form.endswith("ing") for form in _forms_of().get(lemma, ())):
        return None
    return lemma


@lru_cache(maxsize=1)
def _forms_of() -> dict[str, tuple[str, ...]]:
    """Each lemma's inflected forms, less an adjective's comparative and
    superlative: the lookup table files "number" under "numb" and "later"
    under "late", and no verb has a form so made."""
    table: dict[str, list[str]] = {}
    for form, lemma in nlp.lemma_table().items():
        if not _compared(form, lemma):
            table.setdefault(lemma, []).append(form)
    return {lemma: tuple(sorted(forms)) for lemma, forms in table.items()}


def _compared(form: str, lemma: str) -> bool:
    """Is ``form`` the comparative or superlative of the adjective ``lemma``
    ("number", "later", "bigger", "happiest")?"""
    for ending in ("er", "est"):
        if form in (lemma + ending, lemma + ending[1:], lemma + lemma[-1:] + ending, lemma[:-1] + "i" + ending):
            return True
    return False


def _bigram_model():
    from lint import context_model

    return context_model.language_model()


def _singular(word: str | None) -> bool:
    """A word that is no plural by its look: no -s ending (but "-ss", "-us",
    "-is") and none of the common irregular plurals."""
    if word is None or word in IRREGULAR_PLURALS:
        return False
    return not word.endswith("s") or word.endswith(("ss", "us", "is"))


# Words before the antecedent that make it one of several ("drugs such as
# warfarin, which raise"; "A and B, which").
LISTING = frozenset({"such", "like", "including", "and", "or", "from", "of"})
IRREGULAR_PLURALS = frozenset({"data", "criteria", "bacteria", "media", "phenomena", "teeth", "feet", "mice", "lice",
                               "geese", "people", "children", "men", "women", "fungi", "nuclei", "stimuli", "cacti",
                               "alveoli", "bronchi", "villi", "sera", "ova", "genera", "appendices", "indices",
                               "matrices", "vertices", "both", "these", "those", "they", "them", "others", "many",
                               "few", "several", "all"})


# The irregular verbs that agree with a pronoun subject: what a plural
# subject ("they", "we", "you") and a singular one ("he", "she", "it") need.
PLURAL_FORM = {"was": "were", "has": "have", "is": "are", "does": "do"}
SINGULAR_FORM = {"were": "was", "have": "has", "are": "is", "do": "does"}
# Before which "it were" is a subjunctive ("as it were", "if it were").
SUBJUNCTIVE_CUES = frozenset({"if", "as", "though", "wish", "were", "whether"})


def _pronoun_irregulars(model, words, texts, offsets) -> Iterator[Finding]:
    """"They was given", "She have had it", "it don't": a pronoun opening a
    clause with the irregular verb of the other number, where the form the
    grammar needs follows the pronoun far more readily (MODAL_RATIO)."""
    for k in range(len(words) - 1):
        first, word = words[k], words[k + 1]
        if first in ("they", "we"):
            meant = PLURAL_FORM.get(word)
        elif first in ("he", "she", "it"):
            meant = SINGULAR_FORM.get(word)
        else:
            continue
        if meant is None or not texts[k + 1].islower() or offsets[k] + len(texts[k]) + 1 != offsets[k + 1]:
            continue
        before = words[k - 1] if k else None
        opener = before in CLAUSE_OPENERS or (before is None and not (k and any(map(str.isalnum, texts[k - 1]))))
        if not opener or before in SUBJUNCTIVE_CUES or before == "that":  # "recommended that he have surgery"
            continue
        if model.bigram(first, meant) < MODAL_RATIO * max(model.bigram(first, word), 1e-9):
            continue
        text = texts[k + 1]
        yield replacing_finding(REAL_WORD, (offsets[k + 1], offsets[k + 1] + len(text)), meant,
                                f"\"{text}\" is probably \"{meant}\" here (after \"{texts[k]}\" the verb is \"{meant}\")",
                                "Use")


SUBJECT_DETERMINERS = frozenset({"the", "these", "those", "your", "my", "our", "their", "most", "many", "some", "all"})
FREQUENCY_ADVERBS = frozenset({"usually", "often", "also", "always", "sometimes", "generally", "typically", "normally",
                               "rarely", "never", "then", "soon", "quickly", "slowly", "gradually", "eventually"})
# A noun written this many times as often in the plural as in the singular
# may be one thing ("shingles", "measles", "rickets"): not read as plural.
PLURAL_ONLY_SHARE = 3.0


def _plural_subject(model, words, texts, offsets) -> Iterator[Finding]:
    """"The blisters usually crusts over": a clause that opens with a
    determiner and a plural noun, then a verb's -s form (an adverb of
    frequency between them at most), where the bare verb follows "they"
    MODAL_RATIO times as readily."""
    lemmas = nlp.lemma_table()
    n = len(words)
    for k in compress(range(n - 2), map(SUBJECT_DETERMINERS.__contains__, words[:n - 2])):
        before = words[k - 1] if k else None
        if not (before in CLAUSE_OPENERS or (before is None and not (k and any(map(str.isalnum, texts[k - 1]))))):
            continue
        if before in ("than", "as"):
            continue  # "Drinking more than these amounts leads to": the plural is compared, not the subject
        noun = words[k + 1]
        if noun is None or not texts[k + 1].islower() or not noun.endswith("s") or noun.endswith(("ss", "us", "is")):
            continue
        single = lemmas.get(noun)
        if (single is None or single == noun or noun not in (single + "s", single + "es")
                or lexicon.frequency(noun) > PLURAL_ONLY_SHARE * lexicon.frequency(single)):
            continue
        v = k + 2
        if words[v] in FREQUENCY_ADVERBS and v + 1 < n:
            v += 1
        verb = words[v]
        if verb is None or not texts[v].islower() or not verb.endswith("s") or verb == noun or verb in _stop_words():
            continue  # "as" is "a" to the lemma table
        bare = lemmas.get(verb)
        if bare is None or bare == verb or verb not in (bare + "s", bare + "es") or lexicon.frequency(bare) < MIN_FORM_COUNT:
            continue
        if model.bigram("they", bare) < MODAL_RATIO * max(model.bigram("they", verb), 1e-9):
            continue
        yield replacing_finding(REAL_WORD, (offsets[v], offsets[v] + len(texts[v])), bare,
                                f"\"{texts[v]}\" is probably \"{bare}\" here (its subject, \"{texts[k + 1]}\", is plural)",
                                "Use")


def _of_for_have(words, texts, offsets) -> Iterator[Finding]:
    """"should of been", "could of caught": "of" written for the "'ve" of
    "should've" before a past participle."""
    lemmas = nlp.lemma_table()
    for k in range(len(words) - 2):
        if words[k] not in MODALS or words[k + 1] != "of" or texts[k + 1] != "of":
            continue
        after = words[k + 2]
        if after is None or after == "course" or not after.endswith(("ed", "en", "wn", "ne", "ght")) and after != "had":
            continue
        if lemmas.get(after, after) == after and after not in ("been", "had"):
            continue
        start = offsets[k + 1]
        yield replacing_finding(REAL_WORD, (start, start + 2), "have",
                                f"\"of\" is probably \"have\" here (\"{texts[k]} have {texts[k + 2]}\")", "Use")


def agreement_slips(model, words, texts, offsets) -> Iterator[Finding]:
    """A plural noun between "a" and "of" ("a numbers of"), and a verb
    without its -s after a clause's "it", "he" or "she" ("it lead to"),
    where the other form follows the word before it far more readily."""
    n = len(words)
    yield from _one_of_the(words, texts, offsets)
    yield from _their_there(words, texts, offsets)
    yield from _than_after_comma(words, texts, offsets)
    yield from _you_for_your(words, texts, offsets)
    yield from _noun_after_negation(words, texts, offsets)
    yield from _its_for_it_is(words, texts, offsets)
    yield from _pronoun_irregulars(model, words, texts, offsets)
    yield from _of_for_have(words, texts, offsets)
    yield from _plural_subject(model, words, texts, offsets)
    starts = list(compress(range(n - 1), map(ARTICLES.__contains__, words[:-1])))
    starts += list(compress(range(n - 1), map(AGREEMENT_SUBJECTS.__contains__, words[:-1])))
    starts += list(compress(range(n - 2), map(PLURAL_DETERMINERS.__contains__, words[:-2])))
    starts += list(compress(range(n - 1), map(PERFECT_AUXILIARIES.__contains__, words[:-1])))
    # ", which" after a singular word opens a clause about it ("a recessive
    # pattern, which mean" for "means").
    starts += [k for k in compress(range(2, n - 1), map(eq, repeat("which"), words[2:-1]))
               if texts[k - 1] == "," and texts[k - 2].islower() and _singular(words[k - 2])
               and LISTING.isdisjoint(words[max(0, k - 6):k - 2])]
    starts += list(compress(range(n - 1), map(BE_FORMS.__contains__, words[:-1])))
    starts += [k for k in compress(range(n - 2), map(PASSIVE_BE.__contains__, words[:-2]))
               if words[k] not in BE_FORMS and words[k + 2] in PASSIVE_AFTER]
    starts += list(compress(range(n - 1), map(MODALS.__contains__, words[:-1])))
    starts += [k for k in compress(range(1, n - 1), map(eq, repeat("not"), words[1:-1]))
               if words[k - 1] in MODALS or words[k - 1] in DO_FORMS]
    starts += list(compress(range(n - 1), map(eq, repeat("cannot"), words[:-1])))
    starts += list(compress(range(n - 1), map(PLURAL_SUBJECTS.__contains__, words[:-1])))
    for k in sorted(starts):
        first, word, text = words[k], words[k + 1], texts[k + 1]
        if word is None or not text.islower() or offsets[k] + len(texts[k]) + 1 != offsets[k + 1]:
            continue
        lemmas = nlp.lemma_table()
        if (first in PAST_AFTER or first == "not") and not word.endswith("s"):
            # After "not" the verb is the modal's or "do"'s: "did not caused".
            negated = first == "not"
            meant = _bare_verb(word, lemmas)
            if (meant is None or not texts[k].islower()
                    or (k > negated and words[k - 1 - negated] in NOUN_MARKERS)
                    or model.bigram(first, meant) < (NOT_RATIO if negated else MODAL_RATIO) * max(
                        model.bigram(first, word), 1e-9)):
                continue
            after = texts[k]
            if negated:
                gap = " " if offsets[k - 1] + len(texts[k - 1]) < offsets[k] else ""
                after = f"{texts[k - 1]}{gap}{texts[k]}"
            yield replacing_finding(REAL_WORD, (offsets[k + 1], offsets[k + 1] + len(text)), meant,
                                    f"\"{text}\" is probably \"{meant}\" here "
                                    f"(after \"{after}\" comes the bare verb, not its past form)",
                                    "Use")
            continue
        if first == "not":
            # "does not works", "cannot helps": after "not" of "do" or a modal the bare verb.
            lemma = lemmas.get(word)
            if (k and (words[k - 1] in DO_FORMS or words[k - 1] in MODALS) and word.endswith("s") and lemma
                    and lemma != word and word[:len(lemma)] == lemma
                    and model.bigram("not", lemma) >= MODAL_RATIO * max(model.bigram("not", word), 1e-9)):
                gap = " " if offsets[k - 1] + len(texts[k - 1]) < offsets[k] else ""
                yield replacing_finding(REAL_WORD, (offsets[k + 1], offsets[k + 1] + len(text)), lemma,
                                        f"\"{text}\" is probably \"{lemma}\" here "
                                        f"(after \"{texts[k - 1]}{gap}{texts[k]}\" comes the verb without -s)", "Use")
            continue
        if first in MODALS or first in PLURAL_SUBJECTS:
            # "can causes", "may helps": after a modal the bare verb, where
            # it follows the modal far more readily than the written word.
            lemma = lemmas.get(word)
            if (not word.endswith("s") or lemma is None or lemma == word or word[:len(lemma)] != lemma
                    or (first in MODALS and not texts[k].islower())
                    or model.bigram(first, lemma) < MODAL_RATIO * max(model.bigram(first, word), 1e-9)):
                continue
            yield replacing_finding(REAL_WORD, (offsets[k + 1], offsets[k + 1] + len(text)), lemma,
                                    f"\"{text}\" is probably \"{lemma}\" here "
                                    f"(after \"{texts[k]}\" comes the verb without -s)",
                                    "Use")
            continue
        if first in PASSIVE_BE and not word.endswith("s") and k + 2 < n and words[k + 2] in PASSIVE_AFTER:
            # "is know to be", "was use to treat": a bare verb after a form of
            # "be" where its past participle belongs.
            meant = _participle(first, word, lemmas, bare=True) if _plain_verb(word) else None
            if (meant and "there" not in words[max(0, k - 2):k]
                    and model.bigram(first, meant) >= BE_RATIO * max(model.bigram(first, word), 1e-9)):
                yield replacing_finding(REAL_WORD, (offsets[k + 1], offsets[k + 1] + len(text)), meant,
                                        f"\"{text}\" is probably \"{meant}\" here "
                                        f"(after \"{texts[k]}\" comes a past participle)",
                                        "Use")
                continue
        if first in PASSIVE_BE and first not in BE_FORMS:
            continue
        if first in BE_FORMS:
            # "may be causes by", "is being studies.", "been shows to": after a
            # form of "be" a verb's -s form where its past participle belongs;
            # a plural noun ("may be causes of", "are signs of") is left alone
            # by the word after it and by the pair counts (see BE_RATIO).
            after = words[k + 2] if k + 2 < n else None
            if not word.endswith("s") or after in NOUN_AFTER_BE or "there" in words[max(0, k - 2):k]:
                continue  # "there have been questions raised"
            meant = _participle(first, word, lemmas)
            if not meant or model.bigram(first, meant) < BE_RATIO * max(model.bigram(first, word), 1e-9):
                continue
            yield replacing_finding(REAL_WORD, (offsets[k + 1], offsets[k + 1] + len(text)), meant,
                                    f"\"{text}\" is probably \"{meant}\" here "
                                    f"(after \"{texts[k]}\" comes a past participle)",
                                    "Use")
            continue
        if first in PERFECT_AUXILIARIES and not word.endswith(("s", "ing", "ed")):
            # "has took", "have went": the simple past of an irregular verb
            # where its participle belongs ("showed"/"shown", "proved"/"proven"
            # are both in use, so a form in -ed is left alone).
            meant = _participle(first, word, lemmas)
            # An irregular participle only: "have wrought" is "work"'s old past, not a slip for "worked".
            if (meant and meant != word and not meant.endswith("ed")
                    and model.bigram(first, meant) >= BE_RATIO * max(model.bigram(first, word), 1e-9)):
                yield replacing_finding(REAL_WORD, (offsets[k + 1], offsets[k + 1] + len(text)), meant,
                                        f"\"{text}\" is probably \"{meant}\" here "
                                        f"(after \"{texts[k]}\" comes a past participle)", "Use")
                continue
        if first in PERFECT_AUXILIARIES:
            # "the stone has past": after "has", "have" or "had" a homophone
            # that is a past participle, where the next word cannot go on a
            # noun phrase ("had past infections" is English).
            after = words[k + 2] if k + 2 < n else None
            if lemmas.get(word, word) != word or (after is not None and after not in AFTER_PARTICIPLE):
                continue
            meant = next((h for h in homophones().get(word, ()) if lemmas.get(h, h) != h), None)
            why = f"after \"{texts[k]}\" comes a past participle"
        elif first in PLURAL_DETERMINERS:
            # "these result show": a singular noun after a plural determiner,
            # where the next word shows the noun phrase has ended; "these
            # cause headaches" (a verb) is left alone.
            if word.endswith("s") or words[k + 2] not in NOUN_PHRASE_ENDS:
                continue
            forms = (word + "s", word + "es", word[:-1] + "ies") if word.endswith("y") else (word + "s", word + "es")
            meant = next((form for form in forms
                          if lemmas.get(form) == word and lexicon.frequency(form) >= MIN_FORM_COUNT), None)
            why = f"after \"{texts[k]}\" the noun is plural"
        elif first in ARTICLES:
            if not word.endswith("s") or word.endswith("ss") or (k and words[k - 1] in ("such", "quite", "what")):
                continue
            # Without "of" the noun phrase must end with the word: a verb or
            # a relative after it ("a tests shows", "a symptoms that"); "a
            # systems geneticist", "a centuries-old" are compounds, and a
            # capital "A" mid-sentence is a name ("Cathepsin A works").
            if (k + 2 >= n or words[k + 2] != "of") and (
                    k + 2 >= n or words[k + 2] not in NOUN_PHRASE_ENDS or texts[k] not in ("a", "an", "A", "An")
                    or (texts[k][0] == "A" and k and texts[k - 1] not in (".", "!", "?"))):
                continue
            meant = lemmas.get(word)
            why = f"after \"{texts[k]}\" the noun is singular"
        else:
            before = words[k - 1] if k else None
            # A clause's subject: first in the sentence, after punctuation or a
            # conjunction; not "didn't it show", "let it help".
            opener = before in CLAUSE_OPENERS or (before is None and not (k and any(map(str.isalnum, texts[k - 1]))))
            if before == "as" and k >= 2 and words[k - 2] in AS_COMPARING:
                opener = False  # "projects such as this require": "this" is the object of "as"
            if before == "that" and k >= 2 and words[k - 2] in MANDATES:
                opener = False  # "vital that it remain cold": the subjunctive takes no -s
            if not opener or word.endswith("s") or (
                    k + 2 < n and words[k + 2] == "not") or word in resources.word_set(SAME_PAST):
                continue
            if first == "this" and k + 2 < n and words[k + 2] in VERBS_AFTER_NOUN:
                continue  # "This help is free": a noun after "this", and its verb
            meant = next((form for form in (word + "s", word + "es")
                          if lemmas.get(form) == word and lexicon.frequency(form) >= MIN_FORM_COUNT), None)
            why = f"after \"{texts[k]}\" the verb takes -s"
        if not meant or meant == word or lexicon.frequency(meant) < MIN_FORM_COUNT:
            continue
        ratio = MIN_AGREEMENT_RATIO
        if first in ARTICLES and (k + 2 >= n or words[k + 2] != "of"):
            ratio = ARTICLE_PLURAL_RATIO  # "a tests shows", not only "a numbers of"
        elif first == "which":
            # After ", which" and a singular word the -s form is what the
            # grammar needs; the pair counts cannot know the antecedent
            # ("which include" follows plurals), so it need only be the
            # commoner after "which" (see WHICH_RATIO).
            # After a prepositional phrase the antecedent may be the noun
            # before it ("effects on the brain, which go"): the counts decide.
            # So may a plural just before it ("The cells line the gut, which produce").
            near = words[max(0, k - 6):k - 2]
            ambiguous = PREPOSITIONS.intersection(near) or not all(map(_singular, filter(None, near[-3:])))
            ratio = MIN_AGREEMENT_RATIO if ambiguous else WHICH_RATIO
        elif first in AGREEMENT_SUBJECTS and k + 2 < n and words[k + 2] in OBJECT_OPENERS:
            # "This mean that", "this increase the chance": a word between
            # the subject and "the" or "that" is the verb, not a noun after
            # "this"; the -s form need only be the commoner after the subject,
            # or before an article OBJECT_RATIO as common (see there).
            ratio = OBJECT_RATIO if words[k + 2] in ARTICLE_WORDS else 1.0
        if model.bigram(first, meant) < ratio * max(model.bigram(first, word), 1e-9):
            continue
        yield replacing_finding(REAL_WORD, (offsets[k + 1], offsets[k + 1] + len(text)), meant,
                       f"\"{text}\" is probably \"{meant}\" here ({why})", "Use")
