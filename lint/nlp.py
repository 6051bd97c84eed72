"""The one spaCy pipeline: blank English, sentencizer, segment boundaries,
and the lookup lemmatizer from spacy-lookups-data. Built once per process.

Extensions (all ``hl_*``) are registered here, once, at import.
"""

from __future__ import annotations

import itertools
import re
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LEMMA, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from lint import resources
from lint.documents import Document, Segment

if not Doc.has_extension("hl_segments"):
    Doc.set_extension("hl_segments", default=())
# Doc.text rebuilds the string from every token on each access; checks read
# this copy of the document's text instead.
if not Doc.has_extension("hl_text"):
    Doc.set_extension("hl_text", default="")
if not Doc.has_extension("hl_links"):
    Doc.set_extension("hl_links", default=())  # (start, end, url) per link, from the loader


def _segment_kind(span: Span) -> str:
    for segment in span.doc._.hl_segments:
        if segment.start <= span.start_char < segment.end:
            return segment.kind
    return "paragraph"


if not Span.has_extension("hl_segment_kind"):
    Span.set_extension("hl_segment_kind", getter=_segment_kind)


class SentenceSplitter:
    """spaCy's sentencizer (same punctuation, same answers) plus our block
    boundaries, as one vectorised pass over token attributes.

    The sentencizer rule: after a sentence-final mark (``.``, ``!``, ``?``
    and the other characters spaCy lists), the next token that is neither
    punctuation nor such a mark starts a sentence. Then a block (heading,
    list item, cell) always starts one, and so does the token on either side
    of a blank line. Looping over tokens in Python cost more than the
    tokenizer itself.
    """

    def __init__(self, vocab):
        from spacy.pipeline import Sentencizer

        self._marks = numpy.array(sorted(vocab.strings.add(c) for c in Sentencizer.default_punct_chars),
                                  dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        orth, punct, space, offsets = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, IDX]).T
        marks = _members(orth, self._marks)
        starts = numpy.zeros(len(doc), dtype=bool)
        starts[0] = True
        words = numpy.flatnonzero(~(marks | punct.astype(bool)))
        if words.size:
            marks_so_far = numpy.cumsum(marks)[words]
            since_previous_word = marks_so_far - numpy.concatenate(([0], marks_so_far[:-1]))
            starts[words[since_previous_word > 0]] = True
        segments = doc._.hl_segments
        if segments:
            starts |= _members(offsets.astype(numpy.int64),
                               numpy.sort(numpy.fromiter((s.start for s in segments), dtype=numpy.int64)))
            # A blank line is a whitespace token holding "\n\n". (Not
            # ``doc.text``: spaCy rebuilds that from every token each time.)
            for i in numpy.flatnonzero(space).tolist():
                if "\n\n" in doc[i].text:
                    starts[i:i + 2] = True
        doc.from_array([SENT_START], numpy.where(starts, 1, -1).astype(numpy.int64).view(numpy.uint64).reshape(-1, 1))
        return doc


def _members(values: numpy.ndarray, sorted_set: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin`` for a small sorted set, by binary search: isin sorts
    both arrays together and cost ten times as much, a third of this
    splitter's time."""
    found = numpy.searchsorted(sorted_set, values)
    return sorted_set.take(found, mode="clip") == values


@Language.factory("healthlint_sentences", assigns=["token.is_sent_start"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp.vocab)


class LookupLemmatizer:
    """spaCy's lookup lemmatizer (same table, same answers), vectorised: one
    table lookup per distinct word form per process instead of a Python
    call per token, which made lemmas the dearest part of the spaCy pass."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.table: dict[str, str] | None = None  # word form → lemma
        self._lemmas: dict[int, int] = {}  # orth hash → lemma hash

    def initialize(self, get_examples=None, *, nlp=None) -> None:
        """The table spacy-lookups-data registers for the language, kept as the
        plain dict its JSON holds: spaCy's ``Table`` hashes every one of the
        41,000 keys in Python and fills a Bloom filter, which cost 0.09 s of
        every start-up for look-ups that a dict answers as well."""
        from spacy.util import load_language_data, registry

        self.table = load_language_data(registry.lookups.get(self.vocab.lang)["lemma_lookup"])

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        forms, inverse = numpy.unique(doc.to_array(ORTH), return_inverse=True)
        lemmas, table, strings = self._lemmas, self.table, self.vocab.strings
        for orth in forms.tolist():
            if orth not in lemmas:
                lemma = table.get(strings[orth])
                lemmas[orth] = orth if lemma is None else strings.add(lemma)
        lemma_ids = numpy.fromiter((lemmas[o] for o in forms.tolist()), dtype=numpy.uint64, count=len(forms))
        doc.from_array([LEMMA], lemma_ids[inverse].reshape(-1, 1))
        return doc


@Language.factory("healthlint_lemmatizer", assigns=["token.lemma"])
def make_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer(nlp.vocab)


@lru_cache(maxsize=1)
def pipeline() -> Language:
    with _tokenizer_patterns_kept():
        nlp = spacy.blank("en")
    nlp.add_pipe("healthlint_sentences", name="sentencizer")
    nlp.add_pipe("healthlint_lemmatizer", name="lemmatizer")
    nlp.initialize()
    return nlp


@contextmanager
def _tokenizer_patterns_kept():
    """spaCy builds its tokenizer's prefix, suffix and infix patterns with
    ``re.compile`` in ``spacy.util``: 0.02 s of every start-up, parsing the
    same three long patterns in Python. For the length of the block, that
    module's ``re`` is a stand-in whose ``compile`` takes the compiled form
    from the per-user cache (``resources.compiled_regex``: an equal pattern,
    or ``re.compile``'s own). Were spaCy to compile elsewhere, it would
    simply compile as before."""
    from spacy import util

    real = getattr(util, "re", None)
    if real is not re:
        yield
        return
    calls = itertools.count(1)

    class StandIn:
        def __getattr__(self, name):
            return getattr(re, name)

        @staticmethod
        def compile(pattern, flags=0):
            if not isinstance(pattern, str):
                return re.compile(pattern, flags)
            return resources.compiled_regex(f"spacy_tokenizer_{next(calls)}", pattern, flags)

    util.re = StandIn()
    try:
        yield
    finally:
        util.re = real


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """Word form -> lemma, the lookup table the pipeline's lemmatizer reads."""
    return pipeline().get_pipe("lemmatizer").table


def make_doc(document: Document) -> Doc:
    doc = pipeline().make_doc(document.text)
    doc._.hl_segments = tuple(document.segments)
    doc._.hl_text = document.text
    doc._.hl_links = tuple(document.links)
    return doc


# No check reads lemmas, so linting leaves the lemmatizer out; it stays in
# the pipeline for anyone who wants lemmas. That, and calling the components
# directly rather than through nlp.pipe, took a fifth off the spaCy pass.
UNREAD_BY_CHECKS = frozenset({"lemmatizer"})


def process(documents: Iterable[Document], batch_size: int = 16) -> Iterator[Doc]:
    """The pipeline's components that the checks need, over each document.
    ``batch_size`` is kept for callers; every component works per document."""
    steps = [component for name, component in pipeline().pipeline if name not in UNREAD_BY_CHECKS]
    for document in documents:
        doc = make_doc(document)
        for step in steps:
            doc = step(doc)
        yield doc


def word_count(doc: Doc) -> int:
    """Tokens that are neither punctuation nor whitespace."""
    if not len(doc):
        return 0
    return int((doc.to_array([IS_PUNCT, IS_SPACE]).sum(axis=1) == 0).sum())
