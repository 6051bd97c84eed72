"""A small, high-precision grammar set: two determiners in a row, a/an
before the wrong sound, a dropped "is", and its/it's, your/you're where the
next word leaves no doubt.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import Iterator

from spacy.tokens import Doc

from lint import context_model, lexicon, resources, token_table
from lint.checks import CheckContext
from lint.checks.spelling import word_class
from lint.findings import Finding, Fix
from lint.rules import Applicability, Rule, Severity
from lint.nlp import doc_segments, doc_text, lemma_table

DOUBLE_DETERMINER = Rule(
    id="grammar/double-determiner",
    severity=Severity.WARNING,
    summary="Two articles in a row, such as \"a the\" or \"an the\"",
    explanation=(
        "What it does: finds two of \"a\", \"an\" and \"the\" in a row. \"an the\" is almost always a "
        "clipped \"and the\", so that is the suggestion; otherwise one article should go.\n\n"
        "Why it matters: the slip breaks the sentence for every reader and is invisible to spell "
        "checkers, because both words exist.\n\n"
        "Known problems: a letter used as a name (\"the A allele\") is written in capitals and skipped."
    ),
    bad=("Rest the knee an the ankle.", "Take a the tablet."),
    good=("Rest the knee and the ankle.",),
    fix=Applicability.UNSAFE,
)

INDEFINITE_ARTICLE = Rule(
    id="grammar/indefinite-article",
    severity=Severity.WARNING,
    summary="\"a\" before a vowel sound or \"an\" before a consonant sound",
    explanation=(
        "What it does: checks \"a\" and \"an\" against the sound of the next word, not its letter: "
        "\"an hour\", \"a university\", \"an MRI\", \"a one-off\".\n\n"
        "Why it matters: the wrong article is a visible slip that makes careful health writing look "
        "careless.\n\n"
        "Known problems: words whose pronunciation varies (\"herb\", \"historic\") are skipped."
    ),
    bad=("It is a infection of the skin.", "Book an vaccine appointment."),
    good=("It is an infection. Wait an hour. Get an MRI. Study at a university.",),
    fix=Applicability.SAFE,
)

MISSING_VERB = Rule(
    id="grammar/missing-verb",
    severity=Severity.WARNING,
    summary="A sentence that has plainly lost its verb (\"This a common cause\")",
    explanation=(
        "What it does: finds a sentence that opens with \"This\", \"It\" or \"There\" followed straight "
        "by an article, where \"is\" was dropped (\"This a common cause of pain\"), \"There no\", "
        "\"This because\", \"This why\", \"This how\", \"That why\", and \"These\" or \"Those\" followed by \"the\" (\"are\" dropped); and an opening "
        "\"It\" or \"This\" before an adjective and the clause it takes (\"It important to rest\", \"It very "
        "likely that\") or before \"not known\", \"not clear\"; an opening \"It\" or \"This\" before a participle "
        "that health writing only ever puts after \"is\" (\"This called a PET scan\", \"It inherited in\", \"It also "
        "called\"); and a short noun phrase that opens a sentence and goes straight on to \"one of\" "
        "(\"Soluble fiber one of the simplest changes\"); \"it\" after a conjunction and before an article, "
        "\"nothing\" or \"one of\" (\"and it nothing to worry about\"), or to \"a\" or \"an\" when health writing has the noun "
        "before \"is\" and never before \"a\" (\"Tinnitus a symptom of\").\n\n"
        "Why it matters: a sentence without its verb forces the reader to guess what is being said.\n\n"
        "Known problems: only these patterns are checked; verbs dropped elsewhere are missed, and so is a "
        "participle that also follows \"it\" (\"It used to treat\", \"It usually caused by\")."
    ),
    bad=("This a common cause of heel pain.", "There no cure, but treatment helps.", "It the main cause."),
    good=("This is a common cause of heel pain. There is no cure. There, the nurse will weigh you.",),
    fix=Applicability.UNSAFE,
)

CONTRACTION_CONFUSION = Rule(
    id="grammar/contraction-confusion",
    severity=Severity.WARNING,
    summary="A possessive and the contraction that sounds like it confused where the next word settles it",
    explanation=(
        "What it does: finds \"it's own\" (for \"its own\"), \"its\" before a word that needs \"it is\" "
        "(\"its not\", \"its a\"), \"your\" before a verb form (\"your going\", \"your not\") and "
        "\"you're\" before a noun (\"you're doctor\"). A possessive (its, your, their, whose) opens a noun "
        "phrase, so one followed by a preposition (\"whose at risk\") or by an adjective that ends its phrase "
        "(\"if your pregnant, ask\", \"their unable to\"; WordNet's adjectives that are nothing else) is the "
        "contraction; and \"they're\" before another verb (\"they're is\", \"they're may be\") is \"there\".\n\n"
        "Why it matters: these slips are noticed by every reader and undermine trust in the advice.\n\n"
        "Known problems: only unambiguous next words are checked, so many confusions pass: an adjective that is "
        "also a noun or verb (\"your ready\") or a verb's -ing form (\"your getting\") is left alone."
    ),
    bad=("The gland makes it's own hormone.", "Ask you're doctor first.", "If your allergic to latex, tell the nurse.",
         "They're is no cure yet."),
    good=("The gland makes its own hormone. Ask your doctor if it's safe.",),
    fix=Applicability.SAFE,
)

MISSING_ARTICLE = Rule(
    id="grammar/missing-article",
    severity=Severity.WARNING,
    summary="An \"a\" dropped before a noun that cannot stand bare (\"within year\", \"three times day\")",
    explanation=(
        "What it does: finds a time unit (day, week, month, year, hour) straight after a preposition "
        "(\"within year or two\") or after an amount (\"150 minutes week\", \"three times day\", \"twice day\"), "
        "\"few\" after an amount (\"10 minutes few times\"), \"few\" or \"couple\" after a preposition that "
        "English never puts before them (\"within few months\", \"after couple of days\"; \"in few cases\" is English), "
        "and a singular count noun after \"speak to\" or "
        "\"talk to\" (\"Speak to pharmacist\") or after \"see\", \"ask\", \"call\", \"contact\", \"consult\" "
        "(\"see doctor\", \"call ambulance\"), where health writing and general English never put the two "
        "words together and the noun ends its phrase. A count noun is one that English nearly always writes "
        "after a determiner and almost never bare after a preposition (symspellpy's word pairs, and MedQuAD's "
        "where it uses the noun often): \"pharmacist\" and \"doctor\" are, \"hospital\" and \"work\" are not.\n\n"
        "Why it matters: a dropped article reads as a slip and makes a reader stop.\n\n"
        "It also finds a singular noun that health writing (MedQuAD) nearly always writes after a determiner, "
        "left bare after \"before\", \"after\", \"during\" or \"without\" where neither source has the pair "
        "(\"before operation\"), or after \"is\", \"was\", \"be\", \"been\" or \"become\" and one modifier (\"IBS is long-term condition\", "
        "\"is rare condition that\").\n\n"
        "Known problems: other places a dropped \"a\" or \"the\" leaves are not checked, because on real news "
        "nearly every bare noun phrase there is correct; grammar/missing-word (preview) tries them. A headline, which drops articles by design, "
        "is skipped: a line that does not end in punctuation outside a list or table."
    ),
    bad=("Most cases settle within year or two.", "Walk for 30 minutes three times week.",
         "Speak to pharmacist if the rash spreads."),
    good=("Most cases settle within a year or two. Walk three times a week. At week 12 the rash had gone. "
          "Speak to a pharmacist or go to hospital.",),
    fix=Applicability.UNSAFE,
)

FIXED_PHRASE = Rule(
    id="grammar/fixed-phrase",
    severity=Severity.WARNING,
    summary="A word of a fixed phrase written without its partner (\"for least 10 minutes\", \"according the CDC\")",
    explanation=(
        "What it does: finds a word that English uses almost only with one partner word, written without it: "
        "\"least\" before an amount without \"at\" (\"for least 10 minutes\"), and \"according\", \"regardless\", "
        "\"irrespective\" and \"prior\" straight before a determiner without \"to\" or \"of\" (\"according the "
        "guidelines\", \"prior the operation\"), and a range of two small numbers in words without its \"to\" "
        "(\"for three five days\"), and \"often\", \"soon\" or \"far\" without the first \"as\" of \"as ... as\" "
        "(\"use them often as you need\", \"soon as possible\"), and a comparative (\"more\", \"less\", \"older\", "
        "\"longer\") straight before an amount, a number and a plural unit, without \"than\" (\"if the pain lasts "
        "more five hours\"), unless a determiner or a number comes first (\"the lower two thirds\") or the amount "
        "is a point in time (\"lower two hours after the meal\"), and an age's range without \"between\" (\"adults "
        "aged 35 and 55\"; not two ages close together or in apposition, \"her sons, aged 7 and 11\", nor after a \"between\" the range may share). The written pair must be one that health writing never has and "
        "general English (symspellpy's word pairs) has at most a hundredth as often as the word with its partner, "
        "or never.\n\n"
        "Why it matters: a fixed phrase with a word dropped reads as a slip and can blur an instruction's amount.\n\n"
        "Known problems: only these words are checked; other fixed phrases (\"as well as\", \"in order to\") "
        "leave text that can still be English when a word is dropped."
    ),
    bad=("Put clothes in a hot dryer for least 10 minutes.", "According the guidelines, adults need two doses.",
         "See a doctor if the fever lasts more three days."),
    good=("Dry clothes for at least 10 minutes. According to the guidelines, the least you can do is rest. "
          "See a doctor if the fever lasts more than three days. Levels were lower two hours after the dose.",),
    fix=Applicability.UNSAFE,
)

RULES = (DOUBLE_DETERMINER, INDEFINITE_ARTICLE, MISSING_VERB, CONTRACTION_CONFUSION, MISSING_ARTICLE, FIXED_PHRASE)

ARTICLES = frozenset({"a", "an", "the"})
# "Its important to rest": an adjective then "to"/"that" needs "it's".
ADJECTIVES_BEFORE_TO = frozenset({"important", "possible", "likely", "unlikely", "hard", "easy", "best", "worth",
                                  "essential", "normal", "common", "safe", "vital", "helpful", "wise", "fine", "ok", "okay"})
POSSESSIVES = frozenset({"my", "your", "his", "her", "our", "their"})
VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")  # letters whose names start with a vowel sound


# Only these words can start a finding: articles (double determiner, a/an),
# sentence openers (missing verb) and it/you/its/your (contractions).
TRIGGERS = frozenset({"a", "an", "the", "this", "that", "it", "there", "these", "those", "they", "you", "its", "your",
                      "their", "whose", "one", "we", "he", "she"})
BULLETS = ("•", "-", "*")
# The only words _contraction looks at.
CONTRACTION_WORDS = frozenset({"it", "you", "its", "your", "their", "whose", "they"})
# A possessive and the contraction that sounds like it.
CONTRACTED_FORMS = {"its": "it's", "your": "you're", "their": "they're", "whose": "who's"}
# A possessive opens a noun phrase: a preposition straight after it, or an
# adjective that ends its phrase ("if your pregnant,", "whose eligible for",
# "their unable to"), says the contraction was meant. The prepositions:
PREPOSITIONS_AFTER_CONTRACTION = frozenset({"at", "in", "on", "from", "with", "into", "about", "by", "for", "of",
                                            "to", "as", "than", "under", "within", "without"})
PREPOSITION_PHRASES_AS_ADJECTIVES = frozenset({("in", "vitro"), ("in", "vivo"), ("in", "utero"), ("in", "situ"),
                                               ("as", "yet")})
# What may follow an adjective that ends its phrase (a comma only where no
# adjective follows it: "your dry, itchy skin" is a list of adjectives).
PHRASE_END_AFTER_ADJECTIVE = frozenset({"to", "that", "of", "about", "for", "with", "enough", "at", "in", ".", ";",
                                        ":", "!", "?", ")", ","})
# Adverbs that may stand between the contraction and its adjective ("if
# your also allergic to"), and the words that open a clause after a comma.
DEGREE_BEFORE_ADJECTIVE = frozenset({"more", "less", "most", "so", "too", "quite", "also", "still", "now", "already",
                                     "very", "really", "always", "often", "usually"})
CLAUSE_AFTER_COMMA = frozenset({"you", "it", "we", "they", "he", "she", "i", "ask", "tell", "talk", "call", "see",
                                "then", "so", "but", "and", "or", "please", "do", "don't", "check", "stop", "take"})
# Finite verbs that follow "there" and never "they're": "they're is a risk".
VERBS_AFTER_THERE = frozenset({"is", "are", "was", "were", "has", "will", "may", "might", "seems", "appears",
                               "remains", "exists"})


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    tt = token_table.table(doc)
    text, lower_of, space = tt.text, tt.lower, tt.is_space
    words = tt.words
    if not words:
        return
    sentence_of = [0] * len(space)
    starts = set()
    for number, (start, end) in enumerate(tt.sentences):
        sentence_of[start:end] = [number] * (end - start)
        starts.add(start)
    double_on = ctx.enabled(DOUBLE_DETERMINER.id)
    article_on = ctx.enabled(INDEFINITE_ARTICLE.id)
    verb_on = ctx.enabled(MISSING_VERB.id)
    contraction_on = ctx.enabled(CONTRACTION_CONFUSION.id)
    if ctx.enabled(MISSING_ARTICLE.id):
        yield from _article_sites(tt, words, starts, sentence_of, _prose_sentences(doc, tt, sentence_of))
    if ctx.enabled(FIXED_PHRASE.id):
        yield from _fixed_phrases(tt, words, sentence_of)
    last = len(words) - 1
    # Most words cannot start a finding; skip them without touching anything else.
    for i in list(compress(range(last), map(TRIGGERS.__contains__, map(lower_of.__getitem__, words)))):
        k, n = words[i], words[i + 1]
        if sentence_of[n] != sentence_of[k]:
            continue
        lower = lower_of[k]
        word = text[k]
        # A capital "A" or "AN" mid-sentence is a name (hepatitis A), not an article.
        is_article = word in ("a", "an", "the") or (word in ("A", "An", "The") and k in starts)
        if not is_article:
            pass
        elif (text[n] in ARTICLES or lower_of[n] in POSSESSIVES) and lower_of[n] != lower and double_on:
            yield _double(doc, tt, k, n)
        elif lower in ("a", "an") and article_on:
            finding = _article(tt, k, n)
            if finding and lower == "an" and i and sentence_of[words[i - 1]] == sentence_of[k] and ctx.enabled(
                    "spelling/real-word"):
                # "nausea an diarrhoea": "and" with its last letter lost, not an article.
                finding = _and_for_an(tt, words[i - 2] if i > 1 else None, words[i - 1], k, n) or finding
            if finding:
                yield finding
        if verb_on and (k in starts or (i and text[words[i - 1]] in BULLETS and words[i - 1] in starts)):
            finding = _missing_verb(tt, k, n, words[i + 2] if i + 2 <= last else None,
                                    words[i + 3] if i + 3 <= last else None)
            if finding:
                yield finding
        if verb_on and lower in ("a", "an") and word == lower and i and words[i - 1] in starts:
            finding = _verb_before_article(tt, words[i - 1], k, n)
            if finding:
                yield finding
        if verb_on and lower == "one" and word == "one":
            finding = _verb_before_one_of(tt, words, i, starts, sentence_of)
            if finding:
                yield finding
        if verb_on and lower == "it" and word == "it" and i and i + 1 < last:
            finding = _it_without_verb(tt, words, i, sentence_of)
            if finding:
                yield finding
        if verb_on and lower in PRONOUN_BE and i + 1 < last:
            finding = _pronoun_without_verb(tt, words, i, starts, sentence_of)
            if finding:
                yield finding
        if contraction_on and lower in CONTRACTION_WORDS:
            finding = _contraction(tt, words, i)
            if finding:
                yield finding


def _double(doc: Doc, tt, first: int, second: int) -> Finding:
    text, lower = tt.text, tt.lower
    span = (tt.idx[first], tt.idx[second] + len(text[second]))
    if lower[first] == "an":
        suggestion = f"{text[first]}d {text[second]}"
    else:
        suggestion = text[second] if lower[first] != "the" else text[first]
    return Finding(
        rule=DOUBLE_DETERMINER,
        span=span,
        message=f"\"{doc_text(doc)[span[0]:span[1]]}\" has two articles in a row",
        suggestions=(suggestion,),
        fix=Fix.replace(span[0], span[1], suggestion, Applicability.UNSAFE, f"Write \"{suggestion}\""),
    )


# A word this common (lint.lexicon's counts; "lot" 1.1m, "sad" 85k, "mot"
# 310) written in capitals is as likely emphasis or an acronym said as a word
# as an abbreviation spelled out.
SHOUTED_WORD_FREQUENCY = 10_000


@lru_cache(maxsize=1)
def _sound_prefixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (tuple(resources.lines("grammar/vowel_sound_prefixes.txt")),
            tuple(resources.lines("grammar/consonant_sound_prefixes.txt")))


@lru_cache(maxsize=16384)  # the same few words follow "a" and "an"
def _sound(text: str) -> str | None:
    """'vowel' or 'consonant' for the start of the spoken word, or None."""
    if not text or not text[0].isalpha():
        if text[:1].isdigit():
            return "vowel" if text.startswith(("8", "11", "18")) and not text.startswith(("80", "800")) or \
                text in ("8", "11", "18") or text.startswith(("80", "800")) and len(text) in (2, 3) else "consonant"
        return None
    lower = text.lower()
    if len(text) == 1:
        return "vowel" if text.upper() in VOWEL_LETTER_NAMES else "consonant"
    if text[0].islower() and any(c.isupper() for c in text[1:]):
        return None  # mTOR, iPad: read as letters or brand names
    if text.islower() and len(text) <= 3 and not any(c in "aeiouy" for c in text):
        # "an hs-CRP test": a lower-case abbreviation with no vowel is read as letters.
        return "vowel" if text[0].upper() in VOWEL_LETTER_NAMES else "consonant"
    if text.isupper() and lower not in resources.word_set("grammar/pronounced_acronyms.txt"):
        if len(set(text)) == 1 and len(text) > 1:
            return None  # "a AAA battery" is said "a triple-A battery"
        if len(text) >= 4 and any(c in "AEIOU" for c in text[1:]):
            # Four capitals or more with a vowel inside may be said as a word
            # ("a HIIT workout", "a NICE guideline") or spelled out: no call.
            return None
        letters = "vowel" if text[0] in VOWEL_LETTER_NAMES else "consonant"
        if (len(text) == 3 and lexicon.contains(lower) and lexicon.frequency(lower) >= SHOUTED_WORD_FREQUENCY
                and _sound(lower) != letters):
            return None  # "a LOT of", "a SAD lamp": a common word in capitals may be said as the word
        return letters
    vowel_prefixes, consonant_prefixes = _sound_prefixes()
    if lower.startswith(vowel_prefixes):
        return "vowel"
    if lower.startswith(consonant_prefixes):
        return "consonant"
    if lower.startswith(("herb", "histor", "hotel", "humble")):
        return None
    return "vowel" if lower[0] in "aeiou" else "consonant"


def _article(tt, k: int, n: int) -> Finding | None:
    word, following = tt.text[k], tt.text[n]
    if (not (tt.is_alpha[n] or following[:1].isdigit()) or tt.lower[n] in ("a", "an")
            or tt.lower[n] in resources.word_set("grammar/not_after_article.txt")):
        # "a a" is a repeated word, and "a every" an article that should not
        # be there: "an a", "an every" would be the wrong fix.
        return None
    sound = _sound(following)
    if sound is None:
        return None
    want = "an" if sound == "vowel" else "a"
    if tt.lower[k] == want:
        return None
    replacement = want.capitalize() if word[0].isupper() else want
    start = tt.idx[k]
    return Finding(
        rule=INDEFINITE_ARTICLE,
        span=(start, tt.idx[n] + len(following)),
        message=f"Use \"{want}\" before \"{following}\", which starts with a {sound} sound",
        suggestions=(f"{replacement} {following}",),
        fix=Fix.replace(start, start + len(word), replacement, Applicability.SAFE, f"Use \"{want}\""),
    )


# How much better (log10) "X and Y" must read than "X a Y" under the word
# n-gram model before "an" is taken for a dropped "d" rather than the wrong
# article ("stomach ache an diarrhoea", "red an itchy").
AND_FOR_AN_MARGIN = 2.0
# At the end of a list ("feeling sick, stomach ache an diarrhoea") "and" need
# only read no worse than "a".
AND_FOR_AN_LIST_MARGIN = 0.0
LIST_REACH = 4  # tokens back to the list's comma


def _and_for_an(tt, before: int | None, left: int, k: int, n: int) -> Finding | None:
    # Imported here: spelling's missing-word check imports this module.
    from lint.checks.spelling.rules import REAL_WORD, replacing_finding

    if not (tt.is_alpha[left] and tt.is_alpha[n]):
        return None
    model = context_model.language_model()
    pre, a, b = (tt.lower[before] if before is not None and tt.is_alpha[before] else None), tt.lower[left], tt.lower[n]
    reading = {word: model.log_conditional(pre, a, word) + model.log_conditional(a, word, b) for word in ("and", "a")}
    in_list = "," in tt.text[max(0, left - LIST_REACH):left]
    if reading["and"] - reading["a"] < (AND_FOR_AN_LIST_MARGIN if in_list else AND_FOR_AN_MARGIN):
        return None
    start = tt.idx[k]
    replacement = "And" if tt.text[k][0].isupper() else "and"
    return replacing_finding(REAL_WORD, (start, start + len(tt.text[k])), replacement,
                             f"\"{tt.text[k]}\" is probably \"{replacement}\" here: "
                             f"\"{tt.text[left]} {replacement} {tt.text[n]}\"")


# Sentence openers and the word after them that leave no room for a verb:
# none of these pairs opens a sentence in the 10,997 MedQuAD answers, while
# "There the doctor..." and "It may..." do, so those are not listed.
VERB_FOR_OPENING = {
    ("this", "a"): "is", ("this", "an"): "is", ("this", "the"): "is", ("this", "because"): "is",
    # "This why doctors suggest...": a demonstrative straight before a
    # question word that opens a clause (none in the 1,510 news stories or the
    # MedQuAD answers; "This how-to guide" is a compound, see _missing_verb).
    ("this", "why"): "is", ("this", "how"): "is", ("this", "what"): "is", ("that", "why"): "is",
    ("it", "a"): "is", ("it", "an"): "is", ("it", "the"): "is",
    ("there", "a"): "is", ("there", "an"): "is", ("there", "no"): "is",
    ("these", "the"): "are", ("those", "the"): "are",
}


# "It important to know", "It not known if", "This very important": an
# opening "It" or "This" straight before an adjective that takes a clause, or
# before "not" and a participle, has lost its "is". The word after settles it
# ("It not only lowers..." is English; "It important to" is not).
CLAUSE_AFTER = frozenset({"to", "that", "if", "whether", "for"})
DEGREE_WORDS = frozenset({"very", "so", "too", "especially", "particularly", "extremely", "also"})
NOT_FOLLOWERS = frozenset({"known", "clear", "certain", "possible", "necessary", "recommended", "yet", "always",
                           "usually", "often", "common", "likely", "understood", "contagious", "safe", "a", "an",
                           "the"})


def _adjective_clause(tt, k: int, n: int, after: int | None) -> bool:
    """Whether words n and after read "<adjective> to/that/if", "very
    <adjective>", or "not known/clear/...", after an opening It/This."""
    if tt.lower[k] not in ("it", "this") or after is None:
        return False
    second, third = tt.lower[n], tt.lower[after]
    if second in ADJECTIVES_BEFORE_TO:
        return third in CLAUSE_AFTER
    if second in DEGREE_WORDS:
        return third in ADJECTIVES_BEFORE_TO
    return second == "not" and third in NOT_FOLLOWERS


