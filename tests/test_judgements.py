"""The hand verdicts behind docs/precision.md are well formed and hold no
third-party text: a story id, a position, a verdict and our own short reason."""

from __future__ import annotations

import csv
from pathlib import Path

from lint.checks import all_rules

JUDGEMENTS = Path(__file__).resolve().parent.parent / "benchmarks" / "judgements"
FIELDS = ["article_id", "rule", "line", "column", "verdict", "reason"]


def test_judgement_files_are_well_formed():
    ids = {r.id for r in all_rules()}
    seen = set()
    for path in sorted(JUDGEMENTS.glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            assert reader.fieldnames == FIELDS, path.name
            for row in reader:
                where = f"{path.name}: {row}"
                assert row["article_id"].startswith("story_reviews_") or row["article_id"].startswith("news_reviews_"), where
                assert row["rule"] in ids, where
                assert int(row["line"]) >= 1 and int(row["column"]) >= 1, where
                assert row["verdict"] in ("tp", "fp", "unsure"), where
                # A reason describes; it never quotes the story at length.
                assert 0 < len(row["reason"]) <= 160, where
                key = (row["article_id"], row["rule"], row["line"], row["column"])
                assert key not in seen, f"judged twice: {where}"
                seen.add(key)
