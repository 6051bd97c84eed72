"""Build lint/data/terminology/anatomy_tree.tsv: the parts of the body in MeSH 2015's anatomy
trees, with their tree numbers and names, for terminology/contradicted-term's reading of a part
placed inside another that does not hold it ("cells inside the inner ear sit in the eardrum").

Source: MeSH 2015 (U.S. National Library of Medicine), as staged in ../shared/data/vocab
(mesh-2015-tree-numbers.tsv: dhimmel/mesh, CC0 tables); the same branches and names as
tools/build_term_context.py (inverted names turned round, "Ear, Inner" is "inner ear"; the plain
names of lint/data/terminology/anatomy_names.tsv added; a name two parts share is left out).
Only parts below an organ (tree numbers of three or more levels) are written.

    python tools/build_anatomy_tree.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.build_term_context import mesh_anatomy  # noqa: E402

OUT = ROOT / "lint" / "data" / "terminology" / "anatomy_tree.tsv"
HEADER = """# Parts of the body below an organ, from the MeSH 2015 anatomy trees (U.S. National Library of
# Medicine; MeSH 2015 as tabled by dhimmel/mesh, CC0), for terminology/contradicted-term: a part placed
# inside another of the same organ that does not hold it. Built by tools/build_anatomy_tree.py; do not
# edit. descriptor<TAB>tree numbers<TAB>names (lint.checks.misfit_terms.name_key), comma-separated.
# Source: MeSH 2015, U.S. National Library of Medicine. Licence of this table: MIT (MeSH is free to use).
"""


def build() -> list[str]:
    trees, names = mesh_anatomy()
    rows = []
    for mesh_id in sorted(trees):
        deep = sorted(t for t in trees[mesh_id] if t.count(".") >= 2)
        keys = sorted(names.get(mesh_id, ()))
        if deep and keys:
            rows.append(f"{mesh_id}\t{','.join(sorted(trees[mesh_id]))}\t{','.join(keys)}")
    return rows


def main() -> int:
    rows = build()
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} parts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