def _missing_verb(tt, k: int, n: int, after: int | None = None, later: int | None = None) -> Finding | None:
    verb = VERB_FOR_OPENING.get((tt.lower[k], tt.lower[n]))
    if verb is not None and after is not None and tt.text[after] in ("-", "‐", "–") and (
            tt.idx[n] + len(tt.text[n]) == tt.idx[after]):
        return None  # "This how-to guide", "This a-to-z": a compound
    if verb is None and _adjective_clause(tt, k, n, after):
        verb = "is"
    if verb is None and tt.lower[k] in BE_FOR_SUBJECT and _passive_opening(
            BE_FOR_SUBJECT[tt.lower[k]], tt.text[n],
            tt.lower[after] if after is not None and tt.is_alpha[after] else None,
            tt.lower[later] if later is not None and tt.is_alpha[later] else None):
        verb = BE_FOR_SUBJECT[tt.lower[k]]
    if verb is None:
        return None
    return _missing_verb_finding(tt, k, n, verb)


def _missing_verb_finding(tt, k: int, n: int, verb: str) -> Finding:
    """The verb inserted between tokens k and n ("It important" -> "It is important")."""
    word, nxt = tt.text[k], tt.text[n]
    start = tt.idx[k]
    return Finding(
        rule=MISSING_VERB,
        span=(start, tt.idx[n] + len(nxt)),
        message=f"\"{word} {nxt}\" seems to be missing a verb",
        suggestions=(f"{word} {verb} {nxt}",),
        fix=Fix.replace(start + len(word), start + len(word), f" {verb}",
                        Applicability.UNSAFE, f"Insert \"{verb}\""),
    )


