"""Build lint/data/context/slip_candidates.tsv.gz: for every word that the
real-word rule may question (common enough, see ``_common``), the words it
may be a slip for, exactly as ``generate_slip_candidates`` finds them at
run time. The table only saves that work; a word it lacks is generated.

    python tools/build_slip_candidates.py
"""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import lexicon  # noqa: E402
from lint.checks.spelling import candidates  # noqa: E402

OUT = ROOT / "lint" / "data" / candidates.SLIP_TABLE


def questioned_words() -> list[str]:
    return sorted(w for w in lexicon.frequencies() if w.isalpha() and w.islower() and w.isascii() and candidates.is_common(w))


def main() -> None:
    words = questioned_words()
    with io.TextIOWrapper(gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0), encoding="utf-8") as out:
        out.write("# word<TAB>words one edit away it may be a slip for; built by tools/build_slip_candidates.py "
                  "from pyspellchecker's, wordfreq's and MedQuAD's word counts\n")
        for word in words:
            out.write(f"{word}\t{' '.join(candidates.generate_slip_candidates(word))}\n")
    print(f"{len(words):,} words written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
