"""Build lint/data/terminology/term_context.tsv.gz: which words the sentences
naming each part of the body hold, for terminology/misfit-term.

Parts of the body are MeSH 2015 anatomy descriptors (U.S. National Library of
Medicine; trees A01-A10, A14, A15, A17: body regions, bones and muscles, the
digestive, respiratory, urogenital, endocrine, cardiovascular and nervous
systems, sense organs, tissues, mouth and teeth, blood and immune organs, skin),
named by their preferred names (inverted ones turned round: "Ear, Inner" is
"inner ear") and by the plain names of lint/data/terminology/anatomy_names.tsv
("eardrum" is the tympanic membrane). Counts are of distinct sentences of
MedQuAD answers (Ben Abacha & Demner-Fushman 2019, CC BY 4.0), rows 5000-10996
of answers-dev.jsonl only: rows 0-2999 measure false alarms and 3000-4999 are
held out. Only derived counts are written, never text.

    python tools/build_term_context.py ../shared/data/medquad/answers-dev.jsonl

Rows of the output (tab-separated; # lines are the header):
    N  <sentences>
    T  <descriptor>  <name as written most often>  <sentences>  <tree numbers, comma-separated>
    A  <descriptor>  <name key>         (every name of every descriptor, lint.checks.misfit_terms.name_key;
                                         only those with a T row are judged)
    W  <word>  <sentences>              (context words: not stop words, in at least MIN_WORD sentences)
    P  <descriptor>  <word>  <sentences holding both>   (MIN_PAIR or more)
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.checks import misfit_terms as rule  # noqa: E402

ROWS = (5000, 10997)
VOCAB = ROOT.parent / "shared" / "data" / "vocab"
OUT = ROOT / "lint" / "data" / "terminology" / "term_context.tsv.gz"
BRANCHES = ("A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10", "A14", "A15", "A17")
# Not parts of a body: transplants (A01.941).
NOT_PARTS = ("A01.941", "A15.145")  # and blood and its cells (A15.145: contradicted-term reads those)
RADIUS = 0        # sentences either side whose words count as beside a part
MIN_TERM = 5      # a descriptor named in fewer sentences is left out
MIN_WORD = 3
MIN_PAIR = 2
# Words too common in these sentences to tell parts apart (share of sentences).
MAX_WORD_SHARE = 0.03


def mesh_anatomy(vocab: Path = VOCAB) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """descriptor -> tree numbers, descriptor -> name keys."""
    trees: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    with open(vocab / "mesh-2015-tree-numbers.tsv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            mesh_id, name, tree = line.rstrip("\n").split("\t")
            if not tree.startswith(BRANCHES) or tree.startswith(NOT_PARTS):
                continue
            trees[mesh_id].add(tree)
            if ", " in name:  # "Ear, Inner" -> "inner ear"; "Carotid Artery, Internal" -> "internal carotid artery"
                head, _, modifier = name.partition(", ")
                name = modifier + " " + head
            key = rule.name_key(name)
            if key:
                names[mesh_id].add(key)
    by_name = {k: m for m, ks in names.items() for k in ks}
    for line in (ROOT / "lint" / "data" / "terminology" / "anatomy_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        _, technical, plain = line.split("\t")
        owners = {by_name.get(rule.name_key(t)) for t in technical.split(",")} - {None}
        if len(owners) == 1:
            names[owners.pop()].update(rule.name_key(p) for p in plain.split(",") + technical.split(","))
    # A name two descriptors share names neither.
    count = Counter(k for ks in names.values() for k in ks)
    return dict(trees), {m: {k for k in ks if count[k] == 1 and k not in rule.NOT_NAMES} for m, ks in names.items()}


def sentences(rows):
    """Distinct sentences of the answers (MedQuAD repeats many answers)."""
    seen = set()
    for text in rows:
        for _, sentence in rule.sentences(text):
            s = " ".join(sentence.split())
            if len(s) < 20 or s in seen:
                continue
            seen.add(s)
            yield s


def count(texts, names: dict[str, set[str]], radius: int = 0):
    """Sentence counts; a sentence's words are its own and those of ``radius``
    sentences either side in its answer. Each distinct sentence counts once."""
    matcher = rule.NameMatcher({k: m for m, ks in names.items() for k in ks})
    name_words = {m: {w for k in ks for w in k.split()} for m, ks in names.items()}
    total = 0
    term_n, word_n, pair_n = Counter(), Counter(), Counter()
    written = defaultdict(Counter)
    seen = set()
    for text in texts:
        answer = [" ".join(s.split()) for _, s in rule.sentences(text)]
        bags = [set(rule.context_words(s, [])) for s in answer]
        for i, s in enumerate(answer):
            if len(s) < 20 or s in seen:
                continue
            seen.add(s)
            total += 1
            window = set().union(*bags[max(0, i - radius):i + radius + 1])
            word_n.update(window)
            found = matcher.find(s)
            ids = {m for _, _, m in found}
            for a, b, m in found:
                written[m][s[a:b].lower()] += 1
            term_n.update(ids)
            for m in ids:
                # the words beside a part: all but its own names (other parts' names count)
                own = set(rule.context_words(s, [(a, b) for a, b, x in found if x == m]))
                others = window - bags[i]
                pair_n.update((m, w) for w in own | {w for w in others if w not in name_words[m]})
    return total, term_n, word_n, pair_n, written


def build(texts, trees, names, radius: int = RADIUS):
    total, term_n, word_n, pair_n, written = count(texts, names, radius)
    keep_terms = {m for m, n in term_n.items() if n >= MIN_TERM}
    keep_words = {w for w, n in word_n.items() if n >= MIN_WORD and n <= MAX_WORD_SHARE * total}
    return {
        "N": total,
        "T": {m: (written[m].most_common(1)[0][0], term_n[m], sorted(trees[m])) for m in keep_terms},
        # every part's names, judged or not: words of a part's name are never read as cues
        "A": {m: sorted(ks) for m, ks in names.items() if ks},
        "W": {w: word_n[w] for w in keep_words},
        "P": {(m, w): n for (m, w), n in pair_n.items() if n >= MIN_PAIR and m in keep_terms and w in keep_words},
    }


def read_rows(source: Path, lo: int, hi: int):
    with open(source, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number >= hi:
                break
            if number >= lo:
                yield json.loads(line)["answer"]


def write(table, out: Path = OUT) -> None:
    # no file name or time in the gzip header: a rebuild is byte-identical
    with open(out, "wb") as raw, io.TextIOWrapper(gzip.GzipFile("", "wb", 9, raw, mtime=0), encoding="utf-8") as fh:
        fh.write("# Sentence counts of parts of the body and the words beside them, for terminology/misfit-term.\n"
                 "# Built by tools/build_term_context.py from MedQuAD answers 5000-10996 (Ben Abacha & Demner-Fushman\n"
                 "# 2019, CC BY 4.0; distinct sentences) and MeSH 2015 anatomy descriptors (U.S. National Library of\n"
                 "# Medicine) with the plain names of anatomy_names.tsv. Rows: N total; T descriptor, name, sentences,\n"
                 "# tree numbers; A descriptor, name key; W word, sentences; P descriptor, word, sentences.\n")
        fh.write(f"N\t{table['N']}\n")
        for m, (name, n, tree) in sorted(table["T"].items()):
            fh.write(f"T\t{m}\t{name}\t{n}\t{','.join(tree)}\n")
        for m, keys in sorted(table["A"].items()):
            for k in keys:
                fh.write(f"A\t{m}\t{k}\n")
        for w, n in sorted(table["W"].items()):
            fh.write(f"W\t{w}\t{n}\n")
        for (m, w), n in sorted(table["P"].items()):
            fh.write(f"P\t{m}\t{w}\t{n}\n")


def main(source: str) -> None:
    trees, names = mesh_anatomy()
    table = build(read_rows(Path(source), *ROWS), trees, names)
    write(table)
    print(f"{OUT.name}: {table['N']} sentences, {len(table['T'])} parts, {len(table['W'])} words, "
          f"{len(table['P'])} pairs, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "data" / "medquad" / "answers-dev.jsonl"))