# "Soluble fiber one of the simplest changes": a sentence that opens with a
# short noun phrase (MAX_SUBJECT_WORDS words or fewer, no punctuation) and
# goes straight on to "one of" has lost its "is". The word before "one" must
# never be seen before it, in health writing or in general English (symspellpy's
# pairs): every verb, preposition and determiner that takes "one" is ("is
# one", "in one", "only one", "take one"); and health writing must have it
# before "is" or "are" (the verb suggested), as the head of a subject.
MAX_SUBJECT_WORDS = 4


def _verb_before_one_of(tt, words: list[int], i: int, starts, sentence_of) -> Finding | None:
    if i < 2 or i + 1 >= len(words) or tt.lower[words[i + 1]] != "of":
        return None
    k, before = words[i], words[i - 1]
    if (not tt.is_alpha[before] or not tt.text[before].islower()
            or tt.idx[before] + len(tt.text[before]) + 1 != tt.idx[k]):
        return None
    # Back to the sentence's start: words only, the first capitalised.
    j = i - 1
    while j >= 0 and words[j] not in starts:
        j -= 1
    if j < 0 or i - j > MAX_SUBJECT_WORDS or sentence_of[words[j]] != sentence_of[k]:
        return None
    opening = [words[m] for m in range(j, i)]
    if not all(tt.is_alpha[m] for m in opening) or not tt.text[opening[0]][:1].isupper():
        return None
    if any(tt.lower[m] in OPENERS_NOT_SUBJECTS for m in opening):
        return None
    model = context_model.language_model()
    pair = f"{tt.lower[before]} one"
    if model.health_pairs.get(pair) or model.general_pairs.get(pair):
        return None
    # And it must head a subject in health writing: seen before "is" or "are"
    # ("fiber is"), which a verb ("Doctors chose one of") never is.
    verb = "is" if model.health_pairs.get(f"{tt.lower[before]} is") else (
        "are" if model.health_pairs.get(f"{tt.lower[before]} are") else None)
    if verb is None:
        return None
    start = tt.idx[k]
    previous = tt.text[before]
    return Finding(
        rule=MISSING_VERB,
        span=(tt.idx[before], start + 3),
        message=f"\"{previous} one of\" seems to be missing a verb",
        suggestions=(f"{previous} {verb} one",),
        fix=Fix.replace(start, start, f"{verb} ", Applicability.UNSAFE, f"Insert \"{verb}\""),
    )


