"""Build ``lint/data/concepts/concepts.tsv.gz``: which names name the same
medical concept, and which concept is broader than which.

Sources (all open; see README.md, Credits):
- Human Disease Ontology, release 2016-03-04 (``doid.obo``): names, EXACT
  synonyms, ``is_a``, and its MeSH and UMLS cross-references. CC0 1.0.
- MeSH 2015 descriptor names and tree numbers (dhimmel/mesh tables; MeSH is
  produced by the U.S. National Library of Medicine). A tree number under
  another is read as narrower than it.
- Other names of one drug, brand names above all (``drug_names.tsv.gz``, built by
  ``tools/build_drug_names.py`` from the drug-named-entity-recognition package's
  dictionary: DrugBank open data CC0, NLM, NHS, Wikipedia; the package is MIT).
- MedQuAD's NIH topic synonyms (the "also called" lists of MedlinePlus, GARD
  and Genetics Home Reference pages), with their UMLS CUIs. CC BY 4.0.

Concepts are merged only when they share a cross-reference (a DO term's
MeSH id or CUI; a MedQuAD page with one CUI). A name may belong to several
concepts: merging on names chained thousands of rare diseases into one. Only names a health article could use are kept:
two to 60 characters, at most six words, no digits-only or bracketed forms.

Output: one concept a line, ``id<TAB>parent ids<TAB>name|name|...``, sorted
by id; names are written as ``lint.concepts.key`` normalises them.

    .venv/bin/python tools/build_concepts.py [--vocab /work/shared/data/vocab]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.concepts import key  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "lint" / "data" / "concepts" / "concepts.tsv.gz"
EVERYDAY = OUT.parent / "everyday_names.tsv"
# MeSH trees a health article names in an equivalence: anatomy (A), diseases
# (C), chemicals and drugs (D), procedures and tests (E), mental disorders (F03),
# bacteria (B03) and viruses (B04): germs a writer may name one as another ("varicella-zoster
# virus, also known as the herpes simplex virus"), kind B.
MESH_TREES = ("A", "B03", "B04", "C", "D", "E", "F03", "F04")
# MeSH kinds by tree: F04 (behavioural disciplines: psychotherapy, cognitive
# therapy, counselling) holds treatments, so it is read as a procedure (E).
# D27 (chemical actions and uses: drug classes such as "Anti-Bacterial Agents") is P:
# MeSH files a drug under its chemistry, not under its class, so a drug and a class
# are never compared ("cortisone, also known as corticosteroids").
TREE_KIND = {"F04": "E", "D27": "P"}
MAX_WORDS = 6
SYNONYM = re.compile(r'^synonym: "(.*)" (EXACT|RELATED|NARROW|BROAD)')


class Union:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def usable(name: str) -> bool:
    name = name.strip()
    return (2 <= len(name) <= 60 and len(name.split()) <= MAX_WORDS and not re.search(r"[\[\]();:]", name)
            and any(c.isalpha() for c in name))


def read_do(path: Path):
    """(id, names, parents, cross-references) of each live DO term."""
    term = None
    for line in path.read_text(encoding="utf-8").splitlines() + ["[Term]"]:
        if line == "[Term]" or line.startswith("[Typedef]"):
            if term and term["id"] and not term["obsolete"]:
                yield term
            term = {"id": "", "names": [], "parents": [], "xrefs": [], "obsolete": False}
            continue
        if term is None:
            continue
        if line.startswith("id: DOID:"):
            term["id"] = line[4:]
        elif line.startswith("name: "):
            term["names"].append(line[6:])
        elif line.startswith("is_obsolete: true"):
            term["obsolete"] = True
        elif line.startswith("is_a: "):
            term["parents"].append(line[6:].split(" ")[0])
        elif line.startswith("xref: MSH:"):
            term["xrefs"].append("MSH:" + line[10:].strip())
        elif line.startswith("xref: UMLS_CUI:"):
            term["xrefs"].append("CUI:" + line[15:].strip())
        else:
            match = SYNONYM.match(line)
            if match and match.group(2) == "EXACT":
                term["names"].append(match.group(1).strip())


def uninvert(name: str) -> str:
    """MeSH writes "Cholesterol, LDL" for "LDL cholesterol"."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and parts[1]:
        return f"{parts[1]} {parts[0]}"
    return name


