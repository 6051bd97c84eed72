"""Plain-text files: headings known by their form, and paragraphs written
one to a line, as editors' exported text has them."""

from __future__ import annotations

from lint.config import Config
from lint.documents import text as plain
from lint.engine import lint_text

LONG = ("Gout is a kind of arthritis in which crystals of uric acid form in a joint, most often the big toe, "
        "and make it hot, red, swollen and very painful for a week or so.")


def blocks(source: str) -> list[tuple[str, str]]:
    document = plain.load("a.txt", source)
    return [(s.kind, document.text[s.start:s.end]) for s in document.segments]


def test_an_underlined_line_is_a_heading_and_the_underline_is_not_prose():
    assert blocks("Gout: a guide\n=============\n\nGout is painful.\n") == [
        ("heading", "Gout: a guide"), ("paragraph", "Gout is painful.")]
    # Under a paragraph of several lines a row of dashes is a rule between sections.
    assert blocks("Gout is painful.\nIt flares at night.\n---\nRest the joint.\n") == [
        ("paragraph", "Gout is painful. It flares at night."), ("paragraph", "Rest the joint.")]


def test_a_line_in_capitals_is_a_heading_even_without_a_blank_line_after_it():
    assert blocks("WHAT CAUSES GOUT?\nUric acid crystals form\nin the joint.\n") == [
        ("heading", "WHAT CAUSES GOUT?"), ("paragraph", "Uric acid crystals form in the joint.")]


def test_lines_of_a_file_not_hard_wrapped_are_blocks_of_their_own():
    source = f"Gout and diet\nBy Jane Smith, dietitian\n{LONG}\n{LONG}\n"
    assert [kind for kind, _ in blocks(source)] == ["paragraph"] * 4
    assert blocks(source)[1] == ("paragraph", "By Jane Smith, dietitian")


def test_hard_wrapped_lines_still_join_into_sentences():
    assert blocks("Gout is a kind of arthritis\nin which crystals form.\n") == [
        ("paragraph", "Gout is a kind of arthritis in which crystals form.")]


def test_an_underlined_reference_list_is_a_source_and_is_not_proofread():
    source = ("Gout: a guide\n=============\n\nCherries cure gout.\n\nReferences\n----------\n\n"
              "1. Smith J, Jones K. Diet and and gout. Rheumatology. 2019;58:1-9.\n")
    found = [(f.rule.id, f.location.line) for f in lint_text(source, "a.txt", Config())]
    assert ("claims/no-sources", 1) not in found
    assert ("grammar/repeated-word", 9) not in found
    assert ("claims/unsupported-efficacy", 4) in found


def test_sources_alone_on_a_line_opens_the_reference_list():
    assert blocks("Cherries cure gout.\n\nSources\nNHS: Gout. 2023.\n")[1] == ("heading", "Sources")


def test_a_reference_list_ends_where_the_prose_resumes():
    source = ("# Gout\n\nCherries may ease gout [1].\n\n## References\n\n"
              "1. Smith J, Jones K. Diet and and gout. Rheumatology. 2019;58:1-9.\n\n"
              "Our clinic has treated gout for twenty years and our team is is here to help you every day of the week.\n")
    found = [(f.rule.id, f.location.line) for f in lint_text(source, "a.md", Config(select=("grammar/repeated-word",)))]
    assert found == [("grammar/repeated-word", 9)]