# "Tinnitus a symptom of ...", "Gout a form of arthritis": a sentence that
# opens with a noun and goes straight on to "a" or "an" has lost its "is".
# The noun must head subjects in health writing (MedQuAD's pairs have
# "tinnitus is") and never go before "a" there, and general English
# (symspellpy's pairs) must put it before "a" less than A_OVER_IS as often
# as before "is": so "Exercise a little", "Smoking a pipe", "Once a day"
# and "In a study" stay.
A_OVER_IS = 0.05


def _verb_before_article(tt, first: int, article: int, after: int) -> Finding | None:
    word = tt.text[first]
    lower = tt.lower[first]
    # The noun phrase goes on in lower case: "Glaucoma a 'Vision Thief'" is a headline.
    if (not tt.is_alpha[after] or not tt.text[after].islower() or not tt.is_alpha[first] or not word[:1].isupper() or not word[1:].islower() or lower in OPENERS_NOT_SUBJECTS
            or lower in resources.word_set("grammar/function_words.txt") or lower.endswith(("ing", "ed", "ly"))
            or tt.idx[first] + len(word) + 1 != tt.idx[article]):
        return None
    model = context_model.language_model()
    health, general = model.health_pairs, model.general_pairs
    if health.get(f"{lower} is", 0) < 2 or health.get(f"{lower} a") or health.get(f"{lower} an"):
        return None
    if general.get(f"{lower} a", 0) + general.get(f"{lower} an", 0) > A_OVER_IS * general.get(f"{lower} is", 0):
        return None
    start, nxt = tt.idx[first], tt.text[article]
    return Finding(
        rule=MISSING_VERB,
        span=(start, tt.idx[article] + len(nxt)),
        message=f"\"{word} {nxt}\" seems to be missing a verb",
        suggestions=(f"{word} is {nxt}",),
        fix=Fix.replace(start + len(word), start + len(word), " is", Applicability.UNSAFE, "Insert \"is\""),
    )


# A sentence opening with one of these is no bare subject ("In one of", "Only one of").
OPENERS_NOT_SUBJECTS = frozenset({"in", "of", "for", "with", "at", "on", "by", "from", "to", "only", "just", "each",
                                  "every", "any", "no", "not", "as", "than", "and", "or", "but", "if", "when"})


# "It called", "This done to", "It inherited in", "It also called": an
# opening "It" or "This" straight before a participle that health writing
# puts after "is" (MedQuAD's pair counts: "is called" 442 times, "it called"
# and "this called" never) has lost its "is". A participle needs MIN_IS_USES
# uses after "is", none after "it" or "this" in health writing, and in
# general English (symspellpy's pairs) "is X" must outnumber "it X" by
# IS_OVER_IT ("It said" 3 to 1, "It made up" 9 to 1 are English; at 5 the
# benchmark's tune half found 4 more dropped verbs of 82); no adverb or
# function word counts as a participle ("It not only"); the word
# after it must follow "is X" in health writing too ("is caused by"), so an
# active verb with an object ("It caused a rash") stays. After an adverb
# that follows "it" ("It also"), the word after it must be a participle by
# the stricter ADVERB_IS_OVER_IT ("It also called"; "It also caused" is
# English). A participle followed by "by" (the agent of a passive: "It
# usually caused by") needs only to follow "is" more often than "it" in
# general English. "It used to" is the past habitual, never questioned. The same
# holds for "They" with "are" ("They also known as"); not for "These" and
# "Those", which head a participle phrase ("Those working on these tests
# see...", a false alarm on the news tune half).
MIN_IS_USES = 20
IS_OVER_IT = 10
ADVERB_IS_OVER_IT = 20
HABITUAL = ("used", "to")
# A particle after the verb makes an active phrasal verb ("It called for more
# research", "They passed on"), whatever health writing puts after "is".
PARTICLES = frozenset({"for", "on", "off", "out", "up", "back", "over", "upon", "away", "down"})
BE_FOR_SUBJECT = {"it": "is", "this": "is", "they": "are"}
SUBJECTS_OF = {"is": ("it", "this"), "are": ("they",)}


def _takes_be(verb: str, word: str, ratio: float) -> bool:
    model = context_model.language_model()
    health, general = model.health_pairs, model.general_pairs
    subjects = SUBJECTS_OF[verb]
    return (health.get(f"{verb} {word}", 0) >= MIN_IS_USES and not any(health.get(f"{s} {word}") for s in subjects)
            and general.get(f"{verb} {word}", 0) >= ratio * general.get(f"{subjects[0]} {word}", 0))


def _passive_opening(verb: str, second: str, third: str | None, fourth: str | None) -> bool:
    """Whether an opening "It"/"This" ("They"/"These"/"Those") followed by
    these words has lost its "is" ("are")."""
    if not second.isalpha() or not second.islower() or third is None:
        return False
    triples = context_model.language_model().health_triples
    # An adverb or function word is no participle ("It not only", "It now seems").
    adverb = second.endswith("ly") or second in resources.word_set("grammar/function_words.txt")
    if not adverb and (_takes_be(verb, second, IS_OVER_IT) or (third == "by" and _takes_be(verb, second, 1.0))):
        return ((second, third) != HABITUAL and third not in PARTICLES
                and f"{verb} {second} {third}" in triples)
    health = context_model.language_model().health_pairs
    return (adverb and fourth is not None and any(health.get(f"{s} {second}") for s in SUBJECTS_OF[verb])
            and (_takes_be(verb, third, ADVERB_IS_OVER_IT) or (fourth == "by" and _takes_be(verb, third, 1.0)))
            and f"{verb} {second} {third}" in triples)


# "If you are pregnant, you entitled to a free jab": a subject pronoun that
# opens a clause (after the sentence's start, a comma or a conjunction) and
# goes straight on to a word that English puts after "is"/"are" and never
# after the pronoun, and never after "have" or "to" (so no verb: "they
# enrolled", "we aimed to" stay), then "to", a preposition or the clause's
# end. A word ending in -ed must be far commoner than its verb's base form
# (ENTITLED_BASE_SHARE: "entitled" 0.02, "enrolled" 0.11, "required" 0.34),
# else it is likelier a past tense ("they controlled for age"); any other
# word must be its own lemma (an adjective such as "able", "eligible").
PRONOUN_BE = {"you": "are", "we": "are", "they": "are", "he": "is", "she": "is"}
CLAUSE_OPENERS = frozenset({",", ";", "if", "when", "because", "and", "but", "so", "that", "unless", "until",
                            "while", "where", "although", "though", "since", "or"})
