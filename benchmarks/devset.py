"""Recall and false alarms on ../shared/devset, reported by half.

    .venv/bin/python benchmarks/devset.py [--preview] [--show-misses tune]

The dev articles stand in for text none of us will see, so they are split:
the TUNE half may be read and tuned on; the CHECK half is only measured, and
its figure is the real one. Scoring is ../shared/devset/score.py's (same file,
category, line and overlapping columns), run once per half.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devset"
HALVES = {
    "tune": ("gout", "hay-fever", "high-cholesterol", "kidney-stones", "lower-back-pain",
             "anxiety", "bronchitis", "celiac-disease"),
    "check": ("menopause", "psoriasis", "sunscreen-skin-cancer", "underactive-thyroid", "urinary-tract-infection",
              "glaucoma", "osteoporosis", "sciatica"),
}


def findings(preview: bool) -> list[dict]:
    command = [sys.executable, "-m", "lint", "check", "--format", "json", "--fail-on", "never", "--no-cache",
               str(DEVSET / "articles"), str(DEVSET / "clean")]
    if preview:
        command.append("--preview")
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout)["findings"]


def in_half(path: str, half: str) -> bool:
    return Path(path).stem in HALVES[half]


def score(half: str, found: list[dict], show_misses: bool) -> str:
    gold = [g for g in json.loads((DEVSET / "gold.json").read_text()) if in_half(g["file"], half)]
    clean_words = sum(len(p.read_text(encoding="utf-8").split()) for p in (DEVSET / "clean").iterdir()
                      if p.stem in HALVES[half])
    with tempfile.TemporaryDirectory() as tmp:
        gold_file, found_file = Path(tmp) / "gold.json", Path(tmp) / "found.json"
        gold_file.write_text(json.dumps(gold))
        found_file.write_text(json.dumps({"findings": [f for f in found if in_half(f["path"], half)]}))
        command = [sys.executable, str(DEVSET / "score.py"), str(found_file), "--gold", str(gold_file),
                   "--clean-words", str(clean_words)]
        if show_misses:
            command += ["--show-unmatched"]
        out = subprocess.run(command, capture_output=True, text=True).stdout
    return out


def summary(out: str) -> str:
    rec = re.search(r"heldout: recall=([\d.]+) fp_per_kword=([\d.]+)", out)
    recall_part = out.split("Recall on articles/")[-1].split("Findings on clean/")[0]
    cats = re.findall(r"^\s+(claims|spelling|terminology)\s+(\d+)/(\d+)", recall_part, re.M)
    return (f"recall {rec.group(1)} ({', '.join('%s %s/%s' % c for c in cats)}); "
            f"clean {rec.group(2)} per 1,000 words") if rec else out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--preview", action="store_true")
    parser.add_argument("--show-misses", choices=("tune",), help="print the tune half's unmatched items")
    args = parser.parse_args()
    if not DEVSET.is_dir():
        sys.exit(f"devset: {DEVSET} not found")
    found = findings(args.preview)
    for half in ("tune", "check"):
        out = score(half, found, args.show_misses == half)
        print(f"{half:>5} half: {summary(out)}")
        if args.show_misses == half:
            print(out)


if __name__ == "__main__":
    main()
