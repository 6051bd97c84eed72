"""Spelling: words in no dictionary, and real words in the wrong place.

Passes over one document, each a module here:

- ``unknown_word``: ``spelling/unknown-word`` and ``spelling/unknown-term``,
  words no dictionary holds, with ranked suggestions; ``contractions``,
  contractions written without their apostrophe ("dont"), which the
  tokenizer splits into two words;
- ``contextual``: ``spelling/real-word``, ``spelling/word-boundary``,
  ``grammar/missing-word`` and ``spelling/near-miss``, where every word
  exists but the n-gram model says another reading was meant. Its parts:
  ``candidates`` (what a word may be a slip for), ``agreement``,
  ``missing_word``, ``word_boundary``, ``word_clusters`` (which kinds of
  word English puts side by side), the tuned ``margins`` and the shipped
  ``tables``.

A pass runs only when one of its rules is enabled.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc

from lint.checks import CheckContext
from lint.checks.spelling import contextual, contractions, unknown_word
from lint.checks.spelling.rules import RULES as CONTEXTUAL_RULES
from lint.findings import Finding

RULES = CONTEXTUAL_RULES + unknown_word.RULES


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    # Words no dictionary holds first: a document with a misspelling is
    # likelier to hold a real-word slip too (the contextual pass reads the
    # number of distinct misspelled words as a prior).
    unknown: list[Finding] = []
    if any(ctx.enabled(rule.id) for rule in unknown_word.RULES):
        unknown = list(unknown_word.check(doc, ctx))
    if any(ctx.enabled(rule.id) for rule in CONTEXTUAL_RULES):
        misspelled = len({f.text.lower() for f in unknown if f.rule is unknown_word.UNKNOWN_WORD})
        yield from contextual.check(doc, ctx, misspelled=misspelled)
    yield from unknown
    if ctx.enabled(unknown_word.UNKNOWN_WORD.id):
        yield from contractions.check(doc, ctx)
