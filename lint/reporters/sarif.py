"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other tools."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from lint import checks
from lint.rules import Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule_descriptor(rule) -> dict:
    from lint.explain import explain_text

    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation.split("\n\n")[0]},
        "help": {"text": explain_text(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category},
    }


def as_dict(run, options) -> dict:
    findings = run.findings
    rules = list(checks.all_rules())
    index = {rule.id: i for i, rule in enumerate(rules)}
    results = []
    for f in findings:
        loc = f.location
        result = {
            "ruleId": f.rule.id,
            "ruleIndex": index[f.rule.id],
            "level": LEVELS[f.effective_severity],
            "message": {"text": f.message + (f" Suggestion: {' | '.join(f.suggestions[:3])}." if f.suggestions else "")},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": Path(f.path).as_posix()},
                    "region": {
                        "startLine": loc.line,
                        "startColumn": loc.column,
                        "endLine": loc.end_line,
                        "endColumn": loc.end_column,
                    },
                }
            }],
            "partialFingerprints": {"healthlint/v1": f.fingerprint},
        }
        results.append(result)
    notifications = [
        {"level": "error", "message": {"text": message},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": Path(path).as_posix()}}}]}
        for path, message in run.errors
    ]
    invocation = {"executionSuccessful": not run.errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "healthlint",
                "version": options.tool_version,
                "rules": [_rule_descriptor(r) for r in rules],
            }},
            "invocations": [invocation],
            "results": results,
        }],
    }


def render(run, out: TextIO, options) -> None:
    json.dump(as_dict(run, options), out, indent=2, ensure_ascii=False)
    out.write("\n")
