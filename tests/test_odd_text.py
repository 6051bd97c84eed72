"""Odd but valid text is checked normally, with exact positions.

Every case plants one repeated word and asserts where it is reported: line,
column and end (1-based, end exclusive, columns in Unicode code points) and
the exact source text the finding points at, in Markdown, HTML and text.
"""

from __future__ import annotations

import pytest

from lint.engine import Linter, lint_text

FORMATS = ["article.md", "article.html", "article.txt"]


def repeated(text: str, filename: str) -> list[tuple[int, int, int, int, str]]:
    return [
        (f.location.line, f.location.column, f.location.end_line, f.location.end_column, f.text)
        for f in lint_text(text, filename)
        if f.rule.id == "grammar/repeated-word"
    ]


@pytest.mark.parametrize("filename", FORMATS)
@pytest.mark.parametrize(("source", "expected"), [
    ("Rest.\r\n\r\nTake the\r\nthe pill.\r\n", (3, 6, 4, 4, "the\r\nthe")),
    ("Rest.\r\rTake the\rthe pill.\r", (3, 6, 4, 4, "the\rthe")),
    ("Rest.\n\nTake the\r\nthe pill.\rThen sleep.\n", (3, 6, 4, 4, "the\r\nthe")),
    ("Take\tthe\tthe pill.\n", (1, 6, 1, 13, "the\tthe")),
    ("Take\u200b the the pill.\n", (1, 7, 1, 14, "the the")),
    ("Take the\u00a0the pill.\n", (1, 6, 1, 13, "the\u00a0the")),
    ("Cafe\u0301 staff said the the pill.\n", (1, 18, 1, 25, "the the")),
    ("\U0001F600\U0001F44D\U0001F3FD take the the pill.\n", (1, 10, 1, 17, "the the")),
    ("\U0001F468\u200d\U0001F469\u200d\U0001F467 families take the the pill.\n", (1, 21, 1, 28, "the the")),
    ("\u05e9\u05dc\u05d5\u05dd \u200fsaid: take the the pill.\n", (1, 18, 1, 25, "the the")),
    ("\u0645\u0631\u062d\u0628\u0627 \u202bis\u202c take the the pill.\n", (1, 17, 1, 24, "the the")),
], ids=["crlf", "cr", "mixed-line-ends", "tabs", "zero-width-space", "no-break-space", "combining-mark",
        "astral-emoji", "zwj-sequence", "hebrew-rlm", "arabic-embedding"])
def test_odd_characters_keep_exact_positions(source, expected, filename):
    assert repeated(source, filename) == [expected]


@pytest.mark.parametrize("filename", FORMATS)
def test_ten_thousand_character_line(filename):
    words = " ".join(f"w{i}" for i in range(2000))
    source = f"{words} and then the the end.\n"
    assert len(source) > 10_000
    column = len(words) + len(" and then ") + 1
    assert repeated(source, filename) == [(1, column, 1, column + 7, "the the")]


def test_line_after_a_long_line_is_still_exact():
    source = "x" * 12_000 + "\n\nTake the the pill.\n"
    assert repeated(source, "article.md") == [(3, 6, 3, 13, "the the")]


def test_markdown_list_nested_ten_deep_is_all_checked():
    """The CommonMark preset stops at 20 parser levels and silently dropped
    the tenth level of a nested list; every level is checked now."""
    source = "".join("  " * i + f"- level {i} note\n" for i in range(9)) + "  " * 9 + "- take the the pill\n"
    assert repeated(source, "article.md") == [(10, 26, 10, 33, "the the")]


@pytest.mark.parametrize(("source", "tail_checked"), [
    ("".join("  " * i + "- item\n" for i in range(2000)), False),
    ("> " * 2000 + "quoted\n", True),
    ("".join("  " * i + "1. > note\n" for i in range(2000)), False),
], ids=["list", "quote", "list-of-quotes"])
def test_markdown_nested_2000_deep_warns_and_does_not_crash(source, tail_checked):
    """markdown-it stops at its nesting limit instead of recursing into a
    RecursionError; for lists it skips the rest of the document, so the
    user is told, rather than the text vanishing in silence."""
    head = "Take the the pill first.\n\n"
    tail = "\n\nAfter that, take the the pill.\n"
    result = Linter().lint_source("deep.md", head + source + tail)
    tail_line = head.count("\n") + source.count("\n") + 3
    expected = [(1, 6)] + ([(tail_line, 18)] if tail_checked else [])
    assert [(f.location.line, f.location.column) for f in result.findings] == expected
    assert result.warnings == ("deep.md: lists or block quotes nested too deeply (over 200 parser levels); "
                               "some text from there on is not checked",)


@pytest.mark.parametrize("source", [
    "<div>" * 2000 + "Take the the pill." + "</div>" * 2000,
    "<ul><li>" * 2000 + "Take the the pill.",
    "<blockquote><p><em>" * 2000 + "Take the the pill.",
], ids=["divs", "unclosed-lists", "unclosed-mixed"])
def test_html_nested_2000_deep_is_checked(source):
    column = source.index("the the") + 1
    result = Linter().lint_source("deep.html", source)
    assert [(f.location.line, f.location.column, f.text) for f in result.findings] == [(1, column, "the the")]
    assert result.warnings == ()


def test_deep_inline_nesting_in_markdown_is_kept_as_text():
    source = "[" * 3000 + "take the the pill" + "]" * 3000 + "\n"
    assert repeated(source, "article.md") == [(1, 3006, 1, 3013, "the the")]


@pytest.mark.parametrize("filename", FORMATS)
@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_words_joined_by_a_unicode_space_are_read_as_two_words(filename, space):
    # Editors paste from word processors and CMSs that join words with
    # no-break and thin spaces; "also known as" must still read as a phrase.
    text = f"Gout, also{space}known{space}as pseudogout, is a kind of arthritis.\n"
    found = [(f.location.line, f.location.column, f.message) for f in lint_text(text, filename)
             if f.rule.id == "terminology/false-synonym"]
    assert found == [(1, 1, '"Gout" and "pseudogout" are different conditions but are presented as one')]


@pytest.mark.parametrize("filename", FORMATS)
def test_invisible_characters_inside_and_beside_words_are_ignored(filename):
    # A soft hyphen inside a word and a zero-width space after one, as pasted
    # from web pages: the words are read as written without them.
    text = "Gout, also\u200b known as pseudogout, needs medi\u00adcation.\n"
    found = [(f.rule.id, f.location.line, f.location.column) for f in lint_text(text, filename)]
    assert found == [("terminology/false-synonym", 1, 1)]
