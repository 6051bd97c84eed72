"""Where the evaluation data beside the project lives (``../shared``), for the
benchmark scripts. Nothing here ships: the data is for measuring only."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NEWS = SHARED / "data" / "news" / "health-news-dev.jsonl"
MEDQUAD = SHARED / "data" / "medquad" / "answers-dev.jsonl"
MISSPELLINGS = SHARED / "data" / "spelling" / "misspellings-dev.tsv"
PRESS = SHARED / "data" / "claims" / "yu2020_press_releases.csv"
DEVSET = SHARED / "devset"
# The news stories the read-out uses are the check half; the rest are tuned on.
NEWS_HALVES = {"check": range(0, 250), "tune": range(250, 1510)}
