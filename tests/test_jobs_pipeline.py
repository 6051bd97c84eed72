"""The vectorised pipeline every job runs gives exactly the sentences and
lemmas of spaCy's own sentencizer and lookup lemmatizer (plus block starts)."""

from __future__ import annotations

import re

import pytest
import spacy

from lint import nlp
from lint.documents.html import load as load_html
from lint.documents.markdown import load as load_markdown
from lint.documents.text import load as load_text

ARTICLES = [
    ("a.md", "# Flu season\n\nWash your hands. Rest!? Drink water... then sleep.\n\n"
             "- Take paracetamol (500 mg).\n- Call 111 if it gets worse\n\n"
             "| Dose | When |\n|---|---|\n| 1 tablet | at night. |\n\n"
             "> Dr. Patel said: \"Stay home.\" The children were running a fever.\n"),
    ("b.txt", "...Starts with dots. And a question? Yes.\n\nNew paragraph\nwrapped over lines.\n"
              "\n\n\n* a bullet item\n1. a numbered item。 Next one\n"),
    ("c.html", "<h1>Asthma</h1><p>Inhalers help.<br>Use a spacer!</p><ul><li>Avoid smoke</li></ul>"),
    ("d.txt", "!!! ??? ..."),
    ("e.txt", ""),
    ("f.md", "Geese were flying; mice ran. Better doses were given, and studies showed it."),
]
LOADERS = {"md": load_markdown, "txt": load_text, "html": load_html}


@pytest.fixture(scope="module")
def reference():
    stock = spacy.blank("en")
    stock.add_pipe("sentencizer")
    stock.add_pipe("lemmatizer", config={"mode": "lookup"})
    stock.initialize()
    return stock


def reference_doc(stock, document):
    """spaCy's components, then the block rule as the plain loop it replaces."""
    doc = stock.make_doc(document.text)
    doc = stock.get_pipe("sentencizer")(doc)
    starts = {segment.start for segment in document.segments}
    for token in doc[1:] if starts else ():
        previous = doc[token.i - 1]
        if (token.idx in starts or (token.is_space and "\n\n" in token.text)
                or (previous.is_space and "\n\n" in previous.text)):
            token.is_sent_start = True
    return stock.get_pipe("lemmatizer")(doc)


@pytest.mark.parametrize("name, source", ARTICLES, ids=[name for name, _ in ARTICLES])
def test_sentences_and_lemmas_match_spacy(reference, name, source):
    document = LOADERS[name.rsplit(".", 1)[1]](name, source)
    ours = next(iter(nlp.process([document])))
    theirs = reference_doc(reference, document)
    assert [t.text for t in ours] == [t.text for t in theirs]
    assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in theirs]
    # Linting leaves lemmas out (no check reads them); the pipeline's lemmatizer gives spaCy's.
    lemmatized = nlp.pipeline().get_pipe("lemmatizer")(ours)
    assert [t.lemma_ for t in lemmatized] == [t.lemma_ for t in theirs]


def test_lemmas_and_sentences_on_a_known_sentence():
    doc = nlp.pipeline()("The children were running. Geese flew.")
    # The lookup table is keyed by the exact form, as in spaCy: "Geese" stays.
    assert [t.lemma_ for t in doc] == ["The", "child", "be", "run", ".", "Geese", "fly", "."]
    assert [s.text for s in doc.sents] == ["The children were running.", "Geese flew."]


def test_document_text_is_kept_once_and_equals_spacys():
    document = load_markdown("a.md", ARTICLES[0][1])
    doc = next(iter(nlp.process([document])))
    assert doc._.hl_text is document.text and doc._.hl_text == doc.text


# -- the tokenizer's short cut for runs of letters -----------------------------

def _can_match_letters(items) -> bool:
    """Could this parsed expression match a run of ASCII letters, or part of
    one? Errs towards yes: what it cannot read counts as a possible match."""
    import string
    from re import _constants as C

    letters = set(string.ascii_letters)

    def one_char(op, av) -> bool:
        if op is C.LITERAL:
            return chr(av) in letters
        if op is C.IN:
            if any(o is C.NEGATE or o is C.CATEGORY for o, _ in av):
                return True
            return any((o is C.LITERAL and chr(a) in letters)
                       or (o is C.RANGE and any(a[0] <= ord(c) <= a[1] for c in letters)) for o, a in av)
        return True  # ANY, NOT_LITERAL

    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            if not one_char(op, av):
                return False
        elif op is C.AT:
            if av not in (C.AT_BEGINNING, C.AT_END):
                return True
        elif op is C.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags & re.IGNORECASE:
                return True  # a non-ASCII literal may then match a letter
            if not _can_match_letters(sub):
                return False
        elif op is C.BRANCH:
            if not any(_can_match_letters(branch) for branch in av[1]):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _, sub = av
            if low >= 1 and not _can_match_letters(sub):
                return False
        elif op is C.ASSERT:
            if not _can_match_letters(av[1]):
                return False
        elif op is C.ASSERT_NOT:
            continue
        else:
            return True
    return True