GRAPHY = re.compile(r"graphy$", re.I)
AGENTS = re.compile(r"^(?P<what>[A-Za-z]+(?:-[A-Za-z]+)?) Agents$")
GLANDS = re.compile(r"^(?P<what>[A-Za-z]+) Glands?$")
TRANSPLANTATION = re.compile(r"\bTransplantation$")


def everyday_names(name: str, tree: str) -> set[str]:
    """The names a health article uses for a MeSH descriptor that MeSH
    writes another way, by three regular patterns: the record of an imaging
    or tracing test (-graphy) is its -gram ("Mammography", "mammogram";
    "Electrocardiography", "electrocardiogram"); a class of drugs is named by
    its adjective ("Antiviral Agents", "antiviral"; "Anti-Bacterial Agents",
    "antibacterial"); a gland by its first word ("Thyroid Gland", "thyroid"); a
    transplantation is a transplant ("Kidney Transplantation", "kidney transplant")."""
    found = set()
    if tree.startswith("E") and GRAPHY.search(name):
        found.add(GRAPHY.sub("gram", name))
    agents = AGENTS.match(name)
    if tree.startswith("D") and agents:
        found.update({agents["what"], agents["what"].replace("-", "")})
    glands = GLANDS.match(name)
    if tree.startswith("A") and glands:
        found.add(glands["what"])
    if tree.startswith("E") and TRANSPLANTATION.search(name):
        found.add(TRANSPLANTATION.sub("Transplant", name))
    return found


# The kind of a MedlinePlus topic that names no MeSH descriptor, by its head noun
# ("CT Scans", "Metabolic Panel": tests; "Statins", "Antidepressants": drug classes).
TOPIC_HEAD_KINDS = {**dict.fromkeys(("scan", "scans", "surgery", "panel", "test", "tests", "screening", "ultrasound",
                                     "a1c", "therapy"), "E"),
                    **dict.fromkeys(("antidepressants", "statins", "steroids"), "P")}


def closed_form(name: str) -> str:
    """A name of two words written as one, when that is a common word
    ("pain killer", "painkiller"; "blood thinner" is not one)."""
    from lint import lexicon

    words = name.split()
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return ""
    joined = "".join(words)
    return joined if lexicon.frequency(joined) >= CLOSED_MIN_COUNT else ""


CLOSED_MIN_COUNT = 50
DRUG_NAMES = OUT.parent / "drug_names.tsv.gz"


