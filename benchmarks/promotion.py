"""How well claims/promotional finds selling, and leaves information alone: prints figures, asserts nothing.

    python benchmarks/promotion.py           # figures per half
    python benchmarks/promotion.py --show    # also the tune half's misses and false alarms

``benchmarks/data/promotion.tsv`` holds promotional sentences in the voices of
clinics, supplement brands, apps, pharmacies, coaches and insurers (prices,
offers, calls to action, promised results, comparative and exclusive claims,
testimonials), and plain sentences about products and services that an editor
would leave alone ("The clinic offers free flu jabs to over-65s"). They were
written for this project and split into halves by a hash of the sentence
(first byte of its SHA-1 even = tune) before the rule was measured on them;
the check half is the figure. Each sentence is linted on its own, as an
article in its own voice. A promotional sentence counts as found by
claims/promotional, and separately by any claims rule (a promise reported as
overstated certainty); a plain sentence with any claims finding is a false alarm.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "promotion.tsv"
# Written after the rule was tuned on DATA and never tuned on: reported whole, as "fresh".
FRESH = ROOT / "benchmarks" / "data" / "promotion_fresh.tsv"


def rows():
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        label, voice, sentence = line.split("\t")
        half = "tune" if hashlib.sha1(sentence.encode("utf-8")).digest()[0] % 2 == 0 else "check"
        yield label, voice, sentence, half
    if FRESH.exists():
        for line in FRESH.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            label, voice, sentence = line.split("\t")
            yield label, voice, sentence, "fresh"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the tune half's misses and false alarms")
    args = parser.parse_args()
    linter = Linter(Config(select=("claims",)))
    results = {}
    for label, voice, sentence, half in rows():
        rules = {f.rule.id for f in linter.lint_source("sentence.md", sentence + "\n").findings}
        rules.discard("claims/no-sources")
        rules.discard("claims/missing-harms")
        results.setdefault(half, []).append((label, voice, sentence, rules))
    for half in ("tune", "check", "fresh"):
        items = results.get(half, [])
        promo = [r for r in items if r[0] == "promo"]
        plain = [r for r in items if r[0] == "plain"]
        by_rule = sum("claims/promotional" in r[3] for r in promo)
        by_any = sum(bool(r[3]) for r in promo)
        alarms = sum("claims/promotional" in r[3] for r in plain)
        any_alarms = sum(bool(r[3]) for r in plain)
        print(f"Promotion ({half} half): claims/promotional {by_rule}/{len(promo)}, any claims rule {by_any}/{len(promo)}; "
              f"plain sentences reported as promotional {alarms}/{len(plain)}, by any claims rule {any_alarms}/{len(plain)}")
        if args.show and half == "tune":
            for label, voice, sentence, rules in items:
                if (label == "promo") != bool(rules) or label == "promo" and "claims/promotional" not in rules:
                    print(f"  {label:5} {voice:11} {','.join(sorted(rules)) or '-':40} {sentence}")


if __name__ == "__main__":
    main()