def test_tokenizer_expressions_cannot_match_a_run_of_letters():
    """What lets the tokenizer answer "no match" for a run of ASCII letters
    without running its expressions (nlp._UnlessLetters); a spaCy release
    that changed them would fail here, not change tokens unseen."""
    from re import _parser

    tokenizer = nlp.pipeline().tokenizer
    expressions = [tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer, tokenizer.url_match]
    assert tokenizer.token_match is None
    for expression in expressions:
        assert isinstance(expression.__self__, nlp._UnlessLetters)
        compiled = re.compile(expression.__self__.pattern)
        assert not compiled.flags & re.IGNORECASE
        assert not _can_match_letters(_parser.parse(compiled.pattern, compiled.flags)), compiled.pattern[:80]


def test_the_analysis_sees_a_letter_match():
    from re import _parser

    for pattern in (r"x$", r"(?<=[0-9])\.|ab", r"[^.]+", r"(?i:\u212a)", r"\w"):
        assert _can_match_letters(_parser.parse(pattern))
    for pattern in (r"\.$", r"(?<=[0-9])km$", r"^[0-9]+|'s$"):
        assert not _can_match_letters(_parser.parse(pattern))


TRICKY = ["Hello, world (e.g. 10km).", "U.S.A.'s", "can't won't", "http://example.com/a?b=c.", "www.nhs.uk.",
          "£5.99/day", "co-operate—well…", "“quoted”", "'s", "10mg/kg", "3x", "A&E", "HbA1c", "e-mail", "C++",
          "naïve café", "ǅemal", "İstanbul", "ſtyle", "Kelvin\u212a", "...", "a.b.c", ":-)", "(a)", "x" * 300]


def test_tokens_match_spacys_tokenizer():
    stock = spacy.blank("en").tokenizer
    ours = nlp.pipeline().tokenizer
    texts = [source for _, source in ARTICLES] + TRICKY + [" ".join(TRICKY)]
    for text in texts:
        assert [(t.text, t.idx) for t in ours(text)] == [(t.text, t.idx) for t in stock(text)], text
    assert ours.max_cache_size >= nlp.TOKENIZER_CACHE_SIZE


def test_token_table_is_the_same_without_the_splitters_columns():
    from dataclasses import astuple

    from lint import token_table

    for name, source in ARTICLES:
        document = LOADERS[name.rsplit(".", 1)[1]](name, source)
        kept = next(iter(nlp.process([document])))
        fresh = next(iter(nlp.process([document])))
        fresh._.hl_columns = None
        *lists, array = astuple(token_table.table(kept))
        *fresh_lists, fresh_array = astuple(token_table.table(fresh))
        assert lists == fresh_lists and array.tolist() == fresh_array.tolist()
        assert nlp.word_count(kept) == nlp.word_count(fresh) == sum(
            not (t.is_punct or t.is_space) for t in fresh)


def test_extension_values_kept_in_user_data_read_back_through_spacy():
    """nlp and token_table read and write the documents' ``hl_*`` values in
    ``doc.user_data`` directly; spaCy's ``doc._`` must see the same values."""
    from lint import token_table

    document = load_markdown("a.md", "# Title\n\nA first sentence. A [link](https://example.org) here.\n")
    doc = next(iter(nlp.process([document])))
    table = token_table.table(doc)
    assert doc._.hl_text == document.text
    assert doc._.hl_segments == tuple(document.segments)
    assert doc._.hl_links == tuple(document.links) and doc._.hl_links
    assert doc._.hl_columns is not None and doc._.hl_columns[0] is nlp.columns(doc)
    assert doc._.hl_table is table
    assert [s.text for s in doc.sents if s.text.strip()] == ["Title", "A first sentence.", "A link here."]