def add_drug_names(names, kinds, union, mesh_by_key) -> None:
    """Other names of one drug (data/concepts/drug_names.tsv.gz, brand names above all) join the
    MeSH chemical of their ingredient; an ingredient MeSH 2015 lacks ("semaglutide", "tirzepatide")
    becomes a drug of its own, of kind R: compared only with another R, since MeSH may hold it under
    a wider name ("Botox" is onabotulinumtoxinA, one of MeSH's "Botulinum Toxins"). A name the table
    already knows keeps its meaning."""
    import gzip

    known = {key(n) for found in names.values() for n in found}
    for line in gzip.decompress(DRUG_NAMES.read_bytes()).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, ingredient = line.split("\t")
        if name in known:
            continue
        drugs = [n for n in mesh_by_key.get(ingredient, ()) if "D" in kinds[n]]
        if len(drugs) > 1:
            continue
        node = drugs[0] if drugs else "DRUG:" + ingredient
        if not drugs:
            union.find(node)
            names[node].add(ingredient)
            kinds[node].add("R")  # compared only with another such drug: MeSH may hold it by a wider name
        names[node].add(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vocab", default="/work/shared/data/vocab")
    parser.add_argument("--out", default=str(OUT))
    options = parser.parse_args()
    vocab = Path(options.vocab)
    union = Union()
    names: dict[str, set[str]] = defaultdict(set)     # node -> names
    parents: dict[str, set[str]] = defaultdict(set)   # node -> parent nodes
    kinds: dict[str, set[str]] = defaultdict(set)     # node -> MeSH tree letters (DO: C, a disease)

    for term in read_do(vocab / "doid-2016-03-04.obo"):
        node = term["id"]
        union.find(node)
        names[node].update(n for n in term["names"] if usable(n))
        parents[node].update(term["parents"])
        kinds[node].add("C")
        for xref in term["xrefs"]:
            union.join(node, xref)

    tree_owner: dict[str, str] = {}
    with open(vocab / "mesh-2015-tree-numbers.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["mesh_tree_number"].startswith(MESH_TREES)]
    for row in rows:
        tree_owner[row["mesh_tree_number"]] = "MSH:" + row["mesh_id"]
    for row in rows:
        node = "MSH:" + row["mesh_id"]
        union.find(node)
        name = uninvert(row["mesh_name"])
        number = row["mesh_tree_number"]
        for candidate in {name, row["mesh_name"]} | everyday_names(name, number):
            if usable(candidate):
                names[node].add(candidate)
        kinds[node].add(TREE_KIND.get(number[:3], number[0]))
        if "." in number:
            parent = tree_owner.get(number.rsplit(".", 1)[0])
            if parent:
                parents[node].add(parent)

    # Everyday names of MeSH descriptors (data/concepts/everyday_names.tsv).
    by_mesh_name = {row["mesh_name"]: "MSH:" + row["mesh_id"] for row in rows}
    for line in EVERYDAY.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            everyday, descriptor = line.split("\t")
            if descriptor.startswith("DOID:") and descriptor in names:  # a disease MeSH 2015 lacks
                names[descriptor].add(everyday)
                continue
            if descriptor not in by_mesh_name:
                raise SystemExit(f"{EVERYDAY}: no MeSH descriptor or Disease Ontology term {descriptor!r}")
            names[by_mesh_name[descriptor]].add(everyday)

    # MeSH descriptors by each name's key, to place MedlinePlus topics (which carry no CUI).
    mesh_by_key: dict[str, set[str]] = defaultdict(set)
    for node, found in names.items():
        if node.startswith("MSH:") and kinds[node] != {"B"}:  # a topic is never a germ
            for name in found:
                mesh_by_key[key(name)].add(node)

    add_drug_names(names, kinds, union, mesh_by_key)

    with open(vocab / "medquad_focus_synonyms.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            node = f"MQ:{row['subset']}:{row['doc_id']}"
            union.find(node)
            found = [row["focus"], *row["synonyms"].split("|")]
            names[node].update(n for n in found if usable(n))
            if row["semantic_group"] == "Disorders":
                kinds[node].add("C")
            cuis = [c.strip() for c in row["cuis"].split("|") if c.strip()]
            if len(cuis) == 1:  # a page about several concepts merges none of them
                union.join(node, "CUI:" + cuis[0])
            elif not cuis:
                # A MedlinePlus topic ("MRI Scans": magnetic resonance imaging; "Pain Relievers":
                # analgesics) takes the kinds of the MeSH descriptors its names name, and is the
                # same concept as the descriptor when it names exactly one (its synonym lists
                # also hold related topics: "Birthmarks" lists hemangioma and nevus).
                hits = set().union(*(mesh_by_key.get(key(n), set()) for n in found if usable(n)))
                for hit in hits:
                    kinds[node].update(kinds[hit])
                if len(hits) == 1:
                    union.join(node, next(iter(hits)))
                elif len(hits) > 1:
                    # A list of related topics ("Cholesterol": HDL, LDL, hypercholesterolemia) names
                    # no one thing: the topic keeps only the names of its own focus's descriptor.
                    own = mesh_by_key.get(key(row["focus"]), set())
                    names[node] = {n for n in names[node] if n == row["focus"] or
                                   (mesh_by_key.get(key(n)) and mesh_by_key.get(key(n)) <= own)}
                elif not hits and row["focus"].split()[-1].lower() in TOPIC_HEAD_KINDS:
                    kinds[node].add(TOPIC_HEAD_KINDS[row["focus"].split()[-1].lower()])

    roots = sorted({union.find(n) for n in names if names[n]})
    number = {root: i + 1 for i, root in enumerate(roots)}
    concept_names: dict[int, set[str]] = defaultdict(set)
    concept_parents: dict[int, set[int]] = defaultdict(set)
    concept_kinds: dict[int, set[str]] = defaultdict(set)
    for node, found in kinds.items():
        if union.find(node) in number:
            concept_kinds[number[union.find(node)]].update(found)
    for node, found in names.items():
        if not found:
            continue
        cid = number[union.find(node)]
        keys = set(filter(None, map(key, found)))
        concept_names[cid].update(keys | {closed for closed in map(closed_form, keys) if closed})
    # A germ keeps only the names nothing else has ("hiv", "chlamydia" name infections too): a condition's
    # name keeps its meaning for the rules that read conditions.
    other_names = {name for cid, found in concept_names.items() if concept_kinds[cid] != {"B"} for name in found}
    for cid, found in concept_names.items():
        if concept_kinds[cid] == {"B"}:
            found.difference_update(other_names)
    for node, ups in parents.items():
        root = union.find(node)
        if root not in number:
            continue
        for up in ups:
            up_root = union.find(up)
            if up_root in number and up_root != root:
                concept_parents[number[root]].add(number[up_root])

    sources = ("# Medical concepts: names that name the same thing, and the broader concepts of each.\n"
               "# Built by tools/build_concepts.py from: Human Disease Ontology 2016-03-04 (CC0 1.0);\n"
               "# MeSH 2015 descriptors and tree numbers (U.S. National Library of Medicine; trees A, B03, B04, C, D, E, F03, F04),\n"
               "# with everyday names by rule (mammography: mammogram; antiviral agents: antiviral; thyroid gland: thyroid)\n"
               "# and two-word names closed up where the dictionary knows the word (pain killer: painkiller);\n"
               "# everyday names from MeSH entry terms in data/concepts/everyday_names.tsv (antibiotics, statins);\n"
               "# drug brand names from data/concepts/drug_names.tsv.gz (drug-named-entity-recognition 2.0.9, MIT;\n"
               "# DrugBank open data CC0, NLM, NHS, Wikipedia): a brand is its ingredient (Wegovy: semaglutide);\n"
               "# MedQuAD NIH topic synonyms (Ben Abacha & Demner-Fushman 2019, CC BY 4.0); a MedlinePlus topic takes\n"
               "# the kinds of the MeSH descriptors its names name, and is that descriptor when it names only one;\n"
               "# a topic whose names name several keeps only its focus's names (street names of drugs, fat types).\n"
               "# Format: id<TAB>kinds<TAB>parent ids (comma-separated)<TAB>names (|-separated, as lint.concepts.key writes them)\n"
               "# Kinds: MeSH tree letters (A anatomy, B bacterium or virus, C disease, D chemical or drug, E procedure or test, F mental\n"
               "# disorder, P drug class (D27), R a drug MeSH 2015 lacks, named by its brands; F04 therapies are E;\n"
               "# a Disease Ontology term or a MedQuAD topic in the\n"
               "# Disorders group is C).\n")
    lines = []
    for cid in sorted(concept_names):
        ups = ",".join(map(str, sorted(concept_parents.get(cid, ()))))
        kind = "".join(sorted(concept_kinds.get(cid, ())))
        lines.append(f"{cid}\t{kind}\t{ups}\t{'|'.join(sorted(concept_names[cid]))}\n")
    out = Path(options.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    import gzip

    # mtime=0: the same sources build the same bytes.
    out.write_bytes(gzip.compress((sources + "".join(lines)).encode("utf-8"), compresslevel=9, mtime=0))
    total = sum(len(v) for v in concept_names.values())
    print(f"{len(lines)} concepts, {total} names, {out.stat().st_size:,} bytes -> {out}")


if __name__ == "__main__":
    main()
