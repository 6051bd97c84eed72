"""``grammar/repeated-word``: the same word twice in a row ("the the").

Only within one sentence of one block; case-insensitive; across line breaks.
Doubles that English allows ("had had", "that that") are listed in
``data/grammar/legitimate_doubles.txt`` and never reported.
"""

from __future__ import annotations

import bisect
from itertools import compress
from operator import eq
from typing import Iterator

from spacy.tokens import Doc

from lint import resources, token_table
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
        "of legitimate doubles. A capitalised second word (\"Fang Fang\", \"Congo Congo\" in a scraped "
        "list of countries) is taken for a name and skipped, as is \"in in vitro\"."
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
    latin = resources.word_set("context/unquestioned_words.txt")
    tt = token_table.table(doc)
    text, lower, idx, alpha = tt.text, tt.lower, tt.idx, tt.is_alpha
    words = tt.words
    lowers = list(map(lower.__getitem__, words))
    sentence_starts = [start for start, _ in tt.sentences]
    # Two words in a row with the same lower case are rare: find them first,
    # then ask whether they are a slip.
    for j in list(compress(range(1, len(lowers)), map(eq, lowers[1:], lowers))):
        k, p = words[j], words[j - 1]
        if (
            alpha[k]
            and alpha[p]
            and bisect.bisect_right(sentence_starts, p) == bisect.bisect_right(sentence_starts, k)
            and lower[k] not in allowed
            # A capital in the second word is a name ("Fang Fang"), a scraped
            # list of names ("Congo Congo, Democratic Republic of"), a credit
            # line ("iStockphoto iStockphoto") or a title run into the text
            # ("cancer Cancer Screening"), not a slip.
            and not any(c.isupper() for c in text[k])
            # "in in vitro": the second word opens a fixed Latin phrase.
            and not (j + 1 < len(lowers) and lowers[j + 1] in latin)
            # A blank line, tab or run of spaces marks a layout break (a
            # heading flattened into its paragraph), not a slip.
            and idx[k] - (idx[p] + len(text[p])) < MIN_LAYOUT_GAP
        ):
            start, end = idx[p] + len(text[p]), idx[k] + len(text[k])
            yield Finding(
                rule=REPEATED_WORD,
                span=(idx[p], end),
                message=f"Repeated word: \"{text[p]} {text[k]}\"",
                suggestions=(text[p],),
                fix=Fix.replace(start, end, "", Applicability.SAFE, f"Remove the second \"{text[k]}\""),
            )
