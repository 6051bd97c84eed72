"""Baselines: old findings stay quiet through edits elsewhere; new ones show."""

import json

from lint.cli import main

ARTICLE = "# Rest\n\nTake the the tablets.\n\nStress can make sugar diabetes worse.\n"


def rules_reported(capsys, *argv):
    main(["check", *argv, "--format", "json", "--no-cache"])
    return [(f["rule"], f["line"]) for f in json.loads(capsys.readouterr().out)["findings"]]


def test_baseline_hides_old_findings_through_edits_elsewhere(write, tmp_path, capsys):
    path = write("a.md", ARTICLE)
    baseline = str(tmp_path / "baseline.json")
    assert main(["baseline", "create", baseline, path]) == 0
    capsys.readouterr()
    assert len(json.loads(open(baseline).read())["findings"]) == 2
    assert rules_reported(capsys, path, "--baseline", baseline) == []
    # A paragraph added above moves every line, but nothing new is reported.
    write("a.md", "# Rest\n\nA new paragraph about sleep.\n\n" + ARTICLE.split("\n\n", 1)[1])
    assert rules_reported(capsys, path, "--baseline", baseline) == []
    # A new slip is reported; so is an old one whose words changed.
    write("a.md", ARTICLE.replace("the the tablets", "the the pills") + "\nEat well well.\n")
    assert rules_reported(capsys, path, "--baseline", baseline) == [
        ("grammar/repeated-word", 3), ("grammar/repeated-word", 7)]


def test_a_broken_baseline_is_a_clear_error(write, capsys):
    path = write("a.md", ARTICLE)
    bad = write("baseline.json", "{not json")
    assert main(["check", path, "--baseline", bad]) == 2
    assert f"{bad}: not a healthlint baseline" in capsys.readouterr().err
