"""Contractions written without their apostrophe ("dont", "youre", "thats").

spaCy's English tokenizer splits such a word into two tokens ("do" + "nt",
"you" + "re"), each an English word, so the dictionary lookup of
``unknown_word`` never sees it. They are found here, as the two tokens
written with no space between them, and reported under
``spelling/unknown-word`` with the contraction as a safe fix.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import Iterator

from spacy.tokens import Doc

from lint import resources, token_table
from lint.checks import CheckContext
from lint.checks.spelling.unknown_word import UNKNOWN_WORD
from lint.findings import Finding, Fix
from lint.rules import Applicability

CONTRACTIONS = "spelling/contractions.tsv"


@lru_cache(maxsize=1)
def contractions() -> dict[str, str]:
    """Written form (lower case, no apostrophe) -> the contraction."""
    return dict(line.split("\t") for line in resources.lines(CONTRACTIONS))


@lru_cache(maxsize=1)
def _second_parts() -> frozenset[str]:
    """The endings the tokenizer splits off ("nt", "re", "ve", "s", "d", "ll")."""
    return frozenset(meant.rsplit("'", 1)[1].lower() if not meant.endswith("n't") else "nt"
                     for meant in contractions().values())


def _match_case(written: str, meant: str) -> str:
    if written[:1].isupper():
        return meant[:1].upper() + meant[1:]
    return meant


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    tt = token_table.table(doc)
    text, lower, idx = tt.text, tt.lower, tt.idx
    known = contractions()
    endings = _second_parts()
    for k in compress(range(1, len(lower)), map(endings.__contains__, lower[1:])):
        p = k - 1
        if idx[k] != idx[p] + len(text[p]) or not text[p].isalpha():
            continue
        written = text[p] + text[k]
        meant = known.get(written.lower())
        # All capitals is an acronym ("HES"); a letter before or after joins a longer word.
        if meant is None or written.isupper() or (p > 0 and idx[p - 1] + len(text[p - 1]) == idx[p]
                                                  and text[p - 1].isalpha()):
            continue
        if k + 1 < len(text) and idx[k + 1] == idx[k] + len(text[k]) and text[k + 1][:1].isalpha():
            continue
        shown = _match_case(written, meant)
        start, end = idx[p], idx[k] + len(text[k])
        yield Finding(rule=UNKNOWN_WORD, span=(start, end),
                      message=f"\"{written}\" is missing its apostrophe",
                      suggestions=(shown,),
                      fix=Fix.replace(start, end, shown, Applicability.SAFE, f"Change to \"{shown}\""))
