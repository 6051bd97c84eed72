"""The concept table: which names name the same medical concept, and which
concept is broader than which (``data/concepts/concepts.tsv.gz``, built by
``tools/build_concepts.py`` from the Disease Ontology, MeSH and MedQuAD's
NIH synonyms; see its header for versions and licences).

``key`` turns a written name into the form the table is keyed by: case,
hyphens, possessives, British spelling and a plural last word do not
distinguish names ("Hashimoto's thyroiditis", "hashimoto thyroiditis"; "gonorrhoea", "gonorrhea";
"herniated disc", "Herniated Disk"; "triglycerides", "Triglyceride"; "vitamin
B-12", "Vitamin B 12"), nor do the British and American names of one thing
("paracetamol", "acetaminophen").

The table is read only when an article holds an equivalence construction,
and through the per-user copy of parsed tables.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lint import resources

TABLE = "concepts/concepts.tsv.gz"
_APOSTROPHE_S = re.compile(r"['’]s\b|['’]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")
# Spellings that differ without being British or American ("disc" is usual
# in both for the spine; MeSH writes "disk").
_SAME_WORD = {"disc": "disk", "discs": "disks"}


@lru_cache(maxsize=1)
def _american() -> dict[str, str]:
    from lint import spelling_variants

    table = {word: other for word, (variant, other) in spelling_variants.curated().items()
             if variant == spelling_variants.BRITISH}
    # British names of one word for the same thing ("paracetamol", "adrenaline"): MeSH writes the American.
    table.update({word: other for word, (variant, other) in spelling_variants.terms().items()
                  if variant == spelling_variants.BRITISH})
    table.update(_SAME_WORD)
    return table


def _singular(word: str) -> str:
    if len(word) <= 3 or not word.endswith("s"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is")):
        return word
    return word[:-1]


# British spellings of Greek medical words by rule, for words the spelling tables lack
# ("gonorrhoea", "thalassaemia", "haemorrhoid", "paediatric", "oedema"): -rrhoea is -rrhea, ae
# before m is e (haem-, -aemia), a first oe before d, s or t is e, paed is ped.
_BRITISH_MEDICAL = ((re.compile(r"rrhoe"), "rrhe"), (re.compile(r"aem"), "em"), (re.compile(r"^oe(?=[dst])"), "e"),
                    (re.compile(r"paed"), "ped"))


def _american_medical(word: str) -> str:
    if "oe" not in word and "ae" not in word:
        return word
    for pattern, american in _BRITISH_MEDICAL:
        word = pattern.sub(american, word)
    return word


@lru_cache(maxsize=16384)
def key(name: str) -> str:
    """The table's form of a name; empty if it has no letters."""
    words = _SEPARATORS.split(_APOSTROPHE_S.sub("", name.lower()))
    american = _american()
    words = [american.get(w) or _american_medical(w) for w in words if w]
    # A letter and its number are one word however written ("vitamin B12", "Vitamin B 12", "D-3").
    for i in range(len(words) - 1, 0, -1):
        if words[i].isdigit() and len(words[i - 1]) == 1 and words[i - 1].isalpha():
            words[i - 1:i + 1] = [words[i - 1] + words[i]]
    if not words or not any(c.isalpha() for w in words for c in w):
        return ""
    words[-1] = _singular(words[-1])
    return " ".join(words)


class Concepts:
    """``of(name)``: the concepts a name names (a tuple of ints), or None;
    ``related(a, b)``: some concept of each is the same, or broader than the other."""

    def __init__(self, table: dict):
        self.by_name: dict[str, tuple] = table["names"]
        self.parents: dict[int, list[int]] = table["parents"]
        self.longest = table["longest"]
        self.kinds: dict[int, str] = table["kinds"]
        self._by_word: dict[str, list[str]] | None = None

    def names_with(self, words: list[str]) -> set[str]:
        """The names that hold every one of these words (an index of names by word, built on first use)."""
        if self._by_word is None:
            index: dict[str, list[str]] = {}
            for name in self.by_name:
                for word in set(name.split()):
                    index.setdefault(word, []).append(name)
            self._by_word = index
        postings = sorted((self._by_word.get(w, ()) for w in set(words)), key=len)
        if not postings or not postings[0]:
            return set()
        found = set(postings[0])
        for other in postings[1:]:
            found.intersection_update(other)
            if not found:
                break
        return found

    def of(self, name: str) -> tuple | None:
        return self.by_name.get(key(name))

    def ancestors(self, concept: int) -> set[int]:
        seen: set[int] = set()
        todo = [concept]
        while todo:
            for up in self.parents.get(todo.pop(), ()):
                if up not in seen:
                    seen.add(up)
                    todo.append(up)
        return seen

    def same_kind(self, a: tuple, b: tuple) -> bool:
        """Some concept of each is of one kind: two diseases, two drugs,
        two procedures (a disease glossed by its organ is not a synonym)."""
        kinds_a = set("".join(self.kinds.get(c, "") for c in a))
        return bool(kinds_a & set("".join(self.kinds.get(c, "") for c in b)))

    def related(self, a: tuple, b: tuple) -> bool:
        if set(a) & set(b):
            return True
        up_a = set().union(*map(self.ancestors, a))
        up_b = set().union(*map(self.ancestors, b))
        return bool(up_a & set(b) or up_b & set(a))


def _build() -> dict:
    names: dict[str, list] = {}
    parents: dict[int, list[int]] = {}
    kinds: dict[int, str] = {}
    longest = 1
    import gzip

    for line in gzip.decompress(resources.data_path(TABLE).read_bytes()).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cid, kind, ups, written = line.split("\t")
        concept = int(cid)
        if kind:
            kinds[concept] = kind
        if ups:
            parents[concept] = [int(u) for u in ups.split(",")]
        for name in filter(None, written.split("|")):  # a germ whose names all name something else has none
            names.setdefault(name, []).append(concept)
            longest = max(longest, name.count(" ") + 1)
    return {"names": {n: tuple(c) for n, c in names.items()}, "parents": parents, "kinds": kinds, "longest": longest}


@lru_cache(maxsize=1)
def concepts() -> Concepts:
    return Concepts(resources.cached_table("concepts", lambda: [__file__, resources.data_path(TABLE)], _build))


DRUG_NAMES = "concepts/drug_names.tsv.gz"


def _build_drug_names() -> dict:
    import gzip

    text = gzip.decompress(resources.data_path(DRUG_NAMES).read_bytes()).decode("utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def drug_names() -> dict[str, str]:
    """Other names of one drug, brand names above all (``data/concepts/drug_names.tsv.gz``):
    the name's key -> its active ingredient's key ("mounjaro" -> "tirzepatide")."""
    return resources.cached_table("drug_names", lambda: [__file__, resources.data_path(DRUG_NAMES)],
                                  _build_drug_names)


def different_brands(one: str, other: str) -> tuple[str, str] | None:
    """The ingredients of two brand names of different drugs ("Ozempic", "Mounjaro": semaglutide and
    tirzepatide), or None. Ingredients that share a word are one drug, since the dictionary may name
    one ingredient two ways ("insulin detemir", "insulin detemir rdna origin")."""
    names = drug_names()
    one, other = key(one), key(other)
    a, b = names.get(one), names.get(other)
    # A name may be another's ingredient by another name ("Intrarosa": "prasterone vaginal";
    # "prasterone": dehydroepiandrosterone).
    if not a or not b or {one, *a.split()} & {other, *b.split()}:
        return None
    return a, b
