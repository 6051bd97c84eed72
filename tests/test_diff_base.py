"""--diff-base: only findings on lines changed since a git revision."""

import json
import subprocess

import pytest

from lint.cli import main


def git(folder, *args):
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "t@example.org")
    git(tmp_path, "config", "user.name", "t")
    (tmp_path / "a.md").write_text("# Rest\n\nTake the the tablets.\n\nStress makes sugar diabetes worse.\n")
    git(tmp_path, "add", "a.md")
    git(tmp_path, "commit", "-q", "-m", "first")
    return tmp_path


def reported(capsys, *argv):
    main(["check", *argv, "--format", "json", "--no-cache", "--select", "grammar,terminology"])
    return [(f["rule"], f["line"]) for f in json.loads(capsys.readouterr().out)["findings"]]


def test_only_changed_lines_are_reported(repo, capsys):
    path = repo / "a.md"
    path.write_text(path.read_text() + "\nEat well well.\n")
    assert reported(capsys, str(path), "--diff-base", "HEAD") == [("grammar/repeated-word", 7)]
    assert len(reported(capsys, str(path))) == 3


def test_new_files_report_everything_and_bad_refs_fail(repo, capsys):
    new = repo / "b.md"
    new.write_text("Rest rest now.\n")
    assert reported(capsys, str(new), "--diff-base", "HEAD") == [("grammar/repeated-word", 1)]
    assert main(["check", str(repo / "a.md"), "--diff-base", "no-such-ref", "--no-cache"]) == 2
    assert "--diff-base no-such-ref" in capsys.readouterr().err
