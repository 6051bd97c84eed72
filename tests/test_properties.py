"""Property tests: the loaders and the whole pipeline never raise, and every
character of ``document.text`` maps back to the source exactly.

Documents are generated from realistic pieces (headings, emphasis, links,
images, lists, tables, code, entities, front matter, comments with
healthlint directives, CRLF and CR line ends, Unicode) and also as raw
strings. Three properties are checked on each:

1. Each character of the text maps to the source span it came from: the
   same character, a line break read as a space, a backslash escape, or an
   entity that decodes to it; separators between blocks map to nothing.
2. For each word of the text, the source slice at its location is the word
   (after ``html.unescape`` and Markdown escapes when it holds some).
3. Line and column agree with the source split at CRLF, CR and LF
   (1-based, columns in code points).
"""

from __future__ import annotations

import html
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.documents import INVISIBLE, SPACES
from lint.documents import html as html_loader
from lint.documents import markdown as markdown_loader
from lint.documents import text as text_loader
from lint.engine import Linter

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LOADERS = {"md": markdown_loader.load, "html": html_loader.load, "txt": text_loader.load}
MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
COMPLETE_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# -- building blocks ----------------------------------------------------------
WORDS = st.sampled_from([
    "the", "the the", "and and", "aspirin", "dose", "mg", "patients", "blood", "pressure", "café",
    "naïve", "e\u0301clair", "co-operate", "don't", "10", "5%", "x-ray", "\U0001F600", "\U0001F44D\U0001F3FD",
    "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "zero\u200bwidth", "no\u00a0break", "tab\there",
    "Dr.", "e.g.", "(see", "note)", "[sic]", "a", "I", "HbA1c", "COVID-19", "\u00b5g", "\u2014", "\u201cquoted\u201d",
])
ENTITIES = st.sampled_from(["&amp;", "&eacute;", "&#233;", "&#x1F600;", "&nbsp;", "&lt;", "&mdash;", "&notanentity;", "&amp"])
DIRECTIVES = st.sampled_from([
    "<!-- healthlint-disable grammar/repeated-word -->", "<!-- healthlint-enable -->",
    "<!-- healthlint-disable-next-line grammar -->", "<!-- healthlint-disable -->", "<!-- a plain comment -->",
])
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])


def words(min_size=1, max_size=8):
    return st.lists(WORDS, min_size=min_size, max_size=max_size).map(" ".join)


@st.composite
def markdown_inline(draw):
    pieces = draw(st.lists(st.one_of(
        words(),
        words(max_size=3).map(lambda w: f"*{w}*"),
        words(max_size=3).map(lambda w: f"**{w}**"),
        words(max_size=3).map(lambda w: f"`{w}`"),
        words(max_size=3).map(lambda w: f"[{w}](https://example.org/{len(w)})"),
        words(max_size=3).map(lambda w: f"![{w}](img/{len(w)}.png)"),
        st.just("<https://example.org/page>"),
        ENTITIES,
        st.sampled_from(["\\*", "\\_", "\\[", "\\#", "\\&", "\\\\"]),
        st.just("<b>bold</b>"),
        DIRECTIVES,
    ), min_size=1, max_size=6))
    return " ".join(pieces)


@st.composite
def markdown_document(draw):
    blocks = []
    if draw(st.booleans()):
        blocks.append(f"---\ntitle: {draw(words())}\ndescription: \"{draw(words())}\"\ntags: [a, b]\n---")
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["heading", "paragraph", "list", "ordered", "nested", "quote", "table",
                                     "fence", "indented", "html", "directive"]))
        inline = draw(markdown_inline())
        if kind == "heading":
            blocks.append("#" * draw(st.integers(1, 4)) + " " + inline)
        elif kind == "paragraph":
            blocks.append(inline + "\n" + draw(markdown_inline()))
        elif kind == "list":
            blocks.append("\n".join(f"- {draw(markdown_inline())}" for _ in range(draw(st.integers(1, 3)))))
        elif kind == "ordered":
            blocks.append("\n".join(f"{i}. {draw(markdown_inline())}" for i in range(1, draw(st.integers(2, 4)))))
        elif kind == "nested":
            blocks.append("\n".join("  " * depth + f"- {draw(words())}" for depth in range(draw(st.integers(1, 12)))))
        elif kind == "quote":
            blocks.append(f"> {inline}\n> {draw(words())}")
        elif kind == "table":
            blocks.append(f"| {draw(words())} | {draw(words())} |\n| --- | :-: |\n| {inline} | {draw(words())} |")
        elif kind == "fence":
            blocks.append(f"```python\n{draw(words())}\n```")
        elif kind == "indented":
            blocks.append(f"    {draw(words())}")
        elif kind == "html":
            blocks.append(f"<div>\n{draw(words())}\n</div>")
        else:
            blocks.append(draw(DIRECTIVES))
    separator = draw(st.sampled_from(["\n\n", "\n\n\n", "\n"]))
    return _line_ends(separator.join(blocks) + "\n", draw(NEWLINES))


