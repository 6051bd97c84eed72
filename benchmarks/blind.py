"""Recall and false alarms on benchmarks/blind (see its README: a set written
by someone who never saw the rules; read since, so a tune set).

    .venv/bin/python benchmarks/blind.py [--preview] [--show-misses]

Scoring is ../shared/devset/score.py's, so the figures compare with the dev set's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "benchmarks" / "blind"
SCORER = ROOT.parent / "shared" / "devset" / "score.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", action="store_true")
    parser.add_argument("--show-misses", action="store_true", help="list the gold items not found")
    args = parser.parse_args()
    if not SCORER.exists():
        print(f"needs the shared scorer at {SCORER}", file=sys.stderr)
        return 2
    command = [sys.executable, "-m", "lint", "check", "--format", "json", "--fail-on", "never", "--no-cache",
               str(BLIND / "articles"), str(BLIND / "clean")] + (["--preview"] if args.preview else [])
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as out:
        out.write(done.stdout)
    score = [sys.executable, str(SCORER), out.name, "--gold", str(BLIND / "gold.json")]
    if args.show_misses:
        score += ["--by-item", "--show-unmatched"]
    return subprocess.run(score, cwd=BLIND).returncode


if __name__ == "__main__":
    sys.exit(main())
