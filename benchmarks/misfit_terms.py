"""terminology/misfit-term on parts of the body swapped for a sibling in MedQuAD sentences.

    .venv/bin/python benchmarks/misfit_terms.py [--halves tune,check] [--show N]

The rule's statistics are rebuilt here from MedQuAD answers 6000-10996 only
(tools/build_term_context.build), so that the sentences of answers 5000-5999
are unseen: each distinct sentence of those answers (one not also in
6000-10996) that names a part the rule judges is (1) linted as written, where
a finding is a false alarm, and (2) linted with that part's name replaced by
one of its siblings (the rule's own sibling list, one chosen by a hash of the
sentence), where a finding on the swapped name is a hit, and a hit whose
suggestion is the original part is a right fix. Answers 5000-5499 are the
TUNE half, 5500-5999 the CHECK half (the figure).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.checks import misfit_terms as rule  # noqa: E402
from tools import build_term_context as builder  # noqa: E402

from shared_data import MEDQUAD  # noqa: E402

HALVES = {"tune": (5000, 5500), "check": (5500, 6000)}
STATS = (6000, 10997)


def _pick(options, sentence):
    h = int(hashlib.sha1(sentence.encode()).hexdigest(), 16)
    return options[h % len(options)]


def run(table, lo, hi, seen, show):
    cases = hits = right = false_alarms = sentences = 0
    shown_hits, shown_fa, shown_miss = [], [], []
    matcher = rule.NameMatcher(table.names)
    for s in builder.sentences(builder.read_rows(MEDQUAD, lo, hi)):
        if s in seen:
            continue
        found = [(a, b, m) for a, b, m in matcher.find(s) if m in table.parts and table.parts[m][1] >= rule.MIN_JUDGED]
        if not found:
            continue
        sentences += 1
        for f in rule.findings_in(s, table):
            false_alarms += 1
            if len(shown_fa) < show:
                shown_fa.append(f"{s}  -> {f.message}")
        a, b, part = _pick(found, s)
        named = {m for _, _, m in found}
        options = [o for o in rule.siblings(table, part) if o not in named]
        if not options:
            continue
        other = _pick(options, s + "#")
        name = table.parts[other][0]
        swapped = s[:a] + name + s[b:]
        cases += 1
        got = [f for f in rule.findings_in(swapped, table) if f.span[0] == a]
        if got:
            hits += 1
            right += table.parts[part][0] in got[0].suggestions
            if len(shown_hits) < show:
                shown_hits.append(f"{swapped}  -> {got[0].message}")
        elif len(shown_miss) < show:
            shown_miss.append(f"{swapped}  [{s[a:b]} -> {name}]")
    return sentences, cases, hits, right, false_alarms, shown_hits, shown_fa, shown_miss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--halves", default="tune,check")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    trees, names = builder.mesh_anatomy()
    rows = list(builder.read_rows(MEDQUAD, *STATS))
    table = rule.table_from(builder.build(rows, trees, names))
    seen = set(builder.sentences(rows))
    for half in args.halves.split(","):
        lo, hi = HALVES[half]
        sentences, cases, hits, right, fa, sh, sf, sm = run(table, lo, hi, seen, args.show)
        print(f"== {half.upper()} (answers {lo}-{hi - 1}): {sentences} sentences naming a judged part")
        print(f"  swapped: {hits}/{cases} found ({hits / max(cases, 1):.3f}), {right} suggest the original")
        print(f"  false alarms on the sentences as written: {fa} ({fa / max(sentences, 1):.4f} per sentence)")
        for title, items in (("FOUND", sh), ("FALSE ALARMS", sf), ("MISSED", sm)):
            if items:
                print(f"  -- {title}")
                for item in items:
                    print("    " + item)


if __name__ == "__main__":
    main()
