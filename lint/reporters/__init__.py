"""Reporters: each renders one run's findings in one format.

Every reporter is a module with ``render(run, out, options)``; they all read
the same ``RunResult`` and never compute findings themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

FORMATS = ("text", "json", "sarif", "github", "html")


@dataclass(frozen=True)
class ReportOptions:
    color: bool = False
    quiet: bool = False
    tool_version: str = ""


def reporter(name: str):
    if name == "text":
        from lint.reporters import text as module
    elif name == "json":
        from lint.reporters import json as module
    elif name == "sarif":
        from lint.reporters import sarif as module
    elif name == "github":
        from lint.reporters import github as module
    elif name == "html":
        from lint.reporters import html as module
    else:
        raise ValueError(f"unknown format {name!r}; allowed: {', '.join(FORMATS)}")
    return module