AFTER_PREDICATE = frozenset({"to", "by", "for", "with", "in", "about", "of", "that", "from", "at", "on"})
BE_OVER_VERB = 10
ENTITLED_BASE_SHARE = 0.05


def _pronoun_without_verb(tt, words: list[int], i: int, starts, sentence_of) -> Finding | None:
    k, n, after = words[i], words[i + 1], words[i + 2]
    if sentence_of[n] != sentence_of[k] or not tt.is_alpha[n] or not tt.text[n].islower():
        return None
    if k not in starts and (i == 0 or tt.lower[words[i - 1]] not in CLAUSE_OPENERS):
        return None
    pronoun, word = tt.lower[k], tt.lower[n]
    if not (tt.lower[after] in AFTER_PREDICATE or tt.text[after] in (".", ",", ";")) or word.endswith("ly"):
        return None
    if word in resources.word_set("grammar/function_words.txt") or not _unseen(pronoun, word):
        return None
    model = context_model.language_model()
    general, counts = model.general_pairs, model.general_words
    verb = PRONOUN_BE[pronoun]
    be = general.get(f"{verb} {word}", 0)
    active = sum(general.get(f"{v} {word}", 0) for v in ("have", "has", "had", "to"))
    if not be or be < BE_OVER_VERB * active:
        return None
    base = lemma_table().get(word, word)
    if word.endswith("ed"):
        if counts.get(base, 0) > ENTITLED_BASE_SHARE * counts.get(word, 1):
            return None
    elif base != word:
        return None
    return _missing_verb_finding(tt, k, n, verb)


# "and it nothing to be embarrassed about", "because it a sign of": "it"
# opening a clause after a conjunction (IT_OPENERS) and going straight on to
# an article, "nothing" or "one of" has lost its "is", as an opening "It a"
# has (VERB_FOR_OPENING). After a verb or preposition "it" is an object
# ("making it a useful", "give it a try"), so only these openers count; none
# is followed by "it a", "it the" or "it nothing" in the 1,510 news stories
# or MedQuAD answers 0-2999.
IT_OPENERS = frozenset({"and", "but", "because", "although", "though", "if", "when", "since", "unless", "while",
                        "whether", "so"})
IT_FOLLOWERS = frozenset({"a", "an", "the", "nothing"})


def _it_without_verb(tt, words: list[int], i: int, sentence_of) -> Finding | None:
    before, k, n, after = words[i - 1], words[i], words[i + 1], words[i + 2]
    if sentence_of[before] != sentence_of[k] or sentence_of[n] != sentence_of[k] or tt.lower[before] not in IT_OPENERS:
        return None
    nxt = tt.text[n]
    if not (nxt in IT_FOLLOWERS or (nxt == "one" and tt.lower[after] == "of" and sentence_of[after] == sentence_of[k])):
        return None
    if nxt in ("a", "an") and sentence_of[after] == sentence_of[k] and tt.text[after] in ("-", "‐", "–"):
        return None
    return _missing_verb_finding(tt, k, n, "is")


# Nouns that are adverbs too ("you're back in range", "once you're back home"):
# before a preposition, an adverb or a clause's end they say "you are".
ADVERB_NOUNS = frozenset({"back"})
AFTER_ADVERB = frozenset({"in", "on", "at", "to", "home", "from", "into", "with", "up", "out", "again", "soon",
                          "now", "here", "there", "and", ",", ".", "!", "?", ";", ":"})


def _contraction(tt, words: list[int], i: int) -> Finding | None:
    text, lower_of, idx = tt.text, tt.lower, tt.idx
    k = words[i]
    lower, word = lower_of[k], text[k]
    # spaCy splits "it's" into "it" + "'s" and "you're" into "you" + "'re".
    if lower in ("it", "you") and i + 2 < len(words) and text[words[i + 1]] in ("'s", "’s", "'re", "’re"):
        apostrophe, nxt = words[i + 1], words[i + 2]
        if idx[apostrophe] != idx[k] + len(word):
            return None
        if lower == "it" and lower_of[nxt] == "own":
            wrong, right = word + text[apostrophe], word + "s"
        elif lower == "you" and lower_of[nxt] in resources.word_set("grammar/nouns_after_your.txt") and not (
                lower_of[nxt] in ADVERB_NOUNS and (i + 3 >= len(words) or lower_of[words[i + 3]] in AFTER_ADVERB)):
            wrong, right = word + text[apostrophe], word + "r"
        else:
            return None
        start, end = idx[k], idx[apostrophe] + len(text[apostrophe])
    elif lower == "they" and i + 2 < len(words) and text[words[i + 1]] in ("'re", "’re"):
        apostrophe, nxt = words[i + 1], words[i + 2]
        if idx[apostrophe] != idx[k] + len(word) or lower_of[nxt] not in VERBS_AFTER_THERE:
            return None
        wrong, right = word + text[apostrophe], word[:1] + "here"
        start, end = idx[k], idx[apostrophe] + len(text[apostrophe])
    elif lower in CONTRACTED_FORMS and i + 1 < len(words):
        nxt = words[i + 1]
        followers = (resources.word_set("grammar/after_its_means_it_is.txt") if lower == "its"
                     else resources.word_set("grammar/after_your_means_you_are.txt") if lower == "your"
                     else frozenset())
        after = lower_of[words[i + 2]] if i + 2 < len(words) else ""
        adjective_clause = lower == "its" and lower_of[nxt] in ADJECTIVES_BEFORE_TO and after in ("to", "that")
        if lower_of[nxt] not in followers and not adjective_clause and not _opens_no_noun_phrase(tt, words, i):
            return None
        wrong = word
        right = word[:1] + CONTRACTED_FORMS[lower][1:]
        start, end = idx[k], idx[k] + len(word)
    else:
        return None
    following = text[nxt]
    return Finding(
        rule=CONTRACTION_CONFUSION,
        span=(start, idx[nxt] + len(following)),
        message=f"\"{wrong} {following}\" should be \"{right} {following}\"",
        suggestions=(f"{right} {following}",),
        fix=Fix.replace(start, end, right, Applicability.SAFE, f"Write \"{right}\""),
    )


def _opens_no_noun_phrase(tt, words: list[int], i: int) -> bool:
    """Whether the word after the possessive at words[i] cannot open the noun
    phrase a possessive needs: a preposition, or an adjective and nothing
    else (WordNet's lists; no comparative or superlative: "to its fullest")
    that ends its phrase (see PHRASE_END_AFTER_ADJECTIVE). A word joined by a
    hyphen is part of a compound ("your in-laws"), and a capitalised one a name."""
    text, lower_of, idx = tt.text, tt.lower, tt.idx
    nxt = words[i + 1]
    word = text[nxt]
    if not word.isalpha() or not word.islower() or idx[nxt] != idx[words[i]] + len(text[words[i]]) + 1:
        return False
    after = words[i + 2] if i + 2 < len(words) else None
    if after is not None and text[after] in ("-", "‐", "–") and idx[after] == idx[nxt] + len(word):
        return False
    if word in PREPOSITIONS_AFTER_CONTRACTION:
        # Not a Latin phrase or "as yet" used as an adjective ("their in vitro
        # results", "its as yet unknown cause").
        return (after is not None and text[after].isalpha()
                and (word, lower_of[after]) not in PREPOSITION_PHRASES_AS_ADJECTIVES)
    j = i + 1
    if word in DEGREE_BEFORE_ADJECTIVE and after is not None and text[after].islower():
        j, word = i + 2, text[after]  # "if your also allergic to"
        after = words[j + 1] if j + 1 < len(words) else None
    if after is None or lower_of[after] not in PHRASE_END_AFTER_ADJECTIVE or not _adjective_only(word):
        return False
    if text[after] == ",":
        # A clause goes on after the comma ("if your pregnant, ask"), not a
        # list of adjectives ("your dry, itchy skin").
        beyond = words[j + 2] if j + 2 < len(words) else None
        return beyond is not None and text[beyond].isalpha() and (
            lower_of[beyond] in CLAUSE_AFTER_COMMA or word_class.classes(lower_of[beyond]) == {"verb"})
    return True


def _adjective_only(word: str) -> bool:
    """An adjective's base form that WordNet lists as nothing else."""
    return word_class.only_adjective(word) and word in word_class.adjectives()


