"""``grammar/repeated-word``: the same word twice in a row ("the the").

Only within one sentence of one block; case-insensitive; across line breaks.
Doubles that English allows ("had had", "that that") are listed in
``data/grammar/legitimate_doubles.txt`` and never reported.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from lint import resources
from lint.checks import CheckContext
from lint.findings import Finding, Fix
from lint.rules import Applicability, Rule, Severity

REPEATED_WORD = Rule(
    id="grammar/repeated-word",
    severity=Severity.WARNING,
    summary="The same word written twice in a row",
    explanation=(
        "What it does: finds a word repeated immediately, such as \"the the\" or "
        "\"and and\", including when the repeat falls across a line break.\n\n"
        "Why it matters: a doubled word is the commonest slip left by editing, and "
        "readers take it as a sign that nobody checked the page, which costs a "
        "health article the trust it needs.\n\n"
        "Known problems: words separated by a run of spaces are taken as a heading run into its "
        "paragraph and skipped. Doubles that grammar allows (\"had had\", \"that that\", "
        "\"is is\" in a quoted example) are skipped only when they are on the list "
        "of legitimate doubles."
    ),
    bad=("Take the the tablets with food.",),
    good=("She had had a fever for two days.",),
    fix=Applicability.SAFE,
)
RULES = (REPEATED_WORD,)


# Three or more whitespace characters between the words (a blank line, a run
# of spaces or tabs) mark a layout break; one space, tab or line end (CRLF
# reads as two) does not.
MIN_LAYOUT_GAP = 3


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    allowed = resources.word_set("grammar/legitimate_doubles.txt")
    for sent in doc.sents:
        previous = None
        for token in sent:
            if token.is_space:
                continue
            if (
                previous is not None
                and token.is_alpha
                and token.lower_ == previous.lower_
                and token.lower_ not in allowed
                # "cancer Cancer Screening": a capital after a lower-case word is a title run in.
                and not (token.text[0].isupper() and not previous.text[0].isupper())
                # A blank line, tab or run of spaces marks a layout break (a
                # heading flattened into its paragraph), not a slip.
                and token.idx - (previous.idx + len(previous.text)) < MIN_LAYOUT_GAP
            ):
                start, end = previous.idx + len(previous.text), token.idx + len(token.text)
                yield Finding(
                    rule=REPEATED_WORD,
                    span=(previous.idx, end),
                    message=f"Repeated word: \"{previous.text} {token.text}\"",
                    suggestions=(previous.text,),
                    fix=Fix.replace(start, end, "", Applicability.SAFE, f"Remove the second \"{token.text}\""),
                )
            previous = token if token.is_alpha else None
