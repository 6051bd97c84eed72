"""The incremental cache: a re-run reuses results only while nothing that
shapes them has changed, and a broken cache never breaks a run."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import types

import pytest

import lint.cache
from lint import checks
from lint.cache import ResultCache, installation_fingerprint
from lint.cli import main
from lint.config import Config
from lint.engine import Linter
from lint.findings import Finding
from lint.rules import Rule, Severity

ARTICLE = "# Rest\n\nTake the the tablets with food.\n"


@pytest.fixture
def linted(monkeypatch):
    """Paths that were really linted (not served from the cache) in a run."""
    seen: list[str] = []
    real = Linter.lint_file

    def spy(self, path):
        seen.append(path)
        return real(self, path)

    monkeypatch.setattr(Linter, "lint_file", spy)
    return seen


def check_json(capsys, *argv) -> tuple[int, dict, str]:
    code = main(["check", "--format", "json", "--jobs", "1", *argv])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_second_run_comes_from_the_cache_with_identical_report(capsys, write, tmp_path, linted):
    path = write("a.md", ARTICLE)
    cache_dir = str(tmp_path / "cache")
    first = check_json(capsys, path, "--cache-dir", cache_dir)
    assert linted == [path]
    second = check_json(capsys, path, "--cache-dir", cache_dir)
    assert linted == [path], "the unchanged file was linted again"
    assert second == first
    assert first[1]["findings"][0]["rule"] == "grammar/repeated-word"
    assert (tmp_path / "cache" / ".gitignore").read_text().endswith("*\n")


def test_editing_the_file_invalidates_its_entry_only(capsys, write, tmp_path, linted):
    edited, untouched = write("d/a.md", ARTICLE), write("d/b.md", "# Calm\n\nRest and and sleep.\n")
    cache_dir = str(tmp_path / "cache")
    check_json(capsys, str(tmp_path / "d"), "--cache-dir", cache_dir)
    write("d/a.md", "# Rest\n\nTake the tablets with food.\n")
    linted.clear()
    _, report, _ = check_json(capsys, str(tmp_path / "d"), "--cache-dir", cache_dir)
    assert linted == [edited]
    assert [(f["path"], f["line"], f["column"]) for f in report["findings"]] == [(untouched, 3, 6)]


def test_changing_the_configuration_invalidates(capsys, write, tmp_path, linted):
    path = write("a.md", ARTICLE)
    cache_dir = str(tmp_path / "cache")
    check_json(capsys, path, "--cache-dir", cache_dir)
    linted.clear()
    _, report, _ = check_json(capsys, path, "--cache-dir", cache_dir, "--ignore", "grammar/repeated-word")
    assert linted == [path] and report["findings"] == []
    linted.clear()
    check_json(capsys, path, "--cache-dir", cache_dir, "--fail-on", "error")  # cannot change findings
    assert linted == []


def test_a_word_list_named_by_the_configuration_is_part_of_the_key(write, tmp_path):
    write("words.txt", "colour\n")
    config = Config(root=str(tmp_path), dictionary_files=("words.txt",))
    before = lint.cache.config_fingerprint(config)
    write("words.txt", "colour\nhaemoglobin\n")
    assert lint.cache.config_fingerprint(config) != before


def test_a_new_tool_version_invalidates(capsys, write, tmp_path, linted, monkeypatch):
    path = write("a.md", ARTICLE)
    cache_dir = str(tmp_path / "cache")
    check_json(capsys, path, "--cache-dir", cache_dir)
    monkeypatch.setattr(lint.cache, "__version__", "99.0.0")
    installation_fingerprint.cache_clear()
    linted.clear()
    try:
        check_json(capsys, path, "--cache-dir", cache_dir)
    finally:
        installation_fingerprint.cache_clear()
    assert linted == [path]


def test_changed_shipped_data_changes_the_fingerprint(tmp_path, monkeypatch):
    package = tmp_path / "lint"
    (package / "data" / "grammar").mkdir(parents=True)
    data = package / "data" / "grammar" / "doubles.txt"
    data.write_text("# source: ours\nhad\n", encoding="utf-8")
    monkeypatch.setattr(lint.cache, "PACKAGE", package)
    fingerprints = []
    for content in ("# source: ours\nhad\n", "# source: ours\nhad\nthat\n"):
        data.write_text(content, encoding="utf-8")
        installation_fingerprint.cache_clear()
        fingerprints.append(installation_fingerprint())
    installation_fingerprint.cache_clear()
    assert fingerprints[0] != fingerprints[1]


def test_corrupt_cache_is_ignored_with_a_warning(capsys, write, tmp_path):
    path = write("a.md", ARTICLE)
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / lint.cache.DATABASE_NAME).write_bytes(b"this is not a database at all" * 100)
    code, report, err = check_json(capsys, path, "--cache-dir", str(cache_dir))
    assert code == 1 and [f["rule"] for f in report["findings"]] == ["grammar/repeated-word"]
    assert "healthlint: warning: the cache" in err and "is unusable" in err and "cache clear" in err


def test_a_damaged_row_is_a_miss(write, tmp_path):
    path = write("a.md", ARTICLE)
    cache = ResultCache(tmp_path / "cache", Config())
    linter = Linter(Config())
    linter.run([path], cache=cache)
    cache._db.execute("UPDATE results SET payload = ?", (b"\x80garbage",))
    again = linter.run([path], cache=cache)
    assert [f.rule.id for f in again.findings] == ["grammar/repeated-word"]
    assert cache.warnings == []


def test_locked_cache_skips_storing_with_a_warning(write, tmp_path, monkeypatch):
    monkeypatch.setattr(lint.cache, "LOCK_TIMEOUT_SECONDS", 0.05)
    path = write("a.md", ARTICLE)
    cache = ResultCache(tmp_path / "cache", Config())
    other_run = sqlite3.connect(tmp_path / "cache" / lint.cache.DATABASE_NAME, isolation_level=None)
    other_run.execute("BEGIN IMMEDIATE")  # another healthlint is writing
    try:
        result = Linter(Config()).run([path], cache=cache)
    finally:
        other_run.execute("ROLLBACK")
        other_run.close()
    assert [f.rule.id for f in result.findings] == ["grammar/repeated-word"]
    assert len(cache.warnings) == 1 and "results not stored" in cache.warnings[0]


def test_no_cache_neither_reads_nor_writes(capsys, write, tmp_path, linted):
    path = write("a.md", ARTICLE)
    cache_dir = tmp_path / "cache"
    check_json(capsys, path, "--cache-dir", str(cache_dir), "--no-cache")
    check_json(capsys, path, "--cache-dir", str(cache_dir), "--no-cache")
    assert linted == [path, path] and not cache_dir.exists()


def test_cache_clear_removes_only_the_cache(capsys, write, tmp_path):
    path = write("a.md", ARTICLE)
    cache_dir = tmp_path / "cache"
    check_json(capsys, path, "--cache-dir", str(cache_dir))
    assert main(["cache", "clear", "--cache-dir", str(cache_dir)]) == 0
    assert not cache_dir.exists() and "cleared" in capsys.readouterr().err
    kept = tmp_path / "notes"
    kept.mkdir()
    (kept / "mine.txt").write_text("keep me", encoding="utf-8")
    assert main(["cache", "clear", "--cache-dir", str(kept)]) == 0
    assert (kept / "mine.txt").exists() and "no cache in" in capsys.readouterr().err


def test_cache_clear_tables_removes_every_installations_tables_and_nothing_else(capsys, tmp_path, monkeypatch):
    from lint import resources

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    folder = resources.table_cache_folder()
    source = tmp_path / "source.txt"
    source.write_text("a\t1\n", encoding="utf-8")
    assert resources.cached_table("demo", lambda: [source], lambda: {"a": 1}) == {"a": 1}
    other = folder / "demo-0123456789abcdef-0123456789abcdef.marshal"  # another installation's copy
    other.write_bytes((folder / next(p.name for p in folder.iterdir())).read_bytes())
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    assert main(["cache", "clear", "--cache-dir", str(tmp_path / "results"), "--tables"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert "removed 2 table files" in capsys.readouterr().err
    assert resources.cached_table("demo", lambda: [source], lambda: {"a": 2}) == {"a": 2}  # rebuilt


def test_default_cache_sits_beside_the_config_file(capsys, write, tmp_path, monkeypatch):
    write("site/.healthlint.toml", "ignore = []\n")
    path = write("site/articles/a.md", ARTICLE)
    monkeypatch.chdir(tmp_path)
    check_json(capsys, path)
    assert (tmp_path / "site" / ".healthlint_cache" / lint.cache.DATABASE_NAME).exists()
    monkeypatch.chdir(tmp_path / "site")
    assert main(["cache", "clear"]) == 0
    assert not (tmp_path / "site" / ".healthlint_cache").exists()


# -- cross-article rules see cached articles ---------------------------------

SPELLINGS = Rule(
    id="terminology/test-mixed-spellings",
    severity=Severity.WARNING,
    summary="Articles disagree on colour/color (test rule)",
    explanation="What it does: test.\n\nWhy it matters: test.\n\nKnown problems: test.",
    examples_need_article=True,
)


def _summarize(doc, ctx):
    return [(t.lower_, ctx.locate(t.idx, t.idx + len(t))) for t in doc if t.lower_ in ("colour", "color")]


PROJECT_PASSES: list[int] = []


def _check_project(summaries, ctx):
    PROJECT_PASSES.append(len(summaries))
    spellings = {word for _, found in summaries for word, _ in found}
    if len(spellings) < 2:
        return
    for path, found in summaries:
        for word, location in found:
            if word == "color":
                yield Finding(rule=SPELLINGS, span=(-1, -1), message=f'"{word}" here, "colour" elsewhere',
                              path=path, location=location)


@pytest.fixture
def project_check(monkeypatch):
    module = types.ModuleType("lint.checks.test_mixed_spellings")
    module.RULES = (SPELLINGS,)
    module.check = lambda doc, ctx: iter(())
    module.summarize = _summarize
    module.check_project = _check_project
    every_module = (*checks.modules(), module)
    every_rule = (*checks.all_rules(), SPELLINGS)
    monkeypatch.setattr(checks, "modules", lambda: every_module)
    monkeypatch.setattr(checks, "all_rules", lambda: every_rule)


def test_cross_article_rule_sees_summaries_of_cached_files(project_check, write, tmp_path, linted):
    write("d/a.md", "# Skin\n\nThe colour of the rash matters.\n")
    american = write("d/b.md", "# Eyes\n\nEye color varies.\n")
    cache = ResultCache(tmp_path / "cache", Config())
    linter = Linter(Config())
    first = linter.run([str(tmp_path / "d")], cache=cache)
    write("d/b.md", "# Eyes\n\nEye color varies a lot.\n")
    linted.clear()
    second = linter.run([str(tmp_path / "d")], cache=cache)
    assert linted == [american], "the British article should have come from the cache"
    linted.clear()
    PROJECT_PASSES.clear()
    third = linter.run([str(tmp_path / "d")], cache=cache)  # nothing changed: the project pass is cached too
    assert linted == [] and PROJECT_PASSES == []
    expected = [(american, 3, 5, "terminology/test-mixed-spellings")]
    for run in (first, second, third):
        assert [(f.path, f.location.line, f.location.column, f.rule.id) for f in run.findings] == expected


def test_fully_cached_run_never_imports_spacy(write, tmp_path):
    """The saved rule registry and cached cross-article findings let a re-run
    of unchanged files skip the check modules, and spaCy's import with them."""
    path = write("a.md", ARTICLE)
    code = ("import sys; from lint.cli import main; rc = main(sys.argv[1:]); "
            "print('spacy' in sys.modules); sys.exit(rc)")
    argv = [sys.executable, "-c", code, "check", path, "--format", "json", "--cache-dir", str(tmp_path / "c")]
    first, second = (subprocess.run(argv, capture_output=True, text=True) for _ in range(2))
    assert first.stdout.endswith("True\n") and second.stdout.endswith("False\n"), second.stderr
    assert second.stdout == first.stdout.replace("True\n", "False\n")
    assert second.returncode == first.returncode == 1
