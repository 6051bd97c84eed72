"""False alarms of terminology/false-synonym on true synonyms: MedQuAD's NIH topic synonyms.

    .venv/bin/python benchmarks/terminology_true_synonyms.py [--n 3000] [--show]

Each topic and one of its "also called" names (Genetics Home Reference and MedlinePlus topics of
``shared/data/vocab/medquad_focus_synonyms.tsv``, CC BY 4.0; GARD's comma-separated lists are left
out, since their commas split names) is set in one of five equivalence constructions, one sentence
a paragraph, and every false-synonym finding is a false alarm. The concept table is built with
these synonyms, so this guards the rule's reading (acronyms, numerals, classes), not the table.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYNONYMS = next((base / "shared" / "data" / "vocab" / "medquad_focus_synonyms.tsv"
                 for base in (ROOT.parent, ROOT.parent.parent)
                 if (base / "shared" / "data" / "vocab" / "medquad_focus_synonyms.tsv").is_file()),
                ROOT.parent / "shared" / "data" / "vocab" / "medquad_focus_synonyms.tsv")
TEMPLATES = ("{X}, also known as {y}, can run in families.", "Some people have {x} (also called {y}).",
             "{X}, sometimes called {y}, may be present.", "Doctors may check for {x}, or {y}, during an exam.",
             "{X} is also known as {y}.")


def as_written(name: str) -> str:
    return name if sum(c.isupper() for c in name) > 1 else name[0].lower() + name[1:]


def pairs() -> list[tuple[str, str]]:
    out = []
    with open(SYNONYMS, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["subset"].startswith("2_"):
                continue
            focus = row["focus"].strip()
            for synonym in row["synonyms"].split("|"):
                synonym = synonym.strip()
                if not synonym or "," in synonym or "(" in synonym or "(" in focus or synonym.lower() == focus.lower() \
                        or len(synonym.split()) > 5 or len(focus.split()) > 5:
                    continue
                out.append((focus, synonym))
    random.Random(12).shuffle(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--show", action="store_true", help="print the false alarms")
    args = parser.parse_args()
    if not SYNONYMS.is_file():
        sys.exit(f"no MedQuAD synonyms at {SYNONYMS}")
    chosen = pairs()[:args.n]
    sentences = []
    for n, (focus, synonym) in enumerate(chosen):
        x, y = as_written(focus), as_written(synonym)
        sentences.append(TEMPLATES[n % len(TEMPLATES)].format(X=x[0].upper() + x[1:], x=x, y=y))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "true.txt"
        path.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "lint", "check", "--format", "json", "--fail-on", "never",
                               "--no-cache", "--select", "terminology/false-synonym", str(path)],
                              capture_output=True, text=True, cwd=ROOT)
        findings = json.loads(done.stdout)["findings"]
    lines = "\n\n".join(sentences).split("\n")
    if args.show:
        for f in findings:
            print(" ", lines[f["line"] - 1])
    print(f"true-synonym sentences {len(sentences)}: false alarms {len(findings)} "
          f"({len(findings) / max(1, len(sentences)):.3f})")


if __name__ == "__main__":
    main()
