"""Build the spelling dictionary: the words ``spelling/unknown-word`` accepts.

Two files under ``lint/data/spelling/dictionary/``:

``english.txt.gz``
    SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson), size 70 (the
    "large" lists) in its American, British and Canadian spellings, as
    Debian ships them in ``wamerican-large``, ``wbritish-large`` and
    ``wcanadian-large`` (``/usr/share/dict``). A curated list: it holds no
    common misspelling, unlike web frequency lists ("accidently" is in
    those). Size 80 (``-huge``) adds rarer real words ("armamentarium",
    "intrathecal", "drugmaker") where no size-70 or medical word is one edit
    away, so its near-misspellings ("enuf", "affectionally") stay out. The
    Latin and Greek plurals of dictionary words ("tophi" of "tophus",
    "foramina" of "foramen") are kept wherever size 80 or 95 lists them, a
    word one edit away or not ("typhi").
    Entries with an apostrophe (possessives) are dropped, since the
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
    word from MeSH must be at least ``MIN_MEDICAL_LENGTH`` letters (shorter
    ones are mostly gene and protein symbols: "akt", "gata"), one from the
    Disease Ontology ``MIN_DOID_LENGTH``. The Disease Ontology writes names
    in lower case, so a word it capitalises mid-name, and nowhere writes in
    lower case, is a name ("Addison", "Bowen") and is kept capitalised; MeSH
    capitalises every word, so its capitals tell nothing.

Run it where the Debian lists are installed
(``apt-get install wamerican-large wbritish-large wcanadian-large wamerican-huge wbritish-huge
wamerican-insane``), then ``tools/build_substances.py``, which checks its words against these:

    python tools/build_dictionary.py [--vocab ../shared/data/vocab]
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPELLING = ROOT / "lint" / "data" / "spelling"
OUT = SPELLING / "dictionary"
SCOWL_LISTS = ("american-english-large", "british-english-large", "canadian-english-large")
# SCOWL size 80: rarer words, real but some close to common ones ("enuf",
# "affectionally"); kept only where no size-70 or medical word is one edit away.
SCOWL_RARE_LISTS = ("american-english-huge", "british-english-huge")
# SCOWL sizes 80 and 95, where the Latin and Greek plurals of dictionary words are
# looked up ("tophi", "foramina", "cervices").
SCOWL_PLURAL_LISTS = ("american-english-huge", "british-english-huge", "american-english-insane")
# (singular ending, plural ending): the Latin and Greek plurals medical nouns keep
# (tophus/tophi, diverticulum/diverticula, foramen/foramina, cervix/cervices,
# vertebra/vertebrae, carcinoma/carcinomata, diagnosis/diagnoses, arthritis/arthritides,
# ganglion/ganglia; the last only for a medical word: "baron" is no "bara").
LATIN_PLURALS = (("us", "i"), ("um", "a"), ("en", "ina"), ("ix", "ices"), ("ex", "ices"), ("a", "ae"),
                 ("oma", "omata"), ("is", "es"), ("is", "ides"), ("on", "a"))
MIN_PLURAL_LENGTH = 5
SCOWL_COPYRIGHT = Path("/usr/share/doc/wamerican-large/copyright")
MIN_MEDQUAD_COUNT = 4
MIN_MEDQUAD_NEAR_COUNT = 30
MEDQUAD_HELD_OUT = 3000
MEDQUAD_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w'’-])")
MIN_MEDICAL_LENGTH = 5
# The Disease Ontology writes its names in lower case, so its short words are words
# ("vera", "cutis"), not symbols.
MIN_DOID_LENGTH = 4
TOKEN = re.compile(r"[A-Za-z]+")


def scowl(folder: Path, lists=SCOWL_LISTS) -> tuple[set[str], set[str]]:
    """(lower-case words, capitalised names) from the SCOWL lists."""
    words: set[str] = set()
    names: set[str] = set()
    for name in lists:
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


def _tokens(text: str, case_tells: bool, min_length: int):
    """(token, seen_lower) for each word of a vocabulary name; seen_lower is
    None where the source's capitals say nothing (MeSH writes every word of
    a name with one: "Muscle Hypotonia")."""
    for i, match in enumerate(TOKEN.finditer(text)):
        token = match.group()
        if len(token) < min_length or token.isupper():
            continue
        if token.islower():
            yield token, True
        elif token[0].isupper() and token[1:].islower():
            # A name's first word, or a chemical name's after a locant ("N-Acetyl..."), is capitalised anyway.
            initial = i == 0 or text[max(0, match.start() - 1):match.start()] in ("-", "(", ",")
            yield token.lower(), None if (initial or not case_tells) else False


def vocabularies(folder: Path) -> dict[str, bool]:
    """Word -> seen in lower case (True) or only as a capitalised name (False)."""
    seen: dict[str, bool] = {}
    unknown_case: set[str] = set()

    def add(text: str, case_tells: bool) -> None:
        for token, lower in _tokens(text, case_tells, MIN_MEDICAL_LENGTH if not case_tells else MIN_DOID_LENGTH):
            if lower is None:
                unknown_case.add(token)
            else:
                seen[token] = seen.get(token, False) or lower

    with open(folder / "mesh-2015-descriptors.tsv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            add(line.rstrip("\n").split("\t")[1], False)
    with open(folder / "doid-2016-03-04.obo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("name: "):
                add(line[6:], True)
            elif line.startswith("synonym: ") and " EXACT " in line:
                add(line.split('"')[1], True)
    # A word whose case nothing told (MeSH's "Calcimycin", "Hypotonia"): a term, not a name.
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


def _inflected(a: str, b: str) -> bool:
    """One is the other with an "s" or "d" added."""
    return (a[:-1] == b and a[-1] in "sd") or (b[:-1] == a and b[-1] in "sd")


def latin_plurals(folder: Path, words: set[str], medical_words: set[str]) -> set[str]:
    """Latin and Greek plurals of dictionary words that SCOWL (sizes 80 and 95)
    lists: kept even where a word is one edit away ("tophi", "typhi"), since
    both the plural and its singular are attested."""
    attested, _ = scowl(folder, SCOWL_PLURAL_LISTS)
    plurals = set()
    for word in words:
        for singular, plural in LATIN_PLURALS:
            if word.endswith(singular) and (singular != "on" or word in medical_words):
                form = word[: -len(singular)] + plural
                if len(form) >= MIN_PLURAL_LENGTH and form in attested and form not in words:
                    plurals.add(form)
    return plurals


def medquad_words(path: Path, known: set[str]) -> dict[str, int]:
    """Words of MedQuAD answers (NIH and CDC consumer-health pages, edited
    text; lines 3000 on, 0-2999 being held out for measuring) used at least
    MIN_MEDQUAD_COUNT times, and not one edit from a dictionary word unless
    used MIN_MEDQUAD_NEAR_COUNT times: a source's repeated slip is rarer than
    its rare words, but both exist."""
    import json

    sys.path.insert(0, str(ROOT))
    from lint.suggest import edits

    counts: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number < MEDQUAD_HELD_OUT:
                continue
            for token in MEDQUAD_WORD.findall(json.loads(line)["answer"]):
                if token.islower():
                    counts[token] = counts.get(token, 0) + 1
    return {w: n for w, n in counts.items()
            if w not in known and n >= MIN_MEDQUAD_COUNT and len(w) >= MIN_DOID_LENGTH
            and (n >= MIN_MEDQUAD_NEAR_COUNT or not any(e in known and not _inflected(e, w) for e in edits(w)))}


def write_sound_index() -> None:
    """The suggester's sound-key index over the files just written, worked
    out here once rather than at every user's first run."""
    import subprocess

    code = ("import gzip, sys; from lint.suggest import build_sound_index, SOUND_INDEX; from lint import resources\n"
            "index = build_sound_index()\n"
            "head = '# Sound key (lint.suggest.sound_key) -> suggestible dictionary words. Source: built by '\n"
            "head += 'tools/build_dictionary.py from english.txt.gz and medical.txt. Licence: as theirs.\\n'\n"
            "body = ''.join(f'{k}\\t{v}\\n' for k, v in index.items())\n"
            "with gzip.GzipFile(resources.data_path(SOUND_INDEX), 'wb', mtime=0) as fh:\n"
            "    fh.write((head + body).encode('utf-8'))\n")
    # A fresh process, so the dictionary is read from the new files.
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dict", default="/usr/share/dict", help="folder with the Debian SCOWL lists")
    parser.add_argument("--vocab", default=str(ROOT.parent / "shared" / "data" / "vocab"))
    parser.add_argument("--medquad", default=str(ROOT.parent / "shared" / "data" / "medquad" / "answers-dev.jsonl"))
    args = parser.parse_args()
    words, names = scowl(Path(args.dict))
    entries = medical(vocabularies(Path(args.vocab)), words, names)
    entries = sorted(set(entries) | set(medquad_words(Path(args.medquad), words | set(entries))))
    rare_words, rare_names = scowl(Path(args.dict), SCOWL_RARE_LISTS)
    sys.path.insert(0, str(ROOT))
    from lint.suggest import edits

    known = words | {e for e in entries if e.islower()}
    # An "s" or "d" more or less at the end is an inflection ("reinfuse", "reinfused"), not a slip.
    rare = {w for w in rare_words - words
            if w.isascii() and not any(e in known and not _inflected(e, w) for e in edits(w))}
    words |= rare
    plurals = latin_plurals(Path(args.dict), words | known, {e for e in entries if e.islower()})
    words |= plurals
    names = (names | rare_names) - {n for n in rare_names if n.lower() in words}
    OUT.mkdir(parents=True, exist_ok=True)
    header = ("# English words (lower case) and names (capitalised) from SCOWL size 70 (Kevin Atkinson,\n"
              "# http://wordlist.aspell.net), American, British and Canadian: Debian's wamerican-large,\n"
              "# wbritish-large and wcanadian-large 2020.12.07; and size 80 (wamerican-huge, wbritish-huge)\n"
              "# where no size-70 or medical word is one edit away; Latin and Greek plurals of these words\n"
              "# that size 80 or 95 (wamerican-insane) lists. Possessives dropped.\n"
              "# Source: built by tools/build_dictionary.py. Licence: SCOWL's, see SCOWL-COPYRIGHT.\n")
    with gzip.GzipFile(OUT / "english.txt.gz", "wb", mtime=0) as raw:
        raw.write((header + "".join(f"{w}\n" for w in sorted(words | names))).encode("utf-8"))
    if SCOWL_COPYRIGHT.exists():
        shutil.copyfile(SCOWL_COPYRIGHT, OUT / "SCOWL-COPYRIGHT")
    with open(OUT / "medical.txt", "w", encoding="utf-8") as out:
        out.write("# Health words (lower case; capitalised: a name, accepted only so), SCOWL's included.\n"
                  "# From MeSH 2015 descriptor names (U.S. National Library of Medicine), the Human Disease\n"
                  "# Ontology 2016-03-04 names and exact synonyms (CC0), health_terms.txt (healthlint, MIT)\n"
                  f"# and medquad_vocabulary.txt (MedQuAD, CC BY 4.0; words used {MIN_MEDQUAD_COUNT}+ times or\n"
                  "# attested in MeSH or the Disease Ontology), and lower-case words of MedQuAD answers\n"
                  f"# (lines {MEDQUAD_HELD_OUT} on) used {MIN_MEDQUAD_COUNT}+ times, {MIN_MEDQUAD_NEAR_COUNT}+ if one edit from a dictionary word.\n"
                  "# Source: built by tools/build_dictionary.py. Licence: CC BY 4.0 (MedQuAD part), CC0, MIT.\n")
        out.writelines(f"{e}\n" for e in entries)
    write_sound_index()
    print(f"english.txt.gz: {len(words):,} words ({len(rare):,} of size 80, {len(plurals):,} Latin plurals), "
          f"{len(names):,} names; "
          f"medical.txt: {len(entries):,} entries")


if __name__ == "__main__":
    main()