# -- grammar/missing-article: a dropped "a" where the noun cannot stand bare --
#
# On real health news a dropped word is rare and a bare noun phrase common
# ("reduces production of", "on autopsy", "at week 12"), so only nouns that
# English never leaves bare in these places are questioned: a time unit after
# a preposition ("within year or two") or after an amount of something ("150
# minutes week", "three times day"), "few" after such an amount ("10 minutes
# few times"), and a singular count noun after "speak to", "talk to"
# ("Speak to pharmacist or your GP") or after "see", "ask", "call" ("see
# doctor"). In each the two words must never be
# seen together, in health writing or in general English (symspellpy's
# pairs), and the noun must end its phrase: a number or another content word
# after it makes a label ("at week 12") or a compound ("within year-end").
TIME_NOUNS = frozenset({"day", "week", "month", "year", "fortnight", "hour", "decade"})
TIME_PREPOSITIONS = frozenset({"within", "for", "after", "in", "over", "during", "about", "under", "than", "before"})
AMOUNT_ADVERBS = frozenset({"once", "twice"})
AMOUNT_WORDS = frozenset({"few", "several", "many", "some"})
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred"})
TALK_VERBS = frozenset({"speak", "speaks", "speaking", "spoke", "talk", "talks", "talking", "talked"})
# What a noun that ends its phrase may be followed by.
PHRASE_END_WORDS = frozenset({"and", "or", "but", "if", "when", "before", "after", "about", "as", "so", "because",
                              "to", "of", "for", "with", "in", "on", "at", "from", "by", "until", "unless",
                              "who", "which", "that", "is", "are", "was", "were", "will", "can", "may", "first",
                              "even", "then", "or", "while"})
# A singular count noun (see _count_noun): the determiners that go before
# it, and the prepositions that take bare nouns ("in hospital", "to work").
COUNT_DETERMINERS = ("a", "an", "the", "your", "his", "her", "their", "my", "our", "this", "that", "each",
                     "every", "one", "any", "no", "another", "its")
BARE_PREPOSITIONS = ("to", "within", "for", "with", "from", "into", "after", "before", "about", "like", "without",
                     "at", "on", "in", "by", "of", "under", "over", "through", "during", "against")
# General English: at least COUNT_DETERMINED of a noun's uses (pair counts
# over GENERAL_PAIR_SCALE times its own) straight after a determiner, and
# straight after a preposition under BARE_SHARE of that; health writing, where
# it uses the noun MIN_HEALTH_USES times or more, the same with
# HEALTH_DETERMINED. So "pharmacist", "doctor", "dentist" are count nouns and
# "work", "hospital", "school", "stroke", "headache" are not.
COUNT_DETERMINED = 0.3
HEALTH_DETERMINED = 0.5
BARE_SHARE = 0.1
MIN_HEALTH_USES = 30
MIN_GENERAL_USES = 100_000
PLURAL_SHARE = 0.05
# Verbs whose object is a person or thing seen or asked ("see doctor", "ask
# pharmacist", "call ambulance"): the count noun straight after them.
SEEING_VERBS = frozenset({"see", "ask", "consult", "contact", "call", "phone", "visit"})
# "before operation", "IBS is long-term condition": a singular noun that
# health writing nearly always writes after a determiner (HEALTH_COUNT_DETERMINED
# of its uses, MIN_HEALTH_COUNT_USES uses or more in MedQuAD, bare after a
# preposition under BARE_SHARE of that, its plural in use) left bare after
# "before", "after", "during" or "without", where neither source has the
# pair, or after "is"/"was" (or "be", "been", "become": the same copula) and
# one modifier; the noun must end its phrase. The other copulas add nothing on
# the 1,510 news stories or MedQuAD answers 0-2999.
BARE_NOUN_PREPOSITIONS = frozenset({"before", "after", "during", "without"})
BARE_NOUN_VERBS = frozenset({"is", "was", "been", "be", "become", "becomes", "became"})
HEALTH_COUNT_DETERMINED = 0.6
MIN_HEALTH_COUNT_USES = 20
# Modifiers that take no article themselves ("is little sign", "is more risk").
QUANTIFIERS = frozenset({"little", "much", "more", "less", "enough", "plenty", "not", "also", "still", "often",
                         "usually", "now", "then", "only", "just", "even", "always", "never", "most", "least",
                         "same", "such", "what", "whose", "which"})
ARTICLE_TRIGGERS = TIME_NOUNS | SEEING_VERBS | BARE_NOUN_PREPOSITIONS | BARE_NOUN_VERBS | {"few", "to", "couple"}
# "within few months", "after couple of days": "few" or "couple" after a
# preposition that neither general English nor health writing ever puts
# before it ("in few cases" and "for few" are English: "not many").
QUANTITY_PREPOSITIONS = frozenset({"within", "after", "over", "about", "before", "during", "until", "for", "in",
                                   "under", "from", "at", "on", "into", "by", "than", "like"})


def _is_number(text: str) -> bool:
    return text[:1].isdigit() or text.lower() in NUMBER_WORDS


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


@lru_cache(maxsize=4096)
def _count_noun(noun: str) -> bool:
    """Whether English nearly always puts a determiner before the singular
    noun and never leaves it bare after a preposition, and uses its plural."""
    model = context_model.language_model()
    words, pairs = model.general_words, model.general_pairs
    uses = words.get(noun, 0)
    if uses < MIN_GENERAL_USES or words.get(_plural(noun), 0) < PLURAL_SHARE * uses:
        return False
    scale = context_model.GENERAL_PAIR_SCALE * uses
    determined = sum(pairs.get(f"{d} {noun}", 0) for d in COUNT_DETERMINERS) / scale
    bare = sum(pairs.get(f"{p} {noun}", 0) for p in BARE_PREPOSITIONS) / scale
    if determined < COUNT_DETERMINED or bare > BARE_SHARE * determined:
        return False
    health_uses = model.health_words.get(noun, 0)
    if health_uses >= MIN_HEALTH_USES:
        health = model.health_pairs
        determined = sum(health.get(f"{d} {noun}", 0) for d in COUNT_DETERMINERS) / health_uses
        bare = sum(health.get(f"{p} {noun}", 0) for p in BARE_PREPOSITIONS) / health_uses
        if determined < HEALTH_DETERMINED or bare > BARE_SHARE * determined:
            return False
    return True


@lru_cache(maxsize=4096)
def _health_count_noun(noun: str) -> bool:
    """Whether health writing nearly always puts a determiner before the
    singular noun (see HEALTH_COUNT_DETERMINED) and uses its plural."""
    model = context_model.language_model()
    uses = model.health_words.get(noun, 0)
    if uses < MIN_HEALTH_COUNT_USES or model.health_words.get(_plural(noun), 0) < PLURAL_SHARE * uses:
        return False
    health = model.health_pairs
    determined = sum(health.get(f"{d} {noun}", 0) for d in COUNT_DETERMINERS) / uses
    bare = sum(health.get(f"{p} {noun}", 0) for p in BARE_PREPOSITIONS) / uses
    return determined >= HEALTH_COUNT_DETERMINED and bare <= BARE_SHARE * determined


def _bare_noun(tt, words, i, sentence_of, last) -> Finding | None:
    """"before operation", "is long-term condition" (see BARE_NOUN_PREPOSITIONS)."""
    text, lower = tt.text, tt.lower
    k = words[i]
    if not text[k].islower():
        return None

    def word(j):
        return words[j] if j <= last and sentence_of[words[j]] == sentence_of[k] else None

    first, second, third = word(i + 1), word(i + 2), word(i + 3)
    if first is None or not tt.is_alpha[first] or not text[first].islower():
        return None
    if lower[k] in BARE_NOUN_PREPOSITIONS:
        noun, after = first, second
        if i and lower[words[i - 1]] == lower[noun]:
            return None  # "study after study", "day after day"
        if not _ends_phrase(tt, noun, after) or not _unseen(lower[k], lower[noun]):
            return None
        insert_at = first
    else:
        # "is" + one modifier + the noun ("is long-term condition", "is rare condition").
        if second is not None and text[second] in ("-", "‐") and third is not None and tt.is_alpha[third]:
            # A hyphenated modifier: "long-term".
            second, third = word(i + 4), word(i + 5)
        if second is None or not tt.is_alpha[second] or not text[second].islower():
            return None
        modifier = lower[first]
        if (modifier in QUANTIFIERS or modifier in COUNT_DETERMINERS or modifier in POSSESSIVES
                or modifier.endswith("ly") or modifier in resources.word_set("grammar/function_words.txt")):
            return None
        noun, after = second, third
        if after is not None and lower[after] == "to" or not _ends_phrase(tt, noun, after):
            return None  # "is reason to", "is good news to"
        insert_at = first
    if not _health_count_noun(lower[noun]):
        return None
    return _article_finding(tt, k, insert_at, "an" if _sound(text[insert_at]) == "vowel" else "a", noun)


