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
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from lint import prose, resources
from lint.documents import Document, Segment

if not Doc.has_extension("hl_segments"):
    Doc.set_extension("hl_segments", default=())
# Doc.text rebuilds the string from every token on each access; checks read
# this copy of the document's text instead.
if not Doc.has_extension("hl_text"):
    Doc.set_extension("hl_text", default="")
if not Doc.has_extension("hl_links"):
    Doc.set_extension("hl_links", default=())  # (start, end, url) per link, from the loader
# The token attributes the sentence splitter read, and the sentence starts it
# set: see COLUMNS.
if not Doc.has_extension("hl_columns"):
    Doc.set_extension("hl_columns", default=None)
# What is not the article's own prose: (start, end, zone) in text offsets,
# sorted (quotations, titles, bylines, boilerplate, URLs...): see lint.prose.
if not Doc.has_extension("hl_zones"):
    Doc.set_extension("hl_zones", default=())
# The zones that hold a span or token, by name ("quotation", "person"...).
if not Span.has_extension("hl_zones"):
    Span.set_extension("hl_zones", getter=lambda span: prose.zones_at(span.doc._.hl_zones, span.start_char,
                                                                       span.end_char))
if not Token.has_extension("hl_zones"):
    Token.set_extension("hl_zones", getter=lambda token: prose.zones_at(token.doc._.hl_zones, token.idx,
                                                                         token.idx + len(token.text)))
if not Doc.has_extension("hl_emphasis"):
    Doc.set_extension("hl_emphasis", default=())  # (start, end, "em"|"cite") from the loader

# Every token attribute that the splitter, the token table and the word count
# read, fetched by the splitter in one ``to_array`` call and kept on the doc
# (``hl_columns``) for the others. ``to_array`` costs some 20 ns per token
# per attribute whatever is asked for, and the three of them asked for twelve
# attributes between them. Indices into the array's columns follow.
COLUMNS = (ORTH, LOWER, IDX, IS_ALPHA, IS_SPACE, IS_PUNCT)
C_ORTH, C_LOWER, C_IDX, C_ALPHA, C_SPACE, C_PUNCT = range(len(COLUMNS))


def _segment_kind(span: Span) -> str:
    for segment in span.doc._.hl_segments:
        if segment.start <= span.start_char < segment.end:
            return segment.kind
    return "paragraph"




def extension_key(name: str) -> tuple:
    """Where ``doc._.<name>`` is kept in ``doc.user_data`` (as spaCy's
    ``Underscore`` keys a document's own extension values). Reading and
    writing it there skips the ``Underscore`` object that each ``doc._``
    builds: a few microseconds an access, paid by every document on each
    of its handful of accesses here (tests/test_nlp.py checks that spaCy
    still agrees)."""
    return ("._.", name, None, None)


SEGMENTS_KEY, TEXT_KEY, LINKS_KEY, COLUMNS_KEY, EMPHASIS_KEY = map(extension_key, (
    "hl_segments", "hl_text", "hl_links", "hl_columns", "hl_emphasis"))


def doc_text(doc: Doc) -> str:
    """``doc._.hl_text``, read from ``doc.user_data`` (see extension_key)."""
    return doc.user_data.get(TEXT_KEY, "")


def doc_segments(doc: Doc) -> tuple:
    """``doc._.hl_segments``, read from ``doc.user_data``."""
    return doc.user_data.get(SEGMENTS_KEY, ())


