"""--fix and --diff: safe fixes only by default, every other byte kept, atomic."""

from __future__ import annotations

import os

import pytest

from lint.cli import main

ARTICLE = "# Rest\r\n\r\nTake the the tablets.\r\nStress can make sugar diabetes worse.\r\nA clot in a deep vain hurts.\r\n"


def test_fix_applies_safe_fixes_keeps_crlf_and_is_idempotent(write, capsys):
    path = write("a.md", ARTICLE.encode("utf-8-sig"))
    assert main(["check", path, "--fix", "--no-cache", "--select", "grammar,terminology,spelling"]) == 1
    data = open(path, "rb").read()
    assert data == ("\ufeff# Rest\r\n\r\nTake the tablets.\r\nStress can make diabetes worse.\r\n"
                    "A clot in a deep vain hurts.\r\n").encode("utf-8")  # the unsafe real-word fix is not applied
    capsys.readouterr()
    main(["check", path, "--fix", "--no-cache", "--select", "grammar,terminology,spelling"])
    assert open(path, "rb").read() == data


def test_unsafe_fixes_on_request(write):
    path = write("a.md", "A clot in a deep vain hurts.\n")
    main(["check", path, "--fix", "--unsafe-fixes", "--no-cache", "--select", "spelling/real-word"])
    assert open(path, encoding="utf-8").read() == "A clot in a deep vein hurts.\n"


def test_diff_prints_and_changes_nothing(write, capsys):
    path = write("a.txt", "Take the the tablets.\n")
    assert main(["check", path, "--diff", "--no-cache"]) == 1
    out = capsys.readouterr().out
    assert "-Take the the tablets.\n+Take the tablets.\n" in out
    assert open(path, encoding="utf-8").read() == "Take the the tablets.\n"


def test_a_failed_write_leaves_the_original_intact(write, monkeypatch, capsys):
    path = write("a.md", "Take the the tablets.\n")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    main(["check", path, "--fix", "--no-cache"])
    assert open(path, encoding="utf-8").read() == "Take the the tablets.\n"
    assert "could not write the fixes" in capsys.readouterr().err
    assert [n for n in os.listdir(os.path.dirname(path)) if n.startswith(".healthlint-")] == []


def test_fix_with_stdin_is_a_usage_error(capsys):
    assert main(["check", "--stdin", "--fix"]) == 2