def _span_text(tt, first: int, end: int) -> str:
    """The text of tokens first..end-1 with their spacing."""
    out = []
    for t in range(first, end):
        out.append(tt.text[t])
        if t + 1 < end and tt.idx[t] + len(tt.text[t]) < tt.idx[t + 1]:
            out.append(" ")
    return "".join(out)


def _unseen(a: str, b: str) -> bool:
    return f"{a} {b}" not in context_model.seen_pairs()


# The end of a sentence of prose; a line without one is a headline, which
# drops articles by design, unless it is a list item or a table cell.
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "\"", "”", "'", "’", ")"})
UNPUNCTUATED_BLOCKS = frozenset({"list_item", "table_cell"})


def _prose_sentences(doc: Doc, tt, sentence_of):
    """A test of token k: whether its sentence reads as prose (see SENTENCE_ENDS)."""
    verdicts: dict[int, bool] = {}
    segments = doc_segments(doc)

    def prose(k: int) -> bool:
        number = sentence_of[k]
        verdict = verdicts.get(number)
        if verdict is None:
            start, end = tt.sentences[number]
            last = end - 1
            while last > start and tt.is_space[last]:
                last -= 1
            verdict = tt.text[last] in SENTENCE_ENDS or tt.text[last][-1:] in SENTENCE_ENDS
            if not verdict:
                at = tt.idx[k]
                verdict = any(s.start <= at < s.end and s.kind in UNPUNCTUATED_BLOCKS for s in segments)
            verdicts[number] = verdict
        return verdict

    return prose


def _article_sites(tt, words: list[int], starts, sentence_of, prose_end) -> Iterator[Finding]:
    text, lower = tt.text, tt.lower
    last = len(words) - 1
    for i in compress(range(last + 1), map(ARTICLE_TRIGGERS.__contains__, map(lower.__getitem__, words))):
        k = words[i]
        if not prose_end(k):
            continue
        trigger, noun = lower[k], text[k]
        if trigger in BARE_NOUN_PREPOSITIONS or trigger in BARE_NOUN_VERBS:
            finding = _bare_noun(tt, words, i, sentence_of, last)
            if finding:
                yield finding
            continue
        after = words[i + 1] if i < last and sentence_of[words[i + 1]] == sentence_of[k] else None
        if trigger == "to" or trigger in SEEING_VERBS:
            # "Speak to pharmacist or your GP", "See doctor": the noun is the trigger's next word.
            if after is None or not text[after].islower() or not tt.is_alpha[after] or (
                    trigger == "to" and (i == 0 or lower[words[i - 1]] not in TALK_VERBS)):
                continue
            if trigger != "to" and ((i and text[words[i - 1]] in ("(", "[")) or (
                    i + 2 <= last and lower[words[i + 2]] == "of")):
                continue  # a cross-reference: "(See conclusion of study)"
            later = words[i + 2] if i + 1 < last and sentence_of[words[i + 2]] == sentence_of[k] else None
            if (not _ends_phrase(tt, after, later) or not _unseen(trigger, lower[after])
                    or not _count_noun(lower[after])):
                continue
            yield _article_finding(tt, k, after, "an" if _sound(text[after]) == "vowel" else "a")
            continue
        if i == 0:
            continue
        left = words[i - 1]
        if not noun.islower() or sentence_of[left] != sentence_of[k] or not tt.is_alpha[left]:
            continue
        before = words[i - 2] if i >= 2 and sentence_of[words[i - 2]] == sentence_of[k] else None
        if (noun not in ("few", "couple") and not _ends_phrase(tt, k, after)) or not _unseen(lower[left], noun):
            continue
        written = text[left]
        amount = before is not None and (_is_number(text[before]) or lower[before] in AMOUNT_WORDS)
        if noun in ("few", "couple") and written in QUANTITY_PREPOSITIONS and after is not None and (
                text[after] == "of" if noun == "couple" else (text[after].islower() and text[after].endswith("s"))):
            # "within few months", "after couple of days"; "within few" is no label or compound.
            yield _article_finding(tt, left, k, "a")
            continue
        if noun == "couple":
            continue
        if noun == "few":
            # "10 minutes few times": "a few" after an amount of a plural unit.
            if (after is None or not text[after].islower() or not text[after].endswith("s")
                    or not written.islower() or not written.endswith("s") or before is None
                    or not _is_number(text[before])):
                continue
        elif written in TIME_PREPOSITIONS:
            if before is not None and lower[before] == noun:
                continue  # "year over year", "day after day"
        elif not (written in AMOUNT_ADVERBS or (written.islower() and written.endswith("s") and amount)):
            continue
        yield _article_finding(tt, left, k, "an" if noun == "hour" else "a")


def _ends_phrase(tt, k: int, after: int | None) -> bool:
    """Whether the noun at k ends its noun phrase: punctuation (no hyphen or
    slash), the sentence's end or a function word after it."""
    if after is None:
        return True
    following = tt.text[after]
    if tt.is_alpha[after]:
        return tt.lower[after] in PHRASE_END_WORDS and following.islower()
    if following[:1].isdigit() or following in ("-", "–", "/", "'s", "’s", "%"):
        return False
    return tt.idx[k] + len(tt.text[k]) == tt.idx[after] or following in ("(",)


def _article_finding(tt, left: int, noun: int, article: str, last: int | None = None) -> Finding:
    """The article inserted before token ``noun``; the span runs from ``left``
    to ``last`` (default ``noun``)."""
    last = noun if last is None else last
    start, end = tt.idx[left], tt.idx[last] + len(tt.text[last])
    written, word = _span_text(tt, left, noun), _span_text(tt, noun, last + 1)
    meant = f"{written} {article} {word}"
    return Finding(
        rule=MISSING_ARTICLE,
        span=(start, end),
        message=f"\"{written} {word}\" seems to be missing \"{article}\": \"{meant}\"",
        suggestions=(meant,),
        fix=Fix.replace(tt.idx[noun], tt.idx[noun], f"{article} ", Applicability.UNSAFE, f"Insert \"{article}\""),
    )


# -- grammar/fixed-phrase: a word written without the partner it almost never lacks --
#
# "least" before an amount takes "at" ("for least 10 minutes"): the word
# before it must be one neither general English nor health writing puts
# before "least" ("the least", "not least" and "very least" are English).
# "according", "regardless", "irrespective" and "prior" before a determiner
# take "to" or "of" ("according the CDC", "prior the operation"): general
# English writes the word with its partner at least BOUND_RATIO times as
# often as with the determiner, and health writing never with the
# determiner. On the 1,510 news stories and MedQuAD answers 0-2999 the two
# uses of "according the" were both slips.
BOUND_AFTER = {"according": "to", "regardless": "of", "irrespective": "of", "prior": "to"}
BOUND_RATIO = 100.0
PHRASE_DETERMINERS = frozenset({"the", "a", "an", "your", "their", "his", "her", "its", "our", "my", "this", "these",
                                "those"})
AMOUNT_STARTS = frozenset({"a", "an", "once", "twice", "half", "one", "two", "three", "four", "five", "six", "seven",
                           "eight", "nine", "ten", "twelve", "twenty", "thirty", "forty", "fifty", "several"})
# "tears often as they need", "soon as possible": an "as ... as" comparison
# with its first "as" dropped, before what ends such a comparison
# (COMPARISON_ENDS). In the 1,510 news stories and MedQuAD answers 0-2999
# "often", "soon" and "far" before "as" and one of these words always
# follow "as" or "so" ("much as we", "quickly as he" are other uses).
BOUND_BEFORE = {"least": "at", "often": "as", "soon": "as", "far": "as"}
COMPARISON_ENDS = frozenset({"possible", "needed", "necessary", "directed", "required", "prescribed", "recommended",
                             "you", "they", "we", "he", "she", "i", "it"})
