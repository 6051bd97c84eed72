from lint.config import Config
from lint.engine import lint_text

ONLY = Config(select=("grammar/repeated-word",))


def findings(text, name="a.md"):
    return [(f.location.line, f.location.column, f.text, f.message) for f in lint_text(text, name, ONLY)]


def test_reports_doubled_word_with_exact_position_and_fix():
    [finding] = lint_text("Rest, then take the the tablets.\n", "a.md", ONLY)
    assert (finding.location.line, finding.location.column, finding.location.end_column) == (1, 17, 24)
    assert finding.message == 'Repeated word: "the the"'
    edit = finding.fix.edits[0]
    assert (edit.start, edit.end, edit.replacement) == (19, 23, "")


def test_across_a_line_break_and_case_insensitive():
    assert findings("Drink water and\nand rest.\n") == [(1, 13, "and\nand", 'Repeated word: "and and"')]
    assert findings("The the dose matters.\n") == [(1, 1, "The the", 'Repeated word: "The the"')]


def test_layout_breaks_are_not_slips():
    # Headings flattened into their paragraph, as in text exported from web pages.
    assert findings("Treatment    Treatment depends on age.\n", "a.txt") == []
    assert findings("Options for screening Screening tests help.\n", "a.txt") == []


def test_not_across_sentences_or_blocks():
    assert findings("Take it. It helps.\n\n# Sleep\n\nSleep well.\n") == []
    assert findings("- rest rest\n- fluids\n") == [(1, 3, "rest rest", 'Repeated word: "rest rest"')]


def test_legitimate_doubles_are_left_alone():
    assert findings("She had had a cough. He said that that was fine.\n") == []


def test_not_in_code_or_links():
    assert findings("Run `the the` now. See [the](http://the.the) the guide.\n") == [
        (1, 25, "the](http://the.the) the", 'Repeated word: "the the"')
    ]


def test_names_and_latin_are_not_slips():
    # A capitalised second word is a name or a scraped list of names.
    assert findings("The study by Fang Fang and colleagues was small.\n") == []
    assert findings("Chad Chile Congo Congo, Democratic Republic of Cook Islands\n") == []
    # "in in vitro": the second "in" opens the Latin phrase.
    assert findings("The effect seen in in vitro studies was weaker.\n") == []
    assert findings("As as long ago as 1997, doctors knew.\n") == [(1, 1, "As as", 'Repeated word: "As as"')]


def test_credits_and_emphasis_are_not_slips():
    assert findings("Enlarge this image toggle caption iStockphoto iStockphoto\n") == []
    assert findings("We are looking at a very very large room.\n") == []
