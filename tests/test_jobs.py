"""Parallel runs: worker processes give exactly the report one process gives;
the progress bar shows only on a terminal, outside CI, for long runs."""

from __future__ import annotations

import io
import json
import multiprocessing
import os

import pytest

import lint.progress
from lint import engine
from lint.cli import main
from lint.config import Config
from lint.engine import Linter
from lint.progress import Progress


@pytest.fixture
def pools(monkeypatch):
    """Count worker pools started, and let even a tiny corpus use one."""
    started = []
    real = engine.ProcessPoolExecutor

    class CountingPool(real):
        def __init__(self, *args, **kwargs):
            started.append(kwargs["mp_context"].get_start_method())
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(engine, "ProcessPoolExecutor", CountingPool)
    monkeypatch.setattr(engine, "PARALLEL_MIN_BYTES", 0)
    return started


def corpus(write) -> str:
    for i in range(7):
        write(f"d/a{i}.md", f"# Part {i}\n\nTake the the tablets.\n\n| Dose | When |\n|---|---|\n| {i} mg | at at night |\n")
    write("d/page.html", "<p>Rest &amp; and and sleep.</p>\n<ul><li>Drink drink water</li></ul>\n")
    return os.path.dirname(write("d/notes.txt", "Plain text text here.\n\nA second paragraph paragraph.\n"))


def report(capsys, folder: str, jobs: str, output_format: str) -> str:
    main(["check", folder, "--no-cache", "--no-color", "--format", output_format, "--jobs", jobs])
    return capsys.readouterr().out


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_two_workers_print_byte_identical_reports(capsys, write, pools, output_format):
    folder = corpus(write)
    one, two = report(capsys, folder, "1", output_format), report(capsys, folder, "2", output_format)
    assert pools == ["fork"] if "fork" in multiprocessing.get_all_start_methods() else len(pools) == 1
    assert two == one
    if output_format == "json":
        findings = json.loads(two)["findings"]
        assert sum(f["rule"] == "grammar/repeated-word" for f in findings) == 18
        keys = [(f["path"], f["line"], f["column"]) for f in findings]
        assert keys == sorted(keys)


def test_spawned_workers_warm_up_in_the_initializer(write, pools, monkeypatch):
    """Where fork is missing (Windows, macOS defaults) workers load their own copy."""
    monkeypatch.setattr(engine, "_pool_context", lambda: multiprocessing.get_context("spawn"))
    folder = corpus(write)
    linter = Linter(Config())
    serial, parallel = linter.run([folder], jobs=1), linter.run([folder], jobs=2)
    assert pools == ["spawn"]
    assert [f.to_dict() for f in parallel.findings] == [f.to_dict() for f in serial.findings]


def test_a_small_run_stays_in_one_process(write, monkeypatch):
    monkeypatch.setattr(engine, "ProcessPoolExecutor", None)  # would raise if used
    folder = corpus(write)
    findings = Linter(Config()).run([folder], jobs=2).findings
    assert sum(f.rule.id == "grammar/repeated-word" for f in findings) == 18


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_draws_on_a_terminal_after_the_delay(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(lint.progress, "DELAY_SECONDS", 0)
    screen = Terminal()
    progress = Progress(stream=screen)
    progress.expect(4)
    for _ in range(4):
        progress.advance()
    progress.close()
    assert "Checking" in screen.getvalue() and "100%" in screen.getvalue()


@pytest.mark.parametrize("stream, ci", [(Terminal(), "true"), (io.StringIO(), None)])
def test_no_progress_bar_in_ci_or_on_a_pipe(monkeypatch, stream, ci):
    monkeypatch.setattr(lint.progress, "DELAY_SECONDS", 0)
    if ci:
        monkeypatch.setenv("CI", ci)
    else:
        monkeypatch.delenv("CI", raising=False)
    progress = Progress(stream=stream)
    progress.expect(4)
    progress.advance(4)
    progress.close()
    assert stream.getvalue() == ""


def test_no_progress_bar_for_a_quick_run(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    screen = Terminal()
    progress = Progress(stream=screen)
    progress.expect(4)
    progress.advance(4)
    progress.close()
    assert screen.getvalue() == ""
