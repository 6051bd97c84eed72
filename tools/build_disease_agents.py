"""Build ``lint/data/terminology/disease_agents.tsv``: which kind of germ
causes each infectious disease (bacterium, virus, fungus or parasite), and
the germs that the Disease Ontology names as a disease's cause, from the
Human Disease Ontology's own classes (``disease by infectious agent``).

``terminology/contradicted-term`` reports a disease said to be caused by a
kind of germ it is not ("Lyme disease is caused by a virus", "chickenpox, a
bacterial infection") and a germ called by a kind it is not ("a virus called
Borrelia burgdorferi").

A disease is kept only when exactly one of the four kinds is among its
ancestors (so "pneumonia", which the ontology files under lung disease with
bacterial and viral subclasses, is not judged), with its name and EXACT
synonyms of at most four words, no brackets or commas. A germ is read from
the definition's ``has_material_basis_in`` (a genus and species; a name
ending in "virus" says its kind itself), and kept only when every disease naming it is of one kind.

    .venv/bin/python tools/build_disease_agents.py [../shared/data/vocab/doid-2016-03-04.obo]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.build_concepts import read_do  # noqa: E402

OUT = ROOT / "lint" / "data" / "terminology" / "disease_agents.tsv"
DEFAULT = ROOT.parent / "shared" / "data" / "vocab" / "doid-2016-03-04.obo"
ROOTS = {"DOID:104": "bacterium", "DOID:934": "virus", "DOID:1564": "fungus", "DOID:1398": "parasite"}
MAX_WORDS = 4
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9' -]*$")
BASIS = re.compile(r"has_material_basis_in (?:the )?(?:(?P<virus>(?:[A-Z][a-z]+ |[a-z]+ ){0,3}[A-Za-z]*virus)\b"
                   r"|(?P<species>[A-Z][a-z]{3,} [a-z]{4,})\b)")
NOT_SPECIES = frozenset("spp species strains strain which that and the bacteria bacterium fungi fungus phylum "
                        "parasites virus".split())
# Names that are the creature, not the disease it causes.
NOT_DISEASES = frozenset({"crabs", "leeches", "torula"})
HEADER = """# Infectious diseases and the kind of germ that causes each, and germs named as a disease's
# cause (terminology/contradicted-term: "Lyme disease is caused by a virus", "a virus called
# Borrelia burgdorferi"). Rows, sorted: disease<TAB>name<TAB>kind, or germ<TAB>name<TAB>kind; kind
# is bacterium, virus, fungus or parasite. A disease is listed only when exactly one kind is among
# its ancestors. Built by tools/build_disease_agents.py. Source: the Human Disease Ontology, release
# 2016-03-04 (doid.obo, DiseaseOntology/HumanDiseaseOntology). Licence: CC0 1.0.
"""


def build(path: Path) -> list[tuple[str, str, str]]:
    terms = {}
    definitions = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("id: DOID:"):
            current = line[4:]
        elif line.startswith("def: ") and current:
            definitions[current] = line[5:]
    for term in read_do(path):
        terms[term["id"]] = term
    kinds_of: dict[str, frozenset[str]] = {}

    def kinds(tid: str, seen=()) -> frozenset[str]:
        if tid in kinds_of:
            return kinds_of[tid]
        found = {ROOTS[tid]} if tid in ROOTS else set()
        for parent in terms.get(tid, {}).get("parents", ()):
            if parent not in seen:
                found |= kinds(parent, seen + (tid,))
        kinds_of[tid] = frozenset(found)
        return kinds_of[tid]

    diseases: dict[str, set[str]] = defaultdict(set)
    germs: dict[str, set[str]] = defaultdict(set)
    for tid, term in terms.items():
        found = kinds(tid)
        if len(found) != 1 or tid in ROOTS:
            continue
        kind = next(iter(found))
        for name in term["names"]:
            if NAME.match(name) and len(name.split()) <= MAX_WORDS and "infectious disease" not in name \
                    and name.lower() not in NOT_DISEASES:
                # Lower case unless an acronym's capitals ("AIDS" is no "aids"): matched as written then.
                diseases[name if sum(c.isupper() for c in name) > 1 else name.lower()].add(kind)
        for m in BASIS.finditer(definitions.get(tid, "")):
            germ = m.group("species")
            if not germ or germ.split()[1] in NOT_SPECIES:
                continue  # a name ending in "virus" says its kind itself
            germs[germ].add(kind)
            if m.group("species"):
                germs[germ.split()[0]].add(kind)  # the genus: "Borrelia"
    rows = [("disease", name, next(iter(k))) for name, k in diseases.items() if len(k) == 1]
    rows += [("germ", name, next(iter(k))) for name, k in germs.items()
             if len(k) == 1 and name.lower() not in {n.lower() for n in diseases}]
    return sorted(set(rows))


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows = build(path)
    OUT.write_text(HEADER + "".join(sorted("\t".join(r) + "\n" for r in rows)), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
