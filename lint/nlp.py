"""The one spaCy pipeline: blank English, sentencizer, segment boundaries,
and the lookup lemmatizer from spacy-lookups-data. Built once per process.

Extensions (all ``hl_*``) are registered here, once, at import.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

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


@Language.component("healthlint_segments", requires=["token.is_sent_start"], assigns=["token.is_sent_start"])
def mark_segment_boundaries(doc: Doc) -> Doc:
    """A block (heading, list item, cell) always starts a new sentence."""
    starts = {segment.start for segment in doc._.hl_segments}
    if not starts:
        return doc
    for token in doc:
        if token.i == 0:
            continue
        if token.idx in starts or (token.is_space and "\n\n" in token.text):
            token.is_sent_start = True
        elif doc[token.i - 1].is_space and "\n\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("healthlint_segments")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


def make_doc(document: Document) -> Doc:
    doc = pipeline().make_doc(document.text)
    doc._.hl_segments = tuple(document.segments)
    doc._.hl_text = document.text
    doc._.hl_links = tuple(document.links)
    return doc


def process(documents: Iterable[Document], batch_size: int = 16) -> Iterator[Doc]:
    nlp = pipeline()
    return nlp.pipe((make_doc(d) for d in documents), batch_size=batch_size)


def segment_at(doc: Doc, char: int) -> Segment | None:
    for segment in doc._.hl_segments:
        if segment.start <= char < segment.end:
            return segment
    return None