@st.composite
def html_document(draw):
    parts = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["p", "h", "list", "table", "quote", "skip", "img", "inline", "comment",
                                     "entity", "br", "unclosed", "cdata"]))
        text = draw(words())
        if kind == "p":
            parts.append(f"<p>{text}</p>")
        elif kind == "h":
            level = draw(st.integers(1, 3))
            parts.append(f"<h{level}>{text}</h{level}>")
        elif kind == "list":
            parts.append("<ul>" + "".join(f"<li>{draw(words())}</li>" for _ in range(draw(st.integers(1, 3)))) + "</ul>")
        elif kind == "table":
            parts.append(f"<table><tr><th>{text}</th><td>{draw(words())}</td></tr></table>")
        elif kind == "quote":
            parts.append(f"<blockquote><p>{text}</p></blockquote>")
        elif kind == "skip":
            tag = draw(st.sampled_from(["script", "style", "code", "pre", "noscript", "template"]))
            parts.append(f"<{tag}>{text} if (a < b) {{ }}</{tag}>")
        elif kind == "img":
            quote = draw(st.sampled_from(['"', "'"]))
            parts.append(f"<img src=\"x.png\" alt={quote}{text} {draw(ENTITIES)}{quote}>")
        elif kind == "inline":
            parts.append(f"<p>{text} <em>{draw(words())}</em> <a href=\"https://example.org/?a=1&amp;b=2\">{draw(words())}</a></p>")
        elif kind == "comment":
            parts.append(draw(DIRECTIVES))
        elif kind == "entity":
            parts.append(f"<p>{text} {draw(ENTITIES)}{draw(ENTITIES)} {draw(words())}</p>")
        elif kind == "br":
            parts.append(f"{text}<br>{draw(words())}<hr/>")
        elif kind == "unclosed":
            parts.append(f"<div><p>{text}<li>{draw(words())}")
        else:
            parts.append(f"<![CDATA[{text}]]><![if !IE]>{draw(words())}<![endif]>")
    separator = draw(st.sampled_from(["\n", "", "\n\n  "]))
    body = separator.join(parts)
    if draw(st.booleans()):
        body = f"<!DOCTYPE html>\n<html><head><title>{draw(words())}</title></head><body>\n{body}\n</body></html>"
    return _line_ends(body, draw(NEWLINES))


@st.composite
def text_document(draw):
    paragraphs = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["wrapped", "bullets", "numbered", "directive"]))
        if kind == "wrapped":
            paragraphs.append("\n".join(draw(words()) for _ in range(draw(st.integers(1, 4)))))
        elif kind == "bullets":
            marker = draw(st.sampled_from(["-", "*", "\u2022"]))
            paragraphs.append("\n".join(f"{marker} {draw(words())}" for _ in range(draw(st.integers(1, 3)))))
        elif kind == "numbered":
            paragraphs.append("\n".join(f"{i}. {draw(words())}" for i in range(1, 4)))
        else:
            paragraphs.append(draw(DIRECTIVES))
    indent = draw(st.sampled_from(["", "  ", "\t"]))
    return _line_ends(indent + "\n\n".join(paragraphs) + "\n", draw(NEWLINES))


def _line_ends(source: str, newline: str) -> str:
    return source.replace("\n", newline)


RAW = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
MARKUP_SOUP = st.text(alphabet="ab \n\r\t*_`[]()!<>&;#x0-|\\:\"'=/\u00e9\U0001F600\u200b\u00a0", max_size=200)


