"""The vectorised pipeline every job runs gives exactly the sentences and
lemmas of spaCy's own sentencizer and lookup lemmatizer (plus block starts)."""

from __future__ import annotations

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
