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


# An article with span findings (the repeated word) and, as the claims rules
# stand, article-level ones (an efficacy claim with no source and no harms).
CLAIMING = ("# Ginger\n\nGinger cures nausea. Take the the tablets with food.\n\n"
            "Most people feel better within a day.\n")


def _findings(capsys, *argv):
    main(["check", *argv, "--format", "json", "--no-cache", "--fail-on", "never"])
    return json.loads(capsys.readouterr().out)["findings"]


def _project(tmp_path, monkeypatch):
    """A project with a config file at its root and an article in a subfolder,
    run from the root."""
    (tmp_path / ".healthlint.toml").write_text("", encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(CLAIMING, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["baseline", "create", "b.json", "articles"]) == 0


def test_baseline_stores_paths_relative_to_the_project_root(tmp_path, monkeypatch, capsys):
    _project(tmp_path, monkeypatch)
    capsys.readouterr()
    data = json.loads((tmp_path / "b.json").read_text())
    assert data["version"] == 2
    assert {entry["path"] for entry in data["findings"]} == {"articles/a.md"}
    assert "grammar/repeated-word" in {entry["rule"] for entry in data["findings"]}


def test_baseline_holds_however_the_paths_are_spelled(tmp_path, monkeypatch, capsys):
    _project(tmp_path, monkeypatch)
    capsys.readouterr()
    assert _findings(capsys, "articles")  # there is something to hide
    absolute = str(tmp_path / "articles")
    assert _findings(capsys, absolute, "--baseline", "b.json") == []
    assert _findings(capsys, "./articles/a.md", "--baseline", str(tmp_path / "b.json")) == []
    assert _findings(capsys, "articles/../articles", "--baseline", "b.json") == []
    monkeypatch.chdir(tmp_path / "articles")
    assert _findings(capsys, ".", "--baseline", "../b.json") == []
    assert _findings(capsys, "a.md", "--baseline", "../b.json") == []
    # From elsewhere altogether, with the config found from the path.
    monkeypatch.chdir(tmp_path.parent)
    assert _findings(capsys, absolute, "--baseline", str(tmp_path / "b.json")) == []


def test_without_a_config_the_git_root_is_the_project_root(tmp_path, monkeypatch, capsys):
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(CLAIMING, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["baseline", "create", "b.json", "docs"]) == 0
    capsys.readouterr()
    assert {e["path"] for e in json.loads((tmp_path / "b.json").read_text())["findings"]} == {"docs/a.md"}
    monkeypatch.chdir(tmp_path / "docs")
    assert _findings(capsys, "a.md", "--baseline", "../b.json") == []


def test_a_paragraph_added_anywhere_keeps_every_old_finding_baselined(tmp_path, monkeypatch, capsys):
    _project(tmp_path, monkeypatch)
    capsys.readouterr()
    before = _findings(capsys, "articles")
    article_level = {f["rule"] for f in before} & {"claims/no-sources", "claims/missing-harms"}
    article = tmp_path / "articles" / "a.md"
    title, rest = CLAIMING.split("\n\n", 1)
    first, second = rest.split("\n\n", 1)
    added = "Sleep matters too, and a short walk each day helps many people.\n\n"
    for edited in (title + "\n\n" + added + rest,               # at the top
                   title + "\n\n" + first + "\n\n" + added + second,  # in the middle
                   CLAIMING + "\n" + added):                    # at the end
        article.write_text(edited, encoding="utf-8")
        after = _findings(capsys, "articles")
        # Every rule found before is found still (so there is something to hide)...
        assert article_level <= {f["rule"] for f in after}
        # ... and nothing comes back through the baseline.
        assert _findings(capsys, "articles", "--baseline", "b.json") == []


def test_a_version_1_baseline_still_loads_with_a_warning(write, tmp_path, capsys):
    path = write("a.md", ARTICLE)
    old = write("old.json", json.dumps({"version": 1, "findings": [
        {"path": "a.md", "rule": "grammar/repeated-word", "fingerprint": "0123456789abcdef"}]}))
    assert main(["check", path, "--baseline", old, "--format", "json", "--no-cache"]) == 1
    captured = capsys.readouterr()
    assert "baseline version 1" in captured.err and "baseline create" in captured.err
    assert {f["rule"] for f in json.loads(captured.out)["findings"]} >= {"grammar/repeated-word"}


def test_a_baseline_from_the_future_is_a_clear_error(write, capsys):
    path = write("a.md", ARTICLE)
    new = write("new.json", json.dumps({"version": 99, "findings": []}))
    assert main(["check", path, "--baseline", new]) == 2
    assert "baseline version 99" in capsys.readouterr().err