# -- the properties -------------------------------------------------------------
def _char_matches(char: str, piece: str) -> bool:
    if piece == char:
        return True
    if char == " " and (piece.isspace() or piece.startswith("&") and html.unescape(piece).isspace()):
        # a line break, a Unicode space or its reference (&nbsp;, &#8239;) read as a space
        return True
    if len(piece) == 2 and piece[0] == "\\" and piece[1] == char:  # Markdown escape
        return True
    if piece == "\x00" and char == "\ufffd":  # CommonMark replaces NUL
        return True
    # CommonMark decodes a reference to an invalid code point (&#x86;) as U+FFFD.
    return piece.startswith("&") and (char in html.unescape(piece).replace("\xa0", " ") or char == "\ufffd")


def _position(source: str, offset: int) -> tuple[int, int]:
    """Line and column of ``offset``, computed independently of SourceMap."""
    breaks = [m.end() for m in LINE_BREAK.finditer(source, 0, offset)]
    line_start = breaks[-1] if breaks else 0
    return len(breaks) + 1, offset - line_start + 1


def _as_linted(raw: str) -> str:
    """Source text as the linted text has it: Unicode spaces read as spaces, invisible characters dropped."""
    return "".join(ch for ch in raw.translate(SPACES) if ch not in INVISIBLE)


def assert_maps_back(document) -> None:
    source, text, source_map = document.source, document.text, document.source_map
    assert len(source_map) == len(text)
    for i, char in enumerate(text):
        start, end = source_map.source_span(i, i + 1)
        if start == end:
            assert char.isspace(), f"text[{i}]={char!r} maps to no source"
        else:
            assert _char_matches(char, source[start:end]), (
                f"text[{i}]={char!r} maps to source[{start}:{end}]={source[start:end]!r}")
    for match in re.finditer(r"\S+", text):
        location = source_map.locate(match.start(), match.end())
        raw = source[location.start_offset:location.end_offset]
        if any(mark in raw for mark in "<*_`[]"):
            continue  # markup inside a word ("the<b>rapy</b>", "[see](url)."): property 1 checked each character
        # Markdown has backslash escapes, HTML has not; HTML decodes "&amp"
        # without a semicolon too, CommonMark only "&amp;".
        decoded = {
            _as_linted(decode(escaped))
            for escaped in (raw, MARKDOWN_ESCAPE.sub(r"\1", raw).replace("\x00", "\ufffd"))
            for decode in (str, html.unescape, lambda s: COMPLETE_ENTITY.sub(lambda m: html.unescape(m.group()), s))
        }
        if "\ufffd" in match.group():
            continue  # a character reference to an invalid code point
        assert match.group() in {raw, *decoded}, f"word {match.group()!r} at {location} is {raw!r} in the source"
        assert (location.line, location.column) == _position(source, location.start_offset)
        assert (location.end_line, location.end_column) == _position(source, location.end_offset)
        if location.line == location.end_line:
            lines = LINE_BREAK.split(source)
            assert lines[location.line - 1][location.column - 1:location.end_column - 1] == raw


def assert_findings_map_back(path: str, source: str) -> None:
    result = Linter().lint_source(path, source)
    for finding in result.findings:
        loc = finding.location
        assert finding.text == source[loc.start_offset:loc.end_offset]
        assert (loc.line, loc.column) == _position(source, loc.start_offset)
        assert (loc.end_line, loc.end_column) == _position(source, loc.end_offset)
        if finding.rule.id == "grammar/repeated-word":
            first, *_, last = re.findall(r"[^\W_]+", html.unescape(finding.text))  # markup between is fine
            assert first.lower() == last.lower(), finding.text


@SETTINGS
@given(markdown_document())
def test_markdown_maps_back(source):
    assert_maps_back(markdown_loader.load("a.md", source))


@SETTINGS
@given(html_document())
def test_html_maps_back(source):
    assert_maps_back(html_loader.load("a.html", source))


@SETTINGS
@given(text_document())
def test_text_maps_back(source):
    assert_maps_back(text_loader.load("a.txt", source))


@SETTINGS
@given(st.sampled_from(sorted(LOADERS)), st.one_of(RAW, MARKUP_SOUP))
def test_any_string_loads_and_maps_back(suffix, source):
    assert_maps_back(LOADERS[suffix](f"a.{suffix}", source))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    markdown_document().map(lambda s: ("a.md", s)),
    html_document().map(lambda s: ("a.html", s)),
    text_document().map(lambda s: ("a.txt", s)),
    st.tuples(st.sampled_from(["a.md", "a.html", "a.txt"]), st.one_of(RAW, MARKUP_SOUP)),
))
def test_whole_pipeline_never_raises_and_findings_map_back(case):
    assert_findings_map_back(*case)


