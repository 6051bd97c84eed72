"""``--format text``: for people. Grouped by file; each finding shows where,
how serious, which rule, what is wrong, the source line underlined, and the
suggestion. Colour only when asked for (a terminal without NO_COLOR)."""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

import click

from lint.rules import Severity

STYLES = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _line_of(source_lines: dict, path: str, line: int) -> str:
    if path not in source_lines:
        try:
            from lint.files import read

            source_lines[path] = read(path, 10 * 1024 * 1024).splitlines()
        except Exception:
            source_lines[path] = []
    lines = source_lines[path]
    return lines[line - 1] if 0 < line <= len(lines) else ""


def render(run, out: TextIO, options) -> None:
    style = (lambda text, **kw: click.style(text, **kw)) if options.color else (lambda text, **kw: text)
    findings = run.findings
    sources = run.sources
    source_lines = {path: text.splitlines() for path, text in sources.items()}
    if not options.quiet:
        for path, group in groupby(findings, key=lambda f: f.path):
            out.write(style(path, bold=True, underline=True) + "\n")
            for f in group:
                loc = f.location
                severity = f.effective_severity
                out.write(
                    f"  {style(f'{path}:{loc.line}:{loc.column}', bold=True)}: "
                    f"{style(severity.label, fg=STYLES[severity], bold=True)} "
                    f"{style(f.rule.id, dim=True)} {f.message}\n"
                )
                # A finding about the whole article quotes no line: its span
                # only says where the article starts and its title ends.
                line = _line_of(source_lines, path, loc.line) if f.rule.scope != "article" else ""
                if line and len(line) <= 400:
                    width = (loc.end_column if loc.end_line == loc.line else len(line) + 1) - loc.column
                    gutter = f"{loc.line:>5} | "
                    expanded = line.replace("\t", " ")
                    out.write(style(gutter, dim=True) + expanded + "\n")
                    out.write(" " * len(gutter) + " " * (loc.column - 1)
                              + style("^" * max(width, 1), fg=STYLES[severity]) + "\n")
                if f.suggestions:
                    out.write(f"        {style('suggestion:', fg='green')} {' | '.join(f.suggestions[:3])}\n")
            out.write("\n")
    counts = {s: sum(1 for f in findings if f.effective_severity is s) for s in Severity}
    summary = (
        f"{len(findings)} finding{'s' if len(findings) != 1 else ''} "
        f"({counts[Severity.ERROR]} errors, {counts[Severity.WARNING]} warnings, {counts[Severity.INFO]} info) "
        f"in {run.files} file{'s' if run.files != 1 else ''}, {run.words:,} words"
    )
    if run.errors:
        summary += f"; {len(run.errors)} path{'s' if len(run.errors) != 1 else ''} could not be checked (see stderr)"
    out.write(style(summary, bold=True) + "\n")
