"""Build lint/data/context/medical_near_pairs.tsv: pairs of medical words one
or two letters apart (ileum/ilium, perineal/peroneal, dysphagia/dysphasia)
with the context words that tell them apart.

The pairs come by a general rule from open vocabularies, never from a list
of known slips: every word of five letters or more in a MeSH 2015 descriptor
name (U.S. National Library of Medicine; dhimmel/mesh tables, CC0), a
Human Disease Ontology 2016-03-04 name or synonym (CC0) or a MedQuAD topic
name or synonym (CC BY 4.0), that MedQuAD's answers use at least MIN_USES
times and general English no more than MAX_GENERAL_COUNT, paired with every other such word within
MAX_EDITS edits (Damerau-Levenshtein; two edits only for words of MIN_LONG
letters or more), leaving out inflections (one word starts the other:
ureter/ureters) and pairs whose cue words cannot tell them apart.

The cue words are learned from MedQuAD answers (Ben Abacha & Demner-Fushman
2019, CC BY 4.0) from line 3000 on, the same text as the shipped n-gram
counts (lines 0-2999 are held out for measuring): for each use of a pair word,
the distinct content words within WINDOW words either side. A cue's weight is
the log10 ratio of how often it is seen near the one word and near the other
(add-half smoothing); only cues seen MIN_CUE_SUPPORT times or more near the
pair and weighing at least MIN_WEIGHT are kept, the MAX_CUES strongest. To
these are added the words of each word's MeSH tree branches that the other's
lack (tree_neighbours), TREE_WEIGHT each: the cues of words too rare in
MedQuAD for counts. A pair whose cues add up to less than MIN_SEPARABLE
either way is dropped.
Only the derived counts are written, never the text.

    .venv/bin/python tools/build_near_pairs.py /work/shared/data/vocab /work/shared/data/medquad/answers-dev.jsonl
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HELD_OUT = 3000
MIN_LENGTH = 5
MIN_USES = 3
MAX_EDITS = 2
MIN_LONG = 6
WINDOW = 20
MIN_CUE_SUPPORT = 3
MIN_WEIGHT = 0.6
MAX_CUES = 80
# Words that share their first MORPH_PREFIX letters and end differently are
# forms of one stem (a wrong form is another rule's business).
MORPH_PREFIX = 5
# At least one word of a pair must lean to health writing by this much (log10
# of its relative frequency in MedQuAD over general English), and neither be
# a general word by more than MIN_LEANING: affect/effect and action/reaction
# are English confusions, not medical ones.
MAX_LEANING_NEEDED = 1.0
MIN_LEANING = -1.0
# Everyday English words (symspellpy's general counts above this, about the
# 1,500 commonest words) are no medical words: "getting"/"eating" and
# "finding"/"lining" were the false alarms on the news tune half.
MAX_GENERAL_COUNT = 10_000_000
MIN_SEPARABLE = 3.0
# MeSH tree cues (see tree_neighbours): each weighs TREE_WEIGHT, at most
# MAX_TREE_CUES a side, words MedQuAD uses MIN_TREE_CUE_USES times or more.
TREE_WEIGHT = 0.5
MAX_TREE_CUES = 60
MIN_TREE_CUE_USES = 20  # the pair's cues must add up to this much evidence, or it is dropped
WORD = re.compile(r"[a-z]+")
OUT = Path(__file__).resolve().parent.parent / "lint" / "data" / "context" / "medical_near_pairs.tsv"


def vocabulary_words(vocab_dir: Path) -> set[str]:
    words: set[str] = set()
    with open(vocab_dir / "mesh-2015-descriptors.tsv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            words.update(WORD.findall(line.split("\t")[1].lower()))
    with open(vocab_dir / "medquad_focus_synonyms.tsv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            fields = line.split("\t")
            words.update(WORD.findall((fields[2] + " " + fields[3]).lower()))
    with open(vocab_dir / "doid-2016-03-04.obo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("name: "):
                words.update(WORD.findall(line[6:].lower()))
            elif line.startswith("synonym: "):
                words.update(WORD.findall(line.split('"')[1].lower()))
    return {w for w in words if len(w) >= MIN_LENGTH}


def tree_neighbours(vocab_dir: Path, wanted: set[str]) -> dict[str, set[str]]:
    """word -> the words of every MeSH descriptor name in the same branch
    (the tree number's first two parts: A02.835 the skeleton, A03.556 the
    gastrointestinal tract) as a descriptor whose name holds the word."""
    branches: dict[str, set[str]] = defaultdict(set)
    word_branches: dict[str, set[str]] = defaultdict(set)
    with open(vocab_dir / "mesh-2015-tree-numbers.tsv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            _id, name, tree = line.rstrip("\n").split("\t")
            branch = ".".join(tree.split(".")[:2])
            names = set(WORD.findall(name.lower()))
            branches[branch].update(names)
            for w in names & wanted:
                word_branches[w].add(branch)
    return {w: set().union(*(branches[b] for b in bs)) for w, bs in word_branches.items()}


def edits(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def deletes(word: str, depth: int) -> set[str]:
    out, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:k] + w[k + 1:] for w in frontier for k in range(len(w))}
        out |= frontier
    return out


def near_pairs(words: list[str]) -> list[tuple[str, str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for w in words:
        for key in deletes(w, MAX_EDITS):
            index[key].append(w)
    pairs = set()
    for group in index.values():
        for x in group:
            for y in group:
                if x < y:
                    pairs.add((x, y))
    kept = []
    for a, b in sorted(pairs):
        if a.startswith(b) or b.startswith(a):
            continue  # an inflection or a longer form: ureter/ureters
        if (a in b or b in a) and abs(len(a) - len(b)) > 1:
            continue  # a prefix: normal/abnormal, active/reactive (not urine/purine)
        if a[-1] != b[-1] and a[:MORPH_PREFIX] == b[:MORPH_PREFIX]:
            continue  # another ending of one stem: allergic/allergy, prostate/prostatic
        if _same_stem(a, b):
            continue  # rectal/rectum, nerves/nervous, infectious/infections
        n = edits(a, b)
        if n == 1 or (n == 2 and min(len(a), len(b)) >= MIN_LONG):
            kept.append((a, b))
    return kept


# Endings that make another form of one stem (Latin and English noun and
# adjective endings, inflections). Two words that share their first four
# letters and differ only by such endings are one word's forms. (mucous/mucus
# share three, dysphagia/dysphasia end in no such ending.)
ENDINGS = frozenset({"", "s", "es", "e", "a", "i", "y", "ae", "al", "ar", "um", "us", "ous", "ic", "ia", "ion", "ions",
                     "ive", "ed", "ing", "ity", "ly", "ism", "ist", "ate", "ation", "in", "ine", "ial", "ical", "ns",
                     "ary", "ory", "eal", "ian"})


def _same_stem(a: str, b: str) -> bool:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= 4 and a[k:] in ENDINGS and b[k:] in ENDINGS


def answers(source: str):
    with open(source, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number >= HELD_OUT:
                yield json.loads(line)["answer"].lower()


def main(vocab_dir: str, source: str) -> None:
    unigrams = Counter()
    for text in answers(source):
        unigrams.update(WORD.findall(text))
    # Function words and the commonest words are no cue: the 300 commonest.
    common = {w for w, _n in unigrams.most_common(300)}
    vocab = sorted(w for w in vocabulary_words(Path(vocab_dir)) if unigrams[w] >= MIN_USES)
    from lint.checks.spelling.candidates import health_leaning

    from lint import context_model

    general = context_model.language_model().general_words
    vocab = [w for w in vocab if general.get(w, 0) <= MAX_GENERAL_COUNT]
    pairs = [(a, b) for a, b in near_pairs(vocab)
             if max(health_leaning(a), health_leaning(b)) >= MAX_LEANING_NEEDED
             and min(health_leaning(a), health_leaning(b)) >= MIN_LEANING]
    members = {w for pair in pairs for w in pair}
    uses = Counter()
    near = defaultdict(Counter)  # pair word -> cue -> uses with the cue in the window
    for text in answers(source):
        tokens = WORD.findall(text)
        for k, token in enumerate(tokens):
            if token in members:
                uses[token] += 1
                window = set(tokens[max(0, k - WINDOW):k]) | set(tokens[k + 1:k + WINDOW + 1])
                near[token].update(c for c in window if c not in common and len(c) >= 3 and c != token)
    tree = tree_neighbours(Path(vocab_dir), members)

    def tree_cues(word: str) -> set[str]:
        return {c for c in tree.get(word, ()) if c not in common and len(c) >= 3 and unigrams[c] >= MIN_TREE_CUE_USES}

    rows = []
    for a, b in pairs:
        na, nb = uses[a], uses[b]
        cues = []
        for cue in set(near[a]) | set(near[b]):
            ca, cb = near[a][cue], near[b][cue]
            if ca + cb < MIN_CUE_SUPPORT or cue in (a, b):
                continue
            weight = math.log10((cb + 0.5) / (nb + 1)) - math.log10((ca + 0.5) / (na + 1))
            if abs(weight) >= MIN_WEIGHT:
                cues.append((abs(weight) * math.sqrt(ca + cb), cue, weight))
        cues.sort(reverse=True)
        cues = cues[:MAX_CUES]
        # The MeSH branches of each word: words of the one's branches and
        # not the other's, the commonest in MedQuAD first.
        weights = {cue: weight for _s, cue, weight in cues}
        ta, tb = tree_cues(a), tree_cues(b)
        for side, sign in ((tb - ta, 1.0), (ta - tb, -1.0)):
            for cue in sorted(side - {a, b}, key=lambda c: (-unigrams[c], c))[:MAX_TREE_CUES]:
                weights[cue] = weights.get(cue, 0.0) + sign * TREE_WEIGHT
        cues = [(abs(w), cue, w) for cue, w in weights.items() if w]
        if sum(w for _s, _c, w in cues if w > 0) < MIN_SEPARABLE or -sum(w for _s, _c, w in cues if w < 0) < MIN_SEPARABLE:
            continue
        text = ",".join(f"{cue}:{weight:.2f}" for _s, cue, weight in sorted(cues, key=lambda c: c[1]))
        rows.append(f"{a}\t{b}\t{na}\t{nb}\t{text}")
    header = (
        "# Medical words one or two letters apart, with the words that tell them apart:\n"
        "# word_a<TAB>word_b<TAB>uses of a<TAB>uses of b<TAB>cue:weight,... (weight: log10 ratio, > 0 favours b).\n"
        "# Pairs: words of MeSH 2015 descriptor names (U.S. National Library of Medicine, MeSH 2015; tables CC0),\n"
        "# Human Disease Ontology 2016-03-04 names and synonyms (CC0) and MedQuAD topic names and synonyms\n"
        "# (CC BY 4.0) within two edits. Cues and counts: MedQuAD answers from line 3000 on (Ben Abacha &\n"
        "# Demner-Fushman 2019, CC BY 4.0) and the words of each word's MeSH 2015 tree branches.\n"
        "# Built by tools/build_near_pairs.py; do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(vocab)} vocabulary words, {len(pairs)} near pairs, {len(rows)} separable pairs -> {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
