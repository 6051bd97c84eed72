"""Build the spelling dictionary: the words ``spelling/unknown-word`` accepts.

Two files under ``lint/data/spelling/dictionary/``:

``english.txt.gz``
    SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson), size 70 (the
    "large" lists) in its American, British and Canadian spellings, as
    Debian ships them in ``wamerican-large``, ``wbritish-large`` and
    ``wcanadian-large`` (``/usr/share/dict``). A curated list: it holds no
    common misspelling, unlike web frequency lists ("accidently" is in
    those). Entries with an apostrophe (possessives) are dropped, since the
    tokenizer splits "'s" off. An entry that SCOWL spells with a capital
    ("Addison", "Paris") is kept with it: a name, accepted only when the
    text capitalises it too. Licence: SCOWL's, in ``SCOWL-COPYRIGHT``
    beside the list (permission to use, copy, modify, distribute and sell,
    with the notice kept).

``medical.txt``
    Health words, from curated vocabularies (with those SCOWL also has:
    the spelling check builds medical words only on these): MeSH 2015
    descriptor names (U.S. National Library of Medicine), the Human Disease
    Ontology 2016-03-04 names and exact synonyms (CC0), our own
    ``health_terms.txt`` (MIT), and the MedQuAD-derived
    ``medquad_vocabulary.txt`` (CC BY 4.0) where a word is used at least
    ``MIN_MEDQUAD_COUNT`` times or is attested in MeSH or the Disease
    Ontology, so one-off misspellings in MedQuAD ("achest") stay out. A
    word from MeSH or the Disease Ontology must be at least
    ``MIN_MEDICAL_LENGTH`` letters (shorter ones are mostly gene and
    protein symbols: "akt", "gata") and must appear in lower case inside a
    name at least once; one seen only capitalised there is a name
    ("Addison", "Bowen") and is kept capitalised.

Run it where the Debian lists are installed
(``apt-get install wamerican-large wbritish-large wcanadian-large``):

    python tools/build_dictionary.py [--vocab ../shared/data/vocab]
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPELLING = ROOT / "lint" / "data" / "spelling"
OUT = SPELLING / "dictionary"
SCOWL_LISTS = ("american-english-large", "british-english-large", "canadian-english-large")
SCOWL_COPYRIGHT = Path("/usr/share/doc/wamerican-large/copyright")
MIN_MEDQUAD_COUNT = 10
MIN_MEDICAL_LENGTH = 5
TOKEN = re.compile(r"[A-Za-z]+")


def scowl(folder: Path) -> tuple[set[str], set[str]]:
    """(lower-case words, capitalised names) from the SCOWL lists."""
    words: set[str] = set()
    names: set[str] = set()
    for name in SCOWL_LISTS:
        with open(folder / name, encoding="utf-8") as fh:
            for line in fh:
                entry = line.strip()
                if not entry or "'" in entry or " " in entry:
                    continue
                if entry.islower():
                    words.add(entry)
                elif entry[0].isupper() and entry[1:].islower():
                    names.add(entry)
                # Acronyms and mixed case ("AIDS", "McDonald") are skipped by the check anyway.
    names = {n for n in names if n.lower() not in words}
    return words, names


def _tokens(text: str, first_is_initial: bool):
    """(token, seen_lower) for each word of a vocabulary name."""
    for i, match in enumerate(TOKEN.finditer(text)):
        token = match.group()
        if len(token) < MIN_MEDICAL_LENGTH or token.isupper():
            continue
        if token.islower():
            yield token, True
        elif token[0].isupper() and token[1:].islower():
            # The first word of a MeSH name is capitalised whatever it is, and
            # so is a chemical name's after a locant ("N-Acetylglucosamine").
            initial = (i == 0 and first_is_initial) or text[max(0, match.start() - 1):match.start()] in ("-", "(", ",")
            yield token.lower(), None if initial else False


def vocabularies(folder: Path) -> dict[str, bool]:
    """Word -> seen in lower case (True) or only as a capitalised name (False)."""
    seen: dict[str, bool] = {}
    unknown_case: set[str] = set()

    def add(text: str, first_is_initial: bool) -> None:
        for token, lower in _tokens(text, first_is_initial):
            if lower is None:
                unknown_case.add(token)
            else:
                seen[token] = seen.get(token, False) or lower

    with open(folder / "mesh-2015-descriptors.tsv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            add(line.rstrip("\n").split("\t")[1], True)
    with open(folder / "doid-2016-03-04.obo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("name: "):
                add(line[6:], False)
            elif line.startswith("synonym: ") and " EXACT " in line:
                add(line.split('"')[1], False)
    # A first word never seen elsewhere (MeSH's "Calcimycin"): a term, not a name.
    for token in unknown_case - seen.keys():
        seen[token] = True
    return seen


def _plain(path: Path) -> list[str]:
    return [line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.split("#", 1)[0].strip()]


def medical(vocab: dict[str, bool], english: set[str], names: set[str]) -> list[str]:
    entries: set[str] = set()
    for word, lower in vocab.items():
        if lower or word in english:
            entries.add(word)
        elif word.capitalize() not in names:
            entries.add(word.capitalize())
    for word in _plain(SPELLING / "health_terms.txt"):
        entries.add(word.lower())
    for line in _plain(SPELLING / "medquad_vocabulary.txt"):
        word, _, count = line.partition("\t")
        if int(count or 0) >= MIN_MEDQUAD_COUNT or word in vocab or word in english:
            entries.add(word if vocab.get(word, True) else word.capitalize())
    # A lower-case entry makes its capitalised twin redundant.
    return sorted(e for e in entries if e.islower() or e.lower() not in entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dict", default="/usr/share/dict", help="folder with the Debian SCOWL lists")
    parser.add_argument("--vocab", default=str(ROOT.parent / "shared" / "data" / "vocab"))
    args = parser.parse_args()
    words, names = scowl(Path(args.dict))
    OUT.mkdir(parents=True, exist_ok=True)
    header = ("# English words (lower case) and names (capitalised) from SCOWL size 70 (Kevin Atkinson,\n"
              "# http://wordlist.aspell.net), American, British and Canadian: Debian's wamerican-large,\n"
              "# wbritish-large and wcanadian-large 2020.12.07. Possessives dropped.\n"
              "# Source: built by tools/build_dictionary.py. Licence: SCOWL's, see SCOWL-COPYRIGHT.\n")
    with gzip.GzipFile(OUT / "english.txt.gz", "wb", mtime=0) as raw:
        raw.write((header + "".join(f"{w}\n" for w in sorted(words | names))).encode("utf-8"))
    if SCOWL_COPYRIGHT.exists():
        shutil.copyfile(SCOWL_COPYRIGHT, OUT / "SCOWL-COPYRIGHT")
    entries = medical(vocabularies(Path(args.vocab)), words, names)
    with open(OUT / "medical.txt", "w", encoding="utf-8") as out:
        out.write("# Health words (lower case; capitalised: a name, accepted only so), SCOWL's included.\n"
                  "# From MeSH 2015 descriptor names (U.S. National Library of Medicine), the Human Disease\n"
                  "# Ontology 2016-03-04 names and exact synonyms (CC0), health_terms.txt (healthlint, MIT)\n"
                  f"# and medquad_vocabulary.txt (MedQuAD, CC BY 4.0; words used {MIN_MEDQUAD_COUNT}+ times or\n"
                  "# attested in MeSH or the Disease Ontology).\n"
                  "# Source: built by tools/build_dictionary.py. Licence: CC BY 4.0 (MedQuAD part), CC0, MIT.\n")
        out.writelines(f"{e}\n" for e in entries)
    print(f"english.txt.gz: {len(words):,} words, {len(names):,} names; medical.txt: {len(entries):,} entries")


if __name__ == "__main__":
    main()