def test_repeated_word_after_entity_and_escape_maps_to_its_source():
    """Regression: an escape followed later by the same characters unescaped
    pinned the text to the later copy (``\\:\\_ ... :_``)."""
    source = "Take \\:\\_ then the the pill; see :_ above.\n"
    document = markdown_loader.load("a.md", source)
    assert_maps_back(document)
    assert document.text.startswith("Take :_ then")
    [finding] = Linter().lint_source("a.md", source).findings
    assert (finding.location.column, finding.text) == (16, "the the")


# -- regressions found by the properties and the fuzzer --------------------------
def test_html_with_lone_cr_line_ends_before_lf_keeps_offsets():
    """html.parser counts only LF as a line break; offsets were computed with
    CR as one too, so text after "\\r...\\n" pointed at the wrong characters."""
    source = "<p>Rest.\r</p>\n<p>Take the the pill.</p>"
    document = html_loader.load("a.html", source)
    assert_maps_back(document)
    [finding] = Linter().lint_source("a.html", source).findings
    assert (finding.location.line, finding.location.column, finding.text) == (3, 9, "the the")


def test_html_bogus_marked_section_does_not_crash():
    """Python < 3.13's html.parser raised AssertionError on "<![" followed by
    anything but CDATA/if/endif; the file was lost as an internal error."""
    source = "<p>Take the the pill.</p><![ bogus ]><p>Rest.</p>"
    document = html_loader.load("a.html", source)
    assert "Rest." in document.text and "bogus" not in document.text
    assert [f.text for f in Linter().lint_source("a.html", source).findings] == ["the the"]


def test_markdown_inline_code_across_a_line_break():
    """A line break inside `code` becomes a space, so searching for the code's
    content jumped to a later space and misplaced the rest of the paragraph."""
    source = "Use `a\nb` and the the rest.\n"
    document = markdown_loader.load("a.md", source)
    assert_maps_back(document)
    assert document.text == "Use  and the the rest."
    [finding] = Linter().lint_source("a.md", source).findings
    assert (finding.location.line, finding.location.column) == (2, 8)


def test_markdown_no_break_space_is_not_matched_to_an_ordinary_space():
    source = "a \\* x\u00a0y and the the end\n"
    document = markdown_loader.load("a.md", source)
    assert_maps_back(document)
    start = document.text.index("x") + 1  # the no-break space, read as a space
    assert document.text[start] == " "
    assert document.source_map.source_span(start, start + 1) == (source.index("\u00a0"),) * 1 + (source.index("\u00a0") + 1,)


def test_markdown_backslash_before_a_letter_is_plain_text():
    source = "C:\\temp and the the end\n"
    document = markdown_loader.load("a.md", source)
    assert_maps_back(document)
    assert document.text == "C:\\temp and the the end"


def test_html_no_break_space_entity_in_alt_text_reads_as_a_space():
    document = html_loader.load("a.html", '<img alt="blood&nbsp;test">')
    assert document.text == "blood test"
    assert_maps_back(document)


def test_markdown_code_span_right_after_an_escaped_backtick():
    source = "Type \\``code` and the the rest.\n"
    document = markdown_loader.load("a.md", source)
    assert_maps_back(document)
    [finding] = Linter().lint_source("a.md", source).findings
    assert (finding.location.column, finding.text) == (19, "the the")


def test_html_ampersand_at_the_very_end_is_kept():
    """html.parser drops a bare "&" in a reference-like run at end of input."""
    document = html_loader.load("a.html", "Ask about Q&A")
    assert document.text == "Ask about Q&A"
    assert_maps_back(document)


def test_fuzz_harness_smoke_run():
    """200 inputs through fuzz/fuzz_pipeline.py (the long runs live outside the suite)."""
    import importlib.util
    from pathlib import Path

    harness = Path(__file__).resolve().parent.parent / "fuzz" / "fuzz_pipeline.py"
    spec = importlib.util.spec_from_file_location("fuzz_pipeline", harness)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    inputs = list(module.random_inputs(200, seed=0))
    assert len(inputs) == 200 and len(set(inputs)) > 150
    for data in inputs:
        module.test_one_input(data)


def test_article_finding_ends_before_a_crlf_line_break():
    """The first block's span ended on the "\\r" of "\\r\\n" (the loader's
    space for the line break), so its end column pointed inside the break."""
    assert_findings_map_back("a.md", "the\r\n![5% (see](img/7.png)\r\n")
