"""Pull-request mode: which lines changed since a git revision?

``check --diff-base REF`` keeps findings on lines added or changed since REF
(``git diff --unified=0 REF``), and article-level findings only for articles
that changed at all. git runs with an argument list, never through a shell.
"""

from __future__ import annotations

import os
import re
import subprocess

HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


class DiffBaseError(Exception):
    pass


def _git(args: list[str], cwd: str) -> str:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as error:
        raise DiffBaseError(f"cannot run git ({error})") from None
    if result.returncode != 0:
        raise DiffBaseError(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "git failed")
    return result.stdout


def changed_lines(ref: str, path: str) -> set[int] | None:
    """Line numbers of ``path`` added or changed since ``ref``; None when the
    file is new (every line counts)."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    top = _git(["rev-parse", "--show-toplevel"], folder).strip()
    relative = os.path.relpath(os.path.abspath(path), top)
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    if not _git(["ls-tree", "--name-only", ref, "--", relative], top).strip():
        return None
    lines: set[int] = set()
    for match in HUNK.finditer(_git(["diff", "--unified=0", "--no-color", ref, "--", relative], top)):
        start, count = int(match.group(1)), int(match.group(2) or 1)
        lines.update(range(start, start + count))
    return lines


def apply(run, ref: str) -> None:
    """Keep only findings on changed lines (article-level ones if the article changed)."""
    for result in run.results:
        lines = changed_lines(ref, result.path)
        if lines is None:
            continue
        result.findings = [f for f in result.findings if _kept(f, lines)]
    paths = {r.path: changed_lines(ref, r.path) for r in run.results}
    run.project_findings = [f for f in run.project_findings
                            if paths.get(f.path) is None or _kept(f, paths[f.path])]


def _kept(finding, lines: set[int]) -> bool:
    if finding.rule.scope == "article":
        return bool(lines)
    loc = finding.location
    return any(line in lines for line in range(loc.line, loc.end_line + 1))
