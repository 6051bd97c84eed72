"""Build ``lint/data/terminology/medquad_acronyms.tsv``: the acronyms NIH and
CDC writers spell out in brackets in MedQuAD answers ("deep vein thrombosis
(DVT)"), each with its commonest expansion and how many answers define it.

MedQuAD's writers define nearly every acronym they use (99 % of their
definitions are "full term (ACRONYM)"), so an acronym they define is one an
editor wants spelled out: ``terminology/undefined-acronym`` reports such an
acronym even when an article uses it only once, and offers the expansion.
Proper names are left out (an expansion whose words are all capitalised:
"National Institutes of Health", "Genetic Testing Registry", "Diabetes
Prevention Program"): issue 19 leaves organisation and study names alone.

Only answers from line 3,000 on are read: the first 3,000 are held out to
measure false alarms (``benchmarks/corpus.py``).

    .venv/bin/python tools/build_medquad_acronyms.py [../shared/data/medquad/answers-dev.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.checks import acronyms  # noqa: E402

OUT = ROOT / "lint" / "data" / "terminology" / "medquad_acronyms.tsv"
DEFAULT = ROOT.parent / "shared" / "data" / "medquad" / "answers-dev.jsonl"
HELD_OUT_LINES = 3000
BRACKETED = re.compile(r"\(([A-Z][A-Za-z&]{1,5}s?)\)")
SENTENCE = re.compile(r"[.!?]\s|\n")
HEADER = """# Acronyms that MedQuAD's NIH and CDC writers spell out in brackets ("deep vein
# thrombosis (DVT)"): jargon an editor wants defined even when used once.
# acronym<TAB>commonest expansion<TAB>answers defining it. Proper names
# (every word capitalised) are left out. Built by tools/build_medquad_acronyms.py
# from MedQuAD answers after the first 3,000 (held out).
# Source: MedQuAD (Ben Abacha & Demner-Fushman 2019), github.com/abachaa/MedQuAD. Licence: CC BY 4.0.
"""


def proper_name(expansion: str) -> bool:
    """Every word of the expansion capitalised: an organisation, programme,
    database or study ("National Cholesterol Education Program")."""
    words = [w for w in acronyms.WORD.findall(expansion) if w.lower() not in acronyms.SMALL_WORDS]
    return bool(words) and all(w[:1].isupper() for w in words) and len(words) >= 2 \
        or bool(acronyms.ORGANISATION.search(expansion))


def expansion_of(answer: str, match: re.Match) -> tuple[str | None, bool]:
    acronym = match.group(1)
    window = SENTENCE.split(answer[max(0, match.start() - 160):match.start()])[-1]
    words = acronyms.WORD.findall(window)
    for size in range(1, min(len(words), len(acronym) + 4) + 1):
        tail = words[-size:]
        candidate = " ".join(tail)
        if acronyms._initials(tail)[:1] == acronym[0].upper() and acronyms._explains(acronym, candidate, False, tail):
            return candidate, window.lstrip().startswith(candidate.split()[0])
    return None, False


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    expansions: dict[str, Counter] = defaultdict(Counter)
    answers: Counter = Counter()
    names: Counter = Counter()
    with open(source, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number < HELD_OUT_LINES:
                continue
            answer = json.loads(line)["answer"]
            seen = set()
            for match in BRACKETED.finditer(answer):
                acronym = match.group(1)
                if not (acronyms._is_acronym(acronym) or acronyms._is_mixed(acronym)):
                    continue
                found, at_start = expansion_of(answer, match)
                if not found:
                    continue
                key = acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 else acronym
                if key != acronym and found.endswith("s") and not found.endswith(("ss", "us", "is")):
                    found = found[:-1]  # "drugs (NSAIDs)": the singular for the singular key
                if found and found.split()[0].lower() in acronyms.SMALL_WORDS:
                    continue  # "the great arteries (TGA)": the term starts before the letters do
                if proper_name(found):
                    names[key] += 1
                    continue
                # "^" marks a form that starts its sentence, whose capital may be the sentence's.
                expansions[key][("^" if at_start else "") + found] += 1
                seen.add(key)
            answers.update(seen)
    rows = []
    for key, counts in expansions.items():
        if names[key] >= answers[key]:
            continue  # as often a proper name as a term
        # The commonest wording, case aside, as written mid-sentence; a
        # sentence's first capital is not the term's ("Deep vein thrombosis (DVT) is").
        by_lower: Counter = Counter()
        for written, count in counts.items():
            by_lower[written.lower()] += count
        commonest = by_lower.most_common(1)[0][0]
        forms = [w for w in counts if w.lower() == commonest]
        inside = [w for w in forms if not w.startswith("^")]
        if inside:
            expansion = max(inside, key=lambda w: counts[w])
        else:
            expansion = max(forms, key=lambda w: counts[w])[1:]
            if (expansion[1:].split(" ")[0].islower() or not expansion[1:2].isalpha()) \
                    and "'" not in expansion.split(" ")[0]:  # "Binswanger's disease" keeps its capital
                expansion = expansion[0].lower() + expansion[1:]
        rows.append(f"{key}\t{expansion}\t{answers[key]}\n")
    OUT.write_text(HEADER + "".join(sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} acronyms -> {OUT}")


if __name__ == "__main__":
    main()