FIXED_TRIGGERS = frozenset(BOUND_AFTER) | frozenset(BOUND_BEFORE)
# "Use drops for three five days": two small numbers in words, the first the
# smaller, side by side before a word (not a hyphen: "two three-hour
# sessions") are a range with its "to" dropped. Neither the news stories nor
# the MedQuAD answers have two such numbers together.
SMALL_NUMBERS = {word: n for n, word in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), 1)}
# "if the pain lasts more five hours", "adults aged more 60 years": a
# comparative straight before an amount (a number and a plural unit, or
# "percent") has lost its "than". Not after a determiner or a number ("the
# lower two thirds", "two more five-day courses": the hyphen makes a
# compound), nor before a word that makes the amount a point in time
# ("lower two hours after the meal"). In the 1,510 news stories and MedQuAD
# answers 0-2999 no comparative stands before such an amount; MedQuAD's
# later answers have the one slip quoted above.
THAN_COMPARATIVES = frozenset({"more", "less", "fewer", "longer", "shorter", "older", "younger", "greater", "higher",
                               "lower", "larger", "smaller", "bigger", "heavier", "lighter"})
THAN_BLOCKERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "your",
                           "our", "my", "one", "any", "some", "no", "each", "every", "much", "many", "far", "even",
                           "once", "twice", "and", "or"})
# "people aged 30 and 50": an age's range "N and M" (N < M) needs "between"
# before it; without it, and with no "between" earlier in the sentence (which
# a second range may share: "between ages 9 and 13 for one group and ages 11
# and 15 for the other"), the "between" was dropped. In the 1,510 news stories and
# MedQuAD answers 0-2999 and 5000-10996 every other "ages N and M" follows
# "between".
# Two ages close together may be two ages, not a range ("aged 5 and 6"), and
# so are ages in apposition ("her sons, aged 7 and 11,").
AGE_WORDS = frozenset({"aged", "ages", "age"})
MIN_AGE_SPAN = 3
POINT_IN_TIME = frozenset({"after", "before", "later", "earlier", "ago", "apart", "from", "of", "into", "since",
                           "old"})


def _fixed_phrases(tt, words: list[int], sentence_of) -> Iterator[Finding]:
    text, lower = tt.text, tt.lower
    last = len(words) - 1
    model = context_model.language_model()
    for i in compress(range(last - 1), map(SMALL_NUMBERS.__contains__, map(lower.__getitem__, words[:last - 1]))):
        k, n, after = words[i], words[i + 1], words[i + 2]
        if (lower[n] not in SMALL_NUMBERS or SMALL_NUMBERS[lower[n]] <= SMALL_NUMBERS[lower[k]]
                or not text[n].islower() or sentence_of[after] != sentence_of[k] or not tt.is_alpha[after]
                or tt.idx[k] + len(text[k]) + 1 != tt.idx[n] or tt.idx[n] + len(text[n]) + 1 != tt.idx[after]):
            continue
        meant = f"{text[k]} to {text[n]}"
        yield Finding(
            rule=FIXED_PHRASE,
            span=(tt.idx[k], tt.idx[n] + len(text[n])),
            message=f"\"to\" seems to be missing: \"{meant}\" (a range)",
            suggestions=(meant,),
            fix=Fix.replace(tt.idx[n], tt.idx[n], "to ", Applicability.UNSAFE, "Insert \"to\""),
        )
    for i in compress(range(last - 2), map(AGE_WORDS.__contains__, map(lower.__getitem__, words[:last - 2]))):
        finding = _between_dropped(tt, words, i, sentence_of)
        if finding:
            yield finding
    for i in compress(range(1, last - 1), map(THAN_COMPARATIVES.__contains__,
                                              map(lower.__getitem__, words[1:last - 1]))):
        finding = _than_dropped(tt, words, i, sentence_of)
        if finding:
            yield finding
    for i in compress(range(last), map(FIXED_TRIGGERS.__contains__, map(lower.__getitem__, words[:last]))):
        k, before, after = words[i], words[i - 1] if i else None, words[i + 1]
        if sentence_of[after] != sentence_of[k]:
            continue
        if lower[k] in BOUND_BEFORE:
            if (text[k] != lower[k] or before is None or sentence_of[before] != sentence_of[k] or not tt.is_alpha[before]
                    or not text[before].islower() or tt.idx[before] + len(text[before]) + 1 != tt.idx[k]):
                continue
            partner = BOUND_BEFORE[lower[k]]
            if lower[k] == "least":
                if not _unseen(lower[before], "least") or not (
                        text[after][:1].isdigit() or lower[after] in AMOUNT_STARTS):
                    continue
            else:
                # "as often as needed": the comparison's second "as" and what ends it.
                later = words[i + 2] if i + 2 <= last else None
                if (lower[before] in ("as", "so") or text[after] != "as" or later is None
                        or sentence_of[later] != sentence_of[k] or lower[later] not in COMPARISON_ENDS):
                    continue
            insert_at = k
            start, end = tt.idx[before], tt.idx[k] + len(text[k])
            meant = f"{text[before]} {partner} {text[k]}"
        else:
            word, nxt = lower[k], lower[after]
            if nxt not in PHRASE_DETERMINERS or not text[after].islower() or not (
                    text[k].islower() or text[k][1:].islower()):
                continue
            partner = BOUND_AFTER[word]
            general, health = model.general_pairs, model.health_pairs
            if health.get(f"{word} {nxt}") or general.get(f"{word} {nxt}", 0) * BOUND_RATIO > general.get(
                    f"{word} {partner}", 0):
                continue
            insert_at = after
            start, end = tt.idx[k], tt.idx[after] + len(text[after])
            meant = f"{text[k]} {partner} {text[after]}"
        yield Finding(
            rule=FIXED_PHRASE,
            span=(start, end),
            message=f"\"{partner}\" seems to be missing: \"{meant}\"",
            suggestions=(meant,),
            fix=Fix.replace(tt.idx[insert_at], tt.idx[insert_at], f"{partner} ", Applicability.UNSAFE,
                            f"Insert \"{partner}\""),
        )


def _than_dropped(tt, words: list[int], i: int, sentence_of) -> Finding | None:
    """"lasts more five hours": see THAN_COMPARATIVES."""
    text, lower = tt.text, tt.lower
    before, k, number, unit = words[i - 1], words[i], words[i + 1], words[i + 2]
    if (text[k] != lower[k] or len({sentence_of[before], sentence_of[k], sentence_of[number], sentence_of[unit]}) != 1
            or not _is_number(text[number]) or lower[before] in THAN_BLOCKERS or _is_number(text[before])
            or not tt.is_alpha[before]):
        return None
    if not (tt.idx[k] + len(text[k]) + 1 == tt.idx[number] and tt.idx[number] + len(text[number]) + 1 == tt.idx[unit]):
        return None  # "more five-day courses", "more 5%"
    if text[number][:1].isdigit() and not text[number].replace(",", "").replace(".", "").isdigit():
        return None
    if len(text[number]) == 4 and text[number][:2] in ("19", "20"):
        return None  # a year: "a smaller 2003 study"
    if not (tt.is_alpha[unit] and text[unit].islower() and (text[unit].endswith("s") or lower[unit] == "percent")):
        return None
    later = words[i + 3] if i + 3 < len(words) and sentence_of[words[i + 3]] == sentence_of[k] else None
    if later is not None and lower[later] in POINT_IN_TIME:
        return None
    meant = f"{text[k]} than {text[number]}"
    return Finding(
        rule=FIXED_PHRASE,
        span=(tt.idx[k], tt.idx[number] + len(text[number])),
        message=f"\"than\" seems to be missing: \"{meant}\"",
        suggestions=(meant,),
        fix=Fix.replace(tt.idx[number], tt.idx[number], "than ", Applicability.UNSAFE, "Insert \"than\""),
    )


def _between_dropped(tt, words: list[int], i: int, sentence_of) -> Finding | None:
    """"aged 30 and 50": see AGE_WORDS."""
    text, lower = tt.text, tt.lower
    k, low, conj, high = words[i], words[i + 1], words[i + 2], words[i + 3]
    if lower[conj] != "and" or len({sentence_of[k], sentence_of[low], sentence_of[conj], sentence_of[high]}) != 1:
        return None
    if not (text[low].isdigit() and text[high].isdigit() and int(text[low]) + MIN_AGE_SPAN <= int(text[high])):
        return None  # "children aged 5 and 6" may be two ages
    if any(lower[w] == "between" and sentence_of[w] == sentence_of[k] for w in words[max(0, i - 40):i]):
        return None
    if i and text[words[i - 1]] in (",", "(", "–", "—"):
        return None  # "her two sons, aged 7 and 11,": each one's age, in apposition
    return Finding(
        rule=FIXED_PHRASE,
        span=(tt.idx[k], tt.idx[high] + len(text[high])),
        message=f"\"between\" seems to be missing: \"{text[k]} between {text[low]} and {text[high]}\" (a range)",
        suggestions=(f"{text[k]} between {text[low]} and {text[high]}",),
        fix=Fix.replace(tt.idx[low], tt.idx[low], "between ", Applicability.UNSAFE, "Insert \"between\""),
    )
