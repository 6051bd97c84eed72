"""The command line as users and CI meet it: exit codes, formats, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from lint.cli import main

ARTICLE = "# Rest\n\nTake the the tablets with food.\n"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_codes_follow_fail_on(capsys, write):
    path = write("a.md", ARTICLE)
    assert run(capsys, "check", path, "--no-color")[0] == 1
    assert run(capsys, "check", path, "--fail-on", "error")[0] == 0
    assert run(capsys, "check", path, "--fail-on", "never")[0] == 0
    clean = write("clean.md", "# Rest\n\nRest well.\n")
    assert run(capsys, "check", clean)[0] == 0


def test_text_report_shows_position_rule_source_line_and_suggestion(capsys, write):
    path = write("a.md", ARTICLE)
    code, out, _ = run(capsys, "check", path, "--no-color")
    lines = out.splitlines()
    assert lines[1] == f"  {path}:3:6: warning grammar/repeated-word Repeated word: \"the the\""
    assert lines[2] == "    3 | Take the the tablets with food."
    assert lines[3] == " " * 13 + "^^^^^^^"
    assert lines[4] == "        suggestion: the"
    assert lines[-1] == "1 finding (0 errors, 1 warnings, 0 info) in 1 file, 7 words"
    assert "\x1b[" not in out


def test_text_report_quotes_no_line_for_a_finding_about_the_whole_article(capsys, write):
    path = write("a.md", "# Ginger tea\n\nGinger tea cures nausea and relieves migraines.\n")
    code, out, _ = run(capsys, "check", path, "--no-color")
    lines = out.splitlines()
    at = lines.index(f"  {path}:1:1: warning claims/no-sources The article makes 2 unsupported health claims "
                     "and cites no source at all")
    assert lines[at + 1] == "        suggestion: Add references for its claims, and a References section"


def test_json_schema_is_exact(capsys, write):
    path = write("a.md", ARTICLE)
    code, out, _ = run(capsys, "check", path, "--format", "json")
    data = json.loads(out)
    assert list(data) == ["version", "tool", "findings", "summary", "errors"]
    assert data["version"] == 1 and data["tool"]["name"] == "healthlint"
    [finding] = data["findings"]
    assert list(finding) == ["path", "line", "column", "end_line", "end_column", "rule", "category",
                             "severity", "message", "suggestions", "fingerprint"]
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (3, 6, 3, 13)
    assert finding["rule"] == "grammar/repeated-word" and finding["category"] == "grammar"
    assert data["summary"] == {"files": 1, "words": 7, "findings": 1, "errors": 0, "warnings": 1, "infos": 0}
    assert data["errors"] == []


def test_github_annotations(capsys, write):
    path = write("a.md", ARTICLE)
    _, out, _ = run(capsys, "check", path, "--format", "github")
    assert out == (f"::warning file={path},line=3,col=6,endLine=3,endColumn=13,"
                   f"title=grammar/repeated-word::Repeated word: \"the the\" (suggestion: the)\n")


def test_bad_file_is_named_and_others_still_reported(capsys, write):
    good = write("good.md", ARTICLE)
    bad = write("bad.txt", b"caf\xe9 au lait\n")
    code, out, err = run(capsys, "check", good, bad, "--format", "json")
    data = json.loads(out)
    assert code == 2
    assert [f["path"] for f in data["findings"]] == [good]
    assert data["errors"] == [{"path": bad, "message": f"{bad}: not valid UTF-8 (byte 3: b'\\xe9'); save it as UTF-8"}]
    assert bad in err


def test_select_and_ignore(capsys, write):
    path = write("a.md", ARTICLE)
    assert run(capsys, "check", path, "--ignore", "grammar")[0] == 0
    assert run(capsys, "check", path, "--select", "claims")[0] == 0
    assert run(capsys, "check", path, "--select", "grammar/repeated-word")[0] == 1
    code, _, err = run(capsys, "check", path, "--select", "grammar/no-such-rule")
    assert code == 2 and "unknown rule or category: grammar/no-such-rule" in err


def test_stdin(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("<p>Rest and and sleep.</p>"))
    code, out, _ = run(capsys, "check", "--stdin", "--stdin-filename", "page.html", "--format", "github")
    assert code == 1
    assert out.startswith("::warning file=page.html,line=1,col=9,endLine=1,endColumn=16,")


def test_a_dash_for_the_path_reads_standard_input(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Rest and and sleep.\n"))
    code, out, _ = run(capsys, "check", "-", "--format", "github")
    assert code == 1
    assert out.startswith("::warning file=stdin.md,line=1,col=6,endLine=1,endColumn=13,")


def test_output_file(capsys, write, tmp_path):
    path = write("a.md", ARTICLE)
    target = tmp_path / "report.json"
    code, out, _ = run(capsys, "check", path, "--format", "json", "--output", str(target))
    assert out == "" and json.loads(target.read_text())["summary"]["findings"] == 1


def test_config_error_is_exit_2_naming_file_and_key(capsys, write):
    path = write("a.md", ARTICLE)
    config = write(".healthlint.toml", 'fail-on = "sometimes"\n')
    code, _, err = run(capsys, "check", path)
    assert code == 2
    assert f"{config}: `fail-on` is 'sometimes'; allowed: error, warning, info, never" in err


def test_rules_and_explain(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "grammar/repeated-word" in out and "style/unused-suppression" in out
    code, out, _ = run(capsys, "explain", "grammar/repeated-word")
    assert code == 0 and "Why it matters:" in out and "Take the the tablets with food." in out
    assert run(capsys, "explain", "grammar/nope")[0] == 2


def test_usage_error_is_exit_2(capsys):
    assert run(capsys, "check")[0] == 2
    assert run(capsys, "check", "--format", "pdf", "x.md")[0] == 2


def test_version_and_help_do_not_import_spacy():
    code = ("import sys; from lint.cli import main; rc = main(['--version']); "
            "assert 'spacy' not in sys.modules, 'spacy imported'; sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith("healthlint ")


def test_python_dash_m_and_no_color_env(write):
    path = write("a.md", ARTICLE)
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run([sys.executable, "-m", "lint", "check", path], capture_output=True, text=True, env=env)
    assert result.returncode == 1 and "grammar/repeated-word" in result.stdout and "\x1b[" not in result.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jobs_give_identical_output(capsys, write, jobs):
    for i in range(4):
        write(f"d/a{i}.md", ARTICLE + f"\nNote {i} and and more.\n")
    folder = os.path.dirname(write("d/x.txt", "Plain text text here.\n"))
    _, out, _ = run(capsys, "check", folder, "--format", "json", "--jobs", jobs)
    data = json.loads(out)
    assert data["summary"]["findings"] == 9
    assert [f["path"] for f in data["findings"]] == sorted(f["path"] for f in data["findings"])
