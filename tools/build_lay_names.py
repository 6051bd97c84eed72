"""Build lint/data/terminology/lay_names.tsv: lay and old names of conditions
that NIH writers do not use, each with the name they use instead.

A candidate is a pair (name, preferred) where a vocabulary lists the two as
names of one thing:

- Disease Ontology 2016-03-04 (CC0): a disease's ``name`` and its EXACT and
  RELATED synonyms (../shared/data/vocab/doid-2016-03-04.obo);
- MedQuAD's topic synonyms, the "also called" lists of NIH consumer pages
  (CC BY 4.0; ../shared/data/vocab/medquad_focus_synonyms.tsv);
- WordNet 3.0 (Princeton University, WordNet 3.0 licence; Debian's
  wordnet-base, /usr/share/wordnet/data.noun): the lemmas of one synset under
  "pathological state" or "symptom";
- MedQuAD answers 5000-10996 (CC BY 4.0): "X (formerly called Y)", "X,
  formerly known as Y," and "X used to be called Y".

Counts come from MedQuAD answers 5000-10996 only (answers 0-2999 are the
false-alarm set, 3000-4999 are held out): how often each name is written,
singular or plural, and how often each word is.

A pair is a candidate when
1. NIH writers use the preferred name (at least PREFERRED_MIN times) and the
   other at most a tenth as often (RARITY);
2. neither name's words contain the other's (no subtype, no expansion:
   "acute pneumonia", "cancer of the lung");
3. the name is lower case after its first letter (no eponym or acronym);
4. the words it adds to the preferred name are everyday English: each is in
   pyspellchecker's English list at least EVERYDAY_MIN times a million, one
   at least is at most LAY_RATIO times commoner in MedQuAD than in general
   English, and none is a technical word: "change of life", "the
   runs", "hare lip", not "renal failure" (a technical word is one at least
   TECHNICAL_RATIO times commoner in MedQuAD and rarer than COMMON_MIN a
   million in general English: "blood" and "brain" are everyday). A name MedQuAD itself calls former
   skips this test: it is an old name whatever its words.

Every candidate is reviewed by hand in tools/lay_names_review.tsv (keep or
drop, and why: a standard lay name editors want, a drug's street name, a
British spelling, a different condition, a word with an everyday sense);
the kept ones are written with an invented example sentence, which the tests
run. A candidate with no verdict is printed and not shipped.

    python tools/build_lay_names.py [--candidates]
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DOID = SHARED / "vocab" / "doid-2016-03-04.obo"
FOCUS = SHARED / "vocab" / "medquad_focus_synonyms.tsv"
ANSWERS = SHARED / "medquad" / "answers-dev.jsonl"
WORDNET = Path("/usr/share/wordnet/data.noun")
REVIEW = ROOT / "tools" / "lay_names_review.tsv"
OUT = ROOT / "lint" / "data" / "terminology" / "lay_names.tsv"

FIRST_ANSWER, LAST_ANSWER = 5000, 10996
PREFERRED_MIN = 3
RARITY = 10
EVERYDAY_MIN = 0.5
LAY_RATIO = 8.0
TECHNICAL_RATIO = 30.0
COMMON_MIN = 5.0
# WordNet 3.0 synsets: "pathological state" and "symptom".
WORDNET_ROOTS = {"14051917", "14299637"}
LONGEST = 6
STOP = frozenset("a an the of in on and or with to".split())
TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
FORMERLY = re.compile(
    r"([A-Za-z][\w' -]{2,60}?)\s*(?:\(|,\s*)(?:formerly|previously|once)\s+(?:called|known as|referred to as)\s+"
    r"([a-z][\w' -]{2,60}?)\s*[),.]"
    r"|([A-Za-z][\w' -]{2,60}?) used to be called ([a-z][\w' -]{2,60}?)[.,]")


def norm(name: str) -> str:
    name = re.sub(r"\(.*?\)", "", name).lower().replace("’", "'").replace("-", " ")
    return " ".join(name.split())


def answers() -> list[str]:
    with open(ANSWERS, encoding="utf-8") as fh:
        rows = [json.loads(line)["answer"] for line in fh]
    return rows[FIRST_ANSWER:LAST_ANSWER + 1]


def doid_pairs():
    name, synonyms, obsolete = None, [], False
    with open(DOID, encoding="utf-8") as fh:
        for line in [*fh, "[Term]\n"]:
            line = line.rstrip("\n")
            if line == "[Term]" or line == "[Typedef]":
                if name and not obsolete:
                    yield from (("Disease Ontology", name, s) for s in synonyms)
                name, synonyms, obsolete = None, [], False
            elif line.startswith("name: "):
                name = line[6:]
            elif line.startswith("synonym: ") and (" EXACT " in line or " RELATED " in line):
                synonyms.append(line.split('"')[1])
            elif line == "is_obsolete: true":
                obsolete = True


def focus_pairs():
    with open(FOCUS, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for synonym in row["synonyms"].split("|"):
                if synonym.strip():
                    yield "MedQuAD also-called", row["focus"], synonym.strip()


def wordnet_synsets() -> list[list[str]]:
    if not WORDNET.exists():
        print(f"note: {WORDNET} not found (Debian package wordnet-base); WordNet pairs left out", file=sys.stderr)
        return []
    hypernyms, lemmas = {}, {}
    with open(WORDNET, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            fields = line.split(" ")
            if fields[1] != "26":
                continue
            count = int(fields[3], 16)
            lemmas[fields[0]] = [fields[4 + 2 * i].replace("_", " ") for i in range(count)]
            at = 4 + 2 * count
            pointers = [fields[at + 1 + 4 * j:at + 5 + 4 * j] for j in range(int(fields[at]))]
            hypernyms[fields[0]] = [p[1] for p in pointers if p[0] in ("@", "@i") and p[2] == "n"]

    def under(offset: str) -> bool:
        stack, seen = [offset], set()
        while stack:
            here = stack.pop()
            if here in WORDNET_ROOTS:
                return True
            if here not in seen:
                seen.add(here)
                stack.extend(hypernyms.get(here, ()))
        return False

    return [names for offset, names in lemmas.items() if len(names) > 1 and under(offset)]


def formerly_pairs(texts: list[str]):
    for text in texts:
        for match in FORMERLY.finditer(" ".join(text.split())):
            current, old = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
            current = re.sub(r"^(?:the|a|an)\s+", "", current.strip(), flags=re.I)
            yield "MedQuAD formerly-called", current, old.strip()


def counts(texts: list[str], names: set[str]) -> tuple[Counter, Counter]:
    phrases, words = Counter(), Counter()
    for text in texts:
        tokens = TOKEN.findall(text.lower().replace("’", "'").replace("-", " "))
        words.update(tokens)
        for n in range(1, LONGEST + 1):
            for i in range(len(tokens) - n + 1):
                phrase = " ".join(tokens[i:i + n])
                if phrase in names:
                    phrases[phrase] += 1
    return phrases, words


def general_english() -> tuple[dict, int]:
    sys.path.insert(0, str(ROOT))
    from lint import lexicon

    table = lexicon.base_frequencies()
    return table, sum(table.values())


def candidates(extra_names=()) -> tuple[list[dict], callable]:
    """The candidates, and a function giving how often a name (or one of
    ``extra_names``) is written in the counted answers."""
    texts = answers()
    pairs = [*doid_pairs(), *focus_pairs(), *formerly_pairs(texts)]
    synsets = wordnet_synsets()
    names = {norm(n) for _, a, b in pairs for n in (a, b)} | {norm(n) for s in synsets for n in s}
    names |= {norm(n) for n in extra_names}
    names |= {n + "s" for n in names}
    phrases, words = counts(texts, names)
    seen = lambda name: phrases[norm(name)] + phrases[norm(name) + "s"]  # noqa: E731
    for synset in synsets:
        best = max(synset, key=lambda n: (seen(n), n))
        pairs += [("WordNet 3.0", best, n) for n in synset if n != best]
    general, general_total = general_english()
    medquad_total = sum(words.values())

    def ratio(word: str) -> tuple[float, float]:
        base = word[:-2] if word.endswith("'s") else word
        per_million = general.get(base, 0) / general_total * 1e6
        return words[base] / medquad_total * 1e6 / (per_million + 0.01), per_million

    found: dict[tuple[str, str], dict] = {}
    for source, preferred, name in pairs:
        key = (norm(name), norm(preferred))
        if key in found:
            if source not in found[key]["sources"]:
                found[key]["sources"].append(source)
            continue
        if not key[0] or key[0] == key[1] or re.search(r"[A-Z0-9]", name[1:]) or re.search(r"\d", name):
            continue
        n_name, n_preferred = seen(name), seen(preferred)
        if n_preferred < PREFERRED_MIN or n_name * RARITY > n_preferred:
            continue
        mine = [w for w in key[0].split() if w not in STOP]
        theirs = [w for w in key[1].split() if w not in STOP]
        if not mine or set(mine) <= set(theirs) or set(theirs) <= set(mine):
            continue
        if source != "MedQuAD formerly-called":
            added = [ratio(w) for w in mine if w not in theirs]
            if min(p for _, p in added) < EVERYDAY_MIN or min(r for r, _ in added) > LAY_RATIO \
                    or any(r > TECHNICAL_RATIO and p < COMMON_MIN for r, p in added):
                continue
        found[key] = {"name": key[0], "preferred": preferred, "sources": [source],
                      "count": n_name, "preferred_count": n_preferred}
    return sorted(found.values(), key=lambda c: (c["name"], c["preferred"].lower())), seen


def review() -> dict[str, dict]:
    verdicts = {}
    with open(REVIEW, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            name, verdict, preferred, cues, note = (line.rstrip("\n").split("\t") + [""] * 5)[:5]
            if verdict not in ("keep", "drop"):
                raise SystemExit(f"{REVIEW}: {name!r}: verdict must be keep or drop")
            verdicts[name] = {"verdict": verdict, "preferred": preferred, "cues": cues, "note": note}
    return verdicts


HEADER = """\
# Lay and old names of conditions that NIH writers do not use, and the name they use.
# Built by tools/build_lay_names.py (criteria in its docstring) from: Disease Ontology
# 2016-03-04 synonyms (CC0); MedQuAD topic synonyms and answers 5000-10996 (Ben Abacha &
# Demner-Fushman 2019, CC BY 4.0); WordNet 3.0 (Princeton University, WordNet 3.0 licence),
# then reviewed by hand (tools/lay_names_review.tsv). Counts: times written in MedQuAD
# answers 5000-10996. Cues: words one of which the article must contain (a name with an
# everyday sense). Examples are invented; tests/test_lay_names.py runs them.
# name<TAB>preferred<TAB>sources<TAB>count<TAB>preferred_count<TAB>cues<TAB>example
"""


def main(argv: list[str]) -> int:
    verdicts = review()
    found, seen = candidates([v["preferred"] for v in verdicts.values() if v["preferred"]])
    kept, unreviewed = {}, []
    for candidate in found:
        verdict = verdicts.get(candidate["name"])
        if verdict is None:
            unreviewed.append(candidate)
        elif verdict["verdict"] == "keep":
            row = kept.setdefault(candidate["name"], {"sources": [], **verdict})
            row["sources"] += [s for s in candidate["sources"] if s not in row["sources"]]
            row["preferred"] = verdict["preferred"] or candidate["preferred"]
    rows = [(name, row["preferred"], "; ".join(row["sources"]), str(seen(name)), str(seen(row["preferred"])),
             row["cues"], row["note"]) for name, row in sorted(kept.items())]
    for row in rows:
        if int(row[4]) < PREFERRED_MIN or int(row[3]) * RARITY > int(row[4]):
            raise SystemExit(f"{row[0]!r}: the reviewed preferred name {row[1]!r} fails the counts ({row[3]} against {row[4]})")
    if "--candidates" in argv or unreviewed:
        for candidate in (found if "--candidates" in argv else unreviewed):
            verdict = verdicts.get(candidate["name"], {}).get("verdict", "?")
            print(f"{verdict}\t{candidate['name']}\t{candidate['preferred']}\t{'; '.join(candidate['sources'])}"
                  f"\t{candidate['count']}\t{candidate['preferred_count']}")
    stale = set(n for n, v in verdicts.items()) - {c["name"] for c in found}
    for name in sorted(stale):
        print(f"note: reviewed {name!r} is no longer a candidate", file=sys.stderr)
    OUT.write_text(HEADER + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} kept of {len(found)} candidates ({len(unreviewed)} unreviewed) -> {OUT.relative_to(ROOT)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
