"""A small, high-precision grammar set: two determiners in a row, a/an
before the wrong sound, a dropped "is", and its/it's, your/you're where the
next word leaves no doubt.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc

from lint import resources
from lint.checks import CheckContext
from lint.findings import Finding, Fix
from lint.rules import Applicability, Rule, Severity

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
        "by an article, where \"is\" was dropped (\"This a common cause of pain\"), and \"These\" or "
        "\"Those\" followed by \"the\" (\"are\" dropped).\n\n"
        "Why it matters: a sentence without its verb forces the reader to guess what is being said.\n\n"
        "Known problems: only this opening pattern is checked; verbs dropped elsewhere are missed."
    ),
    bad=("This a common cause of heel pain.",),
    good=("This is a common cause of heel pain.",),
    fix=Applicability.UNSAFE,
)

CONTRACTION_CONFUSION = Rule(
    id="grammar/contraction-confusion",
    severity=Severity.WARNING,
    summary="its/it's or your/you're confused where the next word settles it",
    explanation=(
        "What it does: finds \"it's own\" (for \"its own\"), \"its\" before a word that needs \"it is\" "
        "(\"its not\", \"its a\"), \"your\" before a verb form (\"your going\", \"your not\") and "
        "\"you're\" before a noun (\"you're doctor\").\n\n"
        "Why it matters: these slips are noticed by every reader and undermine trust in the advice.\n\n"
        "Known problems: only unambiguous next words are checked, so many confusions pass."
    ),
    bad=("The gland makes it's own hormone.", "Ask you're doctor first."),
    good=("The gland makes its own hormone. Ask your doctor if it's safe.",),
    fix=Applicability.SAFE,
)

RULES = (DOUBLE_DETERMINER, INDEFINITE_ARTICLE, MISSING_VERB, CONTRACTION_CONFUSION)

ARTICLES = frozenset({"a", "an", "the"})
# "Its important to rest": an adjective then "to"/"that" needs "it's".
ADJECTIVES_BEFORE_TO = frozenset({"important", "possible", "likely", "unlikely", "hard", "easy", "best", "worth",
                                  "essential", "normal", "common", "safe", "vital", "helpful", "wise", "fine", "ok", "okay"})
POSSESSIVES = frozenset({"my", "your", "his", "her", "our", "their"})
VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")  # letters whose names start with a vowel sound


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    words = [t for t in doc if not t.is_space]
    # Token.sent scans the document; map each token to its sentence once.
    sentence_of = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for k in range(sent.start, sent.end):
            sentence_of[k] = number
    starts = frozenset(sent.start for sent in doc.sents)
    for i, token in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or sentence_of[nxt.i] != sentence_of[token.i]:
            continue
        lower = token.lower_
        # A capital "A" or "AN" mid-sentence is a name (hepatitis A), not an article.
        is_article = token.text in ("a", "an", "the") or (
            token.text in ("A", "An", "The") and token.i in starts)
        if not is_article:
            pass
        elif (nxt.text in ARTICLES or nxt.lower_ in POSSESSIVES) and nxt.lower_ != lower and ctx.enabled(DOUBLE_DETERMINER.id):
            yield _double(doc, token, nxt)
        elif lower in ("a", "an") and ctx.enabled(INDEFINITE_ARTICLE.id):
            finding = _article(token, nxt)
            if finding:
                yield finding
        if ctx.enabled(MISSING_VERB.id) and (token.i in starts or (
            i and words[i - 1].text in ("•", "-", "*") and words[i - 1].i in starts
        )):
            finding = _missing_verb(token, nxt)
            if finding:
                yield finding
        if ctx.enabled(CONTRACTION_CONFUSION.id):
            finding = _contraction(doc, words, i)
            if finding:
                yield finding


def _double(doc: Doc, first, second) -> Finding:
    span = (first.idx, second.idx + len(second.text))
    if first.lower_ == "an":
        suggestion = f"{first.text}d {second.text}"
    else:
        suggestion = second.text if first.lower_ != "the" else first.text
    return Finding(
        rule=DOUBLE_DETERMINER,
        span=span,
        message=f"\"{doc._.hl_text[span[0]:span[1]]}\" has two articles in a row",
        suggestions=(suggestion,),
        fix=Fix.replace(span[0], span[1], suggestion, Applicability.UNSAFE, f"Write \"{suggestion}\""),
    )


@lru_cache(maxsize=1)
def _sound_prefixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (tuple(resources.lines("grammar/vowel_sound_prefixes.txt")),
            tuple(resources.lines("grammar/consonant_sound_prefixes.txt")))


def _sound(word) -> str | None:
    """'vowel' or 'consonant' for the start of the spoken word, or None."""
    text = word.text
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
    if text.isupper() and lower not in resources.word_set("grammar/pronounced_acronyms.txt"):
        return "vowel" if text[0] in VOWEL_LETTER_NAMES else "consonant"
    vowel_prefixes, consonant_prefixes = _sound_prefixes()
    if lower.startswith(vowel_prefixes):
        return "vowel"
    if lower.startswith(consonant_prefixes):
        return "consonant"
    if lower.startswith(("herb", "histor", "hotel", "humble")):
        return None
    return "vowel" if lower[0] in "aeiou" else "consonant"


def _article(token, nxt) -> Finding | None:
    if not (nxt.is_alpha or nxt.text[:1].isdigit()):
        return None
    sound = _sound(nxt)
    if sound is None:
        return None
    want = "an" if sound == "vowel" else "a"
    if token.lower_ == want:
        return None
    replacement = want.capitalize() if token.text[0].isupper() else want
    return Finding(
        rule=INDEFINITE_ARTICLE,
        span=(token.idx, nxt.idx + len(nxt.text)),
        message=f"Use \"{want}\" before \"{nxt.text}\", which starts with a {sound} sound",
        suggestions=(f"{replacement} {nxt.text}",),
        fix=Fix.replace(token.idx, token.idx + len(token.text), replacement, Applicability.SAFE, f"Use \"{want}\""),
    )


def _missing_verb(token, nxt) -> Finding | None:
    lower, following = token.lower_, nxt.lower_
    if lower in ("this", "it", "there") and following in ("a", "an") or lower == "this" and following == "the":
        verb = "is"
    elif lower in ("these", "those") and following == "the":
        verb = "are"
    else:
        return None
    return Finding(
        rule=MISSING_VERB,
        span=(token.idx, nxt.idx + len(nxt.text)),
        message=f"\"{token.text} {nxt.text}\" seems to be missing a verb",
        suggestions=(f"{token.text} {verb} {nxt.text}",),
        fix=Fix.replace(token.idx + len(token.text), token.idx + len(token.text), f" {verb}",
                        Applicability.UNSAFE, f"Insert \"{verb}\""),
    )


def _contraction(doc: Doc, words, i: int) -> Finding | None:
    token = words[i]
    lower = token.lower_
    # spaCy splits "it's" into "it" + "'s" and "you're" into "you" + "'re".
    if lower in ("it", "you") and i + 2 < len(words) and words[i + 1].text in ("'s", "’s", "'re", "’re"):
        apostrophe, nxt = words[i + 1], words[i + 2]
        if apostrophe.idx != token.idx + len(token.text):
            return None
        if lower == "it" and nxt.lower_ == "own":
            wrong, right = token.text + apostrophe.text, token.text + "s"
        elif lower == "you" and nxt.lower_ in resources.word_set("grammar/nouns_after_your.txt"):
            wrong, right = token.text + apostrophe.text, token.text + "r"
        else:
            return None
        start, end = token.idx, apostrophe.idx + len(apostrophe.text)
    elif lower in ("its", "your") and i + 1 < len(words):
        nxt = words[i + 1]
        followers = resources.word_set("grammar/after_its_means_it_is.txt" if lower == "its"
                                       else "grammar/after_your_means_you_are.txt")
        after = words[i + 2].lower_ if i + 2 < len(words) else ""
        adjective_clause = lower == "its" and nxt.lower_ in ADJECTIVES_BEFORE_TO and after in ("to", "that")
        if nxt.lower_ not in followers and not adjective_clause:
            return None
        wrong = token.text
        right = token.text[:2] + "'s" if lower == "its" else token.text[:3] + "'re"
        start, end = token.idx, token.idx + len(token.text)
    else:
        return None
    return Finding(
        rule=CONTRACTION_CONFUSION,
        span=(start, nxt.idx + len(nxt.text)),
        message=f"\"{wrong} {nxt.text}\" should be \"{right} {nxt.text}\"",
        suggestions=(f"{right} {nxt.text}",),
        fix=Fix.replace(start, end, right, Applicability.SAFE, f"Write \"{right}\""),
    )
