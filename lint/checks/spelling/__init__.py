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
  ``missing_word``, ``word_boundary``, the tuned ``margins`` and the shipped
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
    for rules, run in ((CONTEXTUAL_RULES, contextual.check), (unknown_word.RULES, unknown_word.check)):
        if any(ctx.enabled(rule.id) for rule in rules):
            yield from run(doc, ctx)
    if ctx.enabled(unknown_word.UNKNOWN_WORD.id):
        yield from contractions.check(doc, ctx)
