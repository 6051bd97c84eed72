"""terminology/contradicted-term on independent injections into MedQuAD answers.

    .venv/bin/python benchmarks/contradicted_terms.py [--show KIND] [--limit N]

Sentences of MedQuAD answers (answers-dev.jsonl, NIH writers) in which a
term and the words beside it agree are found by this script's own loose
co-occurrence tests (not the rule's gloss constructions: any wording in one
sentence counts), then corrupted by a general rule; the rule should report
the corrupted sentence and stay silent on the text as written.

- ``direction-term``: a hypo-/hyper-, brady-/tachy- or -penia/-cytosis term
  (direction_terms.tsv) in a sentence that says its measure goes its way
  ("low blood sugar" near "hypoglycemia"); the term swapped for its opposite.
- ``direction-word``: the same sentences with the direction word swapped for
  its antonym ("low" -> "high"), the term kept.
- ``organ-word``: a term of organ roots (word_roots.tsv: "hepatitis",
  "colonoscopy") in a sentence naming its organ; every word for that organ
  replaced by a distant organ's name ("liver" -> "kidneys").
- ``hormone``: a hormone of hormone_glands.tsv and a gland that makes it in
  one sentence with a making verb; the gland swapped for another gland.
- ``drug``: "X agonist(s)" with activate/mimic/stimulate and "X antagonist(s)
  / blocker(s) / inhibitor(s)" with block/inhibit in one sentence; the class
  word swapped for its opposite.
- ``paired``: benign/malignant, acute/chronic, systolic/diastolic, HDL/LDL with a plain
  word that agrees within eight words ("benign (not cancerous)"); the
  adjective swapped for its opposite.
- ``relation``: ligaments/tendons, arteries/veins, insulin/glucagon, MRI/CT stated
  with what they do ("veins carry blood back to the heart"); the subject
  swapped for the other of its pair.
- ``blood``: a red or white blood cell or platelet and what it does in one
  sentence ("red blood cells carry oxygen"); the cell swapped for another.

Answers 0-2999 are the TUNE half; 3000-10996 the CHECK half (the figure).
False alarms: findings per 1,000 words on the unmodified answers of each half.

Judged (session 12, every finding read): MedQuAD 0-10996 as written, 1 finding
in 2.25M words (answer 9745, "neuropathy" beside "a progressive muscle
disorder": unsure, the source calls a nerve disorder a muscle disorder); news
(all 1,510 stories, 1.0M words) 0 findings; press-release sentences
(evaluation only) 0; blind set 2 (tune) 5 findings, 5 gold items.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.checks import contradicted_terms as rule  # noqa: E402

from shared_data import MEDQUAD  # noqa: E402
TUNE = (0, 3000)
CHECK = (3000, 10997)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
NEAR = 6

# This script's own direction words and antonyms (not the rule's table).
ANTONYM = {"low": "high", "high": "low", "lower": "higher", "higher": "lower", "slow": "fast", "fast": "slow",
           "underactive": "overactive", "overactive": "underactive", "few": "many", "too few": "too many",
           "too many": "too few", "decreased": "increased", "increased": "decreased", "reduced": "raised",
           "raised": "reduced", "elevated": "reduced", "rapid": "slow", "too much": "too little",
           "too little": "too much", "excess": "lack of", "deficiency": "excess"}
LESS = {"low", "lower", "slow", "underactive", "few", "too few", "decreased", "reduced", "too little", "deficiency"}
GLAND_ROTATION = ["pituitary gland", "adrenal glands", "thyroid gland", "pancreas", "pineal gland", "ovaries",
                  "testicles", "kidneys", "liver"]
GLAND_IDS = {"pituitary gland": "pituitary", "adrenal glands": "adrenal", "thyroid gland": "thyroid",
             "pancreas": "pancreas", "pineal gland": "pineal", "ovaries": "ovary", "testicles": "testicle",
             "kidneys": "kidney", "liver": "liver"}
ORGAN_ROTATION = [("kidneys", "kidney"), ("liver", "liver"), ("lungs", "lung"), ("heart", "heart"),
                  ("brain", "brain"), ("skin", "skin"), ("stomach", "stomach"), ("eyes", "eye")]
MAKE = re.compile(r"\b(?:produced|made|released|secreted|makes?|produces?|releases?|secretes?|making|producing)\b", re.I)
ACTIVATE = re.compile(r"\b(?:activat\w*|mimic\w*|stimulat\w*|cop(?:y|ies|ying)|imitat\w*|act(?:s|ing)? like)\b", re.I)
BLOCK = re.compile(r"\b(?:block\w*|inhibit\w*|stop\w*|prevent\w*)\b", re.I)
CELLS = {"red blood cells": "white blood cells", "red blood cell": "white blood cell",
         "white blood cells": "red blood cells", "white blood cell": "red blood cell",
         "platelets": "red blood cells"}
ROLES = {"red": re.compile(r"\b(?:oxygen|hemoglobin|haemoglobin)\b", re.I),
         "white": re.compile(r"\b(?:infections?|germs|antibod\w+)\b", re.I),
         "platelets": re.compile(r"\b(?:clot\w*|bleeding)\b", re.I)}


def words_between(text: str, a: int, b: int) -> int:
    lo, hi = sorted((a, b))
    return len(WORD.findall(text[lo:hi]))


def direction_cases(sentence: str):
    terms = rule._direction_terms()
    for m in WORD.finditer(sentence):
        info = terms.get(m.group().lower())
        if info is None:
            continue
        for w, anti in ANTONYM.items():
            for dm in re.finditer(r"\b" + re.escape(w) + r"\b", sentence, re.I):
                # the direction word is near a measure word and goes the term's way
                direction = "less" if w in LESS else "more"
                if direction != info.direction:
                    continue
                if not any(words_between(sentence, dm.start(), mm.start()) <= 3
                           for meas in info.measures
                           for mm in re.finditer(r"\b" + re.escape(meas) + r"\b", sentence, re.I)):
                    continue
                if words_between(sentence, dm.start(), m.start()) > 12:
                    continue
                opposite = rule._keep_case(m.group(), info.opposite)
                yield "direction-term", sentence[:m.start()] + opposite + sentence[m.end():]
                yield "direction-word", sentence[:dm.start()] + anti + sentence[dm.end():]
                return


def organ_cases(sentence: str):
    organ_pattern, organ_table = rule._organ_words()
    for m in WORD.finditer(sentence):
        organs = rule.term_organs(m.group().rstrip("'"))
        if not organs:
            continue
        mentions = [(om.start(), om.end(), organ_table[" ".join(om.group().lower().split())])
                    for om in organ_pattern.finditer(sentence)]
        same = [x for x in mentions if x[2] in organs and words_between(sentence, x[0], m.start()) <= 12]
        if not same:
            continue
        present = {x[2] for x in mentions} | organs
        new_word = next((w for w, i in ORGAN_ROTATION if i not in present), None)
        if not new_word:
            continue
        out = sentence
        for s, e, _ in sorted((x for x in mentions if x[2] in organs), reverse=True):
            out = out[:s] + new_word + out[e:]
        yield "organ-word", out
        return


def hormone_cases(sentence: str):
    pattern, table = rule._hormones()
    organ_pattern, organ_table = rule._organ_words()
    for m in pattern.finditer(sentence):
        makers = table[m.group().lower()]
        if not MAKE.search(sentence):
            continue
        for om in organ_pattern.finditer(sentence):
            organ = organ_table[" ".join(om.group().lower().split())]
            if organ in makers and words_between(sentence, om.start(), m.start()) <= 8:
                new = next(g for g in GLAND_ROTATION if GLAND_IDS[g] not in makers)
                yield "hormone", sentence[:om.start()] + new + sentence[om.end():]
                return


def drug_cases(sentence: str):
    for m in re.finditer(r"\b([A-Za-z0-9][\w-]*)(?: receptor)? (agonists?|antagonists?|blockers?|inhibitors?)\b",
                         sentence):
        target, noun = m.group(1), m.group(2)
        if len(target) < 2:
            continue
        verbs = ACTIVATE if noun.startswith("agonist") else BLOCK
        after = re.escape(target.rstrip("s") if len(target) > 4 else target)
        if any(re.match(r"(?:\s+[\w'-]+){0,3}?\s+" + after, sentence[v.end():], re.I)
               for v in verbs.finditer(sentence)
               if not re.fullmatch(r"(?:inhibitors?|blockers?|agonists?|antagonists?)", v.group(), re.I)):
            swapped = {"agonist": "antagonist", "agonists": "antagonists"}.get(noun.lower(), "agonists"
                                                                               if noun.endswith("s") else "agonist")
            yield "drug", sentence[:m.start(2)] + swapped + sentence[m.end(2):]
            return


def blood_cases(sentence: str):
    for cell, other in CELLS.items():
        for m in re.finditer(r"\b" + cell + r"\b", sentence, re.I):
            kind = "platelets" if cell == "platelets" else cell.split()[0]
            roles = [r for r in ROLES[kind].finditer(sentence) if words_between(sentence, m.end(), r.start()) <= NEAR]
            others = [k for k, pat in ROLES.items() if k != kind and pat.search(sentence)]
            if roles and not others:
                yield "blood", sentence[:m.start()] + other + sentence[m.end():]
                return


# This script's own plain words for the paired adjectives (not the rule's table).
PAIRED = {"benign": ("malignant", ["not cancerous", "non-cancerous", "noncancerous", "not cancer"]),
          "malignant": ("benign", ["cancerous", "cancer"]),
          "acute": ("chronic", ["sudden", "short-term", "suddenly"]),
          "chronic": ("acute", ["long-term", "long-lasting", "lasting", "ongoing"]),
          "systolic": ("diastolic", ["top number", "upper number", "first number", "when the heart beats"]),
          "diastolic": ("systolic", ["bottom number", "lower number", "second number", "between beats"]),
          "HDL": ("LDL", ["good"]), "LDL": ("HDL", ["bad"])}


def paired_cases(sentence: str):
    for term, (opposite, plain) in PAIRED.items():
        for m in re.finditer(r"\b" + term + r"\b", sentence, re.I):
            if any(re.search(r"\b" + o + r"\b", sentence, re.I) for o in PAIRED if o != term):
                continue
            near = [p for p in plain for pm in re.finditer(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])", sentence, re.I)
                    if words_between(sentence, m.end(), pm.start()) <= 8 and not (
                        term == "malignant" and re.search(r"\bnot\s+" + re.escape(p), sentence, re.I))]
            if near:
                yield "paired", sentence[:m.start()] + rule._keep_case(m.group(), opposite) + sentence[m.end():]
                return


# This script's own statements of the relations (subject, what it does, the subject swapped in).
RELATIONS = [(r"ligaments?", r"\b(?:connect|connects|attach|attaches|join|joins|hold|holds)\b[^.;]{0,40}\bbones?\b", "tendons"),
             (r"tendons?", r"\b(?:connect|connects|attach|attaches|join|joins)\b[^.;]{0,40}\bmuscles?\b", "ligaments"),
             (r"arter(?:y|ies)", r"\b(?:carry|carries|take|takes)\b[^.;]{0,30}\baway from the heart\b", "veins"),
             (r"veins?", r"\b(?:carry|carries|take|takes|return|returns|bring|brings)\b[^.;]{0,30}\bto the heart\b",
              "arteries"),
             (r"insulin", r"\b(?:lower|lowers|reduce|reduces|decrease|decreases)\b[^.;]{0,20}\b(?:sugar|glucose)\b",
              "glucagon"),
             (r"glucagon", r"\b(?:raise|raises|increase|increases)\b[^.;]{0,20}\b(?:sugar|glucose)\b", "insulin"),
             (r"MRI", r"\b(?:use|uses|using)\b[^.;]{0,30}\bmagnet", "CT"),
             (r"CT", r"\b(?:use|uses|using)\b[^.;]{0,30}\b(?:x-rays?|radiation)\b", "MRI")]


def relation_cases(sentence: str):
    for subject, does, other in RELATIONS:
        m = re.search(r"\b" + subject + r"\b", sentence, re.I)
        if m and re.search(does, sentence[m.end():m.end() + 120], re.I):
            yield "relation", sentence[:m.start()] + rule._keep_case(m.group(), other) + sentence[m.end():]
            return


MAKERS = (direction_cases, organ_cases, hormone_cases, drug_cases, blood_cases, paired_cases, relation_cases)


def run(lo: int, hi: int, show: str | None, limit: int):
    rows = [json.loads(line) for line in MEDQUAD.open()][lo:hi]
    cases, found = Counter(), Counter()
    shown = defaultdict(list)
    false_alarms, words = [], 0
    for index, row in enumerate(rows, lo):
        text = row["answer"]
        words += len(text.split())
        for f in rule.findings_in(text):
            false_alarms.append((index, text[max(0, f.span[0] - 80):f.span[1] + 80].replace("\n", " "), f.message))
        seen = set()
        for sm in SENTENCE.finditer(text):
            sentence = sm.group()
            if len(sentence) > 600:
                continue
            for maker in MAKERS:
                for kind, corrupted in maker(sentence):
                    key = (kind, sentence.strip().lower())
                    if key in seen or corrupted == sentence:
                        continue
                    seen.add(key)
                    cases[kind] += 1
                    hit = any(True for _ in rule.findings_in(corrupted))
                    found[kind] += hit
                    if show and kind == show and len(shown[hit]) < limit:
                        shown[hit].append(corrupted.strip())
    return cases, found, false_alarms, words, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", help="print found and missed corrupted sentences of this kind")
    parser.add_argument("--limit", type=int, default=15)
    parser.add_argument("--halves", default="tune,check")
    args = parser.parse_args()
    for half in args.halves.split(","):
        lo, hi = TUNE if half == "tune" else CHECK
        cases, found, false_alarms, words, shown = run(lo, hi, args.show, args.limit)
        total, hits = sum(cases.values()), sum(found.values())
        print(f"== {half.upper()} (answers {lo}-{hi - 1}, {words:,} words)")
        for kind in sorted(cases):
            print(f"  {kind:16} {found[kind]:4}/{cases[kind]:<4} {found[kind] / cases[kind]:.2f}")
        print(f"  {'ALL':16} {hits:4}/{total:<4} {hits / total if total else 0:.2f}")
        print(f"  false alarms on the unmodified answers: {len(false_alarms)} "
              f"({1000 * len(false_alarms) / words:.3f} per 1,000 words)")
        for index, context, message in false_alarms:
            print(f"    [{index}] ...{context}...  -> {message}")
        for hit, items in shown.items():
            print(f"  -- {'FOUND' if hit else 'MISSED'} ({args.show})")
            for item in items:
                print("    " + item)


if __name__ == "__main__":
    main()
