"""Baselines: adopt healthlint on an archive without fixing it first.

``healthlint baseline create FILE PATHS`` records every current finding by
fingerprint; ``check --baseline FILE`` then reports only findings that are
not in it. Fingerprints hash the rule, the file's path relative to the
project root (see ``project_root``), the words found and a little of their
sentence, never line numbers, so an edit elsewhere in the file does not
bring a baselined finding back, while changing its own words does; nor does
spelling the path another way (absolute, ``./x``, from a subfolder).
Article-level findings (``claims/no-sources``...) hash only the rule and the
path: they belong to the whole article, wherever it is edited.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# 2: paths relative to the project root, article-level findings by path and
# rule. A version 1 file still loads (its span findings match when the paths
# were spelled from the project root, as they usually were).
VERSION = 2
READS = (1, 2)


class BaselineError(Exception):
    pass


@dataclass(frozen=True)
class Baseline:
    fingerprints: frozenset[str]
    version: int = VERSION
    # Something the user should know (an old file), or "".
    warning: str = ""

    def __contains__(self, fingerprint: str) -> bool:
        return fingerprint in self.fingerprints


def project_root(config, path: str) -> str:
    """The folder paths are stored relative to: the configuration file's,
    else the git work tree holding ``path``, else the current folder (the
    configuration's root when there is no file)."""
    if config.source:
        return config.root
    return _git_root(os.path.dirname(os.path.abspath(path))) or config.root


@lru_cache(maxsize=1024)
def _git_root(folder: str) -> str | None:
    """The nearest folder upward holding ``.git``, asked once per folder."""
    here = Path(os.path.realpath(folder))
    for candidate in (here, *here.parents):
        if (candidate / ".git").exists():
            return str(candidate)
    return None


def write(path: str, findings, relative=lambda p: p) -> int:
    """Record ``findings``; ``relative`` gives the path stored for each
    (``Linter.project_path``: relative to the project root)."""
    entries = sorted({(relative(f.path), f.rule.id, f.fingerprint) for f in findings})
    data = {"version": VERSION, "findings": [{"path": p, "rule": r, "fingerprint": fp} for p, r, fp in entries]}
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return len(entries)


def read(path: str) -> Baseline:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        version = data.get("version")
        if version not in READS:
            raise BaselineError(f"{path}: baseline version {version!r}; this healthlint reads "
                                f"{', '.join(map(str, READS))} (run `healthlint baseline create` again)")
        fingerprints = frozenset(entry["fingerprint"] for entry in data["findings"])
    except BaselineError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise BaselineError(f"{path}: not a healthlint baseline ({error})") from None
    warning = ""
    if version == 1:
        warning = (f"{path}: made by an older healthlint (baseline version 1): it holds only for paths "
                   f"spelled as when it was made, and article-level findings come back; "
                   f"run `healthlint baseline create` again to update it")
    return Baseline(fingerprints, version, warning)


def apply(run, baseline: Baseline | frozenset[str]) -> int:
    """Drop baselined findings from the run; return how many were dropped."""
    before = len(run.findings)
    for result in run.results:
        result.findings = [f for f in result.findings if f.fingerprint not in baseline]
    run.project_findings = [f for f in run.project_findings if f.fingerprint not in baseline]
    return before - len(run.findings)
