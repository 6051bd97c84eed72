"""``--format json``: the public, versioned machine-readable schema (README)."""

from __future__ import annotations

import json
from typing import TextIO

from lint.rules import Severity

SCHEMA_VERSION = 1


def as_dict(run, options) -> dict:
    findings = run.findings
    count = lambda level: sum(1 for f in findings if f.effective_severity is level)  # noqa: E731
    return {
        "version": SCHEMA_VERSION,
        "tool": {"name": "healthlint", "version": options.tool_version},
        "findings": [f.to_dict() for f in findings],
        "summary": {
            "files": run.files,
            "words": run.words,
            "findings": len(findings),
            "errors": count(Severity.ERROR),
            "warnings": count(Severity.WARNING),
            "infos": count(Severity.INFO),
        },
        "errors": [{"path": path, "message": message} for path, message in run.errors],
    }


def render(run, out: TextIO, options) -> None:
    json.dump(as_dict(run, options), out, indent=2, ensure_ascii=False, sort_keys=False)
    out.write("\n")
