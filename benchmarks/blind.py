"""Recall and false alarms on a blind set: articles written by someone who
never saw the rules, with a gold.json of planted problems (see
benchmarks/blind/README.md; that set has been read since, so it is a tune set).

    .venv/bin/python benchmarks/blind.py [--set DIR] [--preview] [--by-kind] [--show-misses]

``--set`` scores another set laid out the same way (articles/, clean/,
gold.json), or such a set packed as a ``.tar.gz``: the held-out sets in
``benchmarks/heldout/`` are kept packed so that nobody reads them by accident
(see its README). ``--by-kind`` adds recall by kind of planted problem (the
gold's "note"), which names no item, so a held-out set can be scored without
being read; ``--show-misses`` is refused on a packed held-out set.
Scoring is ../shared/devset/score.py's, so the figures compare with the dev set's.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "benchmarks" / "blind"
SCORER = ROOT.parent / "shared" / "devset" / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("devset_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def recall_by_kind(findings_path: str, gold_path: Path) -> list[tuple[str, str, int, int]]:
    """(category, kind, found, planted) for each kind of planted problem."""
    score = _scorer()
    gold, _ = score.load_gold(str(gold_path))
    findings, _, _ = score.load_findings(findings_path, 1, score.SEV_RANK["info"])
    hits = score.evaluate(gold, findings, False)[0]
    planted, found = Counter(), Counter()
    for item in gold:
        # A note may name the item ("Real-word error (pail/pale)"): only its kind is kept.
        kind = (item["category"], (item["item"].get("note") or "(none)").split(" (")[0])
        planted[kind] += 1
        found[kind] += bool(hits[item["n"]])
    return [(category, note, found[(category, note)], n) for (category, note), n in sorted(planted.items())]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=BLIND, help="a blind set directory (default benchmarks/blind)")
    parser.add_argument("--preview", action="store_true")
    parser.add_argument("--by-kind", action="store_true", help="recall by kind of planted problem")
    parser.add_argument("--show-misses", action="store_true", help="list the gold items not found")
    args = parser.parse_args()
    if not SCORER.exists():
        print(f"needs the shared scorer at {SCORER}", file=sys.stderr)
        return 2
    blind = args.set.resolve()
    if blind.name.endswith(".tar.gz"):
        if args.show_misses:
            print(f"{blind.name} is held out: score it with --by-kind only; reading its misses "
                  "makes it a tune set (unpack it elsewhere and say so in benchmarks/heldout/README.md)",
                  file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory() as unpacked:
            with tarfile.open(blind) as archive:
                archive.extractall(unpacked, filter="data")
            inner = [p for p in Path(unpacked).iterdir() if p.is_dir()]
            return score_set(inner[0] if len(inner) == 1 else Path(unpacked), args)
    return score_set(blind, args)


def score_set(blind: Path, args: argparse.Namespace) -> int:
    if not (blind / "gold.json").exists():
        print(f"{blind}: no gold.json there", file=sys.stderr)
        return 2
    command = [sys.executable, "-m", "lint", "check", "--format", "json", "--fail-on", "never", "--no-cache",
               str(blind / "articles"), str(blind / "clean")] + (["--preview"] if args.preview else [])
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as out:
        out.write(done.stdout)
    score = [sys.executable, str(SCORER), out.name, "--gold", str(blind / "gold.json")]
    if args.show_misses:
        score += ["--by-item", "--show-unmatched"]
    status = subprocess.run(score, cwd=blind).returncode
    if args.by_kind:
        print("\nRecall by kind of planted problem")
        for category, kind, found, planted in recall_by_kind(out.name, blind / "gold.json"):
            print(f"  {category:<12} {kind:<32} {found:>3}/{planted:<3}")
    Path(out.name).unlink()
    return status


if __name__ == "__main__":
    sys.exit(main())