def doc_links(doc: Doc) -> tuple:
    """``doc._.hl_links``, read from ``doc.user_data``."""
    return doc.user_data.get(LINKS_KEY, ())


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

        self._marks = _HashSet([vocab.strings.add(c) for c in Sentencizer.default_punct_chars])
        self._blank: dict[int, bool] = {}  # whitespace form (orth hash) -> holds a blank line

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        # Methods rather than numpy's module functions (flatnonzero, cumsum,
        # searchsorted wrap them in Python): each of a few microseconds, paid
        # by every document however short.
        columns = doc.to_array(COLUMNS)
        orth, space = columns[:, C_ORTH], columns[:, C_SPACE]
        marks = self._marks.members(orth)
        starts = numpy.zeros(n, dtype=bool)
        starts[0] = True
        words = (~(marks | (columns[:, C_PUNCT] != 0))).nonzero()[0]
        if words.size:
            # A word starts a sentence when a mark came since the word before it.
            marks_so_far = marks.cumsum()[words]
            since_previous_word = numpy.empty(words.size, dtype=bool)
            since_previous_word[0] = marks_so_far[0] > 0
            numpy.not_equal(marks_so_far[1:], marks_so_far[:-1], out=since_previous_word[1:])
            starts[words[since_previous_word]] = True
        segments = doc.user_data.get(SEGMENTS_KEY, ())
        if segments:
            # Token offsets rise strictly, so each block start is found by
            # bisection rather than each token sought among the block starts
            # (one at a time for the few blocks of a short document).
            offsets = columns[:, C_IDX]
            if len(segments) <= FEW_BLOCKS:
                find = offsets.searchsorted
                for segment in segments:
                    at = int(find(segment.start))
                    if at < n and offsets[at] == segment.start:
                        starts[at] = True
            else:
                offsets = offsets.astype(numpy.int64)
                blocks = numpy.fromiter((s.start for s in segments), dtype=numpy.int64, count=len(segments))
                at = offsets.searchsorted(blocks)
                inside = at < n
                at, blocks = at[inside], blocks[inside]
                starts[at[offsets[at] == blocks]] = True
            # A blank line is a whitespace token holding "\n\n". Asked of
            # each whitespace form once per process, not through a Token
            # built per whitespace token (nor ``doc.text``, which spaCy
            # rebuilds from every token each time).
            blank, strings = self._blank, doc.vocab.strings
            spaces = space.nonzero()[0]
            for i, form in zip(spaces.tolist(), orth[spaces].tolist()):
                is_blank = blank.get(form)
                if is_blank is None:
                    is_blank = blank[form] = "\n\n" in strings[form]
                if is_blank:
                    starts[i:i + 2] = True
        doc.from_array([SENT_START], _SENT_START_VALUES.take(starts.view(numpy.int8))[:, None])
        doc.user_data[COLUMNS_KEY] = (columns, starts)
        return doc


# Up to this many blocks, each block's first token is sought on its own.
FEW_BLOCKS = 8
# SENT_START for a token that does not start a sentence (-1) and one that
# does (1), as the unsigned column ``Doc.from_array`` reads; indexed by the
# splitter's boolean starts.
_SENT_START_VALUES = numpy.array([-1, 1], dtype=numpy.int64).view(numpy.uint64)


class _HashSet:
    """A fixed set of string hashes, with membership for a whole column of
    hashes in three vectorised steps: the low bits of each hash pick a slot
    of a table that holds the member with those bits, if any. A binary
    search of the sorted set (numpy's ``searchsorted``) cost ~20 ns per
    token, a third of this splitter's time, and ``numpy.isin`` more."""

    def __init__(self, members: list[int]):
        distinct = set(members)
        # The fewest low bits that tell the members apart (hashes are
        # uniform, so a few thousand slots do for a hundred members). Not
        # numpy.unique, whose first call imports numpy.ma: 15 ms of start-up.
        bits = 8
        while len({m & ((1 << bits) - 1) for m in distinct}) < len(distinct):
            bits += 1
        members = numpy.array(sorted(distinct), dtype=numpy.uint64)
        self._mask = numpy.uint64((1 << bits) - 1)
        # An empty slot holds a value whose low bits are not its own, which
        # no hash looked up in it can equal.
        self._table = numpy.arange(1, (1 << bits) + 1, dtype=numpy.uint64)
        self._table[(members & self._mask).astype(numpy.intp)] = members

    def members(self, values: numpy.ndarray) -> numpy.ndarray:
        return self._table.take((values & self._mask).astype(numpy.intp)) == values


