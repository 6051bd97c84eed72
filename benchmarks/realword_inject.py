"""Real-word slips injected into real sentences, one slip a sentence: how many
the default contextual rules find, and how many findings the SAME sentences
raise unmodified (the false alarms a reader would see).

    .venv/bin/python benchmarks/realword_inject.py [--half tune|check] [--set people|classic|all]
                                                   [--per-pair 4] [--show-misses] [--show-false]

Sentences come from text nobody here wrote: the news TUNE half
(``../shared/data/news/health-news-dev.jsonl`` lines 250-1509; research use
only) and the even-numbered MedQuAD answers 0-2998 (never used to build the
n-gram tables). A slip is written only where the word it stands for
occurs, so every injected sentence is real but for one word. No text of
either corpus is ever written into the project.

The slips:

- people: real-word slips people made, from
  ``../shared/data/spelling/misspellings-dev.tsv`` (evaluation only, never
  shipped): rows whose misspelling is itself a dictionary word (curated
  dictionary, and 100 uses or more in our word frequencies) and whose
  target is a common word; British/American pairs are no slips. 0-based
  data rows: even = tune (``--half tune``), odd = check. The corpora hold
  few such rows, and many are names ("mack" for "make"): a small set.
- classic: the commonly confused pairs of English usage guides (written
  below as facts, both ways round), split by pair into a tune and a check
  half by a hash of the pair's words, so a fix tried on one half is
  measured on the other. Not read from the detector's tables: the figure
  says how far its mechanisms reach, listed or not.

Each slip's sentence is linted in documents of DOC_SENTENCES sentences, each
its own paragraph, once as written and once with the slip. A slip is found
when a new finding of the measured rules overlaps it; "fixed" when the first
suggestion is the word it replaced. False alarms are the measured rules'
findings on the unmodified documents, per 1,000 words.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import lexicon, spelling_variants  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402

from shared_data import MEDQUAD, MISSPELLINGS, NEWS, SHARED  # noqa: E402
SEED = 1313
DOC_SENTENCES = 25
RULES = ("spelling/real-word", "spelling/word-boundary", "grammar/missing-verb", "grammar/double-determiner",
         "grammar/indefinite-article", "grammar/contraction-confusion", "grammar/verb-form")
MIN_SLIP_COUNT = 100
MIN_TARGET_COUNT = 1_000
MIN_WORDS, MAX_WORDS = 6, 60
# Commonly confused English words (usage guides' lists: homophones and
# near-homophones, and words a letter apart that people swap). Each pair is
# tried both ways round.
CLASSIC = (
    ("accept", "except"), ("advice", "advise"), ("affect", "effect"), ("aloud", "allowed"), ("bare", "bear"),
    ("board", "bored"), ("bowel", "bowl"), ("brake", "break"), ("brakes", "breaks"), ("breath", "breathe"),
    ("cite", "site"), ("coarse", "course"), ("complement", "compliment"), ("council", "counsel"),
    ("dairy", "diary"), ("desert", "dessert"), ("device", "devise"), ("dose", "does"), ("dyeing", "dying"),
    ("fair", "fare"), ("form", "from"), ("heal", "heel"), ("hear", "here"), ("hole", "whole"),
    ("its", "it's"), ("knew", "new"), ("know", "no"), ("lead", "led"), ("loose", "lose"), ("lose", "loss"),
    ("mail", "male"), ("meat", "meet"), ("pain", "pane"), ("passed", "past"), ("patience", "patients"),
    ("peace", "piece"), ("plain", "plane"), ("pore", "pour"), ("principal", "principle"), ("quiet", "quite"),
    ("raise", "rise"), ("right", "write"), ("role", "roll"), ("sight", "site"), ("sole", "soul"),
    ("stair", "stare"), ("stationary", "stationery"), ("than", "then"), ("their", "there"),
    ("there", "they're"), ("threw", "through"), ("to", "too"), ("to", "two"), ("vain", "vein"),
    ("waist", "waste"), ("wait", "weight"), ("weak", "week"), ("wear", "where"), ("weather", "whether"),
    ("were", "where"), ("which", "witch"), ("who's", "whose"), ("your", "you're"), ("of", "off"),
    ("lie", "lay"), ("breaks", "brakes"), ("flair", "flare"), ("hoarse", "horse"), ("morning", "mourning"),
    ("naval", "navel"), ("prostate", "prostrate"), ("sore", "soar"), ("stationary", "stationery"),
    ("lightening", "lightning"), ("personal", "personnel"), ("chose", "choose"), ("wander", "wonder"),
)
WORD = r"(?<![\w'’-]){}(?![\w'’-])"


def classic_half(a: str, b: str) -> str:
    digest = hashlib.sha1("/".join(sorted((a, b))).encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def people_pairs(half: str) -> list[tuple[str, str]]:
    """(slip, meant) from one half of the misspellings file's data rows."""
    with open(MISSPELLINGS, encoding="utf-8", newline="") as fh:
        rows = [row for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#")]
    pairs = []
    for index, row in enumerate(rows):
        if (index % 2 == 1) != (half == "check") or len(row) < 3:
            continue
        wrong = row[1]
        if (not re.fullmatch(r"[a-z]{2,}", wrong) or lexicon.frequency(wrong) < MIN_SLIP_COUNT
                or not lexicon.contains(wrong)):
            continue
        variant = spelling_variants.classify(wrong)
        for target in (t.strip() for t in row[2].split(",")):
            if (re.fullmatch(r"[a-z]{2,}", target) and target != wrong and lexicon.frequency(target) >= MIN_TARGET_COUNT
                    and not (variant and variant[1] == target)
                    and spelling_variants.classify(target) != (variant[0] if variant else None, wrong)):
                pairs.append((wrong, target))
    return sorted(set(pairs))


def classic_pairs(half: str) -> list[tuple[str, str]]:
    pairs = set()
    for a, b in CLASSIC:
        if half == "all" or classic_half(a, b) == half:
            pairs.update(((a, b), (b, a)))
    return sorted(pairs)


def sentences() -> list[str]:
    """Sentences of the news tune half and the even-numbered MedQuAD answers."""
    texts = []
    with open(NEWS, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number >= 250:
                texts.append(json.loads(line).get("text", ""))
    with open(MEDQUAD, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number < 3000 and number % 2 == 0:
                texts.append(json.loads(line)["answer"])
    out = []
    for text in texts:
        for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+", text):
            piece = piece.strip()
            if MIN_WORDS <= len(piece.split()) <= MAX_WORDS and piece[-1:] in ".!?":
                out.append(piece)
    return out


def build(pairs: list[tuple[str, str]], pool: list[str], per_pair: int, rng: random.Random):
    """(sentence, start, end, slip, meant, set) items: each pair written over
    its meant word in up to ``per_pair`` sentences that hold the meant word."""
    by_word: dict[str, list[int]] = defaultdict(list)
    wanted = {meant for _slip, meant, _set in pairs}
    token = re.compile(r"[a-z]+(?:['’][a-z]+)?")
    for k, sentence in enumerate(pool):
        for word in set(token.findall(sentence)) & wanted:
            by_word[word].append(k)
    items = []
    for slip, meant, name in pairs:
        candidates = by_word.get(meant, [])
        for k in rng.sample(candidates, min(per_pair, len(candidates))):
            sentence = pool[k]
            sites = list(re.finditer(WORD.format(re.escape(meant)), sentence))
            if not sites:
                continue
            site = rng.choice(sites)
            items.append((sentence, site.start(), site.end(), slip, meant, name))
    return items


def run(items, linter: Linter, show_misses: bool, show_false: bool) -> None:
    rng = random.Random(SEED + 1)
    rng.shuffle(items)
    tally: dict[str, Counter] = defaultdict(Counter)
    per_pair: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    false_by_rule: Counter = Counter()
    false_examples: list[str] = []
    words = 0
    for d in range(0, len(items), DOC_SENTENCES):
        chunk = items[d:d + DOC_SENTENCES]
        clean, broken, spans = [], [], []
        offset_clean = offset_broken = 0
        for sentence, s, e, slip, meant, name in chunk:
            written = slip if not sentence[s].isupper() else slip[:1].upper() + slip[1:]
            new = sentence[:s] + written + sentence[e:]
            spans.append((offset_broken + s, offset_broken + s + len(written), slip, meant, name))
            clean.append(sentence)
            broken.append(new)
            offset_clean += len(sentence) + 2
            offset_broken += len(new) + 2
        clean_text, broken_text = "\n\n".join(clean), "\n\n".join(broken)
        words += len(clean_text.split())
        before = linter.lint_source(f"r{d}.txt", clean_text).findings
        for f in before:
            false_by_rule[f.rule.id] += 1
            if show_false:
                start = clean_text.rfind("\n\n", 0, f.location.start_offset) + 2
                end = clean_text.find("\n\n", f.location.end_offset)
                line = clean_text[start:end if end >= 0 else None]
                false_examples.append(f"{f.rule.id}: {f.message} || {line}")
        after = linter.lint_source(f"r{d}.txt", broken_text).findings
        old = Counter((f.rule.id, f.text) for f in before)
        for s, e, slip, meant, name in spans:
            hits = [f for f in after if f.location.start_offset < e and f.location.end_offset > s
                    and (f.rule.id, f.text) not in old]
            t = tally[name]
            t["injected"] += 1
            t["found"] += bool(hits)
            fixed = any(f.suggestions and f.suggestions[0].lower() == meant for f in hits)
            t["fixed"] += fixed
            p = per_pair[(name, slip, meant)]
            p["injected"] += 1
            p["found"] += bool(hits)
            if show_misses and not hits:
                start = broken_text.rfind("\n\n", 0, s) + 2
                end = broken_text.find("\n\n", e)
                print(f"MISS {slip}<-{meant}: {broken_text[start:end if end >= 0 else None]}")
    print(f"Rules: {', '.join(RULES)}")
    for name in sorted(tally):
        t = tally[name]
        print(f"  {name:8} found {t['found'] / max(t['injected'], 1):.3f} ({t['found']}/{t['injected']}), "
              f"fixed {t['fixed'] / max(t['injected'], 1):.3f}")
    for name in sorted(tally):
        pairs = [(k, v) for k, v in per_pair.items() if k[0] == name]
        found_pairs = sum(1 for _k, v in pairs if v["found"])
        print(f"  {name:8} pairs with any slip found {found_pairs}/{len(pairs)}; "
              f"mean recall per pair {sum(v['found'] / v['injected'] for _k, v in pairs) / max(len(pairs), 1):.3f}")
        print("    found: " + ", ".join(f"{s}<-{m} {v['found']}/{v['injected']}" for (n, s, m), v in sorted(pairs)
                                        if v["found"]))
    clean_total = sum(false_by_rule.values())
    print(f"False alarms on the same {len(items)} sentences unmodified ({words:,} words): {clean_total}, "
          f"{1000 * clean_total / max(words, 1):.2f} per 1,000 words; by rule: "
          + ", ".join(f"{r} {n}" for r, n in false_by_rule.most_common()))
    for line in false_examples:
        print("  FALSE " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    parser.add_argument("--set", choices=("people", "classic", "all"), default="all")
    parser.add_argument("--per-pair", type=int, default=4)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--show-false", action="store_true")
    args = parser.parse_args()
    if not (NEWS.exists() and MEDQUAD.exists() and MISSPELLINGS.exists()):
        print(f"shared data not found at {SHARED}")
        return
    rng = random.Random(SEED)
    pairs = []
    if args.set in ("people", "all"):
        pairs += [(s, m, "people") for s, m in people_pairs(args.half)]
    if args.set in ("classic", "all"):
        pairs += [(s, m, "classic") for s, m in classic_pairs(args.half)]
    items = build(pairs, sentences(), args.per_pair, rng)
    print(f"{args.half} half: {len(pairs)} pairs, {len(items)} injected sentences (seed {SEED})")
    run(items, Linter(Config(select=RULES)), args.show_misses, args.show_false)


if __name__ == "__main__":
    main()
