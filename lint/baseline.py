"""Baselines: adopt healthlint on an archive without fixing it first.

``healthlint baseline create FILE PATHS`` records every current finding by
fingerprint; ``check --baseline FILE`` then reports only findings that are
not in it. Fingerprints hash the rule, the path, the words found and a little
of their sentence, never line numbers, so an edit elsewhere in the file does
not bring a baselined finding back, while changing its own words does.
"""

from __future__ import annotations

import json
from pathlib import Path

VERSION = 1


class BaselineError(Exception):
    pass


def write(path: str, findings) -> int:
    entries = sorted({(f.path, f.rule.id, f.fingerprint) for f in findings})
    data = {"version": VERSION, "findings": [{"path": p, "rule": r, "fingerprint": fp} for p, r, fp in entries]}
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return len(entries)


def read(path: str) -> frozenset[str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("version") != VERSION:
            raise BaselineError(f"{path}: baseline version {data.get('version')!r}; this healthlint reads {VERSION}")
        return frozenset(entry["fingerprint"] for entry in data["findings"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise BaselineError(f"{path}: not a healthlint baseline ({error})") from None


def apply(run, fingerprints: frozenset[str]) -> int:
    """Drop baselined findings from the run; return how many were dropped."""
    before = len(run.findings)
    for result in run.results:
        result.findings = [f for f in result.findings if f.fingerprint not in fingerprints]
    run.project_findings = [f for f in run.project_findings if f.fingerprint not in fingerprints]
    return before - len(run.findings)