@Language.factory("healthlint_sentences", assigns=["token.is_sent_start"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp.vocab)


@Language.component("healthlint_prose", assigns=["doc._.hl_zones"])
def mark_prose_zones(doc: Doc) -> Doc:
    """Find the zones that are not the article's own prose, once per document."""
    text = doc._.hl_text or doc.text
    segments = doc._.hl_segments
    doc._.hl_zones = prose.find_zones(text, [(s.start, s.end) for s in segments], doc._.hl_emphasis,
                                      frozenset(s.start for s in segments if s.kind in ("heading", "title")),
                                      [(s.start, s.end) for s in segments if s.kind == "navigation"],
                                      frozenset(s.start for s in segments if s.kind == "list_item"))
    return doc


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


class _UnlessLetters:
    """One of the tokenizer's affix or URL expressions, answering "no match"
    at once for a run of ASCII letters, which none of English's prefix,
    suffix, infix or URL expressions can match (a test reads each one's
    parse tree to keep it so). Most words the tokenizer has not cached are
    such runs, and the suffix expression, a search for any of 82 endings at
    every position, was half the tokenizer's time on them.

    Each method is a bound method of this object, whose ``pattern`` is the
    expression's, as spaCy's tokenizer serialisation expects."""

    def __init__(self, expression):
        self.pattern = expression.pattern
        self._search, self._match, self._finditer = expression.search, expression.match, expression.finditer

    def search(self, string: str):
        return None if string.isascii() and string.isalpha() else self._search(string)

    def match(self, string: str):
        return None if string.isascii() and string.isalpha() else self._match(string)

    def finditer(self, string: str):
        return () if string.isascii() and string.isalpha() else self._finditer(string)


# Chunks (text between spaces) the tokenizer remembers. spaCy's default,
# 10,000, fills within a run of some hundreds of articles (the 360 of the
# benchmark corpus hold 7,500 distinct chunks), after which every later new
# chunk is split afresh by the affix expressions at each occurrence. Each
# entry is some tens of bytes.
TOKENIZER_CACHE_SIZE = 500_000


@spacy.registry.tokenizers("healthlint_tokenizer")
def make_tokenizer_factory():
    """spaCy's tokenizer for the language, with the same rules and
    expressions, giving the same tokens, sooner: see _UnlessLetters and
    TOKENIZER_CACHE_SIZE. Built with them rather than changed afterwards,
    since each change reloads the 1,300 special cases (0.06-0.1 s apiece)."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        unless_letters = lambda expression: _UnlessLetters(expression) if expression is not None else None  # noqa: E731
        prefixes = unless_letters(compile_prefix_regex(defaults.prefixes) if defaults.prefixes else None)
        suffixes = unless_letters(compile_suffix_regex(defaults.suffixes) if defaults.suffixes else None)
        infixes = unless_letters(compile_infix_regex(defaults.infixes) if defaults.infixes else None)
        urls = unless_letters(defaults.url_match.__self__ if defaults.url_match else None)
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=prefixes and prefixes.search,
            suffix_search=suffixes and suffixes.search,
            infix_finditer=infixes and infixes.finditer,
            token_match=defaults.token_match,
            url_match=urls and urls.match,
            max_cache_size=TOKENIZER_CACHE_SIZE,
        )

    return make


# Characters; a 10 MB file (the default size limit) holds at most this many.
MAX_LENGTH = 2**31 - 1


@lru_cache(maxsize=1)
def pipeline() -> Language:
    with _tokenizer_patterns_kept():
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "healthlint_tokenizer"}}})
    # spaCy refuses texts over a million characters (E088) because its parser
    # and entity models need about 1 GB per 100,000; this pipeline has
    # neither, and needs some hundreds of bytes a token, so the file size
    # limit (max-file-size) is the only limit.
    nlp.max_length = MAX_LENGTH
    nlp.add_pipe("healthlint_sentences", name="sentencizer")
    nlp.add_pipe("healthlint_lemmatizer", name="lemmatizer")
    nlp.add_pipe("healthlint_prose", name="prose")
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
    data = doc.user_data
    data[SEGMENTS_KEY] = tuple(document.segments)
    data[TEXT_KEY] = document.text
    data[LINKS_KEY] = tuple(document.links)
    data[EMPHASIS_KEY] = tuple(document.emphasis)
    return doc


# No check reads lemmas, so linting leaves the lemmatizer out; it stays in
# the pipeline for anyone who wants lemmas. That, and calling the components
# directly rather than through nlp.pipe, took a fifth off the spaCy pass.
UNREAD_BY_CHECKS = frozenset({"lemmatizer"})


def process(documents: Iterable[Document], batch_size: int = 16) -> Iterator[Doc]:
    """The pipeline's components that the checks need, over each document.
    ``batch_size`` is kept for callers; every component works per document."""
    steps = _steps(pipeline())
    for document in documents:
        doc = make_doc(document)
        for step in steps:
            doc = step(doc)
        yield doc


@lru_cache(maxsize=1)
def _steps(nlp: Language) -> tuple:
    """The components ``process`` runs, listed once per pipeline (spaCy
    builds ``nlp.pipeline`` anew on each access)."""
    return tuple(component for name, component in nlp.pipeline if name not in UNREAD_BY_CHECKS)


def word_count(doc: Doc) -> int:
    """Tokens that are neither punctuation nor whitespace."""
    if not len(doc):
        return 0
    array = columns(doc)
    return len(doc) - int(numpy.count_nonzero(array[:, C_PUNCT] | array[:, C_SPACE]))


def columns(doc: Doc) -> numpy.ndarray:
    """``doc.to_array(COLUMNS)``, as the sentence splitter read it if it ran."""
    kept = doc.user_data.get(COLUMNS_KEY)
    if kept is not None and len(kept[0]) == len(doc):
        return kept[0]
    return doc.to_array(COLUMNS)
