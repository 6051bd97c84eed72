"""``--format github``: GitHub Actions workflow commands, one per finding,
which GitHub shows as annotations on the pull request's changed lines."""

from __future__ import annotations

from typing import TextIO

from lint.rules import Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(run, out: TextIO, options) -> None:
    for f in run.findings:
        loc = f.location
        message = f.message
        if f.suggestions:
            message += f" (suggestion: {' | '.join(f.suggestions[:3])})"
        out.write(
            f"::{COMMANDS[f.effective_severity]} file={_escape_property(f.path)},"
            f"line={loc.line},col={loc.column},endLine={loc.end_line},endColumn={loc.end_column},"
            f"title={_escape_property(f.rule.id)}::{_escape_data(message)}\n"
        )
    for path, message in run.errors:
        out.write(f"::error file={_escape_property(path)},title=healthlint::{_escape_data(message)}\n")
