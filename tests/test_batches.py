"""Linter.lint_files runs each check over a batch of documents in turn; its
results must be exactly those of linting each file on its own."""

from __future__ import annotations

import pytest

from lint import engine
from lint.engine import Linter

ARTICLE = "# Aspirin {i}\n\nMost people recieve it as a tablet and it cures headaches completely.\nThe the dose is {i} mg.\n"


def _files(write) -> list[str]:
    paths = [write(f"d/a{i}.md", ARTICLE.format(i=i)) for i in range(5)]
    paths.insert(2, write("d/empty.txt", ""))
    paths.insert(4, write("d/binary.txt", b"\x00\x01binary"))
    paths.append(write("d/page.html", "<p>Rest and and sleep.</p>\n"))
    return paths


def _plain(results):
    return [(r.path, r.error, r.words, r.warnings, [(f.rule.id, f.location, f.message, f.suggestions, f.fingerprint)
                                                    for f in r.findings], r.summaries) for r in results]


def test_a_batch_gives_each_files_own_results(write):
    paths = _files(write)
    linter = Linter()
    one_by_one = [linter.lint_file(p) for p in paths]
    assert any(r.error for r in one_by_one) and any(r.findings for r in one_by_one)
    assert _plain(linter.lint_files(paths)) == _plain(one_by_one)


def test_a_check_that_fails_on_one_file_loses_only_that_file(write, monkeypatch):
    paths = _files(write)
    linter = Linter()
    expected = [linter.lint_file(p) for p in paths]
    module = linter.modules[0]
    real = module.check

    def failing(doc, ctx):
        if "Aspirin 3" in doc._.hl_text:
            raise ValueError("boom")
        return real(doc, ctx)

    monkeypatch.setattr(module, "check", failing)
    results = linter.lint_files(paths)
    bad = paths.index(next(p for p in paths if p.endswith("a3.md")))
    assert results[bad].error == f"{paths[bad]}: internal error while linting (ValueError: boom); please report it"
    assert _plain(results[:bad] + results[bad + 1:]) == _plain(expected[:bad] + expected[bad + 1:])


@pytest.mark.parametrize("files, size", [(3, 10 ** 9), (100, 150)])
def test_a_run_in_batches_reports_as_one_file_at_a_time(write, monkeypatch, files, size):
    paths = _files(write)
    monkeypatch.setattr(engine, "BATCH_FILES", 1)
    alone = Linter().run(paths)
    expected = (_plain(alone.results), alone.errors, alone.project_findings)
    monkeypatch.setattr(engine, "BATCH_FILES", files)
    monkeypatch.setattr(engine, "BATCH_BYTES", size)
    batches = list(engine._batches(paths))
    assert [p for b in batches for p in b] == paths and len(batches) > 1
    together = Linter().run(paths)
    assert (_plain(together.results), together.errors, together.project_findings) == expected
