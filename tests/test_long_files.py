"""Long files: linted like any other up to the size limit (spaCy's own
million-character guard is for parsers this pipeline does not have)."""

import json

from lint.cli import main

PARAGRAPH = ("Most adults with a mild infection recover at home within a week. Drink plenty of "
             "fluids, rest, and ask a pharmacist which medicine suits you best. Note {}.")


def test_a_1_5_mb_article_is_linted_and_a_slip_on_its_last_line_found(write, capsys):
    paragraphs = []
    size = 0
    while size < 1_500_000:
        paragraphs.append(PARAGRAPH.format(len(paragraphs)))
        size += len(paragraphs[-1]) + 2
    text = "# A long report\n\n" + "\n\n".join(paragraphs) + "\n\nAt the end, take the the last dose.\n"
    assert len(text) > 1_500_000
    path = write("long.md", text)
    assert main(["check", path, "--format", "json", "--no-cache", "--fail-on", "never"]) == 0
    captured = capsys.readouterr()
    assert "internal error" not in captured.err
    report = json.loads(captured.out)
    last_line = text.count("\n")
    assert [(f["rule"], f["line"], f["column"]) for f in report["findings"]
            if f["rule"] == "grammar/repeated-word"] == [("grammar/repeated-word", last_line, 18)]
    assert report["summary"]["files"] == 1 and report["summary"]["words"] > 250_000
