"""How well the claims rules work, and how fast: prints figures, asserts nothing.

    python benchmarks/claims.py            # all figures below
    python benchmarks/claims.py --show     # also print every miss and every MedQuAD finding
    python benchmarks/claims.py --quick    # press releases, devset and news only

0. Press-release sentences labelled for claim strength by Yu et al. 2020
   (``../shared/data/claims/yu2020_press_releases.csv``, evaluation only: never
   copied, nothing shipped is trained on it): the sentences written as the
   read-out writes them (one paragraph each, one Markdown file), and for each
   half (even data rows = tune, odd = check, the figure) the recall and
   precision of direct causal claims (label 3) reported as unsupported-efficacy
   or unsupported-causal at warning or error, with the share of correlational,
   conditional and no-claim sentences reported; then the same for the claim
   strength model alone (``strength.strength`` == 3, before any sourcing,
   tense or subject rule), which says how well claims are read apart from
   whether they are reported.
   Then the devset's claims recall (tune half / check half) and the claims
   rules' findings per 1,000 words on the news check half (stories 0-249).
   The labelled-sentence figures below (1) are from before the claims package
   and are kept for comparison; ``claims_fresh.tsv`` is not held out.

1. Precision and recall per claims rule on ``benchmarks/data/claims_labelled.tsv``
   (sentences written and labelled for this project; the lexicons were tuned
   on them) and on ``claims_fresh.tsv`` (written afterwards, never tuned on).
   Each sentence is linted as a one-paragraph article; the article-level
   rules are not scored there.
2. Findings per 1,000 words on MedQuAD answers 0-2999 (held out: nothing in the
   product is derived from them), as plain text, for every claims rule; the
   findings are printed with ``--show`` so that each can be judged by hand.
3. Microseconds per word spent in the claims check alone (spaCy pass excluded).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import nlp  # noqa: E402
from lint.checks import CheckContext, claims  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.documents.text import load as load_text  # noqa: E402
from lint.engine import lint_text  # noqa: E402

LABELLED = ROOT / "benchmarks" / "data" / "claims_labelled.tsv"
# Written after tuning and never tuned on: the figure to trust for new text.
FRESH = ROOT / "benchmarks" / "data" / "claims_fresh.tsv"
from shared_data import DEVSET, MEDQUAD, NEWS, PRESS  # noqa: E402
HELD_OUT = 3000
SHORT = {"efficacy": "claims/unsupported-efficacy", "certainty": "claims/overstated-certainty",
         "statistic": "claims/unsourced-statistic", "promotional": "claims/promotional"}
SENTENCE_RULES = tuple(SHORT.values())
CONFIG = Config(select=("claims",))


def labelled_rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        expected, strength, cited, style, sentence = line.split("\t")
        wanted = set() if expected == "-" else {SHORT[name] for name in expected.split(",")}
        yield wanted, strength, sentence


def score_labelled(path: Path, show: bool) -> None:
    counts = {rule: Counter() for rule in SENTENCE_RULES}
    rows = 0
    by_strength = Counter()
    for wanted, strength, sentence in labelled_rows(path):
        rows += 1
        got = {f.rule.id for f in lint_text(sentence, "sentence.md", CONFIG)} & set(SENTENCE_RULES)
        if got - wanted:
            by_strength[strength] += 1
        for rule in SENTENCE_RULES:
            outcome = ("tp" if rule in got else "fn") if rule in wanted else ("fp" if rule in got else "tn")
            counts[rule][outcome] += 1
            if show and outcome in ("fp", "fn"):
                print(f"  {outcome.upper()} {rule}: {sentence}")
    print(f"Labelled sentences: {rows} ({path.relative_to(ROOT)})")
    print(f"  {'rule':32} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for rule, c in counts.items():
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        print(f"  {rule:32} {precision:9.2f} {recall:7.2f} {c['tp']:4} {c['fp']:4} {c['fn']:4}")
    if by_strength:
        print("  sentences with a false alarm, by labelled strength:", dict(by_strength))


def medquad(show: bool) -> None:
    if not MEDQUAD.exists():
        print(f"MedQuAD not found at {MEDQUAD}; skipped")
        return
    with MEDQUAD.open(encoding="utf-8") as handle:
        answers = [json.loads(line)["answer"] for _, line in zip(range(HELD_OUT), handle)]
    documents = [load_text(f"medquad-{i}.txt", answer) for i, answer in enumerate(answers)]
    ctx = CheckContext(config=CONFIG, enabled=lambda rule_id: True, locate=None)
    words = 0
    per_rule = Counter()
    check_seconds = 0.0
    for i, doc in enumerate(nlp.process(documents)):
        words += sum(1 for token in doc if token.is_alpha)
        started = time.perf_counter()
        findings = list(claims.check(doc, ctx))
        check_seconds += time.perf_counter() - started
        for finding in findings:
            per_rule[finding.rule.id] += 1
            if show:
                start, end = finding.span
                sentence = next((s.text for s in doc.sents if s.start_char <= start < s.end_char), "")
                print(f"  [{i}] {finding.rule.id} \"{doc.text[start:end]}\" in: {sentence.strip()[:200]}")
    print(f"MedQuAD answers 0-{HELD_OUT - 1} (held out): {words:,} words")
    for rule in (r.id for r in claims.RULES):
        print(f"  {rule:32} {per_rule[rule]:4} findings, {1000 * per_rule[rule] / words:.3f} per 1,000 words")
    print(f"  claims check: {1e6 * check_seconds / words:.2f} µs per word")


CLAIM_RULES = ("claims/unsupported-efficacy", "claims/unsupported-causal")
DEV_TUNE = ("gout", "hay-fever", "high-cholesterol", "kidney-stones", "lower-back-pain")


def _healthlint(paths, *extra) -> list[dict]:
    import subprocess
    exe = ROOT / ".venv" / "bin" / "healthlint"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "lint"]
    out = subprocess.run([*command, "check", "--format", "json", "--fail-on", "never", "--no-cache", *extra,
                          *map(str, paths)], capture_output=True, text=True).stdout
    return json.loads(out)["findings"]


def press_releases() -> None:
    import csv
    import tempfile
    if not PRESS.exists():
        print(f"Press-release sentences not found at {PRESS}; skipped")
        return
    rows = list(csv.DictReader(PRESS.open(encoding="utf-8")))
    sentences = [r["sentence"].replace("\n", " ").strip() for r in rows]
    labels = [int(r["label"]) for r in rows]
    global _UNATTRIBUTED
    _UNATTRIBUTED = _unattributed(sentences)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.md"
        path.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
        for preview in (False, True):
            found = _healthlint([path], *(("--preview",) if preview else ()))
            hit = {f["line"] for f in found if f["rule"] in CLAIM_RULES and f["severity"] in ("warning", "error")}
            flagged = [1 + 2 * i in hit for i in range(len(rows))]
            _press_figures("reported (default rules)" if not preview else "reported (with --preview)",
                           flagged, labels)
        # Each sentence its own document: what the claims rules do with a
        # sentence read on its own, without the document-level gate that reads
        # a text attributing most of what it says as a report of its sources
        # (the one document above is one, so only boosted claims are reported).
        folder = Path(tmp) / "sentences"
        folder.mkdir()
        for i, sentence in enumerate(sentences):
            (folder / f"s{i:05d}.md").write_text(sentence + "\n", encoding="utf-8")
        found = _healthlint([folder], "--select", "claims")
        hit = {Path(f["path"]).name for f in found
               if f["rule"] in CLAIM_RULES and f["severity"] in ("warning", "error")}
        _press_figures("reported (default rules), each sentence its own document",
                       [f"s{i:05d}.md" in hit for i in range(len(rows))], labels)
    from lint.checks.claims import strength as model
    tokenizer = nlp.build() if hasattr(nlp, "build") else None
    import spacy
    blank = spacy.blank("en")
    strong = []
    for sentence in sentences:
        doc = blank(sentence)
        # A spaced hyphen is a dash between clauses, as the claims check reads it.
        words = [model.SPACED_HYPHEN if t.text == "-" and (t.whitespace_ or t.i and doc[t.i - 1].whitespace_) else t.lower_
                 for t in doc if not t.is_space]
        strong.append(model.strength(words, bool(doc) and doc[-1].text == "?") == model.DIRECT)
    del tokenizer
    _press_figures("claim strength model alone (direct causal read)", strong, labels)


_UNATTRIBUTED: list[bool] = []


def _unattributed(sentences: list[str]) -> list[bool]:
    """Sentences that name no source (``evidence.attributed``, as the claims
    rules read a sentence): about half of Yu et al.'s direct causal sentences
    name theirs ("researchers found that ..."), and a named source settles a
    claim by design, so recall among the others is the figure to move."""
    import spacy
    from lint.checks.claims.evidence import attributed
    blank = spacy.blank("en")
    out = []
    for sentence in sentences:
        tokens = [t for t in blank(sentence) if not t.is_space]
        out.append(not attributed([t.lower_ for t in tokens], [t.text for t in tokens]))
    return out


def _press_figures(what: str, flagged: list[bool], labels: list[int]) -> None:
    print(f"Press-release sentences (Yu et al. 2020), {what}:")
    for name, parity in (("tune (even rows)", 0), ("check (odd rows)", 1)):
        idx = [i for i in range(len(labels)) if i % 2 == parity]
        tp = sum(flagged[i] and labels[i] == 3 for i in idx)
        pos = sum(labels[i] == 3 for i in idx)
        bare = [i for i in idx if labels[i] == 3 and _UNATTRIBUTED and _UNATTRIBUTED[i]]
        bare_tp = sum(flagged[i] for i in bare)
        flg = sum(flagged[i] for i in idx)
        share = {k: sum(flagged[i] and labels[i] == k for i in idx) / max(1, sum(labels[i] == k for i in idx))
                 for k in (0, 1, 2)}
        print(f"  {name:17} direct causal recall {tp / max(1, pos):.2f} precision {tp / max(1, flg):.2f}; "
              f"also reported: {share[1]:.0%} correlational, {share[2]:.0%} conditional, {share[0]:.0%} no claim; "
              f"recall among direct causal sentences naming no source {bare_tp}/{len(bare)} = {bare_tp / max(1, len(bare)):.2f}")


def devset() -> None:
    gold_path = DEVSET / "gold.json"
    if not gold_path.exists():
        print("devset not found; skipped")
        return
    gold = [g for g in json.loads(gold_path.read_text(encoding="utf-8")) if g["category"] == "claims"]
    found = _healthlint([DEVSET / "articles"])
    for name, tune in (("tune", True), ("check", False)):
        items = [g for g in gold if (Path(g["file"]).stem in DEV_TUNE) == tune]
        hits = 0
        for g in items:
            cats = {g["category"], *g.get("also_acceptable", [])}
            hits += any(f["path"].endswith(g["file"]) and f["category"] in cats
                        and f["line"] <= g["line"] <= f.get("end_line", f["line"])
                        and (f["line"] != g["line"] or f["column"] < g["end_column"])
                        and (f.get("end_line", f["line"]) != g["line"] or f["end_column"] > g["column"])
                        for f in found)
        print(f"Devset claims recall, {name} half: {hits}/{len(items)}")


def news(stories: int = 250) -> None:
    import tempfile
    if not NEWS.exists():
        print("news not found; skipped")
        return
    with tempfile.TemporaryDirectory() as tmp, NEWS.open(encoding="utf-8") as handle:
        words = 0
        for _, line in zip(range(stories), handle):
            story = json.loads(line)
            body = (story["title"].strip() + "\n\n" if story["title"].strip() else "") + story["text"]
            words += len(body.split())
            (Path(tmp) / f"{story['id']}.txt").write_text(body, encoding="utf-8")
        found = _healthlint([tmp], "--select", "claims")
        previewed = _healthlint([tmp], "--select", "claims", "--preview")
    per_rule = Counter(f["rule"] for f in found)
    per_rule_preview = Counter(f["rule"] for f in previewed)
    print(f"News check half ({stories} stories, {words:,} words), claims rules, default (and with --preview):")
    for rule in (r.id for r in claims.RULES):
        print(f"  {rule:32} {per_rule[rule]:4} findings, {1000 * per_rule[rule] / words:.3f} per 1,000 words"
              f" ({per_rule_preview[rule]}, {1000 * per_rule_preview[rule] / words:.3f})"
              + (" (preview rule)" if next(r for r in claims.RULES if r.id == rule).is_preview else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print misses and MedQuAD findings")
    parser.add_argument("--no-medquad", action="store_true", help="skip the MedQuAD measurement")
    parser.add_argument("--quick", action="store_true", help="press releases, devset and news only")
    args = parser.parse_args()
    press_releases()
    devset()
    news()
    if args.quick:
        return
    score_labelled(LABELLED, args.show)
    score_labelled(FRESH, args.show)
    if not args.no_medquad:
        medquad(args.show)


if __name__ == "__main__":
    main()
