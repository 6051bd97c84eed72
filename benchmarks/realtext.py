"""How healthlint does on real health writing nobody here wrote.

    .venv/bin/python benchmarks/realtext.py [--half check|tune|all] [--preview]
    .venv/bin/python benchmarks/realtext.py --judge RULE [--n 15] [--seed 1]
    .venv/bin/python benchmarks/realtext.py --score [--write]

Reads ../shared/data/news/health-news-dev.jsonl (1,510 published health news
stories and press releases scraped by the FakeHealth project; research use
only, so no text of it is ever written into the project). Each story becomes
``<id>.txt`` holding its title, a blank line and its text: the layout of
``../shared/tools/readout.py``, so line and column agree with it.

The halves: lines 0-249 (the stories the read-out uses) are the CHECK half,
on which precision is judged and reported; lines 250-1509 are the TUNE half,
read while changing rules.

Default mode prints findings per 1,000 words by rule. ``--judge RULE`` prints
a seeded sample of that rule's findings not yet judged, each with its line,
for an editor's verdict; verdicts are kept in ``benchmarks/judgements/
<category>.tsv`` (article id, rule, line, column, verdict tp/fp/unsure, and a
reason in our own words, never the story's text). ``--score`` matches the
verdicts to today's findings (a verdict whose finding no longer appears is
stale and not counted) and prints judged precision by rule; ``--write`` also
records it in ``lint/data/rule_precision.tsv`` and ``docs/precision.md``.
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from shared_data import NEWS  # noqa: E402
JUDGEMENTS = ROOT / "benchmarks" / "judgements"
PRECISION_TABLE = ROOT / "lint" / "data" / "rule_precision.tsv"
PRECISION_DOC = ROOT / "docs" / "precision.md"
HALVES = {"check": range(0, 250), "tune": range(250, 1510), "all": range(0, 1510)}
FIELDS = ("article_id", "rule", "line", "column", "verdict", "reason")
VERDICTS = ("tp", "fp", "unsure")


def stories(half: str) -> list[tuple[str, str]]:
    wanted = HALVES[half]
    out = []
    with open(NEWS, encoding="utf-8") as fh:
        for index, line in enumerate(fh):
            if index in wanted:
                record = json.loads(line)
                title = record["title"].strip()
                out.append((record["id"], (title + "\n\n" if title else "") + record["text"]))
    return out


def lint(folder: Path, preview: bool) -> list[dict]:
    command = [sys.executable, "-m", "lint", "check", "--format", "json", "--fail-on", "never", "--no-cache",
               str(folder)]
    if preview:
        command.append("--preview")
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode not in (0, 1):
        sys.exit(f"realtext: healthlint failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)["findings"]


def run(half: str, preview: bool) -> tuple[list[tuple[str, str]], list[dict], int]:
    texts = stories(half)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for story_id, body in texts:
            (folder / f"{story_id}.txt").write_text(body, encoding="utf-8")
        findings = lint(folder, preview)
    for finding in findings:
        finding["article_id"] = Path(finding["path"]).stem
    words = sum(len(body.split()) for _, body in texts)
    return texts, findings, words


def read_judgements() -> dict[tuple[str, str, int, int], dict]:
    verdicts = {}
    for path in sorted(JUDGEMENTS.glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("verdict") not in VERDICTS:
                    continue
                key = (row["article_id"], row["rule"], int(row["line"]), int(row["column"]))
                verdicts[key] = row
    return verdicts


def key_of(finding: dict) -> tuple[str, str, int, int]:
    return finding["article_id"], finding["rule"], finding["line"], finding["column"]


def print_rates(findings: list[dict], words: int, half: str, n_stories: int) -> None:
    by_rule = collections.Counter(f["rule"] for f in findings)
    print(f"{half} half: {n_stories} stories, {words:,} words, {len(findings)} findings, "
          f"{1000 * len(findings) / words:.2f} per 1,000 words")
    for rule, count in by_rule.most_common():
        print(f"  {rule:<36} {count:>5}  {1000 * count / words:.3f} per 1,000 words")


def judge(rule: str, n: int, seed: int, preview: bool, half: str = "check") -> None:
    texts, findings, _ = run(half, preview)
    body_of = dict(texts)
    judged = read_judgements()
    pool = [f for f in findings if f["rule"] == rule and key_of(f) not in judged]
    already = sum(1 for f in findings if f["rule"] == rule and key_of(f) in judged)
    random.Random(seed).shuffle(pool)
    print(f"{rule}: {len(pool) + already} findings on the {half} half, {already} already judged; showing {min(n, len(pool))}")
    for finding in pool[:n]:
        lines = body_of[finding["article_id"]].split("\n")
        line = lines[finding["line"] - 1]
        start = finding["column"] - 1
        end = finding["end_column"] - 1 if finding.get("end_line", finding["line"]) == finding["line"] else len(line)
        left = max(0, start - 160)
        shown = line[left:start] + "[[" + line[start:end] + "]]" + line[end:end + 160]
        print("\n" + "\t".join(str(x) for x in key_of(finding)))
        print(f"  {finding['message']}  -> {finding.get('suggestions') or '-'}")
        print(f"  ...{shown}...")


def _half_verdicts(half: str, rules: dict) -> tuple[dict, collections.Counter, int, int]:
    """Per rule, the verdicts that match today's findings on one half; the
    rules' finding counts; the half's words; verdicts whose finding is gone."""
    # Default rules as a user runs them; preview rules as --preview runs them
    # (preview mode can change what a default rule reports, too).
    texts, findings, words = run(half, False)
    _, preview_findings, _ = run(half, True)
    findings += [f for f in preview_findings if rules[f["rule"]].is_preview]
    current = {key_of(f) for f in findings}
    ids = {story_id for story_id, _ in texts}
    per_rule = collections.defaultdict(collections.Counter)
    stale = 0
    for key, row in read_judgements().items():
        if key[0] not in ids:
            continue
        if key not in current:
            stale += 1
            continue
        per_rule[key[1]][row["verdict"]] += 1
    return per_rule, collections.Counter(f["rule"] for f in findings), words, stale


def _precision(c: collections.Counter) -> float:
    return c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")


def score(write: bool, preview: bool) -> None:
    from lint.checks import all_rules

    rules = {r.id: r for r in all_rules()}
    per_rule, counts, words, stale = _half_verdicts("check", rules)
    tune = _half_verdicts("tune", rules) if write else None
    print(f"check half, {words:,} words; {stale} verdicts on it are stale (their finding is gone)")
    print(f"{'rule':<36} {'tier':<8} {'per 1k':>7} {'found':>6} {'judged':>6} {'tp':>4} {'fp':>4} {'?':>4} {'prec':>6}")
    rows = []
    total = collections.Counter()
    for rule_id in sorted(rules):
        c = per_rule.get(rule_id, collections.Counter())
        n = sum(c.values())
        precision = _precision(c)
        tier = "preview" if rules[rule_id].is_preview else "default"
        print(f"{rule_id:<36} {tier:<8} {1000 * counts[rule_id] / words:>7.3f} {counts[rule_id]:>6} {n:>6} "
              f"{c['tp']:>4} {c['fp']:>4} {c['unsure']:>4} {precision:>6.2f}")
        tune_row = None
        if tune is not None:
            t = tune[0].get(rule_id, collections.Counter())
            tune_row = (1000 * tune[1][rule_id] / tune[2], t)
        rows.append((rule_id, tier, counts[rule_id], n, c, precision, tune_row))
        if tier == "default":
            total.update(c)
    default_found = sum(counts[r] for r in rules if not rules[r].is_preview)
    overall = total["tp"] / max(1, total["tp"] + total["fp"])
    print(f"default rules: {1000 * default_found / words:.2f} findings per 1,000 words; judged {sum(total.values())}, "
          f"precision {overall:.2f}")
    if write:
        write_records(rows, words, overall, default_found, tune[2])


def write_records(rows, words: int, overall: float, default_found: int, tune_words: int) -> None:
    from lint import __version__

    today = datetime.date.today().isoformat()
    header = [line for line in PRECISION_TABLE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    lines = header + ["\t".join(("rule", "judged", "tp", "fp", "unsure", "precision", "version", "date"))]
    for rule_id, _, _, n, c, precision, _ in rows:
        if n:
            lines.append("\t".join((rule_id, str(n), str(c["tp"]), str(c["fp"]), str(c["unsure"]),
                                    f"{precision:.2f}" if c["tp"] + c["fp"] else "-", __version__, today)))
    PRECISION_TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = [
        "# Judged precision on real health writing",
        "",
        f"healthlint {__version__}, judged {today}, by `benchmarks/realtext.py --score --write`.",
        "",
        "Text: the first 250 stories of the FakeHealth dev file (published health news and press",
        f"releases nobody on this project wrote; {words:,} words). Each finding in a seeded sample per",
        "rule was read as an editor would and judged correct (tp), wrong (fp) or debatable (?);",
        "precision is tp / (tp + fp). The verdicts, with our reasons and never the stories' text, are",
        "in `benchmarks/judgements/`. Rules in the preview tier run only with `--preview`.",
        "",
        "The last columns are the tune half (the other 1,260 stories, "
        f"{tune_words:,} words), read while the rules were changed: a second,",
        "larger sample where the check half has few findings, but not held out.",
        "",
        "| rule | tier | check: per 1,000 words | judged | tp | fp | ? | precision | tune: per 1,000 words | judged (tp/fp/?) | precision |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for rule_id, tier, found, n, c, precision, tune_row in rows:
        shown = f"{precision:.2f}" if c["tp"] + c["fp"] else "-"
        rate, t = tune_row
        t_shown = f"{_precision(t):.2f}" if t["tp"] + t["fp"] else "-"
        doc.append(f"| {rule_id} | {tier} | {1000 * found / words:.3f} | {n} | {c['tp']} | {c['fp']} | "
                   f"{c['unsure']} | {shown} | {rate:.3f} | {sum(t.values())} ({t['tp']}/{t['fp']}/{t['unsure']}) | "
                   f"{t_shown} |")
    doc += ["", f"Default rules together: {1000 * default_found / words:.2f} findings per 1,000 words; "
                f"judged precision {overall:.2f}.", ""]
    PRECISION_DOC.write_text("\n".join(doc), encoding="utf-8")
    print(f"wrote {PRECISION_TABLE.relative_to(ROOT)} and {PRECISION_DOC.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=tuple(HALVES), default="check")
    parser.add_argument("--preview", action="store_true", help="run the preview rules too")
    parser.add_argument("--judge", metavar="RULE", help="print unjudged findings of RULE to judge")
    parser.add_argument("--n", type=int, default=15)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--score", action="store_true", help="judged precision by rule")
    parser.add_argument("--write", action="store_true", help="with --score: record it in the table and docs")
    args = parser.parse_args()
    if not NEWS.is_file():
        sys.exit(f"realtext: {NEWS} not found (the shared data sits beside the project)")
    if args.judge:
        judge(args.judge, args.n, args.seed, args.preview, args.half)
    elif args.score:
        score(args.write, args.preview)
    else:
        texts, findings, words = run(args.half, args.preview)
        print_rates(findings, words, args.half, len(texts))


if __name__ == "__main__":
    main()
